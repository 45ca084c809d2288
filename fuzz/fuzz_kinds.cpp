// fuzz_kinds: one model with every field kind and type djson supports (see the table in README.md, "Field
// kinds"), so that every row of the reading, writing, comparing and validating tables is fuzzed: the built-in
// rows, user codecs (djson::codec<T>, a string and an object representation, both of which can reject), types
// with Boost.JSON conversions of their own (tag_invoke), member constraints (djson/constraints.hpp), and
// std::variant members (djson/variant.hpp): tagged, untagged oneOf, anyOf, and chosen by a sibling; the
// standard types of djson/std_types.hpp, std::pair / std::tuple, djson::open_enum, per-member codecs
// (djson::with<C>) and read_only / write_only members. Every input is checked with the default options
// (harness.hpp) and again with each run-time option that changes reading: options::message = request and
// response, options::lenient(), and lenient_times and numbers_in_strings alone (check_with_options below), as
// a Kinds and, when it names one of their keys, as a StdTypes, Tuples, More or Account (see the entry point).
#include "harness.hpp"

#include <djson/open_enum.hpp>
#include <djson/std_types.hpp>

#include <array>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <initializer_list>
#include <limits>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
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

// ---- standard types (djson/std_types.hpp): each a djson::codec over a representation djson knows ----

// Required members (a seed without "stdTypes" still reads: the member of Kinds is optional), then optional
// ones. Sets reject a repeated item; integer keys must be canonical decimals in the key's range; enum keys
// use the enum's JSON names (Color: kebab-case and a key override); time points refuse a time finer than
// their duration or beyond their range; dates are real days; bytes are canonical padded base64.
struct StdTypes {
    std::set<std::string> tags;
    std::unordered_set<std::int32_t> ids; // written in its own order: compared as a set
    std::deque<std::int16_t> queue;
    std::list<Item> items;
    std::unique_ptr<Item> owned;
    std::shared_ptr<std::string> shared;
    std::map<std::int8_t, std::string> by_small;
    std::unordered_map<std::uint64_t, djson::nullable<std::int32_t>> by_id;
    std::map<Color, std::int32_t> by_color;
    std::unordered_map<Shape, std::vector<std::int32_t>> by_shape;
    std::chrono::system_clock::time_point at; // nanoseconds: years 1677..2262
    djson::date day;
    djson::bytes blob;
    std::optional<std::chrono::sys_seconds> at_s;
    std::optional<std::chrono::sys_time<std::chrono::milliseconds>> at_ms;
    std::optional<std::set<Color>> colors;
    std::optional<std::unordered_set<std::string>> names;
    std::optional<std::set<double>> reals;                               // 0.0 and -0.0 are one item
    std::optional<std::set<std::pair<std::int32_t, std::string>>> keyed; // a set of tuples
    std::optional<std::deque<djson::nullable<djson::date>>> days;
    std::optional<std::list<std::vector<djson::bytes>>> blobs;
    std::optional<std::map<std::int64_t, djson::nullable<Amount>>> amounts; // a codec type as the value
    std::optional<std::vector<std::shared_ptr<std::int32_t>>> ptrs;
    std::optional<std::unique_ptr<Span>> span; // a pointer to a codec type
    std::optional<djson::nullable<std::set<std::string>>> maybe_tags;
};
BOOST_DESCRIBE_STRUCT(StdTypes, (),
                      (tags, ids, queue, items, owned, shared, by_small, by_id, by_color, by_shape, at, day,
                       blob, at_s, at_ms, colors, names, reals, keyed, days, blobs, amounts, ptrs, span,
                       maybe_tags))

// ---- std::pair and std::tuple: arrays of exactly that many items, each of its own type ----

struct Tuples {
    std::pair<std::string, std::int32_t> pair;
    std::tuple<std::int64_t, Color, djson::nullable<double>, Item> quad; // Item rejects unknown keys
    std::tuple<> nothing;                                                // exactly []
    std::optional<std::pair<Amount, djson::date>> coded;
    std::optional<std::vector<std::pair<std::string, Item>>> pairs; // unique_items, max_items
    std::optional<std::map<std::string, std::tuple<bool, std::vector<std::int8_t>,
                                                   std::pair<std::uint16_t, djson::open_enum<Shape>>>>>
        nested;
    std::optional<djson::nullable<std::pair<double, float>>> maybe;
    std::optional<std::array<std::pair<std::int32_t, std::int32_t>, 2>> corners;
    std::optional<std::pair<std::tuple<>, std::tuple<std::tuple<std::uint8_t>>>> odd;
    std::optional<std::pair<First, djson::nullable<Loose>>> either; // variants as items
    std::optional<std::tuple<djson::timestamp, std::chrono::system_clock::time_point, std::shared_ptr<Item>>>
        when;
};
BOOST_DESCRIBE_STRUCT(Tuples, (),
                      (pair, quad, nothing, coded, pairs, nested, maybe, corners, odd, either, when))
