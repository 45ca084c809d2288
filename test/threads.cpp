// Models are read and written from several threads at once (run under the tsan preset in CI): djson keeps no
// shared mutable state, only per-thread scratch objects and constant tables.
#define BOOST_TEST_MODULE threads
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <atomic>
#include <thread>

namespace th {
BOOST_DEFINE_ENUM_CLASS(Kind, a, b)
struct Leaf {
    Kind kind;
    djson::timestamp at;
    std::optional<double> score;
};
BOOST_DESCRIBE_STRUCT(Leaf, (), (kind, at, score))
struct Tree {
    std::string name;
    std::vector<Leaf> leaves;
    std::map<std::string, boost::json::value> meta;
    std::int32_t retries = 3;
    djson::additional_properties rest;
};
BOOST_DESCRIBE_STRUCT(Tree, (), (name, leaves, meta, retries, rest))
DJSON_MODEL(Tree, djson::naming::camel_case, djson::member("retries", djson::default_if_absent));
} // namespace th

BOOST_AUTO_TEST_CASE(concurrent_reads_writes_and_errors) {
    const std::string good =
        R"({"name":"t","leaves":[{"kind":"a","at":"2024-02-29T12:00:00+01:00","score":0.5},)"
        R"({"kind":"b","at":"2000-01-01T00:00:00Z"}],"meta":{"k":[1,"x",null]},"x":{"y":1}})";
    const std::string bad =
        R"({"name":"t","leaves":[{"kind":"c","at":"yesterday"}],"meta":{},"retries":1.5})";
    const th::Tree expected = djson::from_json<th::Tree>(good);
    const std::string expected_text = djson::to_json(expected);
    std::atomic<int> failures{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < 4; ++t) {
        pool.emplace_back([&, t] {
            th::Tree warm;
            for (int i = 0; i < 300; ++i) {
                if (!djson::read_json(warm, good).empty() || djson::to_json(warm) != expected_text)
                    ++failures;
                auto r = djson::try_from_json<th::Tree>(bad);
                if (r || r.error_list().size() != 3)
                    ++failures;
                if (!djson::read_json(warm, bad).empty() && djson::to_json(warm) != expected_text)
                    ++failures;
                if (!djson::equal(djson::from_value<th::Tree>(djson::to_value(expected)), expected))
                    ++failures;
                if (t == 0 && djson::json_schema<th::Tree>().as_object().size() < 3)
                    ++failures;
            }
        });
    }
    for (auto& th : pool)
        th.join();
    BOOST_TEST(failures.load() == 0);
}
