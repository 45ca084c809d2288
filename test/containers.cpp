// Tests for containers and value kinds inside them: std::vector, std::array, std::map/unordered_map,
// described enums, free-form boost::json::value, error paths and error recovery.
#define BOOST_TEST_MODULE containers
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <array>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::round_trip;

namespace ct {

enum class Color { RED, GREEN };
BOOST_DESCRIBE_ENUM(Color, RED, GREEN)

struct Owner {
    std::string id;
    std::string type;
};
BOOST_DESCRIBE_STRUCT(Owner, (), (id, type))

struct Item {
    std::string name;
    Owner owner;
};
BOOST_DESCRIBE_STRUCT(Item, (), (name, owner))

struct Ints {
    std::vector<int> v;
};
BOOST_DESCRIBE_STRUCT(Ints, (), (v))

struct Strs {
    std::vector<std::string> v;
};
BOOST_DESCRIBE_STRUCT(Strs, (), (v))

struct Items {
    std::vector<Item> items;
};
BOOST_DESCRIBE_STRUCT(Items, (), (items))

struct Grid {
    std::vector<std::vector<int>> g;
};
BOOST_DESCRIBE_STRUCT(Grid, (), (g))

struct Arr {
    std::array<int, 3> a{};
};
BOOST_DESCRIBE_STRUCT(Arr, (), (a))

struct Pair {
    std::array<Owner, 2> p;
};
BOOST_DESCRIBE_STRUCT(Pair, (), (p))

struct Maps {
    std::map<std::string, int> m;
    std::unordered_map<std::string, std::string> u;
};
BOOST_DESCRIBE_STRUCT(Maps, (), (m, u))

struct Owners {
    std::map<std::string, Owner> owners;
};
BOOST_DESCRIBE_STRUCT(Owners, (), (owners))

struct Paint {
    Color c = Color::RED;
    std::vector<Color> cs;
    std::map<std::string, Color> named;
};
BOOST_DESCRIBE_STRUCT(Paint, (), (c, cs, named))

struct Free {
    boost::json::value v;
};
BOOST_DESCRIBE_STRUCT(Free, (), (v))

struct Mixed {
    std::vector<int> list;
    std::map<std::string, int> dict;
    std::array<int, 2> pair{};
    Owner owner;
    int n = 0;
};
BOOST_DESCRIBE_STRUCT(Mixed, (), (list, dict, pair, owner, n))

} // namespace ct

using namespace ct;

// ---------------------------------------------------------------- std::vector

BOOST_AUTO_TEST_SUITE(vectors)

BOOST_AUTO_TEST_CASE(of_scalars) {
    round_trip(Ints{{1, -2, 3}}, R"({"v":[1,-2,3]})");
    round_trip(Strs{{"a", "", "c\"d"}}, R"({"v":["a","","c\"d"]})");
}

BOOST_AUTO_TEST_CASE(empty_written_as_brackets) {
    round_trip(Ints{}, R"({"v":[]})");
    BOOST_TEST(djson::to_json(Ints{}, {.pretty = true}) == "{\n  \"v\": []\n}");
}

BOOST_AUTO_TEST_CASE(item_errors_have_index_paths) {
    expect_errors<Ints>(
        R"({"v":[1,"x",3,null,4.5]})",
        {{errc::type_mismatch, "/v/1"}, {errc::unexpected_null, "/v/3"}, {errc::type_mismatch, "/v/4"}});
}

BOOST_AUTO_TEST_CASE(of_models) {
    Items it;
    it.items.push_back({"a", {"1", "person"}});
    it.items.push_back({"b", {"2", "org"}});
    round_trip(it, R"({"items":[{"name":"a","owner":{"id":"1","type":"person"}},)"
                   R"({"name":"b","owner":{"id":"2","type":"org"}}]})");
}

BOOST_AUTO_TEST_CASE(nested_model_error_path) {
    const char* text = R"({"items":[)"
                       R"({"name":"a","owner":{"id":"1","type":"t"}},)"
                       R"({"name":"b","owner":{"id":"2","type":"t"}},)"
                       R"({"name":"c","owner":{"id":"3","type":"t"}},)"
                       R"({"name":"d","owner":{"id":"4"}}]})";
    expect_errors<Items>(text, {{errc::missing_required, "/items/3/owner/type"}});
}

