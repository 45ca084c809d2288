// Standard types through the public codec seam: sets, deque/list, smart pointers, maps with integer and enum
// keys, system_clock time points, djson::date and djson::bytes.
#define BOOST_TEST_MODULE std_types
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <chrono>
#include <deque>
#include <list>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::round_trip;

namespace st {
enum class Color { red, green };
BOOST_DESCRIBE_ENUM(Color, red, green)
struct Item {
    int n = 0;
    friend bool operator==(const Item&, const Item&) = default;
};
BOOST_DESCRIBE_STRUCT(Item, (), (n))
struct All {
    std::set<std::string> tags;
    std::unordered_set<int> ids;
    std::deque<int> queue;
    std::list<Item> items;
    std::unique_ptr<Item> owned;
    std::shared_ptr<std::string> shared;
    std::map<int, std::string> by_id;
    std::unordered_map<Color, int> by_color;
    std::chrono::system_clock::time_point at;
    djson::date day;
    djson::bytes blob;
    std::optional<std::set<int>> maybe;
};
BOOST_DESCRIBE_STRUCT(All, (),
                      (tags, ids, queue, items, owned, shared, by_id, by_color, at, day, blob, maybe))
} // namespace st

BOOST_AUTO_TEST_CASE(every_type_round_trips) {
    st::All a;
    a.tags = {"b", "a"};
    a.ids = {7};
    a.queue = {3, 1, 2};
    a.items = {{1}, {2}};
    a.owned = std::make_unique<st::Item>(st::Item{5});
    a.shared = nullptr;
    a.by_id = {{-3, "x"}, {10, "y"}};
    a.by_color = {{st::Color::green, 2}};
    a.at = std::chrono::system_clock::time_point(std::chrono::nanoseconds(1700000000123456789LL));
    a.day = {2024, 2, 29};
    a.blob.data = {0, 1, 254, 255};
    round_trip(a, R"({"tags":["a","b"],"ids":[7],"queue":[3,1,2],"items":[{"n":1},{"n":2}],"owned":{"n":5},)"
                  R"("shared":null,"by_id":{"-3":"x","10":"y"},"by_color":{"green":2},)"
                  R"("at":"2023-11-14T22:13:20.123456789Z","day":"2024-02-29","blob":"AAH+/w=="})");
    auto b =
        expect_read<st::All>(R"({"tags":[],"ids":[],"queue":[],"items":[],"owned":null,"shared":"s",)"
                             R"("by_id":{},"by_color":{},"at":"1970-01-01T00:00:00Z","day":"0001-01-01",)"
                             R"("blob":"","maybe":[1,2]})");
    BOOST_TEST(!b.owned);
    BOOST_TEST(*b.shared == "s");
    BOOST_TEST(b.maybe->size() == 2u);
    BOOST_TEST(b.blob.data.empty());
}

BOOST_AUTO_TEST_CASE(each_refuses_what_it_cannot_hold_at_its_path) {
    expect_errors<st::All>(
        R"({"tags":["a","a"],"ids":[1,"2"],"queue":[1.5],"items":[{"n":"x"}],"owned":{"m":1},"shared":1,)"
        R"("by_id":{"01":"x","1x":"y"},"by_color":{"blue":1},"at":"2023-11-14T22:13:20Z!","day":"2023-02-29",)"
        R"("blob":"AAH+/w="})",
        {{errc::invalid_value, "/tags"},
         {errc::type_mismatch, "/ids/1"},
         {errc::type_mismatch, "/queue/0"},
         {errc::type_mismatch, "/items/0/n"},
         {errc::missing_required, "/owned/n"},
         {errc::type_mismatch, "/shared"},
         {errc::invalid_value, "/by_id"},
         {errc::invalid_value, "/by_color"},
         {errc::invalid_value, "/at"},
         {errc::invalid_value, "/day"},
         {errc::invalid_value, "/blob"}});
    auto r = djson::try_from_json<st::All>(R"({"tags":["a","b","a"]})");
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error_list()[0].detail == "item 2 repeats an earlier one (a set holds each value once)");
}

BOOST_AUTO_TEST_CASE(time_points_are_never_rounded) {
    using sec_tp = std::chrono::time_point<std::chrono::system_clock, std::chrono::seconds>;
    BOOST_TEST(expect_read<sec_tp>(R"("2023-11-14T22:13:20Z")").time_since_epoch().count() == 1700000000);
    // (read directly, not through expect_errors: the schema of a time point is RFC 3339's date-time, without
    // the time point's precision and range, so these documents are not for the schema agreement check)
    auto fine = djson::try_from_json<sec_tp>(R"("2023-11-14T22:13:20.5Z")");
    BOOST_REQUIRE(!fine);
    BOOST_TEST(fine.error_list()[0].code == errc::invalid_value);
    // beyond nanosecond time points' range (years 1677-2262)
    auto far = djson::try_from_json<std::chrono::system_clock::time_point>(R"("2300-01-01T00:00:00Z")");
    BOOST_REQUIRE(!far);
    BOOST_TEST(far.error_list()[0].detail == "the time is outside the range of this time_point");
}

BOOST_AUTO_TEST_CASE(base64_is_canonical) {
    for (const char* ok : {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "+/+/"})
        BOOST_TEST(djson::bytes::from_base64(ok).has_value(), ok);
    for (const char* bad :
         {"Zg", "Zg=", "Zh==", "Zm9=", "Zm 9v", "Zm9v\n", "=Zm9", "Zg==Zg==", "Z===", "Zm-_", "Zm9v="})
        BOOST_TEST(!djson::bytes::from_base64(bad).has_value(), bad);
    djson::bytes b;
    for (int i = 0; i < 256; ++i)
        b.data.push_back(static_cast<std::uint8_t>(i));
    BOOST_TEST((djson::bytes::from_base64(b.to_base64())->data == b.data));
}

BOOST_AUTO_TEST_CASE(dates_are_real_days) {
    for (const char* ok : {"2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31"})
        BOOST_TEST(djson::date::parse(ok).has_value(), ok);
    for (const char* bad : {"2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01",
                            "24-01-01", "2024-01-01T00:00:00Z", "2024/01/01", ""})
        BOOST_TEST(!djson::date::parse(bad).has_value(), bad);
}

BOOST_AUTO_TEST_CASE(the_schema_says_what_they_are) {
    auto s = djson::json_schema<st::All>().at("properties");
    BOOST_TEST(s.at("tags").at("uniqueItems").as_bool());
    BOOST_TEST(s.at("tags").at("items").at("type").as_string() == "string");
    BOOST_TEST(s.at("by_id").at("propertyNames").at("pattern").as_string() == "^-?(0|[1-9][0-9]*)$");
    BOOST_TEST(s.at("by_color").at("propertyNames").at("enum").as_array().size() == 2u);
    BOOST_TEST(s.at("day").at("format").as_string() == "date");
    BOOST_TEST(s.at("blob").at("format").as_string() == "byte");
    BOOST_TEST(s.at("at").at("format").as_string() == "date-time");
    BOOST_TEST(boost::json::serialize(s.at("owned").at("anyOf").at(1)) == R"({"type":"null"})");
}