DJSON_MODEL(Tuples, djson::member("pairs", djson::unique_items, djson::max_items(4)));

// ---- per-member codecs (djson::with<C>): the member's type keeps its own rules elsewhere ----

// A timestamp as epoch milliseconds (a representation of another JSON kind than the type's own string): a
// negative one is rejected, one beyond year 9999 throws (timestamp::from_unix), both ways of failing.
struct epoch_millis {
    static std::int64_t encode(const djson::timestamp& t) {
        return t.unix_seconds() * 1000 + static_cast<std::int64_t>(t.nanoseconds() / 1000000);
    }
    static djson::decoded<djson::timestamp> decode(std::int64_t ms) {
        if (ms < 0)
            return djson::reject("a time before 1970 is not expected here");
        return djson::timestamp::from_unix(ms / 1000, static_cast<std::uint32_t>(ms % 1000) * 1000000u);
    }
};
// An int64 as a decimal string (what APIs do for ids beyond 2^53).
struct decimal_string {
    static std::string encode(std::int64_t v) { return std::to_string(v); }
    static djson::decoded<std::int64_t> decode(const std::string& s) {
        std::int64_t v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (s.empty() || ec != std::errc() || p != s.data() + s.size())
            return djson::reject("not a decimal int64");
        return v;
    }
};
// A list of int32 as one comma-separated string ("1,-2,3"; "" is the empty list); more than 16 items throw.
struct csv_list {
    static std::string encode(const std::vector<std::int32_t>& v) {
        std::string out;
        for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? "," : "") + std::to_string(v[i]);
        return out;
    }
    static djson::decoded<std::vector<std::int32_t>> decode(const std::string& s) {
        std::vector<std::int32_t> out;
        if (s.empty())
            return out;
        const char* p = s.data();
        const char* end = s.data() + s.size();
        for (;;) {
            if (out.size() == 16)
                throw std::length_error("more than 16 items");
            std::int32_t x = 0;
            auto [q, ec] = std::from_chars(p, end, x);
            if (ec != std::errc() || q == p)
                return djson::reject("not a comma-separated list of int32");
            out.push_back(x);
            if (q == end)
                return out;
            if (*q != ',')
                return djson::reject("not a comma-separated list of int32");
            p = q + 1;
        }
    }
};
// A Span as [lo, hi] (a std::pair representation), instead of its type's codec (an object).
struct span_pair {
    static std::pair<std::int32_t, std::int32_t> encode(const Span& s) { return {s.lo, s.hi}; }
    static djson::decoded<Span> decode(const std::pair<std::int32_t, std::int32_t>& p) {
        if (p.first > p.second)
            return djson::reject("lo is after hi");
        return Span{p.first, p.second};
    }
};

// ---- read_only / write_only members (options::message) ----

// Rejects unknown keys: a left-out key the message skips is still a known key. `id` (read_only, required
// outside requests, constrained), `created` (read_only, default_if_absent), `lastLogin` (read_only, with its
// own codec), `history` (read_only models), `via` (read_only, default_if_absent: the sibling that chooses
// `prefs`, read_only too: a member must be in every message its sibling is in), `password` (write_only,
// optional), `pin` (write_only, required outside responses).
struct Account {
    std::string id;
    std::string name;
    std::optional<std::string> password;
    std::string created = "never";
    std::int32_t pin = 0;
    std::optional<djson::timestamp> last_login;
    std::optional<std::vector<Item>> history;
    Channel via = Channel::email;
    std::optional<Settings> prefs;
};
BOOST_DESCRIBE_STRUCT(Account, (), (id, name, password, created, pin, last_login, history, via, prefs))
DJSON_MODEL(Account, djson::naming::camel_case, djson::unknown_keys::reject,
            djson::member("id", djson::read_only, djson::max_length(16)),
            djson::member("password", djson::write_only),
            djson::member("created", djson::read_only, djson::default_if_absent),
            djson::member("pin", djson::write_only),
            djson::member("last_login", djson::read_only, djson::with<epoch_millis>),
            djson::member("history", djson::read_only),
            djson::member("via", djson::read_only, djson::default_if_absent),
            djson::member("prefs", djson::chosen_by("via"), djson::read_only));

