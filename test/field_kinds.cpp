// Tests for the field-kind table (T, nullable<T>, optional<T>, optional<nullable<T>>, defaults, nested
// models, DOM members), read and write.
#define BOOST_TEST_MODULE field_kinds
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <optional>
#include <string>
#include <vector>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::round_trip;

namespace fk {

// One member of each kind.
struct Kinds {
    int req = 0;
    djson::nullable<int> nul;
    std::optional<int> opt;
    std::optional<djson::nullable<int>> tri;
};
BOOST_DESCRIBE_STRUCT(Kinds, (), (req, nul, opt, tri))

// Default member initializers on every kind; nothing marked default_if_absent.
struct Defaults {
    int n = 7;
    std::string name = "anon";
    djson::nullable<int> nul = 5;
    std::optional<int> opt = 9;
};
BOOST_DESCRIBE_STRUCT(Defaults, (), (n, name, nul, opt))

// default_if_absent on a T member and on a std::optional<T> member.
struct WithDefaults {
    int id = 0;
    int retries = 3;
    std::optional<int> timeout = 30;
    std::optional<int> plain_opt = 9;
    std::string label = "none";
};
BOOST_DESCRIBE_STRUCT(WithDefaults, (), (id, retries, timeout, plain_opt, label))
DJSON_MODEL(WithDefaults, djson::member("retries", djson::default_if_absent),
            djson::member("timeout", djson::default_if_absent),
            djson::member("label", djson::default_if_absent));

struct Owner {
    std::string id;
    std::string type;
};
BOOST_DESCRIBE_STRUCT(Owner, (), (id, type))

struct Pet {
    std::string name;
    Owner owner;
    std::optional<Owner> co_owner;
};
BOOST_DESCRIBE_STRUCT(Pet, (), (name, owner, co_owner))

struct Free {
    boost::json::value v;
};
BOOST_DESCRIBE_STRUCT(Free, (), (v))

// Declaration order is not alphabetical order.
struct Order {
    int z = 0;
    std::string a;
    bool m = false;
    double b = 0;
};
BOOST_DESCRIBE_STRUCT(Order, (), (z, a, m, b))

struct Pretty {
    std::string name;
    std::vector<int> tags;
    std::vector<int> none;
    Owner owner;
    djson::nullable<std::string> note;
};
BOOST_DESCRIBE_STRUCT(Pretty, (), (name, tags, none, owner, note))

struct Empty {
    std::optional<int> a;
    std::optional<std::string> b;
};
BOOST_DESCRIBE_STRUCT(Empty, (), (a, b))

} // namespace fk

using namespace fk;

// ---------------------------------------------------------------- T

BOOST_AUTO_TEST_SUITE(plain_member)

BOOST_AUTO_TEST_CASE(value_is_read) {
    auto k = expect_read<Kinds>(R"({"req":42,"nul":1})");
    BOOST_TEST(k.req == 42);
}

BOOST_AUTO_TEST_CASE(absent_key_is_missing_required) {
    expect_errors<Kinds>(R"({"nul":1})", {{errc::missing_required, "/req"}});
}

BOOST_AUTO_TEST_CASE(null_is_unexpected_null) {
    expect_errors<Kinds>(R"({"req":null,"nul":1})", {{errc::unexpected_null, "/req"}});
}

BOOST_AUTO_TEST_CASE(null_as_absent_does_not_apply_to_plain_members) {
    expect_errors<Kinds>(R"({"req":null,"nul":1})", {{errc::unexpected_null, "/req"}},
                         {.null_as_absent = true});
}

BOOST_AUTO_TEST_CASE(always_written) {
    Kinds k;
    round_trip(k, R"({"req":0,"nul":null})");
    k.req = -3;
    round_trip(k, R"({"req":-3,"nul":null})");
}