BOOST_AUTO_TEST_CASE(nested_model_type_mismatch_path) {
    const char* text = R"({"items":[)"
                       R"({"name":"a","owner":{"id":"1","type":"t"}},)"
                       R"({"name":"b","owner":{"id":"2","type":"t"}},)"
                       R"({"name":"c","owner":{"id":"3","type":"t"}},)"
                       R"({"name":"d","owner":{"id":"4","type":7}}]})";
    expect_errors<Items>(text, {{errc::type_mismatch, "/items/3/owner/type"}});
    auto r = djson_test::read_both<Items>(text);
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    BOOST_TEST(r.error_list()[0].message().rfind("/items/3/owner/type: ", 0) == 0u,
               r.error_list()[0].message());
}

BOOST_AUTO_TEST_CASE(nested_vectors) {
    round_trip(Grid{{{1, 2}, {}, {3}}}, R"({"g":[[1,2],[],[3]]})");
    round_trip(Grid{}, R"({"g":[]})");
    expect_errors<Grid>(R"({"g":[[1],[2,"x"],3]})",
                        {{errc::type_mismatch, "/g/1/1"}, {errc::type_mismatch, "/g/2"}});
}

BOOST_AUTO_TEST_CASE(pretty_nested) {
    BOOST_TEST(djson::to_json(Grid{{{1}, {}}}, {.pretty = true}) == "{\n"
                                                                    "  \"g\": [\n"
                                                                    "    [\n"
                                                                    "      1\n"
                                                                    "    ],\n"
                                                                    "    []\n"
                                                                    "  ]\n"
                                                                    "}");
}