// Open enums, and member codecs under another naming (kebab-case), on optional, nullable, optional-nullable
// and default_if_absent members; and one more Account (at /more/account).
struct More {
    djson::open_enum<Color> color; // required
    std::optional<std::vector<djson::open_enum<Shape>>> shapes;
    std::optional<std::map<std::string, djson::nullable<djson::open_enum<Channel>>>> routes;
    std::optional<djson::nullable<djson::open_enum<Color>>> maybe_color;
    std::optional<djson::nullable<djson::timestamp>> deleted_ms; // with<epoch_millis>
    std::int64_t big_id = 0;                                     // with<decimal_string>, default_if_absent
    djson::nullable<std::int64_t> other_id;                      // with<decimal_string>, required
    std::optional<std::vector<std::int32_t>> csv;                // with<csv_list>
    std::optional<Span> bounds;                                  // with<span_pair>: not Span's own codec
    std::optional<Account> account;
};
BOOST_DESCRIBE_STRUCT(More, (),
                      (color, shapes, routes, maybe_color, deleted_ms, big_id, other_id, csv, bounds,
                       account))
DJSON_MODEL(More, djson::naming::kebab_case, djson::member("deleted_ms", djson::with<epoch_millis>),
            djson::member("big_id", djson::with<decimal_string>, djson::default_if_absent),
            djson::member("other_id", djson::with<decimal_string>),
            djson::member("csv", djson::with<csv_list>), djson::member("bounds", djson::with<span_pair>));

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
    // standard types, tuples, open enums, member codecs, messages (optional: the older seeds still read)
    std::optional<StdTypes> std_types;
    std::optional<Tuples> tuples;
    std::optional<More> more;
    std::optional<djson::open_enum<Color>> status;
    std::optional<djson::timestamp> created_ms; // with<epoch_millis>
    std::optional<std::string> token;           // write_only
    std::int64_t revision = 0;                  // read_only, default_if_absent
    std::optional<std::vector<Account>> accounts;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Kinds, (Base),
                      (b, i8, u8, i16, u16, i32, u32, i64, u64, f, d, s, color, ts, any, raw, opt_text,
                       nullable_int, opt_nullable_text, items, xyz, counts, by_name, inner, retries, klass,
                       price, prices, window, spans, rgb, levels, checked, pet, pets, maybe_pet, loose,
                       looses, first, settings, channel, notices, std_types, tuples, more, status, created_ms,
                       token, revision, accounts, extra))
DJSON_MODEL(Kinds, djson::naming::camel_case, djson::member("retries", djson::default_if_absent),
            djson::member("klass", djson::key("class")),
            djson::member("settings", djson::chosen_by("channel")),
            djson::member("created_ms", djson::with<epoch_millis>), djson::member("token", djson::write_only),
            djson::member("revision", djson::read_only, djson::default_if_absent));

} // namespace fuzzkinds

