// docs/extending.md, part 1: a type of your own in any model, through djson::codec<T>. Money is integer
// cents, written as the decimal string "12.34". Run by ctest (label `extend`); it checks what the tutorial
// says.
#include <djson/djson.hpp>

#include <boost/json/serialize.hpp>

#include <charconv>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

// tag::money_type[]
namespace shop {
struct Money {
    long long cents = 0; // 12.34 is 1234
};
} // namespace shop
// end::money_type[]

// tag::money_codec[]
template <> struct djson::codec<shop::Money> {
    // Money -> its JSON representation: any type djson codes (here std::string, so a JSON string).
    static std::string encode(const shop::Money& m) {
        char buf[32];
        long long whole = m.cents / 100, frac = m.cents % 100;
        std::snprintf(buf, sizeof buf, "%s%lld.%02lld", m.cents < 0 ? "-" : "", whole < 0 ? -whole : whole,
                      frac < 0 ? -frac : frac);
        return buf;
    }
    // ...and back. A reason instead of a value becomes an invalid_value error at the value's JSON Pointer.
    static djson::decoded<shop::Money> decode(const std::string& s) {
        std::string_view v = s;
        bool negative = v.starts_with('-');
        if (negative)
            v.remove_prefix(1);
        long long whole = 0, frac = 0;
        auto dot = v.find('.');
        if (dot == std::string_view::npos || dot == 0 || v.size() - dot != 3 || v[0] == '-' ||
            v[dot + 1] == '-')
            return djson::reject("not an amount like \"12.34\"");
        auto [p1, e1] = std::from_chars(v.data(), v.data() + dot, whole);
        auto [p2, e2] = std::from_chars(v.data() + dot + 1, v.data() + v.size(), frac);
        if (e1 != std::errc{} || p1 != v.data() + dot || e2 != std::errc{} || p2 != v.data() + v.size() ||
            whole > 90'000'000'000'000'000)
            return djson::reject("not an amount like \"12.34\"");
        long long cents = whole * 100 + frac;
        return shop::Money{negative ? -cents : cents};
    }
    // Optional: the schema of the representation (without it: {"type": "string"}).
    static boost::json::value schema() { return {{"type", "string"}, {"pattern", "^-?[0-9]+\\.[0-9]{2}$"}}; }
    // Optional: what a type mismatch says is expected.
    static constexpr const char* expected = "an amount (a string like \"12.34\")";
};
// end::money_codec[]

// tag::money_model[]
namespace shop {
struct Order {
    Money total;
    std::vector<Money> payments;
    std::map<std::string, Money> taxes;
    std::optional<Money> tip;      // the key may be absent
    djson::nullable<Money> refund; // the value may be null
};
BOOST_DESCRIBE_STRUCT(Order, (), (total, payments, taxes, tip, refund))
} // namespace shop
// end::money_model[]

// tag::boost_type[]
namespace legacy {
// A type that already has Boost.JSON conversions works as a member as it is, through a boost::json::value
// (slower than a codec: a DOM is built for each value).
struct Rgb {
    int r = 0, g = 0, b = 0;
};
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Rgb& c) {
    jv = {c.r, c.g, c.b};
}
Rgb tag_invoke(boost::json::value_to_tag<Rgb>, const boost::json::value& jv) {
    const auto& a = jv.as_array(); // throws for anything else: the message becomes the error
    return {static_cast<int>(a.at(0).as_int64()), static_cast<int>(a.at(1).as_int64()),
            static_cast<int>(a.at(2).as_int64())};
}
struct Theme {
    Rgb background;
};
BOOST_DESCRIBE_STRUCT(Theme, (), (background))
} // namespace legacy
// end::boost_type[]

int main() {
    int failures = 0;
    auto expect = [&](bool ok, const char* what) {
        if (!ok) {
            std::cerr << "FAILED: " << what << "\n";
            ++failures;
        }
    };

    // tag::money_use[]
    auto order = djson::from_json<shop::Order>(
        R"({"total":"12.34","payments":["10.00","2.34"],"taxes":{"vat":"2.06"},"refund":null})");
    std::cout << order.total.cents << "\n";     // 1234
    std::cout << djson::to_json(order) << "\n"; // the same document back

    auto bad = djson::try_from_json<shop::Order>(
        R"({"total":12.34,"payments":["10.00","2.3"],"taxes":{"vat":"x"},"refund":null})");
    for (const auto& e : bad.error_list())
        std::cout << e.message() << "\n";
    // /total: expected an amount (a string like "12.34"), got a number
    // /payments/1: not an amount like "12.34"
    // /taxes/vat: not an amount like "12.34"
    // end::money_use[]
    expect(order.total.cents == 1234 && order.payments[1].cents == 234 && order.taxes.at("vat").cents == 206,
           "decoded amounts");
    expect(djson::to_json(order) ==
               R"({"total":"12.34","payments":["10.00","2.34"],"taxes":{"vat":"2.06"},"refund":null})",
           "round trip");
    expect(bad.error_list().size() == 3 && bad.error_list()[0].path == "/total" &&
               bad.error_list()[1].path == "/payments/1" && bad.error_list()[2].path == "/taxes/vat" &&
               bad.error_list()[1].code == djson::errc::invalid_value,
           "errors at the offending values");
    auto schema = djson::json_schema<shop::Order>();
    expect(schema.at("properties").at("tip").at("pattern").as_string() == "^-?[0-9]+\\.[0-9]{2}$",
           "the codec's schema");
    std::cout << boost::json::serialize(schema.at("properties").at("refund")) << "\n";

    auto theme = djson::from_json<legacy::Theme>(R"({"background":[255,255,240]})");
    expect(theme.background.b == 240, "Boost.JSON conversion read");
    expect(djson::to_json(theme) == R"({"background":[255,255,240]})", "Boost.JSON conversion written");
    auto no_theme = djson::try_from_json<legacy::Theme>(R"({"background":"ivory"})");
    expect(!no_theme && no_theme.error_list()[0].path == "/background", "Boost.JSON conversion error path");
    if (!no_theme)
        std::cout << no_theme.error_list()[0].message() << "\n";
    return failures;
}
