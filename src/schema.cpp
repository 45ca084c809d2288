// The parts of json_schema that need no template.
#include <djson/schema.hpp>

namespace djson::detail {

boost::json::value make_nullable(boost::json::value s) {
    if (!s.is_object())
        return s;
    auto& o = s.as_object();
    if (o.empty())
        return s; // any value already includes null
    // A reference, or a schema that is not one type (a oneOf, a codec's own fragment): null as an
    // alternative.
    if (o.contains("$ref") || !o.contains("type"))
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

boost::json::value not_null(boost::json::value s) {
    // A std::optional<X> takes no null, whatever X's schema admits (an X that is a variant with a nullable
    // alternative, a codec whose representation is nullable, any value).
    if (!s.is_object())
        return s;
    auto& o = s.as_object();
    if (o.empty())
        return {{"not", {{"type", "null"}}}};
    if (auto* t = o.if_contains("type")) {
        if (t->is_string() && t->as_string() != "null")
            return s;
        if (t->is_array()) {
            auto& a = t->as_array();
            for (auto it = a.begin(); it != a.end();)
                it = *it == "null" ? a.erase(it) : it + 1;
            if (a.size() == 1)
                *t = boost::json::value(a.front());
            if (auto* e = o.if_contains("enum"); e && e->is_array()) {
                auto& ea = e->as_array();
                for (auto it = ea.begin(); it != ea.end();)
                    it = it->is_null() ? ea.erase(it) : it + 1;
            }
            return s;
        }
    }
    if (o.size() == 1 && o.contains("$ref"))
        return s; // a model: an object
    return {{"allOf", {std::move(s), {{"not", {{"type", "null"}}}}}}};
}

boost::json::value integer_schema(const integer_facts& type) {
    boost::json::object s{{"type", "integer"}};
    std::string_view n(type.name);
    if (n == "int32" || n == "int64")
        s["format"] = n; // the OpenAPI formats; the bounds below are what a validator enforces
    s["minimum"] = type.min;
    if (type.max <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        s["maximum"] = static_cast<std::int64_t>(type.max);
    else
        s["maximum"] = type.max;
    return s;
}

boost::json::value floating_schema(bool is_float) {
    boost::json::object s{{"type", "number"}, {"format", is_float ? "float" : "double"}};
    if (is_float) {
        // A float takes every number that rounds to a finite float: below 2^128 - 2^103 (half a step above
        // FLT_MAX, where rounding to even reaches infinity) in magnitude.
        double limit = 340282356779733661637539395458142568448.0;
        s["exclusiveMinimum"] = -limit;
        s["exclusiveMaximum"] = limit;
    } else {
        // Numbers up to half a step above DBL_MAX still round to it; that half step is no double, so the
        // bound is DBL_MAX itself.
        s["minimum"] = -std::numeric_limits<double>::max();
        s["maximum"] = std::numeric_limits<double>::max();
    }
    return s;
}

boost::json::value timestamp_schema() {
    // `format: date-time` is RFC 3339, which also allows a leap second and any number of fraction digits;
    // djson::timestamp keeps neither, so the pattern says exactly what the reader takes: real calendar dates
    // (February 29 in leap years only), seconds 00-59, 1-9 fraction digits, Z or +-hh:mm.
    static constexpr const char* pattern =
        "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|"
        "(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-"
        "02-29)[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:[Zz]|[+-](?:[01][0-9]|2[0-"
        "3]):"
        "[0-5][0-9])$";
    return {{"type", "string"}, {"format", "date-time"}, {"pattern", pattern}};
}

std::string defs_ref(std::string_view name) {
    // RFC 6901 section 6: a JSON Pointer in a URI fragment escapes ~ and / first, then percent-encodes what a
    // fragment cannot hold (RFC 3986: unreserved, sub-delims, ':', '@', '/', '?' stay).
    std::string token;
    for (char c : name) {
        if (c == '~')
            token += "~0";
        else if (c == '/')
            token += "~1";
        else
            token.push_back(c);
    }
    std::string out = "#/$defs/";
    constexpr char hex[] = "0123456789ABCDEF";
    for (char ch : token) {
        auto c = static_cast<unsigned char>(ch);
        bool keep =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            std::string_view("-._~!$&'()*+,;=:@/?").find(static_cast<char>(c)) != std::string_view::npos;
        if (keep) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

} // namespace djson::detail
