// The parts of writing that need no template: DOM values, raw JSON of additional properties, strings, and the
// checks of validate() on DOM values.
#include <djson/detail/reader.hpp>
#include <djson/validate.hpp>
#include <djson/write.hpp>

#include <cmath>

namespace djson::detail {

void write_string(text_writer& w, std::string_view s) {
    if (!valid_utf8(s))
        w.bad = true;
    append_quoted(w.out, s);
}

void write_dom(text_writer& w, const boost::json::value& v) {
    switch (v.kind()) {
    case boost::json::kind::null:
        w.out.append("null");
        return;
    case boost::json::kind::bool_:
        w.out.append(v.get_bool() ? "true" : "false");
        return;
    case boost::json::kind::int64:
        append_int(w.out, v.get_int64());
        return;
    case boost::json::kind::uint64:
        append_uint(w.out, v.get_uint64());
        return;
    case boost::json::kind::double_:
        if (!std::isfinite(v.get_double())) {
            w.bad = true;
            w.out.append("null");
        } else {
            append_double(w.out, v.get_double());
        }
        return;
    case boost::json::kind::string: {
        const auto& s = v.get_string();
        write_string(w, {s.data(), s.size()});
        return;
    }
    case boost::json::kind::array: {
        const auto& a = v.get_array();
        w.out.push_back('[');
        if (a.empty()) {
            w.out.push_back(']');
            return;
        }
        ++w.level;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i)
                w.out.push_back(',');
            w.newline();
            write_dom(w, a[i]);
        }
        --w.level;
        w.newline();
        w.out.push_back(']');
        return;
    }
    case boost::json::kind::object: {
        const auto& o = v.get_object();
        w.out.push_back('{');
        if (o.empty()) {
            w.out.push_back('}');
            return;
        }
        ++w.level;
        bool first = true;
        for (const auto& kv : o) {
            if (!first)
                w.out.push_back(',');
            first = false;
            w.newline();
            write_string(w, {kv.key().data(), kv.key().size()});
            w.colon();
            write_dom(w, kv.value());
        }
        --w.level;
        w.newline();
        w.out.push_back('}');
        return;
    }
    }
}

void write_raw(text_writer& w, std::string_view json) {
    if (!w.opt.pretty) {
        w.out.append(json);
        return;
    }
    // The text is compact JSON that djson produced: no white space outside strings, so a scan that knows
    // strings is enough to lay it out like the rest of the document.
    for (std::size_t i = 0; i < json.size(); ++i) {
        char c = json[i];
        switch (c) {
        case '"': {
            std::size_t j = i + 1;
            while (j < json.size() && json[j] != '"')
                j += json[j] == '\\' ? std::size_t{2} : std::size_t{1};
            w.out.append(json.substr(i, j - i + 1));
            i = j;
            break;
        }
        case '{':
        case '[':
            w.out.push_back(c);
            if (i + 1 < json.size() && (json[i + 1] == '}' || json[i + 1] == ']')) {
                w.out.push_back(json[++i]);
            } else {
                ++w.level;
                w.newline();
            }
            break;
        case '}':
        case ']':
            --w.level;
            w.newline();
            w.out.push_back(c);
            break;
        case ',':
            w.out.push_back(',');
            w.newline();
            break;
        case ':':
            w.colon();
            break;
        default:
            w.out.push_back(c);
        }
    }
}

bool extras_collide(const additional_properties& x, const std::string_view* keys, std::size_t n) noexcept {
    for (const auto& e : x)
        for (std::size_t i = 0; i < n; ++i)
            if (keys[i] == e.key)
                return true;
    return false;
}

void check_string(validator& v, std::string_view s) {
    if (!valid_utf8(s))
        v.add(errc::invalid_value, "string is not valid UTF-8");
}

void check_dom(validator& v, const boost::json::value& jv) {
    switch (jv.kind()) {
    case boost::json::kind::double_:
        if (!std::isfinite(jv.get_double()))
            v.add(errc::invalid_value, "not a finite number (JSON has no NaN or infinity)");
        return;
    case boost::json::kind::string:
        check_string(v, {jv.get_string().data(), jv.get_string().size()});
        return;
    case boost::json::kind::array: {
        const auto& a = jv.get_array();
        for (std::size_t i = 0; i < a.size(); ++i)
            v.at_index(i, [&] { check_dom(v, a[i]); });
        return;
    }
    case boost::json::kind::object:
        for (const auto& kv : jv.get_object()) {
            std::string_view k(kv.key().data(), kv.key().size());
            v.at(k, [&] {
                if (!valid_utf8(k))
                    v.add(errc::invalid_value, "key is not valid UTF-8");
                check_dom(v, kv.value());
            });
        }
        return;
    default:
        return;
    }
}

void throw_write_errors(errors list) {
    if (list.empty())
        list.push_back({errc::invalid_value, "", "the value cannot be written as JSON"});
    throw error(std::move(list));
}

boost::json::value text_to_dom(std::string_view json) {
    boost::json::value out;
    errors errs;
    options opt;
    opt.max_depth = static_cast<std::size_t>(-1) / 4; // what djson wrote, it reads back whatever the depth
    reader r(opt, errs);
    r.read_text(json, reader::dom, &out);
    if (!errs.empty())
        throw error(std::move(errs));
    return out;
}

} // namespace djson::detail