// ---- the properties of harness.hpp under other reading options ----
//
// harness.hpp's check_model reads with the default options. The same properties must hold for each option
// that changes reading, with the options on every read (text, DOM, stop_at_first_error, and reading back what
// was written) and on every write (the message kind):
//   (a) text and DOM agree (skipped for the same inputs: a duplicate key, a number beyond the DOM);
//   (b) an accepted object validates, writes, reads back equal (diff empty), writes again byte-identical, and
//       its pretty form reads back equal; and, since every value read is a valid object, all of this holds
//       with the default options too (harness.hpp's check_round_trip: the writer never writes what a strict
//       read refuses, whatever leniency read it);
//   (c) stop_at_first_error keeps the verdict and reports the first error only;
//   (d) the grammar is JSON's: no syntax error on what Boost.JSON parses, never accepted otherwise;
// and, for every accepted object,
//   (e) a message leaves out its members and nothing else: to_json(v, {.message = request}) is, as a DOM,
//       to_json(v) without the read_only keys (and response: without the write_only keys).
namespace kinds_check {

using djson_fuzz::describe;
using djson_fuzz::printable;
using djson_fuzz::violated;

struct option_set {
    const char* name;
    djson::options opt;
};

inline djson::options with_message(djson::message_kind k) {
    djson::options o;
    o.message = k;
    return o;
}
inline djson::options times_only() {
    djson::options o;
    o.lenient_times = true;
    return o;
}
inline djson::options numbers_only() {
    djson::options o;
    o.numbers_in_strings = true;
    return o;
}

inline const option_set option_sets[] = {
    {"message=request", with_message(djson::message_kind::request)},
    {"message=response", with_message(djson::message_kind::response)},
    {"lenient()", djson::options::lenient()},
    {"lenient_times", times_only()},
    {"numbers_in_strings", numbers_only()},
};

inline const char* g_root = "Kinds"; // the root type being checked, for messages

// DJSON_FUZZ_STATS=1: at exit, how many inputs each root read with each option set, and how many it accepted
// (the round trip properties run on those), to see that the fuzzer reaches valid documents.
struct stats {
    std::map<std::string, std::pair<std::size_t, std::size_t>> counts; // "root, options" -> (read, accepted)
    static stats& get() {
        static stats s;
        return s;
    }
    ~stats() {
        for (const auto& [k, v] : counts)
            std::fprintf(stderr, "djson fuzz stats: %-32s read %zu, accepted %zu\n", k.c_str(), v.first,
                         v.second);
    }
};
inline void count(const char* options, bool accepted) {
    static const bool on = std::getenv("DJSON_FUZZ_STATS") != nullptr;
    if (!on)
        return;
    auto& c = stats::get().counts[std::string(g_root) + ", " + options];
    ++c.first;
    c.second += accepted;
}

inline std::string prop(const option_set& os, const char* property) {
    return std::string("[") + g_root + ", " + os.name + "] " + property;
}
#define KINDS_REQUIRE(cond, os, property, details)                                                           \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::djson_fuzz::violated(::kinds_check::prop(os, property).c_str(), details);                      \
    } while (0)

// (e): the keys a message leaves out of a written document. read_only and write_only members are only in
// Account and in Kinds itself; an Account is at /accounts/N and /more/account of a Kinds, at /account of a
// More, or is the document (each of these models is also fuzzed as the root).
inline void leave_out_of_account(boost::json::value& a, djson::message_kind k) {
    auto* o = a.if_object();
    if (!o)
        return;
    if (k == djson::message_kind::request) {
        for (const char* key : {"id", "created", "lastLogin", "history", "via", "prefs"})
            o->erase(key);
    } else {
        for (const char* key : {"password", "pin"})
            o->erase(key);
    }
}
inline void leave_out_of_more(boost::json::value& m, djson::message_kind k) {
    if (auto* o = m.if_object())
        if (auto* a = o->if_contains("account"))
            leave_out_of_account(*a, k);
}
template <class T> void leave_out(boost::json::value& jv, djson::message_kind k) {
    if constexpr (std::is_same_v<T, fuzzkinds::Account>) {
        leave_out_of_account(jv, k);
    } else if constexpr (std::is_same_v<T, fuzzkinds::More>) {
        leave_out_of_more(jv, k);
    } else if constexpr (std::is_same_v<T, fuzzkinds::Kinds>) {
        auto* top = jv.if_object();
        if (!top)
            return;
        top->erase(k == djson::message_kind::request ? "revision" : "token");
        if (auto* a = top->if_contains("accounts"); a && a->is_array())
            for (auto& x : a->get_array())
                leave_out_of_account(x, k);
        if (auto* m = top->if_contains("more"))
            leave_out_of_more(*m, k);
    } // StdTypes, Tuples: nothing is left out
}

inline boost::json::value parse_written(const option_set& os, const std::string& text) {
    boost::json::parse_options po;
    po.max_depth = 10000;
    boost::system::error_code ec;
    boost::json::value jv = boost::json::parse(text, ec, {}, po);
    KINDS_REQUIRE(!ec, os, "(e) djson wrote text Boost.JSON cannot parse",
                  "    written: " + printable(text) + "\n    " + ec.message());
    return jv;
}

template <class T> void check_messages(const option_set& os, const T& v) {
    std::string all;
    try {
        all = djson::to_json(v);
    } catch (const std::exception& e) {
        violated(prop(os, "(b) to_json throws on an object read successfully").c_str(), e.what());
    }
    for (auto k : {djson::message_kind::request, djson::message_kind::response}) {
        std::string part;
        try {
            part = djson::to_json(v, with_message(k));
        } catch (const std::exception& e) {
            violated(
                prop(os, "(e) to_json with a message kind throws on an object read successfully").c_str(),
                e.what());
        }
        boost::json::value expected = parse_written(os, all);
        leave_out<T>(expected, k);
        KINDS_REQUIRE(expected == parse_written(os, part), os,
                      "(e) a message does not leave out exactly its read_only / write_only members",
                      std::string("    message: ") +
                          (k == djson::message_kind::request ? "request" : "response") +
                          "\n    every member: " + printable(all) + "\n    the message:  " + printable(part));
    }
}

