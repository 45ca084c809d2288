// Tests for described bases (OpenAPI allOf): base members read and written first, their rules and naming, two
// levels and several bases, and protected/private members described with BOOST_DESCRIBE_CLASS.
#define BOOST_TEST_MODULE inheritance
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::round_trip;

namespace inh {

struct Tag {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(Tag, (), (name))

// ---- one base, no naming policy anywhere ----
struct Base {
    std::string id;
    std::optional<std::string> description;
    djson::nullable<std::int32_t> version;
    std::vector<Tag> tags;
};
BOOST_DESCRIBE_STRUCT(Base, (), (id, description, version, tags))

struct Pet : Base {
    std::string name;
    std::int32_t age = 0;
    std::optional<bool> vaccinated;
};
BOOST_DESCRIBE_STRUCT(Pet, (Base), (name, age, vaccinated))

// ---- naming: each class's own DJSON_MODEL names its own members ----
struct Resource {
    std::string resource_id;
    std::string created_by;
};
BOOST_DESCRIBE_STRUCT(Resource, (), (resource_id, created_by))
DJSON_MODEL(Resource, djson::naming::camel_case);

struct Document : Resource {
    std::string document_title;
    std::int32_t page_count = 0;
};
BOOST_DESCRIBE_STRUCT(Document, (Resource), (document_title, page_count))
DJSON_MODEL(Document, djson::naming::kebab_case);

// a derived model without DJSON_MODEL: its own members are as declared, the base's follow the base's policy
struct Note : Resource {
    std::string note_text;
};
BOOST_DESCRIBE_STRUCT(Note, (Resource), (note_text))

// a base without DJSON_MODEL under a derived model with a policy: the base's members stay as declared
struct PlainBase {
    std::string some_field;
};
BOOST_DESCRIBE_STRUCT(PlainBase, (), (some_field))

struct CamelDerived : PlainBase {
    std::string own_field;
};
BOOST_DESCRIBE_STRUCT(CamelDerived, (PlainBase), (own_field))
DJSON_MODEL(CamelDerived, djson::naming::camel_case);

// a base's member overrides apply to its members inside a derived model
struct Typed {
    std::string klass;
    std::string type_version;
};
BOOST_DESCRIBE_STRUCT(Typed, (), (klass, type_version))
DJSON_MODEL(Typed, djson::naming::kebab_case, djson::member("klass", djson::key("@type")));

struct Sub : Typed {
    std::string value_text;
};
BOOST_DESCRIBE_STRUCT(Sub, (Typed), (value_text))
DJSON_MODEL(Sub, djson::naming::camel_case);

// ---- two levels of bases, each with its own policy ----
struct Level0 {
    std::string level_zero;
};
BOOST_DESCRIBE_STRUCT(Level0, (), (level_zero))
DJSON_MODEL(Level0, djson::naming::camel_case);

struct Level1 : Level0 {
    std::string level_one;
    std::optional<std::int32_t> level_one_opt;
};
BOOST_DESCRIBE_STRUCT(Level1, (Level0), (level_one, level_one_opt))
DJSON_MODEL(Level1, djson::naming::screaming_snake_case);

struct Level2 : Level1 {
    std::string level_two;
};
BOOST_DESCRIBE_STRUCT(Level2, (Level1), (level_two))
DJSON_MODEL(Level2, djson::naming::pascal_case);

// two levels with no policies
struct Animal {
    std::string kind;
};
BOOST_DESCRIBE_STRUCT(Animal, (), (kind))
struct Mammal : Animal {
    std::int32_t legs = 0;
};
BOOST_DESCRIBE_STRUCT(Mammal, (Animal), (legs))
struct Dog : Mammal {
    std::string breed;
};
BOOST_DESCRIBE_STRUCT(Dog, (Mammal), (breed))

// ---- several bases (allOf with two schemas) ----
struct HasId {
    std::string id;
};
BOOST_DESCRIBE_STRUCT(HasId, (), (id))
struct HasTimes {
    djson::timestamp created;
    std::optional<djson::timestamp> modified;
};
BOOST_DESCRIBE_STRUCT(HasTimes, (), (created, modified))
struct Entity : HasId, HasTimes {
    std::string label;
};
BOOST_DESCRIBE_STRUCT(Entity, (HasId, HasTimes), (label))

// ---- unknown-key policies and additional properties on a derived model ----
struct StrictPet : Base {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(StrictPet, (Base), (name))
DJSON_MODEL(StrictPet, djson::unknown_keys::reject);

struct OpenPet : Base {
    std::string name;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(OpenPet, (Base), (name, extra))

struct Owner {
    Pet pet;
    std::vector<Pet> others;
};
BOOST_DESCRIBE_STRUCT(Owner, (), (pet, others))

// ---- protected and private members ----
class Account {
  public:
    Account() = default;
    Account(std::string k, std::string owner, std::int64_t b, std::optional<std::string> n)
        : kind(std::move(k)), owner_name(std::move(owner)), balance(b), note(std::move(n)) {}
    std::string kind;
    const std::string& get_owner_name() const { return owner_name; }
    std::int64_t get_balance() const { return balance; }
    const std::optional<std::string>& get_note() const { return note; }