BOOST_AUTO_TEST_CASE(warm_vector_shrinks) {
    Ints w{{1, 2, 3, 4}};
    auto errs = djson::read_json(w, R"({"v":[9]})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST_REQUIRE(w.v.size() == 1u);
    BOOST_TEST(w.v[0] == 9);
    errs = djson::read_json(w, R"({"v":[]})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(w.v.empty());
}

BOOST_AUTO_TEST_CASE(warm_vector_grows) {
    Ints w{{1}};
    auto errs = djson::read_json(w, R"({"v":[5,6,7]})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(w.v == (std::vector<int>{5, 6, 7}));
}

BOOST_AUTO_TEST_CASE(warm_vector_of_models_shrinks_and_overwrites) {
    Items w;
    w.items = {{"a", {"1", "x"}}, {"b", {"2", "y"}}, {"c", {"3", "z"}}};
    auto errs = djson::read_json(w, R"({"items":[{"name":"n","owner":{"id":"9","type":"t"}}]})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST_REQUIRE(w.items.size() == 1u);
    BOOST_TEST(w.items[0].name == "n");
    BOOST_TEST(w.items[0].owner.id == "9");
    BOOST_TEST(w.items[0].owner.type == "t");
}

BOOST_AUTO_TEST_CASE(warm_nested_vector_shrinks) {
    Grid w{{{1, 2, 3}, {4, 5}, {6}}};
    auto errs = djson::read_json(w, R"({"g":[[7]]})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST_REQUIRE(w.g.size() == 1u);
    BOOST_TEST(w.g[0] == (std::vector<int>{7}));
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- std::array

BOOST_AUTO_TEST_SUITE(fixed_arrays)

BOOST_AUTO_TEST_CASE(exact_count_round_trips) {
    round_trip(Arr{{1, 2, 3}}, R"({"a":[1,2,3]})");
    auto a = expect_read<Arr>(R"({"a":[4,5,6]})");
    BOOST_TEST(a.a[0] == 4);
    BOOST_TEST(a.a[2] == 6);
}

BOOST_AUTO_TEST_CASE(too_few_at_array_path) {
    expect_errors<Arr>(R"({"a":[1,2]})", {{errc::size_mismatch, "/a"}});
    expect_errors<Arr>(R"({"a":[]})", {{errc::size_mismatch, "/a"}});
}

BOOST_AUTO_TEST_CASE(too_few_message) {
    auto r = djson_test::read_both<Arr>(R"({"a":[1,2]})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    BOOST_TEST(r.error_list()[0].message().rfind("/a: ", 0) == 0u, r.error_list()[0].message());
}

BOOST_AUTO_TEST_CASE(too_many_at_first_extra_item) {
    expect_errors<Arr>(R"({"a":[1,2,3,4]})", {{errc::size_mismatch, "/a/3"}});
    // one error for all the extra items
    expect_errors<Arr>(R"({"a":[1,2,3,4,5,6]})", {{errc::size_mismatch, "/a/3"}});
}

BOOST_AUTO_TEST_CASE(item_errors_then_size) {
    expect_errors<Arr>(R"({"a":[1,"x"]})", {{errc::type_mismatch, "/a/1"}, {errc::size_mismatch, "/a"}});
}

BOOST_AUTO_TEST_CASE(of_models) {
    Pair p;
    p.p = {Owner{"1", "a"}, Owner{"2", "b"}};
    round_trip(p, R"({"p":[{"id":"1","type":"a"},{"id":"2","type":"b"}]})");
    expect_errors<Pair>(R"({"p":[{"id":"1","type":"a"},{"type":"b"}]})",
                        {{errc::missing_required, "/p/1/id"}});
    expect_errors<Pair>(R"({"p":[{"id":"1","type":"a"}]})", {{errc::size_mismatch, "/p"}});
}

BOOST_AUTO_TEST_CASE(not_an_array) {
    expect_errors<Arr>(R"({"a":{"0":1}})", {{errc::type_mismatch, "/a"}});
    expect_errors<Arr>(R"({"a":null})", {{errc::unexpected_null, "/a"}});
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- maps

BOOST_AUTO_TEST_SUITE(maps)

BOOST_AUTO_TEST_CASE(map_and_unordered_map_round_trip) {
    Maps m;
    m.m = {{"b", 2}, {"a", 1}};
    m.u = {{"k", "v"}};
    round_trip(m, R"({"m":{"a":1,"b":2},"u":{"k":"v"}})");
}

BOOST_AUTO_TEST_CASE(unordered_map_reads_every_key) {
    auto m = expect_read<Maps>(R"({"m":{},"u":{"x":"1","y":"2","z":"3"}})");
    BOOST_TEST(m.u.size() == 3u);
    BOOST_TEST(m.u.at("x") == "1");
    BOOST_TEST(m.u.at("z") == "3");
}

BOOST_AUTO_TEST_CASE(empty_written_as_braces) {
    round_trip(Maps{}, R"({"m":{},"u":{}})");
    BOOST_TEST(djson::to_json(Maps{}, {.pretty = true}) == "{\n  \"m\": {},\n  \"u\": {}\n}");
}

BOOST_AUTO_TEST_CASE(pretty_map) {
    Maps m;
    m.m = {{"a", 1}, {"b", 2}};
    BOOST_TEST(djson::to_json(m, {.pretty = true}) == "{\n"
                                                      "  \"m\": {\n"
                                                      "    \"a\": 1,\n"
                                                      "    \"b\": 2\n"
                                                      "  },\n"
                                                      "  \"u\": {}\n"
                                                      "}");
}

// A map read into again keeps the entries whose keys come again (read over) and drops the others; entries of
// nested models are read over entirely, as a fresh read would fill them.
BOOST_AUTO_TEST_CASE(warm_map_reads_equal_fresh_reads) {
    const char* docs[] = {
        R"({"m":{"a":1,"b":2},"u":{"x":"1","y":"2"}})",
        R"({"m":{"b":3,"c":4},"u":{"y":"3"}})",
        R"({"m":{},"u":{}})",
        R"({"m":{"c":5,"a":6,"b":7},"u":{"z":"","x":"9"}})",
        R"({"m":{"a":1},"u":{"x":"1","y":"2","z":"3","w":"4"}})",
    };
    Maps warm;
    for (int round = 0; round < 2; ++round) {
        for (const char* d : docs) {
            BOOST_TEST_CONTEXT(d) {
                BOOST_TEST_REQUIRE(djson::read_json(warm, d).empty());
                Maps fresh = djson::from_json<Maps>(d);
                BOOST_TEST((warm.m == fresh.m));
                BOOST_TEST((warm.u == fresh.u));
            }
        }
    }
    Owners owners;
    BOOST_TEST_REQUIRE(djson::read_json(owners, R"({"owners":{"a":{"id":"1","type":"x"}}})").empty());
    const char* again = R"({"owners":{"a":{"type":"y","id":"2"}}})";
    BOOST_TEST_REQUIRE(djson::read_json(owners, again).empty());
    BOOST_TEST(djson::to_json(owners) == djson::to_json(djson::from_json<Owners>(again)));
    // A failed read leaves the target as it was.
    BOOST_TEST(!djson::read_json(owners, R"({"owners":{"b":{"id":"3","type":"z"},"a":7}})").empty());
    BOOST_TEST(owners.owners.size() == 1u);
    BOOST_TEST(owners.owners.at("a").id == "2");
}

// Duplicate checks in objects of many keys (the key set grows while the object is read), in maps and among
// unknown keys, at the duplicate's own path.
BOOST_AUTO_TEST_CASE(duplicates_among_many_keys) {
    std::string m = R"({"m":{)";
    for (int i = 0; i < 3000; ++i)
        m += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    m += R"("k1234":0},"u":{}})";
    expect_errors<Maps>(m, {{errc::duplicate_key, "/m/k1234"}}, {}, false);
    auto ok = expect_read<Maps>(m.substr(0, m.size() - std::string(R"(,"k1234":0},"u":{}})").size()) +
                                R"(},"u":{}})");
    BOOST_TEST(ok.m.size() == 3000u);
}

BOOST_AUTO_TEST_CASE(duplicate_key_in_map) {
    expect_errors<Maps>(R"({"m":{"k":1,"k":2},"u":{}})", {{errc::duplicate_key, "/m/k"}}, {}, false);
}

BOOST_AUTO_TEST_CASE(duplicate_key_in_unordered_map) {
    expect_errors<Maps>(R"({"m":{},"u":{"x":"1","y":"2","x":"3"}})", {{errc::duplicate_key, "/u/x"}}, {},
                        false);
}

BOOST_AUTO_TEST_CASE(duplicate_key_message) {
    auto r = djson_test::read_both<Maps>(R"({"m":{"k":1,"k":2},"u":{}})", {}, false);
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    BOOST_TEST(r.error_list()[0].message() == "/m/k: duplicate key");
}

BOOST_AUTO_TEST_CASE(value_errors_have_key_paths) {
    expect_errors<Maps>(
        R"({"m":{"a":1,"b":"x","c":null},"u":{"d":4}})",
        {{errc::type_mismatch, "/m/b"}, {errc::unexpected_null, "/m/c"}, {errc::type_mismatch, "/u/d"}});
}

BOOST_AUTO_TEST_CASE(keys_escaped_in_paths) {
    expect_errors<Maps>(R"({"m":{"a/b":"x"},"u":{}})", {{errc::type_mismatch, "/m/a~1b"}});
    expect_errors<Maps>(R"({"m":{"a~b":"x"},"u":{}})", {{errc::type_mismatch, "/m/a~0b"}});
    expect_errors<Maps>(R"({"m":{"~/":"x"},"u":{}})", {{errc::type_mismatch, "/m/~0~1"}});
    expect_errors<Maps>(R"({"m":{"a/b":1,"a/b":2},"u":{}})", {{errc::duplicate_key, "/m/a~1b"}}, {}, false);
    expect_errors<Maps>(R"({"m":{"a~b":1,"a~b":2},"u":{}})", {{errc::duplicate_key, "/m/a~0b"}}, {}, false);
}

BOOST_AUTO_TEST_CASE(escaped_key_message) {
    auto r = djson_test::read_both<Maps>(R"({"m":{"a/b":"x"},"u":{}})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    BOOST_TEST(r.error_list()[0].message().rfind("/m/a~1b: ", 0) == 0u, r.error_list()[0].message());
}

BOOST_AUTO_TEST_CASE(keys_needing_escapes_round_trip) {
    Maps m;
    m.m = {{"a/b", 1}, {"a~b", 2}, {"q\"k", 3}};
    round_trip(m, R"({"m":{"a/b":1,"a~b":2,"q\"k":3},"u":{}})");
}

BOOST_AUTO_TEST_CASE(models_in_map) {
    Owners o;
    o.owners["x"] = {"1", "person"};
    round_trip(o, R"({"owners":{"x":{"id":"1","type":"person"}}})");
    expect_errors<Owners>(R"({"owners":{"x/y":{"id":"1"}}})",
                          {{errc::missing_required, "/owners/x~1y/type"}});
}

BOOST_AUTO_TEST_CASE(warm_map_is_replaced) {
    Maps m;
    m.m = {{"old", 1}};
    m.u = {{"old", "x"}};
    auto errs = djson::read_json(m, R"({"m":{"new":2},"u":{}})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(m.m.size() == 1u);
    BOOST_TEST(m.m.count("new") == 1u);
    BOOST_TEST(m.u.empty());
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- enums

BOOST_AUTO_TEST_SUITE(enums)

BOOST_AUTO_TEST_CASE(read_and_written_as_strings) {
    Paint p;
    p.c = Color::GREEN;
    p.cs = {Color::RED, Color::GREEN};
    p.named = {{"x", Color::RED}};
    round_trip(p, R"({"c":"GREEN","cs":["RED","GREEN"],"named":{"x":"RED"}})");
    auto back = expect_read<Paint>(R"({"c":"RED","cs":[],"named":{}})");
    BOOST_TEST((back.c == Color::RED));
}

BOOST_AUTO_TEST_CASE(case_sensitive) {
    expect_errors<Paint>(R"({"c":"green","cs":[],"named":{}})", {{errc::invalid_value, "/c"}});
    expect_errors<Paint>(R"({"c":"Green","cs":[],"named":{}})", {{errc::invalid_value, "/c"}});
    expect_errors<Paint>(R"({"c":" GREEN","cs":[],"named":{}})", {{errc::invalid_value, "/c"}});
}

BOOST_AUTO_TEST_CASE(unknown_value_lists_the_valid_ones) {
    auto r = djson_test::read_both<Paint>(R"({"c":"BLUE","cs":[],"named":{}})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    const auto& e = r.error_list()[0];
    BOOST_TEST(e.code == errc::invalid_value);
    BOOST_TEST(e.path == "/c");
    BOOST_TEST(e.message().find("expected one of: RED, GREEN") != std::string::npos, e.message());
    BOOST_TEST(e.message().find("BLUE") != std::string::npos, e.message());
    BOOST_TEST(e.message().rfind("/c: ", 0) == 0u, e.message());
}

BOOST_AUTO_TEST_CASE(unknown_value_in_containers) {
    expect_errors<Paint>(R"({"c":"RED","cs":["RED","PINK","GREEN","red"],"named":{"a/b":"X"}})",
                         {{errc::invalid_value, "/cs/1"},
                          {errc::invalid_value, "/cs/3"},
                          {errc::invalid_value, "/named/a~1b"}});
}

BOOST_AUTO_TEST_CASE(not_a_string) {
    expect_errors<Paint>(R"({"c":0,"cs":[1],"named":{}})",
                         {{errc::type_mismatch, "/c"}, {errc::type_mismatch, "/cs/0"}});
    expect_errors<Paint>(R"({"c":null,"cs":[],"named":{}})", {{errc::unexpected_null, "/c"}});
}

BOOST_AUTO_TEST_CASE(undescribed_value_on_write) {
    Paint p;
    p.c = static_cast<Color>(7);
    p.cs = {Color::RED, static_cast<Color>(9)};
    try {
        (void)djson::to_json(p);
        BOOST_ERROR("to_json did not throw");
    } catch (const djson::error& e) {
        BOOST_TEST_REQUIRE(e.list().size() == 2u, djson_test::describe(e.list()));
        BOOST_TEST(e.list()[0].code == errc::invalid_value);
        BOOST_TEST(e.list()[0].path == "/c");
        BOOST_TEST(e.list()[1].path == "/cs/1");
    }
    auto v = djson::validate(p);
    BOOST_TEST_REQUIRE(v.size() == 2u);
    BOOST_TEST(v[0].path == "/c");
    BOOST_TEST(v[1].path == "/cs/1");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- free-form boost::json::value

BOOST_AUTO_TEST_SUITE(json_value)

BOOST_AUTO_TEST_CASE(holds_objects) {
    auto f = expect_read<Free>(R"({"v":{"a":[1,2.5,"s",true,null],"b":{},"c":{"d":-1}}})");
    BOOST_TEST_REQUIRE(f.v.is_object());
    BOOST_TEST(f.v.at("a").as_array().size() == 5u);
    BOOST_TEST(f.v.at("a").at(1).as_double() == 2.5);
    BOOST_TEST(f.v.at("c").at("d").as_int64() == -1);
    round_trip(f, R"({"v":{"a":[1,2.5,"s",true,null],"b":{},"c":{"d":-1}}})");
}

BOOST_AUTO_TEST_CASE(holds_arrays) {
    auto f = expect_read<Free>(R"({"v":[[],[{}],"x"]})");
    BOOST_TEST_REQUIRE(f.v.is_array());
    round_trip(f, R"({"v":[[],[{}],"x"]})");
    round_trip(Free{boost::json::array{}}, R"({"v":[]})");
    round_trip(Free{boost::json::object{}}, R"({"v":{}})");
}

BOOST_AUTO_TEST_CASE(holds_scalars) {
    round_trip(Free{1}, R"({"v":1})");
    round_trip(Free{-3}, R"({"v":-3})");
    round_trip(Free{2.5}, R"({"v":2.5})");
    round_trip(Free{"s"}, R"({"v":"s"})");
    round_trip(Free{true}, R"({"v":true})");
    round_trip(Free{nullptr}, R"({"v":null})");
    round_trip(Free{18446744073709551615ull}, R"({"v":18446744073709551615})");
    BOOST_TEST(expect_read<Free>(R"({"v":"s"})").v.as_string() == "s");
    BOOST_TEST(expect_read<Free>(R"({"v":false})").v.as_bool() == false);
}

BOOST_AUTO_TEST_CASE(key_order_kept) {
    auto f = expect_read<Free>(R"({"v":{"z":1,"a":2,"m":3}})");
    BOOST_TEST(djson::to_json(f) == R"({"v":{"z":1,"a":2,"m":3}})");
}

BOOST_AUTO_TEST_CASE(duplicate_key_inside) {
    expect_errors<Free>(R"({"v":{"a":1,"a":2}})", {{errc::duplicate_key, "/v/a"}}, {}, false);
    expect_errors<Free>(R"({"v":[0,{"x":1,"y":2,"x":3}]})", {{errc::duplicate_key, "/v/1/x"}}, {}, false);
    expect_errors<Free>(R"({"v":{"a/b":{"k":1,"k":2}}})", {{errc::duplicate_key, "/v/a~1b/k"}}, {}, false);
}

BOOST_AUTO_TEST_CASE(warm_value_replaced) {
    Free f{boost::json::object{{"old", 1}}};
    auto errs = djson::read_json(f, R"({"v":[1]})");
    BOOST_TEST(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(f.v == boost::json::value(boost::json::array{1}));
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- type mismatches and recovery

BOOST_AUTO_TEST_SUITE(mismatch_recovery)

BOOST_AUTO_TEST_CASE(every_error_in_document_order) {
    expect_errors<Mixed>(R"({"list":{"a":1},"dict":[1,2],"pair":"x","owner":[],"n":"5"})",
                         {{errc::type_mismatch, "/list"},
                          {errc::type_mismatch, "/dict"},
                          {errc::type_mismatch, "/pair"},
                          {errc::type_mismatch, "/owner"},
                          {errc::type_mismatch, "/n"}});
}

BOOST_AUTO_TEST_CASE(errors_after_skipped_containers) {
    // The mismatched containers are skipped as a whole; errors inside the next members are still found, and
    // missing keys are reported when the object ends.
    expect_errors<Mixed>(
        R"({"list":{"a":[1,{"b":2}]},"dict":{"k":"v","ok":1},"pair":[1,2,3],"owner":{"id":1}})",
        {{errc::type_mismatch, "/list"},
         {errc::type_mismatch, "/dict/k"},
         {errc::size_mismatch, "/pair/2"},
         {errc::type_mismatch, "/owner/id"},
         {errc::missing_required, "/owner/type"},
         {errc::missing_required, "/n"}});
}

BOOST_AUTO_TEST_CASE(array_where_object_expected_and_back) {
    expect_errors<Items>(R"({"items":[[],{"name":"a","owner":"o"},3]})",
                         {{errc::type_mismatch, "/items/0"},
                          {errc::type_mismatch, "/items/1/owner"},
                          {errc::type_mismatch, "/items/2"}});
}

BOOST_AUTO_TEST_CASE(message_of_container_mismatch) {
    auto r = djson_test::read_both<Mixed>(
        R"({"list":{},"dict":{},"pair":[1,2],"owner":{"id":"a","type":"b"},"n":1})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    const auto& e = r.error_list()[0];
    BOOST_TEST(e.message() == "/list: " + e.detail);
    BOOST_TEST(e.detail.find("array") != std::string::npos, e.detail);
    BOOST_TEST(e.detail.find("object") != std::string::npos, e.detail);
}

BOOST_AUTO_TEST_SUITE_END()