// (b) under the options, then with the default options (harness.hpp), then (e).
template <class T> void check_round_trip_with(const option_set& os, const T& v) {
    const djson::options& opt = os.opt;
    djson::options pretty_opt = opt;
    pretty_opt.pretty = true;
    std::string w1, w2, pretty;
    try {
        w1 = djson::to_json(v, opt);
        pretty = djson::to_json(v, pretty_opt);
    } catch (const std::exception& e) {
        violated(prop(os, "(b) to_json throws on an object read successfully").c_str(), e.what());
    }
    auto r2 = djson::try_from_json<T>(w1, opt);
    KINDS_REQUIRE(r2.has_value(), os, "(b) the written JSON does not read back",
                  "    written: " + printable(w1) + "\n    errors:" + describe(r2.error_list()));
    KINDS_REQUIRE(djson::equal(v, *r2), os, "(b) the written JSON reads back to a different object",
                  "    written: " + printable(w1) +
                      "\n    rewritten: " + printable(djson::to_json(*r2, opt)));
    auto where = djson::diff(v, *r2);
    KINDS_REQUIRE(where.empty(), os, "(b) djson::equal says equal but djson::diff finds differences",
                  "    written: " + printable(w1) + "\n    first difference at: " + printable(where.front()));
    try {
        w2 = djson::to_json(*r2, opt);
    } catch (const std::exception& e) {
        violated(prop(os, "(b) to_json throws on an object read back from djson's own output").c_str(),
                 e.what());
    }
    KINDS_REQUIRE(w1 == w2, os, "(b) writing the read-back object is not byte-identical",
                  "    first write:  " + printable(w1) + "\n    second write: " + printable(w2));
    auto rp = djson::try_from_json<T>(pretty, opt);
    KINDS_REQUIRE(rp.has_value() && djson::equal(v, *rp), os, "(b) the pretty JSON does not read back equal",
                  "    pretty: " + printable(pretty) + "\n    errors:" + describe(rp.error_list()));
    djson_fuzz::check_round_trip(v); // validate(), and (b) with the default options
    check_messages(os, v);
}

// harness.hpp's check_model, with `os.opt` on every read; `s` and `jv` (when Boost parses the text) are
// shared by the option sets.
template <class T>
void check_with_options(const option_set& os, std::string_view text, const djson_fuzz::scan_result& s,
                        const boost::json::value* jv) {
    djson::options stop = os.opt;
    stop.stop_at_first_error = true;

    djson::errors text_errs, text_stop_errs;
    T text_value{};
    try {
        auto r = djson::try_from_json<T>(text, os.opt);
        if (r)
            text_value = std::move(*r);
        else
            text_errs = r.error_list();
        text_stop_errs = djson::try_from_json<T>(text, stop).error_list();
    } catch (const std::exception& e) {
        violated(prop(os, "try_from_json throws on untrusted input").c_str(), e.what());
    }
    djson_fuzz::check_stop_mode((std::string(g_root) + ", " + os.name + ", text route").c_str(), text_errs,
                                text_stop_errs);
    static const bool verbose = std::getenv("DJSON_FUZZ_VERBOSE") != nullptr;
    if (verbose)
        std::fprintf(stderr, "djson fuzz: [%s, %s] text route:%s\n", g_root, os.name,
                     describe(text_errs).c_str());
    count(os.name, text_errs.empty());

    if (!s.parsed) {
        KINDS_REQUIRE(!text_errs.empty(), os, "(d) the text route accepts a text Boost.JSON rejects",
                      "    (boost::json::parse with max_depth 10000 fails)");
    } else {
        KINDS_REQUIRE(!djson_fuzz::has_code(text_errs, djson::errc::syntax) &&
                          !djson_fuzz::has_code(text_stop_errs, djson::errc::syntax),
                      os, "(d) the text route reports a syntax error on JSON Boost.JSON parses",
                      "    errors:" + describe(text_errs));
        djson::errors dom_errs, dom_stop_errs;
        T dom_value{};
        try {
            auto r = djson::try_from_value<T>(*jv, os.opt);
            if (r)
                dom_value = std::move(*r);
            else
                dom_errs = r.error_list();
            dom_stop_errs = djson::try_from_value<T>(*jv, stop).error_list();
        } catch (const std::exception& e) {
            violated(prop(os, "try_from_value throws on an untrusted DOM").c_str(), e.what());
        }
        djson_fuzz::check_stop_mode((std::string(g_root) + ", " + os.name + ", DOM route").c_str(), dom_errs,
                                    dom_stop_errs);

        if (!s.duplicate_key && !s.number_beyond_dom) {
            std::string what =
                "    text route:" + describe(text_errs) + "\n    DOM route:" + describe(dom_errs);
            KINDS_REQUIRE(text_errs.empty() == dom_errs.empty(), os,
                          "(a) the text and DOM routes disagree on accept/reject", what);
            if (text_errs.empty()) {
                KINDS_REQUIRE(djson::equal(text_value, dom_value), os,
                              "(a) the text and DOM routes read different values",
                              "    text route writes: " + printable(djson::to_json(text_value, os.opt)) +
                                  "\n    DOM route writes:  " + printable(djson::to_json(dom_value, os.opt)));
            } else {
                KINDS_REQUIRE(djson_fuzz::same_code_and_path(text_errs, dom_errs), os,
                              "(a) the text and DOM routes report different (code, path) lists", what);
            }
        }
    }

    if (text_errs.empty())
        check_round_trip_with(os, text_value);
}

