// fuzz_kinds: one model with every field kind and type djson supports (see the table in README.md, "Field
// kinds"), so that every row of the reading, writing, comparing and validating tables is fuzzed: the built-in
// rows, user codecs (djson::codec<T>, a string and an object representation, both of which can reject), types
// with Boost.JSON conversions of their own (tag_invoke), member constraints (djson/constraints.hpp), and
// std::variant members (djson/variant.hpp): tagged, untagged oneOf, anyOf, and chosen by a sibling.
#include "harness.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <variant>
#include <vector>

namespace fuzzkinds {

BOOST_DEFINE_ENUM_CLASS(Color, red, dark_green, Blue)
DJSON_ENUM(Color, djson::naming::kebab_case, djson::member("Blue", djson::key("BLUE!")));

BOOST_DEFINE_ENUM_CLASS(Shape, circle, square)

// ---- user codecs ----

// Integer cents, coded as a decimal string with exactly two decimals ("12.34", "-0.05"). decode rejects any
// other spelling (djson::reject) and throws for an amount beyond an int64 of cents (the exception's what()
// becomes the error): both ways of failing are fuzzed.
struct Amount {
    std::int64_t cents = 0;
};

// Coded as an object with a model of its own (SpanJson, which rejects unknown keys and bounds its members):
// decode runs once the object is complete, and rejects from > to.
struct Span {
    std::int32_t lo = 0, hi = 0;
};
struct SpanJson {
    std::int32_t from = 0;
    std::int32_t to = 0;
};
BOOST_DESCRIBE_STRUCT(SpanJson, (), (from, to))
DJSON_MODEL(SpanJson, djson::unknown_keys::reject, djson::member("from", djson::minimum(-1000000)),
            djson::member("to", djson::maximum(1000000)));

// ---- types with Boost.JSON conversions of their own (no djson::codec: djson goes through a DOM) ----

// value_from / value_to: [r, g, b], each 0..255; value_to throws on anything else.
struct Rgb {
    int r = 0, g = 0, b = 0;
};
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Rgb& c) {
    jv = {c.r, c.g, c.b};
}
inline Rgb tag_invoke(boost::json::value_to_tag<Rgb>, const boost::json::value& jv) {
    const auto& a = jv.as_array(); // throws when not an array
    if (a.size() != 3)
        throw std::invalid_argument("an RGB color has three components");
    int c[3];
    for (std::size_t i = 0; i < 3; ++i) {
        std::int64_t v = a[i].as_int64(); // throws when not an int64
        if (v < 0 || v > 255)
            throw std::out_of_range("an RGB component is 0..255");
        c[i] = static_cast<int>(v);
    }
    return {c[0], c[1], c[2]};
}

// value_from / try_value_to (the non-throwing form): an integer 0..9.
struct Level {
    int v = 0;
};
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Level& l) {
    jv = l.v;
}
inline boost::system::result<Level> tag_invoke(boost::json::try_value_to_tag<Level>,
                                               const boost::json::value& jv) {
    if (!jv.is_int64() || jv.get_int64() < 0 || jv.get_int64() > 9)
        return boost::system::error_code(EDOM, boost::system::generic_category());
    return Level{static_cast<int>(jv.get_int64())};
}

} // namespace fuzzkinds

template <> struct djson::codec<fuzzkinds::Amount> {
    static std::string encode(const fuzzkinds::Amount& a) {
        std::uint64_t m =
            a.cents < 0 ? 0 - static_cast<std::uint64_t>(a.cents) : static_cast<std::uint64_t>(a.cents);
        std::string frac = std::to_string(m % 100);
        return (a.cents < 0 ? "-" : "") + std::to_string(m / 100) + "." + (frac.size() == 1 ? "0" : "") +
               frac;
    }
    static djson::decoded<fuzzkinds::Amount> decode(const std::string& s) {
        std::string_view v = s;
        bool neg = !v.empty() && v.front() == '-';
        if (neg)
            v.remove_prefix(1);
        auto dot = v.find('.');
        if (dot == std::string_view::npos || dot == 0 || v.size() - dot != 3)
            return djson::reject("not an amount with two decimals");
        for (std::size_t i = 0; i < v.size(); ++i)
            if (i != dot && (v[i] < '0' || v[i] > '9'))
                return djson::reject("not an amount with two decimals");
        std::uint64_t whole = 0;
        auto [p, ec] = std::from_chars(v.data(), v.data() + dot, whole);
        constexpr std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        std::uint64_t frac = static_cast<std::uint64_t>((v[dot + 1] - '0') * 10 + (v[dot + 2] - '0'));
        if (ec != std::errc() || p != v.data() + dot || whole > (limit + (neg ? 1 : 0) - frac) / 100)
            throw std::out_of_range("the amount is beyond the range of an int64 of cents");
        std::uint64_t m = whole * 100 + frac;
        return fuzzkinds::Amount{neg ? static_cast<std::int64_t>(0 - m) : static_cast<std::int64_t>(m)};
    }
    static constexpr const char* expected = "an amount (a string such as \"12.34\")";
};

