// The parts of diff that need no template: DOM values and additional properties.
#include <djson/compare.hpp>
#include <djson/detail/json_text.hpp>

namespace djson::detail {

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
    if (a != b)
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
