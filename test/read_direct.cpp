// The direct DOM path (detail/read_direct.hpp) against the reading machine it stands in for: for every DOM,
// either it gives up, or the machine accepts the same DOM and reads the same value. Documents built by hand
// cover each rule it applies; thousands of random mutations of valid documents look for what the hand-built
// ones miss. And it must not give up on ordinary documents: that is what it is for.
#define BOOST_TEST_MODULE read_direct
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <djson/detail/read_direct.hpp>

#include <cmath>
#include <limits>
#include <random>

namespace rd {
BOOST_DEFINE_ENUM_CLASS(Level, low, high)
struct Point {
    double x = 0;
    float y = 0;
};
BOOST_DESCRIBE_STRUCT(Point, (), (x, y))
struct Leaf {
    std::string name;
    std::int8_t small = 0;
    std::uint16_t port = 0;
    std::int64_t big = 0;
    std::uint64_t huge = 0;
    bool flag = false;
};
BOOST_DESCRIBE_STRUCT(Leaf, (), (name, small, port, big, huge, flag))
struct Doc {
    std::string id;
    Level level = Level::low;
    djson::timestamp at;
    std::optional<std::string> note;
    djson::nullable<std::int32_t> count;
    std::optional<djson::nullable<std::string>> tri;
    std::vector<Leaf> leaves;
    std::array<Point, 2> corners;
    std::vector<std::vector<double>> grid;
    int retries = 3;
    std::string secret;
    std::string server_id;
};
BOOST_DESCRIBE_STRUCT(Doc, (),
                      (id, level, at, note, count, tri, leaves, corners, grid, retries, secret, server_id))
DJSON_MODEL(Doc, djson::member("retries", djson::default_if_absent),
            djson::member("secret", djson::write_only), djson::member("server_id", djson::read_only));

struct Strict {
    std::string a;
    std::optional<int> b;
};
BOOST_DESCRIBE_STRUCT(Strict, (), (a, b))
DJSON_MODEL(Strict, djson::unknown_keys::reject);

// Types the direct path leaves to the machine.
struct WithMap {
    std::map<std::string, int> m;
};
BOOST_DESCRIBE_STRUCT(WithMap, (), (m))
struct Tree {
    std::string name;
    std::vector<Tree> kids;
};
BOOST_DESCRIBE_STRUCT(Tree, (), (name, kids))
struct Bounded {
    int n = 0;
};
BOOST_DESCRIBE_STRUCT(Bounded, (), (n))
DJSON_MODEL(Bounded, djson::member("n", djson::minimum(0)));
} // namespace rd

namespace {
const char* valid_doc = R"({"id":"d1","level":"high","at":"2024-05-01T10:30:00.123Z","note":"n","count":null,
  "tri":null,"leaves":[{"name":"caf\u00e9","small":-128,"port":65535,"big":-9223372036854775808,
  "huge":18446744073709551615,"flag":true},{"name":"b","small":127,"port":0,"big":1,"huge":0,"flag":false}],
  "corners":[{"x":1.5,"y":0.1},{"x":-0.0,"y":3}],"grid":[[1,2.5],[],[1e300]],"secret":"s","server_id":"x",
  "ignored":{"deep":[1,{"k":"v"}]}})";

// The machine's reading of jv, as read_value does without the direct path.
template <class T>
djson::errors machine_read(const boost::json::value& jv, T& out, const djson::options& opt) {
    djson::errors errs;
    djson::detail::reader r(opt, errs);
    r.read_dom(jv, djson::detail::ops_for<T>, &out);
    return errs;
}

// The direct path's answer for jv must be the machine's: it accepts only what the machine accepts, with the
// same value (compared as written text too, which tells -0.0 from 0 and shows every float bit).
template <class T> bool agrees(const boost::json::value& jv, const djson::options& opt = {}) {
    T direct{};
    const bool took = djson::detail::read_direct(jv, direct, opt);
    T slow{};
    const djson::errors errs = machine_read(jv, slow, opt);
    if (took) {
        BOOST_TEST(errs.empty(), "direct path accepted what the machine rejects: "
                                     << boost::json::serialize(jv) << " -> "
                                     << (errs.empty() ? std::string() : errs.front().message()));
        if (errs.empty()) {
            BOOST_TEST(djson::equal(direct, slow), "different values from " << boost::json::serialize(jv));
            BOOST_TEST(djson::to_json(direct, {.message = opt.message}) ==
                           djson::to_json(slow, {.message = opt.message}),
                       "different text from " << boost::json::serialize(jv));
        }
    }
    return took;
}

