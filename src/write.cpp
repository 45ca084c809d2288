// The parts of writing that need no template: the two sinks (JSON text, a DOM), DOM values, raw JSON,
// strings, and the checks of validate() on DOM values.
#include <djson/detail/reader.hpp>
#include <djson/validate.hpp>
#include <djson/write.hpp>

#include "string_scan.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace djson::detail {

// ---- JSON text ----

void text_writer::finish() noexcept {
    out.resize(static_cast<std::size_t>(pos_ - out.data())); // smaller: nothing moves, nothing is allocated
    pos_ = end_ = out.data() + out.size();
}

void text_writer::grow(std::size_t n) {
    const auto used = static_cast<std::size_t>(pos_ - out.data());
    const std::size_t need = used + n, capacity = out.capacity();
    // Within the capacity as long as it suffices (a reused string allocates nothing), then twice as much.
#if defined(__cpp_lib_string_resize_and_overwrite)
    // Without filling what it adds: all the capacity at once.
    const std::size_t size = need <= capacity ? capacity : std::max(need, 2 * capacity);
    out.resize_and_overwrite(size, [](char*, std::size_t k) noexcept { return k; });
#else
    // resize() fills what it adds: a piece at a time, which the writing then finds in the cache.
    const std::size_t piece = std::clamp(used, std::size_t{256}, std::size_t{32768});
    const std::size_t size =
        std::max(need, std::min(used + piece, need <= capacity ? capacity : 2 * capacity));
    out.resize(size);
#endif
    pos_ = out.data() + used;
    end_ = out.data() + out.size();
}

void text_writer::pretty_newline() {
    const std::size_t n = static_cast<std::size_t>(level) * opt.indent;
    char* p = room(n + 1);
    *p = '\n';
    std::memset(p + 1, ' ', n);
    pos_ = p + 1 + n;
}

void text_writer::member_slow(std::string_view quoted, bool first) {
    if (!first)
        put(',');
    newline();
    put(quoted);
    colon();
}

void text_writer::string(std::string_view s) {
    const char* in = s.data();
    const char* const end = in + s.size();
    bool utf8 = true;
    // Room for the quotes, six bytes per byte of a piece, and what scan::escape may store past its end.
    std::size_t piece = std::min(string_piece, s.size());
    char* p = room(6 * piece + scan::slack + 2);
    *p++ = '"';
    for (;;) {
        p = scan::escape(p, in, in + piece, end, utf8);
        if (in >= end)
            break;
        pos_ = p;
        piece = std::min(string_piece, static_cast<std::size_t>(end - in));
        p = room(6 * piece + scan::slack + 2);
    }
    *p++ = '"';
    pos_ = p;
    if (!utf8)
        bad = true;
}

namespace {
// A boost::json::value through a sink, as djson writes it: the same checks (finite numbers, UTF-8 strings
// and keys), the same numbers (a uint64 that int64 holds is an integer like any other).
template <class W> void write_json_value(W& w, const boost::json::value& v) {
    switch (v.kind()) {
    case boost::json::kind::null:
        w.null_value();
        return;
    case boost::json::kind::bool_:
        w.boolean(v.get_bool());
        return;
    case boost::json::kind::int64:
        w.integer(static_cast<long long>(v.get_int64()));
        return;
    case boost::json::kind::uint64:
        w.integer(static_cast<unsigned long long>(v.get_uint64()));
        return;
    case boost::json::kind::double_:
        w.number(v.get_double());
        return;
    case boost::json::kind::string: {
        const auto& s = v.get_string();
        w.string({s.data(), s.size()});
        return;
    }
    case boost::json::kind::array: {
        const auto& a = v.get_array();
        w.begin_array();
        for (std::size_t i = 0; i < a.size(); ++i) {
            w.item(i == 0);
            write_json_value(w, a[i]);
        }
        w.end_array(a.size());
        return;
    }
    case boost::json::kind::object: {
        const auto& o = v.get_object();
        w.begin_object();
        std::size_t n = 0;
        for (const auto& kv : o) {
            w.key({kv.key().data(), kv.key().size()}, n == 0);
            ++n;
            write_json_value(w, kv.value());
        }
        w.end_object(n);
        return;
    }
    }
}
} // namespace