template <> struct djson::codec<fuzzkinds::Span> {
    static fuzzkinds::SpanJson encode(const fuzzkinds::Span& s) { return {s.lo, s.hi}; }
    static djson::decoded<fuzzkinds::Span> decode(const fuzzkinds::SpanJson& j) {
        if (j.from > j.to)
            return djson::reject("from " + std::to_string(j.from) + " is after to " + std::to_string(j.to));
        return fuzzkinds::Span{j.from, j.to};
    }
};

namespace fuzzkinds {

// A described base (OpenAPI allOf): its members come first and keep its own naming.
struct Base {
    std::string base_id;
    std::optional<std::int64_t> base_count;
};
BOOST_DESCRIBE_STRUCT(Base, (), (base_id, base_count))
DJSON_MODEL(Base, djson::naming::pascal_case);

// Nested model under the reject policy: unknown keys are errors at their path.
struct Item {
    std::string name;
    djson::nullable<double> weight;
    std::optional<Shape> shape;
    std::optional<std::vector<djson::nullable<std::int32_t>>> marks;
};
BOOST_DESCRIBE_STRUCT(Item, (), (name, weight, shape, marks))
DJSON_MODEL(Item, djson::unknown_keys::reject);

// Nested model with the default (ignore) policy and snake_case keys.
struct Inner {
    bool flagOn = false;
    std::vector<Item> items;
    std::optional<djson::nullable<djson::timestamp>> whenMaybe;
};
BOOST_DESCRIBE_STRUCT(Inner, (), (flagOn, items, whenMaybe))
DJSON_MODEL(Inner, djson::naming::snake_case);

// ---- member constraints ----

constexpr bool is_even(std::int32_t v) {
    return v % 2 == 0;
}

// Every kind of constraint, on required, optional, optional-nullable and default_if_absent members, on
// numbers, strings, arrays of scalars and of models, maps, and a codec type (djson::satisfies).
struct Checked {
    std::int32_t percent = 0;
    std::optional<double> ratio;
    std::optional<std::int64_t> step;
    std::optional<float> half;
    std::optional<std::uint64_t> big;
    std::optional<std::int8_t> small;
    std::string name;
    std::optional<std::string> code;
    std::optional<djson::nullable<std::string>> id;
    std::optional<std::string> mail;
    std::optional<std::string> link;
    std::optional<std::string> v4;
    std::optional<std::string> v6;
    std::optional<std::vector<std::string>> tags;
    std::optional<std::vector<Item>> parts;
    std::optional<std::vector<double>> values;
    std::optional<std::array<std::int32_t, 3>> triple;
    std::optional<std::vector<std::vector<std::int32_t>>> grid;
    std::optional<std::map<std::string, std::int32_t>> counts;
    std::int32_t even = 0; // default_if_absent (the default passes its constraint)
    std::optional<Amount> limit;
};
BOOST_DESCRIBE_STRUCT(Checked, (),
                      (percent, ratio, step, half, big, small, name, code, id, mail, link, v4, v6, tags,
                       parts, values, triple, grid, counts, even, limit))
DJSON_MODEL(Checked, djson::member("percent", djson::minimum(0), djson::maximum(100)),
            djson::member("ratio", djson::exclusive_minimum(0), djson::exclusive_maximum(1)),
            djson::member("step", djson::multiple_of(5)), djson::member("half", djson::multiple_of(0.5)),
            djson::member("big", djson::minimum(10000000000000000000ULL)),
            djson::member("small", djson::minimum(-1000), djson::maximum(100)),
            djson::member("name", djson::min_length(1), djson::max_length(8)),
            djson::member("code", djson::pattern("^[A-Z]{2}-[0-9]+$")),
            djson::member("id", djson::format::uuid), djson::member("mail", djson::format::email),
            djson::member("link", djson::format::uri), djson::member("v4", djson::format::ipv4),
            djson::member("v6", djson::format::ipv6),
            djson::member("tags", djson::min_items(1), djson::max_items(4), djson::unique_items),
            djson::member("parts", djson::unique_items, djson::max_items(3)),
            djson::member("values", djson::unique_items), djson::member("triple", djson::unique_items),
            djson::member("grid", djson::unique_items),
            djson::member("counts", djson::min_properties(1), djson::max_properties(3)),
            djson::member("even", djson::default_if_absent, djson::satisfies(&is_even, "must be even")),
            djson::member("limit", djson::satisfies([](const Amount& a) { return a.cents > 0; },
                                                    "must be a positive amount")));

// ---- std::variant: oneOf / anyOf ----

// Untagged oneOf alternatives that overlap on some inputs: {} is both a OneA and a OneB (ambiguous), {"a": 1}
// a OneA only, {"b": 1} a OneB only, {"a": 1, "b": 1} neither; and 0..255 is both a uint8 and an int16, 256
// or -1 an int16 only. Both reject unknown keys: an alternative that ignored them would read {"x": 1} as an
// empty object and write {}, which the other one accepts too, so what it wrote would not read back (see
// README.md, "Known issues").
struct OneA {
    std::optional<std::int32_t> a;
    std::optional<std::string> s;
};
BOOST_DESCRIBE_STRUCT(OneA, (), (a, s))
DJSON_MODEL(OneA, djson::unknown_keys::reject);
struct OneB {
    std::optional<std::int32_t> b;
};
BOOST_DESCRIBE_STRUCT(OneB, (), (b))
DJSON_MODEL(OneB, djson::unknown_keys::reject);
using Loose =
    std::variant<std::uint8_t, std::int16_t, std::string, std::vector<djson::nullable<bool>>, OneA, OneB>;

// anyOf: the first alternative that accepts ({} is a OneB, {"a": 1} a OneA; an integer beyond int64 is a
// double).
using First = std::variant<OneB, std::int64_t, double, OneA, std::string>;

// Tagged by "kind", anywhere in the object: Cat by two tags (an optional string tag member, and an untagged
// oneOf inside it), Dog by its type's name (an enum tag member), Bird by an enum tag member. No plain
// std::string member in these alternatives: djson checks that each declares the tag by building one in a
// constant expression, which clang 14 cannot do with libstdc++ 12's std::string (see README.md).
BOOST_DEFINE_ENUM_CLASS(DogKind, Dog)
BOOST_DEFINE_ENUM_CLASS(BirdKind, bird)
struct Cat {
    std::optional<std::string> kind;
    std::optional<std::string> name;
    std::optional<std::int32_t> lives;
    std::optional<Loose> toy;
};
BOOST_DESCRIBE_STRUCT(Cat, (), (kind, name, lives, toy))
DJSON_MODEL(Cat, djson::unknown_keys::reject);
struct Dog {
    DogKind kind = DogKind::Dog;
    bool good = true;
    std::optional<std::vector<std::int32_t>> bones;
};
BOOST_DESCRIBE_STRUCT(Dog, (), (kind, good, bones))
struct Bird {
    BirdKind kind = BirdKind::bird;
    djson::nullable<double> wingspan;
};
BOOST_DESCRIBE_STRUCT(Bird, (), (kind, wingspan))
using Pet = std::variant<Cat, Dog, Bird>;

// Chosen by a sibling enum: email / sms / push / list name an alternative, none names none.
BOOST_DEFINE_ENUM_CLASS(Channel, email, sms, push, list, none)
struct EmailS {
    std::string to;
};
BOOST_DESCRIBE_STRUCT(EmailS, (), (to))
struct SmsS {
    std::string number;
};
BOOST_DESCRIBE_STRUCT(SmsS, (), (number))
DJSON_MODEL(SmsS, djson::unknown_keys::reject);
struct PushS {
    std::optional<bool> silent;
};
BOOST_DESCRIBE_STRUCT(PushS, (), (silent))
using Settings = std::variant<EmailS, SmsS, PushS, std::vector<std::string>>;

} // namespace fuzzkinds