boost::json::value parsed(const char* text) {
    return boost::json::parse(text);
}
} // namespace

BOOST_AUTO_TEST_CASE(which_types_it_reads) {
    using djson::detail::reads_directly;
    BOOST_TEST(reads_directly<rd::Doc>);
    BOOST_TEST(reads_directly<std::vector<rd::Leaf>>);
    BOOST_TEST(!reads_directly<rd::WithMap>);
    BOOST_TEST(!reads_directly<rd::Tree>);    // contains itself: the machine's heap stack reads it
    BOOST_TEST(!reads_directly<rd::Bounded>); // constraints are the machine's
    BOOST_TEST(!reads_directly<std::string>); // a document that is not a model or an array of them
}

BOOST_AUTO_TEST_CASE(takes_ordinary_documents) {
    const auto jv = parsed(valid_doc);
    BOOST_TEST(agrees<rd::Doc>(jv));
    BOOST_TEST(agrees<rd::Doc>(jv, {.message = djson::message_kind::request}));
    BOOST_TEST(agrees<rd::Doc>(jv, {.message = djson::message_kind::response}));
    BOOST_TEST(agrees<std::vector<rd::Leaf>>(jv.at("leaves")));
    // absent optional, default_if_absent and out-of-message members
    BOOST_TEST(agrees<rd::Doc>(parsed(R"({"id":"d","level":"low","at":"2024-05-01T10:30:00Z","count":1,
        "leaves":[],"corners":[{"x":0,"y":0},{"x":0,"y":0}],"grid":[],"server_id":"s"})"),
                               {.message = djson::message_kind::response}));
    // keys in any order
    BOOST_TEST(agrees<rd::Point>(parsed(R"({"y":2,"x":1})")));
}

BOOST_AUTO_TEST_CASE(gives_up_where_the_machine_reports_or_a_leniency_applies) {
    auto doc = [](auto&& change) {
        auto jv = parsed(valid_doc);
        change(jv.as_object());
        return jv;
    };
    using O = boost::json::object;
    const std::vector<boost::json::value> bad = {
        doc([](O& o) { o.erase("id"); }),                                        // required key missing
        doc([](O& o) { o["id"] = 1; }),                                          // wrong kind
        doc([](O& o) { o["level"] = "medium"; }),                                // unknown enum value
        doc([](O& o) { o["at"] = "2024-05-01 10:30Z"; }),                        // lenient time
        doc([](O& o) { o["note"] = nullptr; }),                                  // null in an optional
        doc([](O& o) { o["count"] = "4"; }),                                     // number in a string
        doc([](O& o) { o["count"] = 2147483648LL; }),                            // out of range
        doc([](O& o) { o["count"] = 1.0; }),                                     // integer with a fraction
        doc([](O& o) { o["leaves"].as_array()[0].as_object()["small"] = 128; }), // int8
        doc([](O& o) { o["leaves"].as_array()[0].as_object()["huge"] = -1; }),   // unsigned
        doc([](O& o) { o["corners"].as_array().pop_back(); }),                   // std::array size
        doc([](O& o) { o["corners"].as_array()[0].as_object()["y"] = 1e39; }),   // beyond float
        doc([](O& o) { o["grid"].as_array()[0].as_array()[0] = INFINITY; }),     // no JSON number
        doc([](O& o) { o["id"] = boost::json::string("\xff"); }),                // not UTF-8
        doc([](O& o) {
            o["ignored"] = boost::json::array{boost::json::string("\xc3")};
        }),                               // inside an ignored value
        doc([](O& o) { o["\xff"] = 1; }), // an ignored key
    };
    for (const auto& jv : bad)
        BOOST_TEST(!agrees<rd::Doc>(jv), boost::json::serialize(jv));
    BOOST_TEST(!agrees<rd::Strict>(parsed(R"({"a":"x","c":1})"))); // unknown key rejected
    BOOST_TEST(agrees<rd::Strict>(parsed(R"({"a":"x","b":1})")));
    // lenient options: the machine reads what the direct path does not
    BOOST_TEST(!agrees<rd::Doc>(doc([](O& o) { o["note"] = nullptr; }), djson::options::lenient()));
    // nesting deeper than max_depth
    BOOST_TEST(!agrees<rd::Doc>(parsed(valid_doc), {.max_depth = 2}));
    BOOST_TEST(agrees<rd::Doc>(doc([](O& o) { o.erase("ignored"); }), {.max_depth = 3}));
    BOOST_TEST(!agrees<rd::Doc>(doc([](O& o) { o.erase("ignored"); }), {.max_depth = 2}));
}

