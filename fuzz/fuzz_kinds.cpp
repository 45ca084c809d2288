// fuzz_kinds: one model with every field kind and type djson supports (see the table in README.md, "Field
// kinds"), so that every row of the reading, writing, comparing and validating tables is fuzzed.
#include "harness.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fuzzkinds {

BOOST_DEFINE_ENUM_CLASS(Color, red, dark_green, Blue)
DJSON_ENUM(Color, djson::naming::kebab_case, djson::member("Blue", djson::key("BLUE!")));

BOOST_DEFINE_ENUM_CLASS(Shape, circle, square)

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
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Kinds, (Base),
                      (b, i8, u8, i16, u16, i32, u32, i64, u64, f, d, s, color, ts, any, raw, opt_text,
                       nullable_int, opt_nullable_text, items, xyz, counts, by_name, inner, retries, klass,
                       extra))
DJSON_MODEL(Kinds, djson::naming::camel_case, djson::member("retries", djson::default_if_absent),
            djson::member("klass", djson::key("class")));

} // namespace fuzzkinds

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return djson_fuzz::check_model<fuzzkinds::Kinds>(data, size);
}
