// Reading into an existing object is a transaction: a failed read leaves it untouched, a successful one
// leaves exactly the document (nothing of the previous contents), through text and DOM alike.
#define BOOST_TEST_MODULE transactions
#include <boost/test/unit_test.hpp>

#include "support.hpp"

namespace tx {
BOOST_DEFINE_ENUM_CLASS(Color, red, green)
struct Item {
    std::string name;
    std::optional<std::int32_t> count;
};
BOOST_DESCRIBE_STRUCT(Item, (), (name, count))
struct Order {
    std::string id;
    std::vector<Item> items;
    std::map<std::string, std::string> labels;
    std::optional<Color> color;
    djson::additional_properties rest;
};
BOOST_DESCRIBE_STRUCT(Order, (), (id, items, labels, color, rest))
} // namespace tx

namespace {
const char* big = R"({"id":"A","items":[{"name":"a","count":1},{"name":"b"},{"name":"c","count":3}],
                      "labels":{"x":"1","y":"2"},"color":"green","extra":[1,2,3]})";
const char* small = R"({"id":"B","items":[{"name":"z"}],"labels":{}})";
} // namespace

BOOST_AUTO_TEST_CASE(failed_read_leaves_the_object_untouched) {
    tx::Order o = djson::from_json<tx::Order>(big);
    const tx::Order before = o;
    const std::string written = djson::to_json(o);
    for (const char* bad :
         {R"({"id":"C","items":[{"name":"q"},{"name":5}],"labels":{}})",
          R"({"id":"C","items":[],"labels":{"k":"v"},"color":"blue"})",
          R"({"id":"C","items":[{"name":"q"}],"labels":{}} trailing)", R"({"id":"C")", "[]"}) {
        BOOST_TEST_CONTEXT(bad) {
            djson::errors errs = djson::read_json(o, bad);
            BOOST_TEST(!errs.empty());
            BOOST_TEST(djson::equal(o, before));
            BOOST_TEST(djson::to_json(o) == written);
        }
    }
    boost::json::value dom = boost::json::parse(R"({"id":"C","items":[{"name":1}],"labels":{}})");
    BOOST_TEST(!djson::read_value(o, dom).empty());
    BOOST_TEST(djson::to_json(o) == written);
}

BOOST_AUTO_TEST_CASE(successful_read_keeps_nothing_of_before) {
    tx::Order o;
    for (int round = 0; round < 3; ++round) {
        BOOST_TEST(djson::read_json(o, big).empty());
        BOOST_TEST(djson::to_json(o) == djson::to_json(djson::from_json<tx::Order>(big)));
        BOOST_TEST(djson::read_json(o, small).empty());
        // fewer items, no color, no labels, no captured keys: exactly the small document
        BOOST_TEST(djson::to_json(o) == R"({"id":"B","items":[{"name":"z"}],"labels":{}})");
        BOOST_TEST(!o.color.has_value());
        BOOST_TEST(o.rest.empty());
    }
    // a failed read in between changes nothing, and the next good read is still exact
    BOOST_TEST(!djson::read_json(o, R"({"id":"C","items":[{"name":5}]})").empty());
    BOOST_TEST(djson::read_json(o, big).empty());
    BOOST_TEST(djson::equal(o, djson::from_json<tx::Order>(big)));
}

BOOST_AUTO_TEST_CASE(dom_reads_are_transactions_too) {
    tx::Order o = djson::from_json<tx::Order>(small);
    BOOST_TEST(djson::read_value(o, boost::json::parse(big)).empty());
    BOOST_TEST(djson::equal(o, djson::from_json<tx::Order>(big)));
}