BOOST_AUTO_TEST_CASE(missing_required_message) {
    auto r = djson_test::read_both<Kinds>(R"({"nul":1})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    const auto& e = r.error_list()[0];
    BOOST_TEST(e.path == "/req");
    BOOST_TEST(e.message() == "/req: required key is missing");
    BOOST_TEST(e.message() == e.path + ": " + e.detail);
    BOOST_TEST(e.line == 0u);
}

BOOST_AUTO_TEST_CASE(unexpected_null_message) {
    auto r = djson_test::read_both<Kinds>(R"({"req":null,"nul":1})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    const auto& e = r.error_list()[0];
    BOOST_TEST(e.message().rfind("/req: ", 0) == 0u, e.message());
    BOOST_TEST(e.message().find("null") != std::string::npos, e.message());
}

BOOST_AUTO_TEST_CASE(all_missing_reported_in_declaration_order) {
    expect_errors<Kinds>("{}", {{errc::missing_required, "/req"}, {errc::missing_required, "/nul"}});
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- nullable<T>

BOOST_AUTO_TEST_SUITE(nullable_member)

BOOST_AUTO_TEST_CASE(absent_key_is_missing_required) {
    expect_errors<Kinds>(R"({"req":1})", {{errc::missing_required, "/nul"}});
}

BOOST_AUTO_TEST_CASE(null_is_read_as_null) {
    auto k = expect_read<Kinds>(R"({"req":1,"nul":null})");
    BOOST_TEST(k.nul.is_null());
}

BOOST_AUTO_TEST_CASE(value_is_read) {
    auto k = expect_read<Kinds>(R"({"req":1,"nul":17})");
    BOOST_TEST_REQUIRE(k.nul.has_value());
    BOOST_TEST(*k.nul == 17);
}

BOOST_AUTO_TEST_CASE(null_into_warm_value_resets_it) {
    Kinds k;
    k.nul = 4;
    auto errs = djson::read_json(k, R"({"req":1,"nul":null})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(k.nul.is_null());
}

BOOST_AUTO_TEST_CASE(wrong_type_is_type_mismatch) {
    expect_errors<Kinds>(R"({"req":1,"nul":"x"})", {{errc::type_mismatch, "/nul"}});
}

BOOST_AUTO_TEST_CASE(written_as_null_or_value) {
    Kinds k;
    k.req = 1;
    k.nul = djson::null;
    round_trip(k, R"({"req":1,"nul":null})");
    k.nul = 8;
    round_trip(k, R"({"req":1,"nul":8})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- optional<T>

BOOST_AUTO_TEST_SUITE(optional_member)

BOOST_AUTO_TEST_CASE(absent_key_is_empty) {
    auto k = expect_read<Kinds>(R"({"req":1,"nul":null})");
    BOOST_TEST(!k.opt.has_value());
}

BOOST_AUTO_TEST_CASE(value_is_read) {
    auto k = expect_read<Kinds>(R"({"req":1,"nul":null,"opt":12})");
    BOOST_TEST_REQUIRE(k.opt.has_value());
    BOOST_TEST(*k.opt == 12);
}

BOOST_AUTO_TEST_CASE(null_is_unexpected_null) {
    expect_errors<Kinds>(R"({"req":1,"nul":null,"opt":null})", {{errc::unexpected_null, "/opt"}});
}

BOOST_AUTO_TEST_CASE(null_as_absent_reads_null_as_empty) {
    auto k = expect_read<Kinds>(R"({"req":1,"nul":null,"opt":null})", {.null_as_absent = true});
    BOOST_TEST(!k.opt.has_value());
}

BOOST_AUTO_TEST_CASE(null_as_absent_empties_a_warm_optional) {
    Kinds k;
    k.opt = 3;
    auto errs = djson::read_json(k, R"({"req":1,"nul":null,"opt":null})", {.null_as_absent = true});
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(!k.opt.has_value());
}

BOOST_AUTO_TEST_CASE(absent_key_empties_a_warm_optional) {
    Kinds k;
    k.opt = 3;
    k.tri = 4;
    auto errs = djson::read_json(k, R"({"req":1,"nul":null})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(!k.opt.has_value());
    BOOST_TEST(!k.tri.has_value());
}

BOOST_AUTO_TEST_CASE(absent_key_ignores_default_member_initializer) {
    // Without default_if_absent an absent optional is empty, whatever its initializer says.
    auto d = expect_read<Defaults>(R"({"n":1,"name":"x","nul":null})");
    BOOST_TEST(!d.opt.has_value());
}

BOOST_AUTO_TEST_CASE(omitted_when_empty) {
    Kinds k;
    k.req = 1;
    round_trip(k, R"({"req":1,"nul":null})");
    k.opt = 0;
    round_trip(k, R"({"req":1,"nul":null,"opt":0})");
}

BOOST_AUTO_TEST_CASE(model_with_only_empty_optionals_is_empty_object) {
    round_trip(Empty{}, "{}");
    BOOST_TEST(djson::to_json(Empty{}, {.pretty = true}) == "{}");
    Empty e;
    e.b = "x";
    round_trip(e, R"({"b":"x"})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- optional<nullable<T>>

BOOST_AUTO_TEST_SUITE(optional_nullable_member)

BOOST_AUTO_TEST_CASE(absent_null_and_value_are_kept_apart) {
    auto absent = expect_read<Kinds>(R"({"req":1,"nul":null})");
    BOOST_TEST(!absent.tri.has_value());

    auto null = expect_read<Kinds>(R"({"req":1,"nul":null,"tri":null})");
    BOOST_TEST_REQUIRE(null.tri.has_value());
    BOOST_TEST(null.tri->is_null());

    auto value = expect_read<Kinds>(R"({"req":1,"nul":null,"tri":6})");
    BOOST_TEST_REQUIRE(value.tri.has_value());
    BOOST_TEST_REQUIRE(value.tri->has_value());
    BOOST_TEST(**value.tri == 6);

    BOOST_TEST(!djson::equal(absent, null));
    BOOST_TEST(!djson::equal(null, value));
    BOOST_TEST(!djson::equal(absent, value));
}

BOOST_AUTO_TEST_CASE(null_as_absent_does_not_turn_null_into_absent) {
    // null_as_absent is for std::optional<T> whose T is not nullable; here null is data.
    auto k = expect_read<Kinds>(R"({"req":1,"nul":null,"tri":null})", {.null_as_absent = true});
    BOOST_TEST_REQUIRE(k.tri.has_value());
    BOOST_TEST(k.tri->is_null());
}

BOOST_AUTO_TEST_CASE(warm_value_becomes_null_then_absent) {
    Kinds k;
    k.tri = 5;
    auto errs = djson::read_json(k, R"({"req":1,"nul":null,"tri":null})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST_REQUIRE(k.tri.has_value());
    BOOST_TEST(k.tri->is_null());
    errs = djson::read_json(k, R"({"req":1,"nul":null})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(!k.tri.has_value());
}

BOOST_AUTO_TEST_CASE(wrong_type_is_type_mismatch) {
    expect_errors<Kinds>(R"({"req":1,"nul":null,"tri":true})", {{errc::type_mismatch, "/tri"}});
}

BOOST_AUTO_TEST_CASE(omitted_null_or_value_on_write) {
    Kinds k;
    k.req = 1;
    round_trip(k, R"({"req":1,"nul":null})");
    k.tri = djson::null;
    round_trip(k, R"({"req":1,"nul":null,"tri":null})");
    k.tri = 9;
    round_trip(k, R"({"req":1,"nul":null,"tri":9})");
}

BOOST_AUTO_TEST_CASE(all_kinds_at_once) {
    Kinds k;
    k.req = 2;
    k.nul = 3;
    k.opt = 4;
    k.tri = 5;
    round_trip(k, R"({"req":2,"nul":3,"opt":4,"tri":5})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- defaults

BOOST_AUTO_TEST_SUITE(defaults)

BOOST_AUTO_TEST_CASE(default_member_initializers_are_written) {
    round_trip(Defaults{}, R"({"n":7,"name":"anon","nul":5,"opt":9})");
}

BOOST_AUTO_TEST_CASE(required_key_is_never_invented) {
    // The initializers do not stand in for absent required keys.
    expect_errors<Defaults>("{}", {{errc::missing_required, "/n"},
                                   {errc::missing_required, "/name"},
                                   {errc::missing_required, "/nul"}});
    expect_errors<Defaults>(R"({"name":"x","nul":1})", {{errc::missing_required, "/n"}});
}

BOOST_AUTO_TEST_CASE(default_if_absent_reads_initializer) {
    auto w = expect_read<WithDefaults>(R"({"id":1})");
    BOOST_TEST(w.id == 1);
    BOOST_TEST(w.retries == 3);
    BOOST_TEST_REQUIRE(w.timeout.has_value());
    BOOST_TEST(*w.timeout == 30);
    BOOST_TEST(!w.plain_opt.has_value()); // not default_if_absent: absent is empty
    BOOST_TEST(w.label == "none");
}

BOOST_AUTO_TEST_CASE(default_if_absent_present_key_wins) {
    auto w = expect_read<WithDefaults>(R"({"id":1,"retries":0,"timeout":7,"plain_opt":2,"label":"L"})");
    BOOST_TEST(w.retries == 0);
    BOOST_TEST_REQUIRE(w.timeout.has_value());
    BOOST_TEST(*w.timeout == 7);
    BOOST_TEST_REQUIRE(w.plain_opt.has_value());
    BOOST_TEST(*w.plain_opt == 2);
    BOOST_TEST(w.label == "L");
}

BOOST_AUTO_TEST_CASE(default_if_absent_does_not_make_others_optional) {
    expect_errors<WithDefaults>("{}", {{errc::missing_required, "/id"}});
}

BOOST_AUTO_TEST_CASE(default_if_absent_still_rejects_null_for_plain_member) {
    expect_errors<WithDefaults>(R"({"id":1,"retries":null})", {{errc::unexpected_null, "/retries"}});
}

BOOST_AUTO_TEST_CASE(default_if_absent_in_warm_object) {
    WithDefaults w;
    w.id = 5;
    w.retries = 10;
    w.timeout = 99;
    w.plain_opt = 4;
    w.label = "warm";
    auto errs = djson::read_json(w, R"({"id":2})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(w.id == 2);
    BOOST_TEST(w.retries == 3);
    BOOST_TEST_REQUIRE(w.timeout.has_value());
    BOOST_TEST(*w.timeout == 30);
    BOOST_TEST(!w.plain_opt.has_value());
    BOOST_TEST(w.label == "none");
}

BOOST_AUTO_TEST_CASE(default_if_absent_in_warm_object_empty_optional_gets_default) {
    WithDefaults w;
    w.timeout.reset();
    auto errs = djson::read_json(w, R"({"id":2})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST_REQUIRE(w.timeout.has_value());
    BOOST_TEST(*w.timeout == 30);
}

BOOST_AUTO_TEST_CASE(default_if_absent_members_are_written) {
    WithDefaults w;
    round_trip(w, R"({"id":0,"retries":3,"timeout":30,"plain_opt":9,"label":"none"})");
    w.timeout.reset();
    w.plain_opt.reset();
    // An empty optional is omitted even if default_if_absent would read it back as its initializer.
    BOOST_TEST(djson::to_json(w) == R"({"id":0,"retries":3,"label":"none"})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- nested models

BOOST_AUTO_TEST_SUITE(nested_models)

BOOST_AUTO_TEST_CASE(nested_value_is_read_and_written) {
    Pet p;
    p.name = "rex";
    p.owner = {"u1", "person"};
    round_trip(p, R"({"name":"rex","owner":{"id":"u1","type":"person"}})");
    p.co_owner = Owner{"u2", "org"};
    round_trip(p,
               R"({"name":"rex","owner":{"id":"u1","type":"person"},"co_owner":{"id":"u2","type":"org"}})");
}

BOOST_AUTO_TEST_CASE(missing_nested_key_path) {
    expect_errors<Pet>(R"({"name":"rex","owner":{"type":"person"}})",
                       {{errc::missing_required, "/owner/id"}});
    expect_errors<Pet>(R"({"name":"rex","owner":{}})",
                       {{errc::missing_required, "/owner/id"}, {errc::missing_required, "/owner/type"}});
}

BOOST_AUTO_TEST_CASE(missing_nested_key_message) {
    auto r = djson_test::read_both<Pet>(R"({"name":"rex","owner":{"type":"person"}})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    BOOST_TEST(r.error_list()[0].message() == "/owner/id: required key is missing");
}

BOOST_AUTO_TEST_CASE(missing_key_in_optional_nested_model) {
    expect_errors<Pet>(R"({"name":"rex","owner":{"id":"1","type":"t"},"co_owner":{"id":"2"}})",
                       {{errc::missing_required, "/co_owner/type"}});
}

BOOST_AUTO_TEST_CASE(errors_at_both_levels_in_document_order) {
    expect_errors<Pet>(R"({"owner":{"id":3},"co_owner":null})", {{errc::type_mismatch, "/owner/id"},
                                                                 {errc::missing_required, "/owner/type"},
                                                                 {errc::unexpected_null, "/co_owner"},
                                                                 {errc::missing_required, "/name"}});
}

BOOST_AUTO_TEST_CASE(nested_model_null_or_wrong_type) {
    expect_errors<Pet>(R"({"name":"rex","owner":null})", {{errc::unexpected_null, "/owner"}});
    expect_errors<Pet>(R"({"name":"rex","owner":[]})", {{errc::type_mismatch, "/owner"}});
    expect_errors<Pet>(R"({"name":"rex","owner":"u1"})", {{errc::type_mismatch, "/owner"}});
}

BOOST_AUTO_TEST_CASE(root_type_mismatch_message_has_no_path) {
    auto r = djson_test::read_both<Pet>("[]");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    const auto& e = r.error_list()[0];
    BOOST_TEST(e.code == errc::type_mismatch);
    BOOST_TEST(e.path == "");
    BOOST_TEST(e.message() == e.detail);
}

BOOST_AUTO_TEST_CASE(from_json_throws_with_the_list) {
    try {
        (void)djson::from_json<Pet>(R"({"owner":{"id":"1"}})");
        BOOST_ERROR("from_json did not throw");
    } catch (const djson::error& e) {
        BOOST_TEST_REQUIRE(e.list().size() == 2u);
        BOOST_TEST(e.list()[0].path == "/owner/type");
        BOOST_TEST(e.list()[1].path == "/name");
        BOOST_TEST(e.code() == errc::missing_required);
        BOOST_TEST(std::string(e.what()) ==
                   "/owner/type: required key is missing\n/name: required key is missing");
    }
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- boost::json::value member

BOOST_AUTO_TEST_SUITE(json_value_member)

BOOST_AUTO_TEST_CASE(key_required) {
    expect_errors<Free>("{}", {{errc::missing_required, "/v"}});
}

BOOST_AUTO_TEST_CASE(null_accepted) {
    auto f = expect_read<Free>(R"({"v":null})");
    BOOST_TEST(f.v.is_null());
    round_trip(f, R"({"v":null})");
}

BOOST_AUTO_TEST_CASE(null_replaces_warm_value) {
    Free f;
    f.v = {{"a", 1}};
    auto errs = djson::read_json(f, R"({"v":null})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(f.v.is_null());
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- writing layout

BOOST_AUTO_TEST_SUITE(writing)

BOOST_AUTO_TEST_CASE(declaration_order) {
    Order o;
    o.z = 1;
    o.a = "x";
    o.m = true;
    o.b = 2.5;
    round_trip(o, R"({"z":1,"a":"x","m":true,"b":2.5})");
}

BOOST_AUTO_TEST_CASE(keys_read_in_any_order) {
    auto o = expect_read<Order>(R"({"b":1.5,"m":true,"a":"y","z":4})");
    BOOST_TEST(o.z == 4);
    BOOST_TEST(o.a == "y");
    BOOST_TEST(o.m);
    BOOST_TEST(o.b == 1.5);
    BOOST_TEST(djson::to_json(o) == R"({"z":4,"a":"y","m":true,"b":1.5})");
}

BOOST_AUTO_TEST_CASE(pretty_two_space_indent) {
    Pretty p;
    p.name = "rex";
    p.tags = {1, 2};
    p.owner = {"u1", "person"};
    const std::string want = "{\n"
                             "  \"name\": \"rex\",\n"
                             "  \"tags\": [\n"
                             "    1,\n"
                             "    2\n"
                             "  ],\n"
                             "  \"none\": [],\n"
                             "  \"owner\": {\n"
                             "    \"id\": \"u1\",\n"
                             "    \"type\": \"person\"\n"
                             "  },\n"
                             "  \"note\": null\n"
                             "}";
    BOOST_TEST(djson::to_json(p, {.pretty = true}) == want);
    // pretty output reads back to the same value
    auto back = expect_read<Pretty>(want);
    BOOST_TEST(djson::equal(back, p));
    // and compact output is the same content
    round_trip(p, R"({"name":"rex","tags":[1,2],"none":[],"owner":{"id":"u1","type":"person"},"note":null})");
}

BOOST_AUTO_TEST_CASE(pretty_optional_omitted) {
    Kinds k;
    k.req = 1;
    k.tri = djson::null;
    BOOST_TEST(djson::to_json(k, {.pretty = true}) ==
               "{\n  \"req\": 1,\n  \"nul\": null,\n  \"tri\": null\n}");
}

BOOST_AUTO_TEST_SUITE_END()