void text_writer::json(const boost::json::value& v) {
    write_json_value(*this, v);
}

void text_writer::raw(std::string_view json) {
    if (!opt.pretty) {
        put(json);
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
            put(json.substr(i, j - i + 1));
            i = j;
            break;
        }
        case '{':
        case '[':
            put(c);
            if (i + 1 < json.size() && (json[i + 1] == '}' || json[i + 1] == ']')) {
                put(json[++i]);
            } else {
                ++level;
                newline();
            }
            break;
        case '}':
        case ']':
            --level;
            newline();
            put(c);
            break;
        case ',':
            put(',');
            newline();
            break;
        case ':':
            colon();
            break;
        default:
            put(c);
        }
    }
}

// ---- a DOM ----

namespace {
// djson's DOM reader over `json` (text djson wrote or keeps); false when it refuses it.
bool read_dom_text(std::string_view json, boost::json::value& out, errors& errs) {
    options opt;
    opt.max_depth = static_cast<std::size_t>(-1) / 4; // what djson wrote, it reads back whatever the depth
    reader r(opt, errs);
    r.read_text(json, reader::dom, &out);
    return errs.empty();
}
} // namespace

dom_writer::dom_writer(const options& op, boost::json::storage_ptr sp)
    : opt(op), st_(boost::json::storage_ptr(), temp_, sizeof temp_) {
    st_.reset(std::move(sp));
}

dom_writer::~dom_writer() = default;

boost::json::value dom_writer::release() {
    return st_.release();
}

void dom_writer::null_value() {
    if (live())
        st_.push_null();
}
void dom_writer::boolean(bool b) {
    if (live())
        st_.push_bool(b);
}
void dom_writer::integer(long long v) {
    if (live())
        st_.push_int64(v);
}
void dom_writer::integer(unsigned long long v) {
    if (!live())
        return;
    // The text of a number that int64 holds reads back as an int64.
    if (v <= static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max()))
        st_.push_int64(static_cast<std::int64_t>(v));
    else
        st_.push_uint64(v);
}
void dom_writer::number(double d) {
    if (!std::isfinite(d))
        return fail();
    if (live())
        st_.push_double(d); // its shortest text reads back as d, -0.0 included
}
void dom_writer::number(float f) {
    if (!std::isfinite(f))
        return fail();
    if (live())
        st_.push_double(float_as_written(f));
}
void dom_writer::string(std::string_view s) {
    if (!scan::valid_utf8(s.data(), s.data() + s.size()))
        return fail();
    if (live())
        st_.push_string({s.data(), s.size()});
}
void dom_writer::text(std::string_view, std::string_view s) {
    if (live())
        st_.push_string({s.data(), s.size()});
}
void dom_writer::time(const timestamp& t) {
    char buf[timestamp::max_text_size];
    std::size_t n = t.format(buf);
    if (live())
        st_.push_string({buf, n});
}
void dom_writer::json(const boost::json::value& v) {
    write_json_value(*this, v);
}
void dom_writer::raw(std::string_view json) {
    if (!live())
        return;
    boost::json::value v;
    errors errs;
    if (!read_dom_text(json, v, errs)) {
        give_up = true; // the text route reports it
        return;
    }
    write_json_value(*this, v);
}
void dom_writer::begin_object() {
    if (++depth_ > max_depth)
        give_up = true;
}
void dom_writer::member(std::string_view, std::string_view key, bool) {
    if (live())
        st_.push_key({key.data(), key.size()});
}
void dom_writer::key(std::string_view k, bool) {
    if (!valid_utf8(k))
        return fail();
    if (live())
        st_.push_key({k.data(), k.size()});
}
void dom_writer::end_object(std::size_t members) {
    --depth_;
    if (live())
        st_.push_object(members);
}
void dom_writer::begin_array() {
    if (++depth_ > max_depth)
        give_up = true;
}
void dom_writer::end_array(std::size_t items) {
    --depth_;
    if (live())
        st_.push_array(items);
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
    if (!read_dom_text(json, out, errs))
        throw error(std::move(errs));
    return out;
}

} // namespace djson::detail
