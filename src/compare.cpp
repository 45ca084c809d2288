// The parts of diff that need no template: DOM values and additional properties.
#include <djson/compare.hpp>
#include <djson/detail/json_text.hpp>

#include <cmath>

namespace djson::detail {

namespace {
bool is_number(const boost::json::value& v) {
    return v.is_int64() || v.is_uint64() || v.is_double();
}
std::string number_of(const boost::json::value& v) {
    std::string s;
    if (v.is_int64())
        append_int(s, v.get_int64());
    else if (v.is_uint64())
        append_uint(s, v.get_uint64());
    else if (std::isfinite(v.get_double()))
        append_double(s, v.get_double());
    else
        return v.get_double() != v.get_double() ? "nan" : v.get_double() > 0 ? "inf" : "-inf";
    return canonical_number(s);
}
} // namespace

bool dom_equal(const boost::json::value& a, const boost::json::value& b) {
    if (is_number(a) && is_number(b)) {
        if (a.kind() == b.kind())
            return a == b;
        return number_of(a) == number_of(b);
    }
    if (a.kind() != b.kind())
        return false;
    if (a.is_array()) {
        const auto& x = a.get_array();
        const auto& y = b.get_array();
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!dom_equal(x[i], y[i]))
                return false;
        return true;
    }
    if (a.is_object()) {
        const auto& x = a.get_object();
        const auto& y = b.get_object();
        if (x.size() != y.size())
            return false;
        for (const auto& kv : x) {
            const auto* other = y.if_contains(kv.key());
            if (!other || !dom_equal(kv.value(), *other))
                return false;
        }
        return true;
    }
    return a == b;
}

void diff_dom(differ& d, const boost::json::value& a, const boost::json::value& b) {
    if (a.is_object() && b.is_object()) {
        const auto& oa = a.get_object();
        const auto& ob = b.get_object();
        for (const auto& kv : oa) {
            std::string_view k(kv.key().data(), kv.key().size());
            d.at(k, [&] {
                auto it = ob.find(kv.key());
                if (it == ob.end())
                    d.here();
                else
                    diff_dom(d, kv.value(), it->value());
            });
        }
        for (const auto& kv : ob)
            if (!oa.contains(kv.key()))
                d.at({kv.key().data(), kv.key().size()}, [&] { d.here(); });
        return;
    }
    if (a.is_array() && b.is_array()) {
        const auto& aa = a.get_array();
        const auto& ab = b.get_array();
        std::size_t n = std::max(aa.size(), ab.size());
        for (std::size_t i = 0; i < n; ++i) {
            d.at_index(i, [&] {
                if (i >= aa.size() || i >= ab.size())
                    d.here();
                else
                    diff_dom(d, aa[i], ab[i]);
            });
        }
        return;
    }
    if (!dom_equal(a, b))
        d.here();
}

void diff_raw(differ& d, std::string_view a, std::string_view b) {
    json_text_diff(d.path, a, b, d.out);
}

void diff_extras(differ& d, const additional_properties& a, const additional_properties& b) {
    for (const auto& e : a) {
        d.at(e.key, [&] {
            const auto* other = b.find(e.key);
            if (!other)
                d.here();
            else
                diff_raw(d, e.json, other->json);
        });
    }
    for (const auto& e : b)
        if (!a.contains(e.key))
            d.at(e.key, [&] { d.here(); });
}

} // namespace djson::detail
