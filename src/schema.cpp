// The parts of json_schema that need no template.
#include <djson/schema.hpp>

namespace djson::detail {

boost::json::value make_nullable(boost::json::value s) {
    if (!s.is_object())
        return s;
    auto& o = s.as_object();
    if (o.empty())
        return s; // any value already includes null
    if (o.contains("$ref"))
        return {{"anyOf", boost::json::array{std::move(s), {{"type", "null"}}}}};
    if (auto* t = o.if_contains("type")) {
        if (t->is_string()) {
            boost::json::array both{*t, "null"};
            *t = std::move(both);
        } else if (t->is_array()) {
            t->as_array().emplace_back("null");
        }
    }
    // An enum lists every allowed value, so null must be listed too.
    if (auto* e = o.if_contains("enum"); e && e->is_array())
        e->as_array().emplace_back(nullptr);
    return s;
}

boost::json::value integer_schema(const char* name, bool is_signed, std::size_t size) {
    boost::json::object s{{"type", "integer"}};
    std::string_view n(name);
    if (n == "int32" || n == "int64") {
        s["format"] = n; // the OpenAPI formats
        return s;
    }
    if (is_signed) {
        std::int64_t hi = (std::int64_t{1} << (8 * size - 1)) - 1;
        s["minimum"] = -hi - 1;
        s["maximum"] = hi;
    } else {
        s["minimum"] = 0;
        s["maximum"] =
            size == 8 ? std::numeric_limits<std::uint64_t>::max() : (std::uint64_t{1} << (8 * size)) - 1;
    }
    return s;
}

} // namespace djson::detail