DJSON_VARIANT(fuzzkinds::First, djson::any_of);
DJSON_VARIANT(fuzzkinds::Pet, djson::discriminator("kind"), djson::tag<fuzzkinds::Cat>("cat"),
              djson::tag<fuzzkinds::Cat>("kitten"), djson::tag<fuzzkinds::Bird>("bird"));
DJSON_VARIANT(fuzzkinds::Settings, djson::tag<fuzzkinds::EmailS>("email"), djson::tag<fuzzkinds::SmsS>("sms"),
              djson::tag<fuzzkinds::PushS>("push"), djson::tag<std::vector<std::string>>("list"));

namespace fuzzkinds {

// The sibling after or before the member it chooses; a nullable member takes null whatever the sibling says.
struct Notice {
    std::string text;
    djson::nullable<Settings> settings;
    Channel channel = Channel::email;
};
BOOST_DESCRIBE_STRUCT(Notice, (), (text, settings, channel))
DJSON_MODEL(Notice, djson::member("settings", djson::chosen_by("channel")));

struct Kinds : Base {
    bool b = false;
    std::int8_t i8 = 0;
    std::uint8_t u8 = 0;
    std::int16_t i16 = 0;
    std::uint16_t u16 = 0;
    std::int32_t i32 = 0;
    std::uint32_t u32 = 0;
    std::int64_t i64 = 0;
    std::uint64_t u64 = 0;
    float f = 0;
    double d = 0;
    std::string s;
    Color color = Color::red;
    djson::timestamp ts;
    boost::json::value any;
    std::optional<djson::raw_json> raw; // optional, so the seeds without it still read
    std::optional<std::string> opt_text;
    djson::nullable<std::int32_t> nullable_int;
    std::optional<djson::nullable<std::string>> opt_nullable_text;
    std::vector<Item> items;
    std::array<double, 3> xyz{};
    std::map<std::string, std::int64_t> counts;
    std::optional<std::map<std::string, djson::nullable<Item>>> by_name;
    Inner inner;
    std::int32_t retries = 3; // default_if_absent
    std::string klass;        // key "class"
    // codecs and Boost.JSON conversions, alone and inside containers (optional: the older seeds still read)
    std::optional<Amount> price;
    std::optional<std::map<std::string, djson::nullable<Amount>>> prices;
    std::optional<Span> window;
    std::optional<std::vector<Span>> spans;
    std::optional<Rgb> rgb;
    std::optional<std::vector<Level>> levels;
    std::optional<Checked> checked;
    // variants (optional: the older seeds still read)
    std::optional<Pet> pet;
    std::optional<std::vector<Pet>> pets;
    std::optional<djson::nullable<Pet>> maybe_pet;
    std::optional<Loose> loose;
    std::optional<std::vector<djson::nullable<Loose>>> looses;
    std::optional<First> first;
    std::optional<Settings> settings; // chosen by `channel`
    std::optional<Channel> channel;
    std::optional<std::vector<Notice>> notices;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Kinds, (Base),
                      (b, i8, u8, i16, u16, i32, u32, i64, u64, f, d, s, color, ts, any, raw, opt_text,
                       nullable_int, opt_nullable_text, items, xyz, counts, by_name, inner, retries, klass,
                       price, prices, window, spans, rgb, levels, checked, pet, pets, maybe_pet, loose,
                       looses, first, settings, channel, notices, extra))
DJSON_MODEL(Kinds, djson::naming::camel_case, djson::member("retries", djson::default_if_absent),
            djson::member("klass", djson::key("class")),
            djson::member("settings", djson::chosen_by("channel")));

} // namespace fuzzkinds

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return djson_fuzz::check_model<fuzzkinds::Kinds>(data, size);
}
