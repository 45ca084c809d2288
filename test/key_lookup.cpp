// Finding a model's member by key: where the previous key ended first (keys usually come in declaration
// order), then by hash (detail::model_key_index). Keys in any order, keys whose hashes collide, unknown keys
// that collide with known ones, duplicates found whichever way a key was found; text and DOM alike.
#define BOOST_TEST_MODULE key_lookup
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <algorithm>
#include <random>

namespace kl {
// Keys of one length, first, middle and last byte: the same hash, told apart only by the slots' probing.
struct Colliding {
    int axxxa = 0, ayxxa = 0, azxxa = 0, aqxxa = 0;
    int b = 0;
};
BOOST_DESCRIBE_STRUCT(Colliding, (), (axxxa, ayxxa, azxxa, aqxxa, b))
DJSON_MODEL(Colliding, djson::unknown_keys::reject);

#define KL_M10(p) p##0, p##1, p##2, p##3, p##4, p##5, p##6, p##7, p##8, p##9
// More than 64 members ("seen" bits outside the frame), through two bases (Boost.Describe lists at most 52).
struct WideA {
    int KL_M10(a) = 0;
    int KL_M10(b) = 0;
    int KL_M10(c) = 0;
    int KL_M10(d) = 0;
};
BOOST_DESCRIBE_STRUCT(WideA, (), (KL_M10(a), KL_M10(b), KL_M10(c), KL_M10(d)))
struct WideB {
    int KL_M10(e) = 0;
    int KL_M10(f) = 0;
    int KL_M10(g) = 0;
};
BOOST_DESCRIBE_STRUCT(WideB, (), (KL_M10(e), KL_M10(f), KL_M10(g)))
struct Wide : WideA, WideB {};
BOOST_DESCRIBE_STRUCT(Wide, (WideA, WideB), ())
} // namespace kl

using namespace djson_test;

namespace {
std::vector<std::string> wide_keys() {
    std::vector<std::string> keys;
    for (char p : std::string("abcdefg"))
        for (char d = '0'; d <= '9'; ++d)
            keys.push_back(std::string{p, d});
    return keys;
}
} // namespace

BOOST_AUTO_TEST_CASE(colliding_keys_in_every_order) {
    std::vector<std::string> keys = {"axxxa", "ayxxa", "azxxa", "aqxxa", "b"};
    std::sort(keys.begin(), keys.end());
    do {
        std::string text = "{";
        int n = 0;
        for (const auto& k : keys)
            text += (n++ ? "," : "") + ("\"" + k + "\":" + std::to_string(k[1]));
        text += "}";
        BOOST_TEST_CONTEXT(text) {
            auto v = expect_read<kl::Colliding>(text);
            BOOST_TEST(v.axxxa == 'x');
            BOOST_TEST(v.ayxxa == 'y');
            BOOST_TEST(v.azxxa == 'z');
            BOOST_TEST(v.aqxxa == 'q');
        }
    } while (std::next_permutation(keys.begin(), keys.end()));
    // a key of the same hash that the model does not have is unknown, and a repeated one a duplicate
    expect_errors<kl::Colliding>(R"({"b":1,"awxxa":1,"axxxa":1,"ayxxa":1,"azxxa":1,"aqxxa":1})",
                                 {{djson::errc::unknown_key, "/awxxa"}});
    expect_errors<kl::Colliding>(R"({"azxxa":1,"axxxa":1,"ayxxa":1,"azxxa":2,"aqxxa":1,"b":1})",
                                 {{djson::errc::duplicate_key, "/azxxa"}}, {}, false);
}

BOOST_AUTO_TEST_CASE(seventy_members_in_random_orders) {
    const auto keys = wide_keys();
    std::mt19937 g(7);
    for (int round = 0; round < 50; ++round) {
        auto order = keys;
        std::shuffle(order.begin(), order.end(), g);
        std::string text = "{";
        for (std::size_t i = 0; i < order.size(); ++i)
            text += (i ? "," : "") + ("\"" + order[i] +
                                      "\":" + std::to_string((order[i][0] - 'a') * 10 + (order[i][1] - '0')));
        text += ",\"zz\":[1,{\"a0\":2}]}"; // an unknown key, ignored
        auto v = expect_read<kl::Wide>(text);
        BOOST_TEST(v.a0 == 0);
        BOOST_TEST(v.a7 == 7);
        BOOST_TEST(v.d3 == 33);
        BOOST_TEST(v.g9 == 69);
        BOOST_TEST(djson::to_json(v) == djson::to_json(djson::from_json<kl::Wide>(djson::to_json(v))));
    }
    // one missing, one repeated: found by hash, far from where the previous key ended
    std::string text = "{";
    for (std::size_t i = keys.size(); i-- > 1;)
        text += "\"" + keys[i] + "\":1,";
    text += "\"c5\":2}";
    expect_errors<kl::Wide>(
        text, {{djson::errc::duplicate_key, "/c5"}, {djson::errc::missing_required, "/a0"}}, {}, false);
}
