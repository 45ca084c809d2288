// Tests for djson::equal, DJSON_EQUALITY and djson::diff: JSON's view of equality and the JSON Pointers where
// two models differ.
#define BOOST_TEST_MODULE diff
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

using paths = std::vector<std::string>;

namespace df {

struct Owner {
    std::string name;
    std::int32_t age = 0;
};
BOOST_DESCRIBE_STRUCT(Owner, (), (name, age))
DJSON_EQUALITY(Owner);

struct Repo {
    std::string name;
    std::int64_t star_count = 0;
    double score = 0;
    bool is_private = false;
    Owner owner;
    std::optional<djson::nullable<std::string>> description;
    std::vector<std::string> scope;
    std::map<std::string, std::int32_t> counts;
    boost::json::value meta;
    djson::timestamp created;
    std::optional<Owner> maybe_owner;
    std::vector<Owner> members;
};
BOOST_DESCRIBE_STRUCT(Repo, (),
                      (name, star_count, score, is_private, owner, description, scope, counts, meta, created,
                       maybe_owner, members))
DJSON_MODEL(Repo, djson::naming::camel_case);
DJSON_EQUALITY(Repo);

struct Open {
    std::string id;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Open, (), (id, extra))
DJSON_EQUALITY(Open);

// member keys with / and ~ (overrides), and a policy: diff paths use the JSON keys, escaped
struct Special {
    std::int32_t slash = 0;
    std::int32_t tilde = 0;
    std::int32_t plain_value = 0;
};
BOOST_DESCRIBE_STRUCT(Special, (), (slash, tilde, plain_value))
DJSON_MODEL(Special, djson::naming::kebab_case, djson::member("slash", djson::key("a/b")),
            djson::member("tilde", djson::key("~x")));

struct Hashed {
    std::unordered_map<std::string, Owner> by_name;
    std::array<std::int32_t, 3> triple{};
    djson::nullable<Owner> maybe_null_owner;
};
BOOST_DESCRIBE_STRUCT(Hashed, (), (by_name, triple, maybe_null_owner))

Repo sample() {
    Repo r;
    r.name = "djson";
    r.star_count = 10;
    r.score = 1.5;
    r.is_private = false;
    r.owner = Owner{"ann", 30};
    r.description = djson::nullable<std::string>("a library");
    r.scope = {"read", "write"};
    r.counts = {{"a", 1}, {"b", 2}};
    r.meta = boost::json::parse(R"({"k":{"x":1,"list":[1,2]},"flag":true})");
    r.created = djson::timestamp::from_unix(1'499'798'737, 98'000'000);
    r.members = {Owner{"bob", 1}, Owner{"cy", 2}};
    return r;
}

} // namespace df

using namespace df;

// equal(a, b), a == b and diff(a, b).empty() must tell the same story; returns the diff.
template <class T> paths check_diff(const T& a, const T& b) {
    paths d = djson::diff(a, b);
    const bool eq = djson::equal(a, b);
    BOOST_TEST(eq == d.empty(), "equal() says " << eq << " but diff has " << d.size() << " entries");
    BOOST_TEST(djson::equal(b, a) == eq);
    BOOST_TEST(djson::diff(b, a).empty() == d.empty());
    return d;
}

BOOST_AUTO_TEST_CASE(equal_objects_have_an_empty_diff) {
    const Repo a = sample();
    const Repo b = sample();
    BOOST_TEST(djson::equal(a, b));
    BOOST_TEST(djson::diff(a, b).empty());
    BOOST_TEST((a == b));
    BOOST_TEST(!(a != b));
    BOOST_TEST(djson::diff(Repo{}, Repo{}).empty());
    BOOST_TEST(djson::equal(Repo{}, Repo{}));
    // the same instant written with another offset is the same timestamp
    Repo c = sample();
    c.created = *djson::timestamp::parse("2017-07-11T23:45:37.098+05:00");
    BOOST_TEST(check_diff(a, c).empty());
    // a DOM equal as JSON whatever the key order
    c.meta = boost::json::parse(R"({"flag":true,"k":{"list":[1,2],"x":1}})");
    BOOST_TEST(check_diff(a, c).empty());
}

BOOST_AUTO_TEST_CASE(scalars) {
    const Repo a = sample();
    Repo b = sample();
    b.name = "other";
    BOOST_TEST((check_diff(a, b) == paths{"/name"}));
    BOOST_TEST(!(a == b));
    BOOST_TEST((a != b));
    b = sample();
    b.star_count = 11;
    b.score = 2.5;
    b.is_private = true;
    BOOST_TEST((check_diff(a, b) == paths{"/starCount", "/score", "/isPrivate"}));
}

BOOST_AUTO_TEST_CASE(nested_models) {
    const Repo a = sample();
    Repo b = sample();
    b.owner.name = "zed";
    BOOST_TEST((check_diff(a, b) == paths{"/owner/name"}));
    b.owner.age = 31;
    BOOST_TEST((check_diff(a, b) == paths{"/owner/name", "/owner/age"}));
    BOOST_TEST((a.owner != b.owner));
    BOOST_TEST((a.owner == Owner{"ann", 30}));

    // optional model: absent vs present is the member itself, present vs present descends
    b = sample();
    b.maybe_owner = Owner{"x", 1};
    BOOST_TEST((check_diff(a, b) == paths{"/maybeOwner"}));
    Repo c = b;
    c.maybe_owner->age = 2;
    BOOST_TEST((check_diff(b, c) == paths{"/maybeOwner/age"}));

    // vectors of models descend into the items
    b = sample();
    b.members[1].age = 99;
    BOOST_TEST((check_diff(a, b) == paths{"/members/1/age"}));
}

BOOST_AUTO_TEST_CASE(absent_null_and_value_differ) {
    Repo absent = sample();
    absent.description.reset();
    Repo null = sample();
    null.description = djson::nullable<std::string>(djson::null);
    Repo value = sample();
    Repo other = sample();
    other.description = djson::nullable<std::string>("another");

    BOOST_TEST(!djson::equal(absent, null));
    BOOST_TEST((check_diff(absent, null) == paths{"/description"}));
    BOOST_TEST((check_diff(null, value) == paths{"/description"}));
    BOOST_TEST((check_diff(absent, value) == paths{"/description"}));
    BOOST_TEST((check_diff(value, other) == paths{"/description"}));
    BOOST_TEST(check_diff(null, null).empty());
    BOOST_TEST(check_diff(absent, absent).empty());

    Hashed h1, h2;
    h2.maybe_null_owner = Owner{"n", 1};
    BOOST_TEST((check_diff(h1, h2) == paths{"/maybe_null_owner"}));
    Hashed h3 = h2;
    h3.maybe_null_owner->name = "m";
    BOOST_TEST((check_diff(h2, h3) == paths{"/maybe_null_owner/name"}));
}

BOOST_AUTO_TEST_CASE(vectors_of_different_lengths) {
    const Repo a = sample(); // scope: read, write
    Repo b = sample();
    b.scope = {"read", "write", "admin", "owner"};
    BOOST_TEST((check_diff(a, b) == paths{"/scope/2", "/scope/3"}));
    BOOST_TEST((check_diff(b, a) == paths{"/scope/2", "/scope/3"}));
    b.scope = {"read", "WRITE", "admin"};
    BOOST_TEST((check_diff(a, b) == paths{"/scope/1", "/scope/2"}));
    b.scope.clear();
    BOOST_TEST((check_diff(a, b) == paths{"/scope/0", "/scope/1"}));
    b = sample();
    b.members.push_back(Owner{"dee", 3});
    BOOST_TEST((check_diff(a, b) == paths{"/members/2"}));

    Hashed h1, h2;
    h2.triple = {0, 5, 0};
    BOOST_TEST((check_diff(h1, h2) == paths{"/triple/1"}));
}

BOOST_AUTO_TEST_CASE(maps) {
    const Repo a = sample(); // counts: a=1, b=2
    Repo b = sample();
    b.counts = {{"a", 1}, {"c", 3}};
    BOOST_TEST((check_diff(a, b) == paths{"/counts/b", "/counts/c"}));
    b.counts = {{"a", 5}, {"b", 2}};
    BOOST_TEST((check_diff(a, b) == paths{"/counts/a"}));
    b.counts = {{"a", 1}, {"b", 2}, {"a/b~c", 3}};
    BOOST_TEST((check_diff(a, b) == paths{"/counts/a~1b~0c"}));
    BOOST_TEST((check_diff(b, a) == paths{"/counts/a~1b~0c"}));
    b.counts.clear();
    BOOST_TEST((check_diff(a, b) == paths{"/counts/a", "/counts/b"}));

    Hashed h1, h2;
    h1.by_name = {{"x", Owner{"x", 1}}};
    h2.by_name = {{"x", Owner{"x", 2}}};
    BOOST_TEST((check_diff(h1, h2) == paths{"/by_name/x/age"}));
    h2.by_name = {{"y", Owner{"x", 1}}};
    paths d = check_diff(h1, h2);
    BOOST_TEST((d == paths{"/by_name/x", "/by_name/y"}));
}

BOOST_AUTO_TEST_CASE(member_keys_are_escaped) {
    const Special a{1, 2, 3};
    const Special b{4, 5, 6};
    BOOST_TEST((check_diff(a, b) == paths{"/a~1b", "/~0x", "/plain-value"}));
}

BOOST_AUTO_TEST_CASE(json_value_members) {
    const Repo a = sample(); // {"k":{"x":1,"list":[1,2]},"flag":true}
    Repo b = sample();
    b.meta = boost::json::parse(R"({"k":{"x":2,"list":[1,2,3]},"flag":true,"new":null})");
    BOOST_TEST((check_diff(a, b) == paths{"/meta/k/x", "/meta/k/list/2", "/meta/new"}));
    b.meta = boost::json::parse(R"({"k":{"x":1,"list":[1]}})");
    BOOST_TEST((check_diff(a, b) == paths{"/meta/k/list/1", "/meta/flag"}));
    // different kinds: the member itself
    b.meta = boost::json::parse(R"([1])");
    BOOST_TEST((check_diff(a, b) == paths{"/meta"}));
    b.meta = boost::json::parse(R"({"k":"text","flag":true})");
    BOOST_TEST((check_diff(a, b) == paths{"/meta/k"}));
    // keys with / and ~ are escaped
    Repo c = sample();
    c.meta = boost::json::parse(R"({"a/b":{"~":1}})");
    Repo e = c;
    e.meta = boost::json::parse(R"({"a/b":{"~":2}})");
    BOOST_TEST((check_diff(c, e) == paths{"/meta/a~1b/~0"}));
    // null vs absent inside a DOM
    c.meta = boost::json::parse(R"({"n":null})");
    e.meta = boost::json::parse(R"({})");
    BOOST_TEST((check_diff(c, e) == paths{"/meta/n"}));
}

BOOST_AUTO_TEST_CASE(timestamps) {
    const Repo a = sample();
    Repo b = sample();
    b.created = djson::timestamp::from_unix(1'499'798'737, 98'000'001);
    BOOST_TEST((check_diff(a, b) == paths{"/created"}));
}

BOOST_AUTO_TEST_CASE(additional_properties_entries) {
    Open a;
    a.id = "1";
    a.extra.set_json("x", "1");
    a.extra.set_json("y", R"({"p":[1,2]})");
    a.extra.set_json("a/b", "true");
    BOOST_TEST(check_diff(a, a).empty());
    BOOST_TEST((a == a));

    Open b = a;
    b.extra.set_json("x", "2");
    BOOST_TEST((check_diff(a, b) == paths{"/x"}));
    BOOST_TEST((a != b));

    b = a;
    b.extra.set_json("y", R"({"p":[1,3]})");
    BOOST_TEST((check_diff(a, b) == paths{"/y/p/1"}));

    b = a;
    b.extra.erase("x");
    b.extra.set_json("z", "null");
    BOOST_TEST((check_diff(a, b) == paths{"/x", "/z"}));

    b = a;
    b.extra.set_json("a/b", "false");
    BOOST_TEST((check_diff(a, b) == paths{"/a~1b"}));

    // the same number spelled differently is equal as JSON
    Open n1, n2;
    n1.extra.set_json("v", "1.50");
    n2.extra.set_json("v", "1.5");
    BOOST_TEST(check_diff(n1, n2).empty());
    BOOST_TEST(djson::equal(n1, n2));

    // declared members come first, then the extras
    b = a;
    b.id = "2";
    b.extra.set_json("x", "3");
    BOOST_TEST((check_diff(a, b) == paths{"/id", "/x"}));
}

BOOST_AUTO_TEST_CASE(additional_properties_order_agrees_with_equal) {
    // Same entries in another order: whatever equal() decides, diff must agree with it.
    Open a, b;
    a.extra.set_json("x", "1");
    a.extra.set_json("y", "2");
    b.extra.set_json("y", "2");
    b.extra.set_json("x", "1");
    check_diff(a, b);
}

BOOST_AUTO_TEST_CASE(diff_of_non_model_roots) {
    std::vector<Owner> a{Owner{"a", 1}}, b{Owner{"a", 1}, Owner{"b", 2}};
    BOOST_TEST((check_diff(a, b) == paths{"/1"}));
    BOOST_TEST((check_diff(std::string("x"), std::string("y")) == paths{""}));
    BOOST_TEST(check_diff(std::int32_t{1}, std::int32_t{1}).empty());
}
