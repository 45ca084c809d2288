// What hand-mapping a model with RapidJSON needs, written once for p1's and p2's mappings: read a parsed
// rapidjson::Value into a struct member by member, write one with a Writer. Type mismatches and missing
// required members throw mapping_error (never RapidJSON's assertions: they are off under NDEBUG).
// A model's own rj_read / rj_write overloads live in the model's namespace (found by ADL from the templates
// below); its functions say `using rjmap::rj_read;` to see these ones too.
#pragma once

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace rjmap {

using value = rapidjson::Value;
using writer = rapidjson::Writer<rapidjson::StringBuffer>;

// Parse flags of every RapidJSON read here: UTF-8 is validated and numbers are correctly rounded, as djson,
// Boost.JSON and simdjson do by default.
inline constexpr unsigned parse_flags =
    rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag;

struct mapping_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};
[[noreturn]] inline void fail(const char* what) {
    throw mapping_error(what);
}

inline std::string_view view(const value& v) {
    return {v.GetString(), v.GetStringLength()};
}

inline void rj_read(const value& v, std::string& out) {
    if (!v.IsString())
        fail("expected a string");
    out.assign(v.GetString(), v.GetStringLength());
}
inline void rj_read(const value& v, bool& out) {
    if (!v.IsBool())
        fail("expected true or false");
    out = v.GetBool();
}
inline void rj_read(const value& v, int& out) {
    if (!v.IsInt())
        fail("expected a 32-bit integer");
    out = v.GetInt();
}
inline void rj_read(const value& v, double& out) {
    if (!v.IsNumber())
        fail("expected a number");
    out = v.GetDouble();
}
inline void rj_read(const value& v, float& out) {
    double d;
    rj_read(v, d);
    if (d > std::numeric_limits<float>::max() || d < -std::numeric_limits<float>::max())
        fail("number out of float's range");
    out = static_cast<float>(d);
}
template <class T, std::size_t N> void rj_read(const value& v, std::array<T, N>& out) {
    if (!v.IsArray() || v.Size() != N)
        fail("expected an array of fixed size");
    std::size_t i = 0;
    for (const auto& e : v.GetArray())
        rj_read(e, out[i++]);
}
// Elements already in `out` are reused (their strings and vectors keep their capacity).
template <class T> void rj_read(const value& v, std::vector<T>& out) {
    if (!v.IsArray())
        fail("expected an array");
    out.resize(v.Size());
    std::size_t i = 0;
    for (const auto& e : v.GetArray())
        rj_read(e, out[i++]);
}

// Calls member(key, value) for every member of object `v`; member returns the member's bit index, or -1 for
// a key it does not know (skipped). Returns the bits seen; a bit of `required` not seen is an error.
template <class F> std::uint64_t object(const value& v, std::uint64_t required, F&& member) {
    if (!v.IsObject())
        fail("expected an object");
    std::uint64_t seen = 0;
    for (const auto& m : v.GetObject()) {
        int bit = member(view(m.name), m.value);
        if (bit >= 0)
            seen |= std::uint64_t(1) << bit;
    }
    if ((seen & required) != required)
        fail("a required member is missing");
    return seen;
}

template <std::size_t N> void key(writer& w, const char (&k)[N]) {
    w.Key(k, N - 1);
}
inline void rj_write(writer& w, std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
inline void rj_write(writer& w, const std::string& s) {
    rj_write(w, std::string_view(s));
}
inline void rj_write(writer& w, bool b) {
    w.Bool(b);
}
inline void rj_write(writer& w, int i) {
    w.Int(i);
}
inline void rj_write(writer& w, double d) {
    w.Double(d);
}
inline void rj_write(writer& w, float f) {
    w.Double(static_cast<double>(f));
}
template <class T, std::size_t N> void rj_write(writer& w, const std::array<T, N>& v) {
    w.StartArray();
    for (const auto& e : v)
        rj_write(w, e);
    w.EndArray();
}
template <class T> void rj_write(writer& w, const std::vector<T>& v) {
    w.StartArray();
    for (const auto& e : v)
        rj_write(w, e);
    w.EndArray();
}

} // namespace rjmap