// Every property, with the default options (harness.hpp) and with each option set, for one root type. A model
// without read_only / write_only members reads a request or a response exactly as any message: those two sets
// are left out for it.
template <class T, bool Messages>
void check_all(const char* root, const std::uint8_t* data, std::size_t size, const djson_fuzz::scan_result& s,
               const boost::json::value* jv) {
    g_root = root;
    static const bool verbose = std::getenv("DJSON_FUZZ_VERBOSE") != nullptr;
    if (verbose)
        std::fprintf(stderr, "djson fuzz: == root %s (the next line: the default options)\n", root);
    djson_fuzz::check_model<T>(data, size); // its messages do not name the root: see the line above
    std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto& os : option_sets)
        if (Messages || os.opt.message == djson::message_kind::any)
            check_with_options<T>(os, text, s, jv);
}

// Whether the input names one of `keys` (quoted): a document for that root, worth reading as one. Only a
// choice of what to check (reading a document without any of its keys reports its missing required keys).
inline bool mentions(std::string_view text, std::initializer_list<std::string_view> keys) {
    for (auto k : keys) {
        std::string quoted = "\"" + std::string(k) + "\"";
        if (text.find(quoted) != std::string_view::npos)
            return true;
    }
    return false;
}

} // namespace kinds_check

// Kinds is the document. Its newer parts are also fuzzed as documents of their own when the input names one
// of their keys, so that a small input is a valid one (Kinds has about twenty required members) and the round
// trip properties run on the mutants of their seeds (corpus/fuzz_kinds/root-*.json).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    djson_fuzz::scan_result s = djson_fuzz::scan(text);
    boost::json::value jv;
    if (s.parsed) {
        boost::json::parse_options po;
        po.max_depth = 10000;
        boost::system::error_code ec;
        jv = boost::json::parse(text, ec, {}, po);
        DJSON_FUZZ_REQUIRE(!ec, "harness: boost::json::parse rejects what its basic_parser accepted",
                           ec.message());
    }
    const boost::json::value* dom = s.parsed ? &jv : nullptr;
    using kinds_check::check_all;
    using kinds_check::mentions;
    check_all<fuzzkinds::Kinds, true>("Kinds", data, size, s, dom);
    if (mentions(text, {"queue", "owned", "shared", "by_small", "by_id", "by_color", "by_shape", "at", "day",
                        "blob"}))
        check_all<fuzzkinds::StdTypes, false>("StdTypes", data, size, s, dom);
    if (mentions(text, {"pair", "quad", "nothing"}))
        check_all<fuzzkinds::Tuples, false>("Tuples", data, size, s, dom);
    if (mentions(text, {"other-id", "big-id", "csv", "bounds", "shapes", "routes", "maybe-color"}))
        check_all<fuzzkinds::More, true>("More", data, size, s, dom);
    if (mentions(text, {"pin", "password", "lastLogin", "history", "via", "prefs"}))
        check_all<fuzzkinds::Account, true>("Account", data, size, s, dom);
    return 0;
}
