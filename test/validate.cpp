// Tests for djson::validate on objects built in code (NaN/inf, invalid UTF-8, undescribed enum values, extras
// shadowing declared keys) and that to_json throws exactly validate's list.
#define BOOST_TEST_MODULE validate
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

using djson::errc;
using djson_test::expected_error;

namespace vd {

enum class Kind { small, large };
BOOST_DESCRIBE_ENUM(Kind, small, large)

enum class Tier { free_tier, paid_tier };
BOOST_DESCRIBE_ENUM(Tier, free_tier, paid_tier)
DJSON_ENUM(Tier, djson::naming::kebab_case);

struct Item {
    std::string name;
    double price = 0;
    Kind kind = Kind::small;
};
BOOST_DESCRIBE_STRUCT(Item, (), (name, price, kind))

struct Order {
    std::string id;
    double total = 0;
    float ratio = 0;
    std::vector<Item> items;
    std::map<std::string, Item> by_sku;
    std::optional<Item> featured;
    djson::nullable<Item> gift;
    std::optional<djson::nullable<double>> discount;
    std::map<std::string, std::string> labels;
    std::vector<std::vector<double>> matrix;
    boost::json::value meta;
    Tier tier = Tier::free_tier;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Order, (),
                      (id, total, ratio, items, by_sku, featured, gift, discount, labels, matrix, meta, tier,
                       extra))

// naming policy: extras are compared with the JSON keys, not the C++ names
struct Account {
    std::string account_id;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Account, (), (account_id, extra))
DJSON_MODEL(Account, djson::naming::camel_case);

// a key override: the overridden key is what collides
struct Keyed {
    std::string klass;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Keyed, (), (klass, extra))
DJSON_MODEL(Keyed, djson::member("klass", djson::key("class")));

Order valid_order() {
    Order o;
    o.id = "o-1 \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"; // é € 😀
    o.total = 12.5;
    o.ratio = 0.5f;
    o.items = {Item{"a", 1, Kind::small}, Item{"b", 2, Kind::large}, Item{"c", 3, Kind::small}};
    o.by_sku = {{"sku/1", Item{"s", 4, Kind::large}}};
    o.featured = Item{"f", 5, Kind::small};
    o.gift = Item{"g", 6, Kind::large};
    o.discount = djson::nullable<double>(0.1);
    o.labels = {{"colour", "red"}};
    o.matrix = {{1, 2}, {3}};
    o.meta = boost::json::parse(R"({"k":[1,2.5,"s"]})");
    o.tier = Tier::paid_tier;
    o.extra.set_json("note", R"("hello")");
    return o;
}

} // namespace vd

using namespace vd;

// validate(v) must give exactly `want` (code and path, in order), and to_json / to_value must throw
// djson::error carrying the same list as validate.
template <class T> void expect_invalid(const T& v, const std::vector<expected_error>& want) {
    const djson::errors got = djson::validate(v);
    BOOST_TEST(got.size() == want.size(), "got:\n" << djson_test::describe(got));
    for (std::size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
        BOOST_TEST(got[i].code == want[i].code, "error " << i << ": " << got[i].message());
        BOOST_TEST(got[i].path == want[i].path, "error " << i << ": " << got[i].message());
    }
    for (bool pretty : {false, true}) {
        BOOST_TEST_CONTEXT("pretty " << pretty) {
            bool thrown = false;
            try {
                (void)djson::to_json(v, {.pretty = pretty});
            } catch (const djson::error& e) {
                thrown = true;
                BOOST_TEST((e.list() == got), "thrown:\n" << djson_test::describe(e.list()));
            }
            BOOST_TEST(thrown, "to_json did not throw");
        }
    }
    bool thrown = false;
    try {
        (void)djson::to_value(v);
    } catch (const djson::error& e) {
        thrown = true;
        BOOST_TEST((e.list() == got));
    }
    BOOST_TEST(thrown, "to_value did not throw");
}

BOOST_AUTO_TEST_CASE(valid_object_has_no_errors) {
    const Order o = valid_order();
    BOOST_TEST(djson::validate(o).empty(), djson_test::describe(djson::validate(o)));
    BOOST_CHECK_NO_THROW(djson::to_json(o));
    BOOST_TEST(djson::validate(Order{}).empty());
    BOOST_TEST(djson::validate(Item{}).empty());
    BOOST_TEST(djson::validate(std::vector<double>{1, 2}).empty());
}