  protected:
    std::string owner_name;

  private:
    std::int64_t balance = 0;
    std::optional<std::string> note;

    BOOST_DESCRIBE_CLASS(Account, (), (kind), (owner_name), (balance, note))
};
DJSON_MODEL(Account, djson::naming::camel_case);

class SavingsAccount : public Account {
  public:
    SavingsAccount() = default;
    SavingsAccount(Account a, double rate, std::int32_t term)
        : Account(std::move(a)), interest_rate(rate), term_months(term) {}
    double get_interest_rate() const { return interest_rate; }
    std::int32_t get_term_months() const { return term_months; }

  protected:
    double interest_rate = 0;

  private:
    std::int32_t term_months = 0;

    BOOST_DESCRIBE_CLASS(SavingsAccount, (Account), (), (interest_rate), (term_months))
};
DJSON_MODEL(SavingsAccount, djson::naming::snake_case);

} // namespace inh

using namespace inh;

BOOST_AUTO_TEST_CASE(base_members_written_first_and_read) {
    Pet p;
    p.id = "p1";
    p.description = "good dog";
    p.version = 3;
    p.tags = {Tag{"a"}};
    p.name = "Rex";
    p.age = 4;
    p.vaccinated = true;
    round_trip(
        p, R"({"id":"p1","description":"good dog","version":3,"tags":[{"name":"a"}],"name":"Rex","age":4,)"
           R"("vaccinated":true})");

    Pet q;
    q.id = "p2";
    q.name = "Tom";
    round_trip(q, R"({"id":"p2","version":null,"tags":[],"name":"Tom","age":0})");

    auto r = expect_read<Pet>(
        R"({"age":2,"name":"Kit","tags":[{"name":"x"},{"name":"y"}],"version":7,"id":"p3"})");
    BOOST_TEST(r.id == "p3");
    BOOST_TEST(!r.description.has_value());
    BOOST_TEST_REQUIRE(!r.version.is_null());
    BOOST_TEST(*r.version == 7);
    BOOST_TEST(r.tags.size() == 2u);
    BOOST_TEST(r.name == "Kit");
    BOOST_TEST(r.age == 2);
    BOOST_TEST(!r.vaccinated.has_value());
}

BOOST_AUTO_TEST_CASE(base_members_follow_required_and_optional_rules) {
    // every required key, base ones first, is reported
    expect_errors<Pet>("{}", {{errc::missing_required, "/id"},
                              {errc::missing_required, "/version"},
                              {errc::missing_required, "/tags"},
                              {errc::missing_required, "/name"},
                              {errc::missing_required, "/age"}});
    expect_errors<Pet>(R"({"version":null,"tags":[],"name":"n","age":1})", {{errc::missing_required, "/id"}});
    // null only where nullable
    expect_errors<Pet>(R"({"id":null,"description":null,"version":null,"tags":[],"name":"n","age":1})",
                       {{errc::unexpected_null, "/id"}, {errc::unexpected_null, "/description"}});
    // type errors inside base members, with their paths
    expect_errors<Pet>(R"({"id":1,"version":"x","tags":[{"name":"a"},{"name":2}],"name":"n","age":1})",
                       {{errc::type_mismatch, "/id"},
                        {errc::type_mismatch, "/version"},
                        {errc::type_mismatch, "/tags/1/name"}});
    expect_errors<Owner>(
        R"({"pet":{"version":1,"tags":[],"name":"n","age":1},"others":[{"id":"a","version":1,)"
        R"("tags":[{}],"name":"n","age":1}]})",
        {{errc::missing_required, "/pet/id"}, {errc::missing_required, "/others/0/tags/0/name"}});
    // duplicates of a base key
    expect_errors<Pet>(R"({"id":"a","id":"b","version":1,"tags":[],"name":"n","age":1})",
                       {{errc::duplicate_key, "/id"}}, {}, false);
}

BOOST_AUTO_TEST_CASE(each_class_names_its_own_members) {
    Document d;
    d.resource_id = "r1";
    d.created_by = "me";
    d.document_title = "T";
    d.page_count = 9;
    round_trip(d, R"({"resourceId":"r1","createdBy":"me","document-title":"T","page-count":9})");
    auto back =
        expect_read<Document>(R"({"page-count":1,"document-title":"X","createdBy":"c","resourceId":"r"})");
    BOOST_TEST(back.resource_id == "r");
    BOOST_TEST(back.created_by == "c");
    BOOST_TEST(back.document_title == "X");
    BOOST_TEST(back.page_count == 1);
    // the derived policy's spelling of a base member is not its key
    expect_errors<Document>(R"({"resource-id":"r","createdBy":"c","document-title":"X","page-count":1})",
                            {{errc::missing_required, "/resourceId"}});

    CamelDerived c;
    c.some_field = "s";
    c.own_field = "o";
    round_trip(c, R"({"some_field":"s","ownField":"o"})");
    expect_errors<CamelDerived>(R"({"someField":"s","ownField":"o"})",
                                {{errc::missing_required, "/some_field"}});
}

BOOST_AUTO_TEST_CASE(base_member_overrides_apply_in_derived) {
    Sub s;
    s.klass = "Sub";
    s.type_version = "1";
    s.value_text = "v";
    round_trip(s, R"({"@type":"Sub","type-version":"1","valueText":"v"})");
    expect_errors<Sub>(R"({"klass":"Sub","type-version":"1","valueText":"v"})",
                       {{errc::missing_required, "/@type"}});
}

BOOST_AUTO_TEST_CASE(derived_without_model_keeps_its_own_names) {
    // Note has no DJSON_MODEL: its own member is as declared; the base's members follow Resource's
    // camel_case.
    Note n;
    n.resource_id = "r";
    n.created_by = "c";
    n.note_text = "hello";
    round_trip(n, R"({"resourceId":"r","createdBy":"c","note_text":"hello"})");
    expect_errors<Note>(R"({"resourceId":"r","createdBy":"c"})", {{errc::missing_required, "/note_text"}});
}

BOOST_AUTO_TEST_CASE(two_levels_of_bases) {
    Level2 v;
    v.level_zero = "0";
    v.level_one = "1";
    v.level_one_opt = 11;
    v.level_two = "2";
    round_trip(v, R"({"levelZero":"0","LEVEL_ONE":"1","LEVEL_ONE_OPT":11,"LevelTwo":"2"})");
    auto r = expect_read<Level2>(R"({"LevelTwo":"b","LEVEL_ONE":"a","levelZero":"z"})");
    BOOST_TEST(r.level_zero == "z");
    BOOST_TEST(r.level_one == "a");
    BOOST_TEST(!r.level_one_opt.has_value());
    BOOST_TEST(r.level_two == "b");
    expect_errors<Level2>("{}", {{errc::missing_required, "/levelZero"},
                                 {errc::missing_required, "/LEVEL_ONE"},
                                 {errc::missing_required, "/LevelTwo"}});
    // the middle level alone
    Level1 m;
    m.level_zero = "0";
    m.level_one = "1";
    round_trip(m, R"({"levelZero":"0","LEVEL_ONE":"1"})");

    Dog dog;
    dog.kind = "canine";
    dog.legs = 4;
    dog.breed = "lab";
    round_trip(dog, R"({"kind":"canine","legs":4,"breed":"lab"})");
    // value errors come as they are read, missing keys at the end of the object
    expect_errors<Dog>(R"({"legs":"four"})", {{errc::type_mismatch, "/legs"},
                                              {errc::missing_required, "/kind"},
                                              {errc::missing_required, "/breed"}});
}

BOOST_AUTO_TEST_CASE(several_bases_in_declaration_order) {
    Entity e;
    e.id = "e1";
    e.created = djson::timestamp::from_unix(1'499'798'737, 98'000'000);
    e.label = "L";
    round_trip(e, R"({"id":"e1","created":"2017-07-11T18:45:37.098Z","label":"L"})");
    e.modified = djson::timestamp::from_unix(0);
    round_trip(
        e,
        R"({"id":"e1","created":"2017-07-11T18:45:37.098Z","modified":"1970-01-01T00:00:00.000Z","label":"L"})");
    expect_errors<Entity>(R"({"created":"yesterday","label":"L"})",
                          {{errc::invalid_value, "/created"}, {errc::missing_required, "/id"}});
}

BOOST_AUTO_TEST_CASE(unknown_key_policies_know_base_keys) {
    auto s = expect_read<StrictPet>(R"({"id":"a","version":null,"tags":[],"name":"n"})");
    BOOST_TEST(s.id == "a");
    expect_errors<StrictPet>(R"({"id":"a","version":null,"tags":[],"name":"n","age":1})",
                             {{errc::unknown_key, "/age"}});

    auto o = expect_read<OpenPet>(R"({"id":"a","x":1,"version":2,"tags":[],"name":"n","y":[true]})");
    BOOST_TEST(o.id == "a");
    BOOST_TEST(o.name == "n");
    BOOST_TEST(o.extra.size() == 2u);
    BOOST_TEST(o.extra.contains("x"));
    BOOST_TEST(o.extra.contains("y"));
    BOOST_TEST(!o.extra.contains("id"));
    BOOST_TEST(!o.extra.contains("version"));
    round_trip(o, R"({"id":"a","version":2,"tags":[],"name":"n","x":1,"y":[true]})");

    // an additional property shadowing a base key is a duplicate
    OpenPet bad = o;
    bad.extra.set("id", boost::json::value("again"));
    auto errs = djson::validate(bad);
    BOOST_TEST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].code == errc::duplicate_key);
    BOOST_TEST(errs[0].path == "/id");
}

BOOST_AUTO_TEST_CASE(protected_and_private_members) {
    Account a("checking", "Ann", 1250, std::string("vip"));
    round_trip(a, R"({"kind":"checking","ownerName":"Ann","balance":1250,"note":"vip"})");
    auto r = expect_read<Account>(R"({"balance":-5,"ownerName":"Bob","kind":"savings"})");
    BOOST_TEST(r.kind == "savings");
    BOOST_TEST(r.get_owner_name() == "Bob");
    BOOST_TEST(r.get_balance() == -5);
    BOOST_TEST(!r.get_note().has_value());
    expect_errors<Account>(R"({"kind":"k"})",
                           {{errc::missing_required, "/ownerName"}, {errc::missing_required, "/balance"}});
    expect_errors<Account>(R"({"kind":"k","ownerName":"o","balance":1.5})",
                           {{errc::type_mismatch, "/balance"}});

    BOOST_TEST(djson::equal(a, Account("checking", "Ann", 1250, std::string("vip"))));
    BOOST_TEST(!djson::equal(a, Account("checking", "Ann", 1251, std::string("vip"))));
    BOOST_TEST((djson::diff(a, Account("checking", "Ann", 1251, std::nullopt)) ==
                std::vector<std::string>{"/balance", "/note"}));
}

BOOST_AUTO_TEST_CASE(private_members_of_bases_and_derived) {
    SavingsAccount s(Account("savings", "Cy", 100, std::nullopt), 0.25, 12);
    round_trip(s,
               R"({"kind":"savings","ownerName":"Cy","balance":100,"interest_rate":0.25,"term_months":12})");
    auto r = expect_read<SavingsAccount>(
        R"({"term_months":6,"interest_rate":1.5,"note":"n","balance":7,"ownerName":"Di","kind":"k"})");
    BOOST_TEST(r.kind == "k");
    BOOST_TEST(r.get_owner_name() == "Di");
    BOOST_TEST(r.get_balance() == 7);
    BOOST_TEST((r.get_note() == std::optional<std::string>("n")));
    BOOST_TEST(r.get_interest_rate() == 1.5);
    BOOST_TEST(r.get_term_months() == 6);
    expect_errors<SavingsAccount>(R"({"kind":"k","ownerName":"o","balance":1,"interest_rate":0})",
                                  {{errc::missing_required, "/term_months"}});
    BOOST_TEST(djson::validate(s).empty());
}
