// What hand-mapping a model with simdjson's On-Demand API needs, written once for p1's and p2's mappings:
// walk the document forward, member by member, straight into a struct (no DOM). Errors, type mismatches and
// missing required members throw mapping_error. A model's own sj_read overloads live in the model's namespace
// (found by ADL from the templates below); its functions say `using sjmap::sj_read;` to see these ones too.
#pragma once

#include <simdjson.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sjmap {

namespace od = simdjson::ondemand;

struct mapping_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};
[[noreturn]] inline void fail(const char* what) {
    throw mapping_error(what);
}
inline void check(simdjson::error_code e) {
    if (e != simdjson::SUCCESS)
        fail(simdjson::error_message(e));
}

inline std::string_view string_of(od::value& v) {
    std::string_view s;
    check(v.get_string().get(s));
    return s;
}

inline void sj_read(od::value v, std::string& out) {
    out.assign(string_of(v));
}
inline void sj_read(od::value v, bool& out) {
    check(v.get_bool().get(out));
}
inline void sj_read(od::value v, int& out) {
    std::int64_t i;
    check(v.get_int64().get(i));
    if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max())
        fail("number out of int's range");
    out = static_cast<int>(i);
}
inline void sj_read(od::value v, double& out) {
    check(v.get_double().get(out));
}
inline void sj_read(od::value v, float& out) {
    double d;
    check(v.get_double().get(d));
    if (d > std::numeric_limits<float>::max() || d < -std::numeric_limits<float>::max())
        fail("number out of float's range");
    out = static_cast<float>(d);
}
template <class T, std::size_t N> void sj_read(od::value v, std::array<T, N>& out) {
    od::array a;
    check(v.get_array().get(a));
    std::size_t i = 0;
    for (auto e : a) {
        od::value x;
        check(std::move(e).get(x));
        if (i == N)
            fail("expected an array of fixed size");
        sj_read(x, out[i++]);
    }
    if (i != N)
        fail("expected an array of fixed size");
}
// Elements already in `out` are reused (their strings and vectors keep their capacity).
template <class T> void sj_read(od::value v, std::vector<T>& out) {
    od::array a;
    check(v.get_array().get(a));
    std::size_t i = 0;
    for (auto e : a) {
        od::value x;
        check(std::move(e).get(x));
        if (i == out.size())
            out.emplace_back();
        sj_read(x, out[i++]);
    }
    out.resize(i);
}

// Calls member(key, value) for every member of object `v`; member returns the member's bit index, or -1 for
// a key it does not know (its value is skipped). Returns the bits seen; a bit of `required` not seen is an
// error.
template <class F> std::uint64_t object(od::value v, std::uint64_t required, F&& member) {
    od::object o;
    check(v.get_object().get(o));
    std::uint64_t seen = 0;
    for (auto f : o) {
        od::field field;
        check(std::move(f).get(field));
        std::string_view k;
        check(field.unescaped_key().get(k));
        int bit = member(k, field.value());
        if (bit >= 0)
            seen |= std::uint64_t(1) << bit;
    }
    if ((seen & required) != required)
        fail("a required member is missing");
    return seen;
}

// One whole document into `out`: `text` carries simdjson's padding, `parser` is reused between documents.
template <class T> void parse(od::parser& parser, const simdjson::padded_string& text, T& out) {
    od::document doc;
    check(parser.iterate(text).get(doc));
    od::value v;
    check(doc.get_value().get(v));
    sj_read(v, out);
    if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
        fail("trailing content after the document");
}

} // namespace sjmap