BOOST_AUTO_TEST_CASE(non_finite_numbers) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double inf = std::numeric_limits<double>::infinity();
    Order o = valid_order();
    o.total = nan;
    expect_invalid(o, {{errc::invalid_value, "/total"}});
    o = valid_order();
    o.total = -inf;
    o.ratio = std::numeric_limits<float>::infinity();
    expect_invalid(o, {{errc::invalid_value, "/total"}, {errc::invalid_value, "/ratio"}});
    o = valid_order();
    o.discount = djson::nullable<double>(inf);
    expect_invalid(o, {{errc::invalid_value, "/discount"}});
    o = valid_order();
    o.matrix[1].push_back(nan);
    expect_invalid(o, {{errc::invalid_value, "/matrix/1/1"}});
    o = valid_order();
    o.meta = boost::json::value{{"k", boost::json::array{1, nan}}};
    expect_invalid(o, {{errc::invalid_value, "/meta/k/1"}});

    expect_invalid(std::vector<double>{1, nan}, {{errc::invalid_value, "/1"}});
    expect_invalid(nan, {{errc::invalid_value, ""}});
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_strings) {
    Order o = valid_order();
    o.id = "bad \xff";
    expect_invalid(o, {{errc::invalid_value, "/id"}});
    for (const char* bad : {"\xc0\xaf", "\xed\xa0\x80", "\xe2\x82", "\x80", "\xf4\x90\x80\x80", "a\xc3"}) {
        BOOST_TEST_CONTEXT("bytes of case " << std::string(bad).size()) {
            o = valid_order();
            o.items[1].name = bad;
            expect_invalid(o, {{errc::invalid_value, "/items/1/name"}});
        }
    }
    o = valid_order();
    o.labels["colour"] = "\xfe";
    expect_invalid(o, {{errc::invalid_value, "/labels/colour"}});
    o = valid_order();
    o.meta = boost::json::value{{"s", "\xff"}};
    expect_invalid(o, {{errc::invalid_value, "/meta/s"}});
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_map_keys) {
    Order o = valid_order();
    o.labels = {{"ok", "v"}, {"k\xff", "v"}};
    expect_invalid(o, {{errc::invalid_value, "/labels/k\xff"}});
    o = valid_order();
    o.by_sku = {{"\xc3", Item{"x", 1, Kind::small}}};
    o.by_sku.begin()->second.price = std::numeric_limits<double>::quiet_NaN();
    expect_invalid(o, {{errc::invalid_value, "/by_sku/\xc3"}, {errc::invalid_value, "/by_sku/\xc3/price"}});
    // a DOM key, and an additional property's key
    o = valid_order();
    o.meta = boost::json::value{{"\xff", 1}};
    expect_invalid(o, {{errc::invalid_value, "/meta/\xff"}});
    o = valid_order();
    o.extra.set("\xe2\x82", boost::json::value(1));
    expect_invalid(o, {{errc::invalid_value, "/\xe2\x82"}});
}

BOOST_AUTO_TEST_CASE(undescribed_enum_values) {
    Order o = valid_order();
    o.items[0].kind = static_cast<Kind>(42);
    expect_invalid(o, {{errc::invalid_value, "/items/0/kind"}});
    o = valid_order();
    o.tier = static_cast<Tier>(-1);
    expect_invalid(o, {{errc::invalid_value, "/tier"}});
    BOOST_CHECK_THROW(djson::to_json(static_cast<Kind>(42)), djson::error);
    expect_invalid(static_cast<Kind>(42), {{errc::invalid_value, ""}});
    expect_invalid(std::vector<Tier>{Tier::free_tier, static_cast<Tier>(7)}, {{errc::invalid_value, "/1"}});
}

BOOST_AUTO_TEST_CASE(extras_shadowing_declared_keys) {
    Order o = valid_order();
    o.extra.set("total", boost::json::value(1));
    expect_invalid(o, {{errc::duplicate_key, "/total"}});
    o = valid_order();
    o.extra.set_json("id", R"("again")");
    o.extra.set_json("by_sku", "{}");
    expect_invalid(o, {{errc::duplicate_key, "/id"}, {errc::duplicate_key, "/by_sku"}});

    // with a naming policy the JSON key is what collides, not the C++ name
    Account a;
    a.account_id = "1";
    a.extra.set_json("account_id", "2");
    BOOST_TEST(djson::validate(a).empty(), djson_test::describe(djson::validate(a)));
    BOOST_CHECK_NO_THROW(djson::to_json(a));
    a.extra.set_json("accountId", "3");
    expect_invalid(a, {{errc::duplicate_key, "/accountId"}});

    Keyed k;
    k.klass = "c";
    k.extra.set_json("klass", "1");
    BOOST_TEST(djson::validate(k).empty(), djson_test::describe(djson::validate(k)));
    k.extra.set_json("class", "2");
    expect_invalid(k, {{errc::duplicate_key, "/class"}});
}

BOOST_AUTO_TEST_CASE(nested_paths) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    Order o = valid_order();
    o.items[2].price = nan;
    expect_invalid(o, {{errc::invalid_value, "/items/2/price"}});
    o = valid_order();
    o.by_sku["sku/1"].price = nan;
    expect_invalid(o, {{errc::invalid_value, "/by_sku/sku~11/price"}});
    o = valid_order();
    o.by_sku["a~b"] = Item{"x", 1, static_cast<Kind>(9)};
    expect_invalid(o, {{errc::invalid_value, "/by_sku/a~0b/kind"}});
    o = valid_order();
    o.featured->price = nan;
    expect_invalid(o, {{errc::invalid_value, "/featured/price"}});
    o = valid_order();
    o.gift->name = "\xff";
    expect_invalid(o, {{errc::invalid_value, "/gift/name"}});
    // absent optionals and null nullables have nothing to check
    o = valid_order();
    o.featured.reset();
    o.gift = djson::null;
    o.discount.reset();
    BOOST_TEST(djson::validate(o).empty());
    o.discount = djson::nullable<double>(djson::null);
    BOOST_TEST(djson::validate(o).empty());
}

BOOST_AUTO_TEST_CASE(every_error_in_member_order) {
    Order o = valid_order();
    o.id = "\xff";
    o.total = std::numeric_limits<double>::infinity();
    o.items[1].kind = static_cast<Kind>(5);
    o.items[2].price = std::numeric_limits<double>::quiet_NaN();
    o.labels["x"] = "\x80";
    o.tier = static_cast<Tier>(3);
    o.extra.set_json("ratio", "1");
    expect_invalid(o, {{errc::invalid_value, "/id"},
                       {errc::invalid_value, "/total"},
                       {errc::invalid_value, "/items/1/kind"},
                       {errc::invalid_value, "/items/2/price"},
                       {errc::invalid_value, "/labels/x"},
                       {errc::invalid_value, "/tier"},
                       {errc::duplicate_key, "/ratio"}});
}