BOOST_AUTO_TEST_CASE(public_routes_read_the_same) {
    const auto jv = parsed(valid_doc);
    auto fresh = djson::try_from_value<rd::Doc>(jv);
    BOOST_REQUIRE(fresh.has_value());
    rd::Doc warm;
    for (int round = 0; round < 2; ++round)
        BOOST_TEST(djson::read_value(warm, jv).empty());
    BOOST_TEST(djson::equal(warm, *fresh));
    // a warm object that held more (items, an engaged optional) keeps nothing of it
    rd::Doc before = *fresh;
    before.leaves.resize(5);
    before.note = "old";
    const auto less = parsed(R"({"id":"d","level":"low","at":"2024-05-01T10:30:00Z","count":1,"leaves":[],
        "corners":[{"x":0,"y":0},{"x":0,"y":0}],"grid":[],"secret":"s","server_id":"x"})");
    BOOST_TEST(djson::read_value(before, less).empty());
    BOOST_TEST(djson::equal(before, djson::from_value<rd::Doc>(less, {})));
    // a rejected DOM gives the machine's errors, with their pointers
    auto bad = djson::try_from_value<rd::Doc>(
        parsed(R"({"id":"d","level":"low","at":"2024-05-01T10:30:00Z","count":1,"leaves":[{"name":1}],
            "corners":[],"grid":[]})"));
    BOOST_REQUIRE(!bad.has_value());
    BOOST_TEST(bad.error_list().front().path == "/leaves/0/name");
}

namespace {
// A random change somewhere in a DOM: a value of another kind, a key removed or added, an item added or
// removed, a string made invalid UTF-8.
boost::json::value random_scalar(std::mt19937& g) {
    switch (g() % 14) {
    case 0:
        return nullptr;
    case 1:
        return true;
    case 2:
        return static_cast<std::int64_t>(g() % 300) - 150;
    case 3:
        return std::numeric_limits<std::int64_t>::min();
    case 4:
        return std::numeric_limits<std::uint64_t>::max();
    case 5:
        return 0.1 * static_cast<double>(g() % 100);
    case 6:
        return -0.0;
    case 7:
        return 3.4028235677973366e38; // just past the largest float's rounding boundary
    case 8:
        return std::nan("");
    case 9:
        return "low";
    case 10:
        return "2024-05-01T10:30:00Z";
    case 11:
        return boost::json::string("\xe2\x82");
    case 12:
        return boost::json::array{1, 2};
    default:
        return boost::json::object{{"x", 1}, {"y", 2}};
    }
}
void mutate(boost::json::value& v, std::mt19937& g) {
    if (v.is_object() && !v.get_object().empty() && g() % 4 != 0) {
        auto& o = v.get_object();
        auto it = o.begin() + static_cast<std::ptrdiff_t>(g() % o.size());
        switch (g() % 6) {
        case 0:
            o.erase(it);
            return;
        case 1:
            o[g() % 2 ? "extra" : "x"] = random_scalar(g);
            return;
        default:
            mutate(it->value(), g);
            return;
        }
    }
    if (v.is_array() && !v.get_array().empty() && g() % 4 != 0) {
        auto& a = v.get_array();
        switch (g() % 5) {
        case 0:
            a.pop_back();
            return;
        case 1:
            a.push_back(a.front());
            return;
        default:
            mutate(a[g() % a.size()], g);
            return;
        }
    }
    v = random_scalar(g);
}
} // namespace

BOOST_AUTO_TEST_CASE(random_changes_never_make_it_disagree) {
    std::mt19937 g(20261201);
    const auto base = parsed(valid_doc);
    const djson::options choices[] = {{},
                                      {.message = djson::message_kind::request},
                                      {.message = djson::message_kind::response},
                                      djson::options::lenient(),
                                      {.max_depth = 3}};
    std::size_t taken = 0, total = 0;
    for (int round = 0; round < 4000; ++round) {
        auto jv = base;
        const int changes = 1 + static_cast<int>(g() % 3);
        for (int c = 0; c < changes; ++c)
            mutate(jv, g);
        for (const auto& opt : choices) {
            ++total;
            taken += agrees<rd::Doc>(jv, opt);
        }
        taken += agrees<std::vector<rd::Leaf>>(
            jv.is_object() && jv.get_object().contains("leaves") ? jv.get_object().at("leaves") : jv);
        ++total;
    }
    BOOST_TEST_MESSAGE("direct path taken for " << taken << " of " << total << " random documents");
    // Many mutations leave a valid document (an ignored key, a value of the same kind): the path is used.
    BOOST_TEST(taken > total / 20);
    BOOST_TEST(taken < total);
}
