// The built-in rows of the reading machine that need no template: values thrown away (skip), kept as raw JSON
// text (captured keys, djson::raw_json), kept as a boost::json::value; fixed-size arrays; and the scalar
// checks the templates of read_ops.hpp call (numbers, enums, timestamps).
#include <djson/detail/json_text.hpp>
#include <djson/detail/read_direct.hpp>
#include <djson/detail/read_ops.hpp>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace djson::detail {

// ---- skip: a value nobody keeps ----

namespace {
bool skip_key(reader& r, frame& f, std::string_view k) {
    r.key_slot(r.depth()).assign(k.data(), k.size());
    f.child = &reader::skip;
    if (r.seen_before(f, k))
        return r.fail(errc::duplicate_key, "duplicate key");
    return true;
}
bool skip_item(reader&, frame& f) {
    f.child = &reader::skip;
    ++f.index;
    return true;
}
bool no_end(reader&, frame&) {
    return true;
}
const frame_ops skip_object_frame{&skip_key, nullptr, &no_end, &append_key_segment};
const frame_ops skip_array_frame{nullptr, &skip_item, &no_end, &append_index_segment};
} // namespace

const type_ops reader::skip{
    "any value",
    [](reader&, void*) { return true; },
    [](reader&, void*, bool) { return true; },
    [](reader&, void*, std::int64_t, std::string_view) { return true; },
    [](reader&, void*, std::uint64_t, std::string_view) { return true; },
    [](reader&, void*, double, std::string_view) { return true; },
    [](reader&, void*, std::string_view) { return true; },
    [](reader& r, void*) {
        frame f;
        f.ops = &skip_object_frame;
        return r.push(f);
    },
    [](reader& r, void*) {
        frame f;
        f.ops = &skip_array_frame;
        return r.push(f);
    },
};

// ---- raw text: a value kept as compact JSON (additional properties) ----

namespace {
std::string& text_of(void* d) {
    return *static_cast<std::string*>(d);
}

// A string as the text spelled it (escapes kept); re-escaped when the source is a DOM.
void append_spelled(reader& r, std::string& out, std::string_view s) {
    std::string_view spelled = r.spelling(s);
    if (spelled.empty())
        append_quoted(out, s);
    else
        out.append(spelled.data(), spelled.size());
}

bool raw_number(reader& r, void* d, std::string_view raw) {
    if (raw.empty()) // a DOM's NaN or infinity: JSON cannot spell it
        return r.fail(errc::out_of_range, "number out of range for a double");
    text_of(d).append(raw.data(), raw.size());
    return true;
}

bool raw_key(reader& r, frame& f, std::string_view k) {
    r.key_slot(r.depth()).assign(k.data(), k.size());
    if (r.seen_before(f, k)) {
        f.child = &reader::skip;
        return r.fail(errc::duplicate_key, "duplicate key");
    }
    std::string& out = text_of(f.obj);
    if (f.index++ > 0)
        out.push_back(',');
    append_spelled(r, out, k);
    out.push_back(':');
    f.child = &reader::raw_text;
    f.child_dst = f.obj;
    return true;
}
bool raw_item(reader&, frame& f) {
    if (f.index++ > 0)
        text_of(f.obj).push_back(',');
    f.child = &reader::raw_text;
    f.child_dst = f.obj;
    return true;
}
bool raw_object_end(reader&, frame& f) {
    text_of(f.obj).push_back('}');
    return true;
}
bool raw_array_end(reader&, frame& f) {
    text_of(f.obj).push_back(']');
    return true;
}
const frame_ops raw_array_frame{nullptr, &raw_item, &raw_array_end, &append_index_segment};
} // namespace

const frame_ops raw_object_frame{&raw_key, nullptr, &raw_object_end, &append_key_segment};

const type_ops reader::raw_text{
    "any value",
    [](reader&, void* d) {
        text_of(d).append("null");
        return true;
    },
    [](reader&, void* d, bool b) {
        text_of(d).append(b ? "true" : "false");
        return true;
    },
    [](reader& r, void* d, std::int64_t, std::string_view raw) { return raw_number(r, d, raw); },
    [](reader& r, void* d, std::uint64_t, std::string_view raw) { return raw_number(r, d, raw); },
    [](reader& r, void* d, double, std::string_view raw) { return raw_number(r, d, raw); },
    [](reader& r, void* d, std::string_view s) {
        append_spelled(r, text_of(d), s);
        return true;
    },
    [](reader& r, void* d) {
        text_of(d).push_back('{');
        frame f;
        f.ops = &raw_object_frame;
        f.obj = d;
        return r.push(f);
    },
    [](reader& r, void* d) {
        text_of(d).push_back('[');
        frame f;
        f.ops = &raw_array_frame;
        f.obj = d;
        return r.push(f);
    },
};

// ---- djson::raw_json: raw text that starts afresh with each value ----

namespace {
void* fresh_text(void* d) {
    std::string& s = static_cast<raw_json*>(d)->buffer_for_reader();
    s.clear();
    return &s;
}
} // namespace

const type_ops reader::raw_value{
    "any JSON value",
    [](reader& r, void* d) { return raw_text.on_null(r, fresh_text(d)); },
    [](reader& r, void* d, bool b) { return raw_text.on_bool(r, fresh_text(d), b); },
    [](reader& r, void* d, std::int64_t v, std::string_view raw) {
        return raw_text.on_int64(r, fresh_text(d), v, raw);
    },
    [](reader& r, void* d, std::uint64_t v, std::string_view raw) {
        return raw_text.on_uint64(r, fresh_text(d), v, raw);
    },
    [](reader& r, void* d, double v, std::string_view raw) {
        return raw_text.on_double(r, fresh_text(d), v, raw);
    },
    [](reader& r, void* d, std::string_view s) { return raw_text.on_string(r, fresh_text(d), s); },
    [](reader& r, void* d) { return raw_text.on_object(r, fresh_text(d)); },
    [](reader& r, void* d) { return raw_text.on_array(r, fresh_text(d)); },
};

// ---- a free-form boost::json::value ----

namespace {
boost::json::value& dom_of(void* d) {
    return *static_cast<boost::json::value*>(d);
}

bool dom_key(reader& r, frame& f, std::string_view k) {
    r.key_slot(r.depth()).assign(k.data(), k.size());
    auto& o = *static_cast<boost::json::object*>(f.obj);
    if (o.contains(k)) {
        f.child = &reader::skip;
        return r.fail(errc::duplicate_key, "duplicate key");
    }
    f.child = &reader::dom;
    f.child_dst = &o.emplace(k, nullptr).first->value();
    return true;
}
bool dom_item(reader&, frame& f) {
    auto& a = *static_cast<boost::json::array*>(f.obj);
    f.child = &reader::dom;
    f.child_dst = &a.emplace_back(nullptr);
    ++f.index;
    return true;
}
const frame_ops dom_object_frame{&dom_key, nullptr, &no_end, &append_key_segment};
const frame_ops dom_array_frame{nullptr, &dom_item, &no_end, &append_index_segment};
} // namespace

const type_ops reader::dom{
    "any JSON value",
    [](reader&, void* d) {
        dom_of(d).emplace_null();
        return true;
    },
    [](reader&, void* d, bool b) {
        dom_of(d) = b;
        return true;
    },
    [](reader&, void* d, std::int64_t v, std::string_view) {
        dom_of(d) = v;
        return true;
    },
    [](reader&, void* d, std::uint64_t v, std::string_view) {
        dom_of(d) = v;
        return true;
    },
    [](reader& r, void* d, double v, std::string_view raw) {
        double x = v;
        if (!raw.empty()) {
            // A DOM double writes back in its shortest form: refuse what that would change (or what no double
            // holds) rather than change it.
            auto res = std::from_chars(raw.data(), raw.data() + raw.size(), x);
            if (res.ec != std::errc() || !std::isfinite(x) || !double_keeps_number(raw, x))
                return r.fail(errc::out_of_range,
                              "number cannot be held exactly by boost::json::value (a double keeps about 17 "
                              "significant digits, up to about 1.8e308); use djson::raw_json to keep any "
                              "number exactly");
        } else if (!read_double(r, v, raw, x)) { // a DOM's NaN or infinity
            return !r.stopped();
        }
        dom_of(d) = x;
        return true;
    },
    [](reader&, void* d, std::string_view s) {
        dom_of(d).emplace_string().assign(s);
        return true;
    },
    [](reader& r, void* d) {
        frame f;
        f.ops = &dom_object_frame;
        f.obj = &dom_of(d).emplace_object();
        return r.push(f);
    },
    [](reader& r, void* d) {
        frame f;
        f.ops = &dom_array_frame;
        f.obj = &dom_of(d).emplace_array();
        return r.push(f);
    },
};

// ---- fixed arrays ----

bool fixed_array_item(reader& r, frame& f, std::size_t n) {
    ++f.index;
    if (f.index <= n) {
        f.child = nullptr; // the caller sets the item
        return true;
    }
    f.child = &reader::skip;
    if (f.index == n + 1)
        return r.fail(errc::size_mismatch, "too many items (expected exactly " + std::to_string(n) + ")");
    return true;
}

bool fixed_array_end(reader& r, frame& f, std::size_t n) {
    if (f.index >= n)
        return true;
    std::size_t before = f.index;
    f.index = 0; // the error is about the array itself
    bool go_on = r.fail(errc::size_mismatch,
                        "expected exactly " + std::to_string(n) + " items, got " + std::to_string(before));
    f.index = before;
    return go_on;
}

// ---- scalars ----

bool null_in_optional(reader& r, const type_ops& inner) {
    if (r.depth() == 0)
        return r.on_null_rejected(inner); // the document itself: no key to omit
    return r.fail(errc::unexpected_null,
                  std::string("null is not allowed here: omit the key, or send ") + inner.expected);
}

// Messages about numbers do not echo the number: the DOM route cannot know how it was spelled, and both
// routes must say the same thing. The path names the value.
bool integer_out_of_range(reader& r, const integer_facts& type) {
    return r.fail(errc::out_of_range,
                  std::string("number out of range for ") + type.name + " (" + type.range + ")");
}

// Decided by the exact value (of the text, or of the DOM's double): a whole number outside the type's range,
// or no finite number at all, is out of range; anything else that arrives as a double (a fraction, an integer
// spelled with a fraction or exponent: 1.5, 1.0, 1e2) is not an integer.
bool integer_from_double(reader& r, std::string_view raw, const integer_facts& type) {
    bool out_of_range = raw.empty(); // a DOM's NaN or infinity
    if (!out_of_range) {
        std::string c = canonical_number(raw); // "0", or [-]digits e exponent
        std::size_t e = c.find('e');
        if (e != std::string::npos && c[e + 1] != '-') { // whole, and not zero
            bool neg = c[0] == '-';
            std::size_t digits = e - (neg ? 1 : 0);
            long long exp = std::stoll(c.substr(e + 1).size() > 18 ? "99" : c.substr(e + 1));
            if (static_cast<long long>(digits) + exp > 20) {
                out_of_range = true;
            } else {
                // compared as decimal strings of the same length: the magnitude can pass 2^64
                std::string mag =
                    c.substr(neg ? 1 : 0, digits) + std::string(static_cast<std::size_t>(exp), '0');
                const std::uint64_t limit =
                    !neg
                        ? type.max
                        : (type.min < 0 ? static_cast<std::uint64_t>(-(type.min + 1)) + 1 : std::uint64_t{0});
                const std::string bound = std::to_string(limit);
                out_of_range = mag.size() != bound.size() ? mag.size() > bound.size() : mag > bound;
            }
        }
    }
    if (out_of_range)
        return integer_out_of_range(r, type);
    return r.fail(errc::type_mismatch,
                  std::string("expected ") + type.expected + ", got a number with a fraction or exponent");
}

namespace {
// A decimal number whose significand has at most 19 digits: the significand, and the power of ten that scales
// it. False for anything longer (the caller then uses the standard library).
struct decimal {
    std::uint64_t significand = 0;
    int exponent = 0;
    bool negative = false;
};
bool short_decimal(std::string_view raw, decimal& d) {
    const char* p = raw.data();
    const char* end = p + raw.size();
    if (p != end && *p == '-') {
        d.negative = true;
        ++p;
    }
    int digits = 0; // significant digits taken (leading zeros are not significant)
    auto take = [&](char c) {
        if (digits == 0 && c == '0')
            return true;
        if (++digits > 19)
            return false;
        d.significand = d.significand * 10 + static_cast<unsigned>(c - '0');
        return true;
    };
    for (; p != end && *p >= '0' && *p <= '9'; ++p)
        if (!take(*p))
            return false;
    if (p != end && *p == '.') {
        for (++p; p != end && *p >= '0' && *p <= '9'; ++p) {
            if (!take(*p))
                return false;
            --d.exponent;
        }
    }
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool minus = false;
        if (p != end && (*p == '+' || *p == '-'))
            minus = *p++ == '-';
        int e = 0;
        for (; p != end && *p >= '0' && *p <= '9'; ++p) {
            if (e > 100000)
                return false; // far outside any fast case
            e = e * 10 + (*p - '0');
        }
        d.exponent += minus ? -e : e;
    }
    return p == end;
}

// Clinger's fast path: when the significand and the power of ten are both exact in the floating type, one
// multiplication or division rounds correctly, as the standard library would.
template <class F, int MaxPow, std::uint64_t MaxSignificand>
bool exact_decimal(std::string_view raw, F& out) {
    static constexpr double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    decimal d;
    if (!short_decimal(raw, d) || d.significand > MaxSignificand || d.exponent < -MaxPow ||
        d.exponent > MaxPow)
        return false;
    F x = static_cast<F>(d.significand);
    const F scale = static_cast<F>(powers[d.exponent < 0 ? -d.exponent : d.exponent]); // exact up to MaxPow
    x = d.exponent < 0 ? x / scale : x * scale;
    out = d.negative ? -x : x;
    return true;
}

// True when Boost.JSON 1.81's double for `raw` is correctly rounded: it converts the significand (exact up to
// 2^53, so for 15 digits) and then multiplies or divides by an exact power of ten (up to 10^22), which rounds
// once. Outside that, its result may be one ulp off.
bool boost_double_exact(std::string_view raw) {
    int digits = 0, fraction = 0, exponent = 0;
    bool in_fraction = false;
    const char* p = raw.data();
    const char* end = p + raw.size();
    for (; p != end; ++p) {
        const char c = *p;
        if (c >= '0' && c <= '9') {
            ++digits;
            fraction += in_fraction;
        } else if (c == '.') {
            in_fraction = true;
        } else if (c == 'e' || c == 'E') {
            ++p;
            bool minus = p != end && *p == '-';
            if (p != end && (*p == '-' || *p == '+'))
                ++p;
            if (end - p > 3)
                return false;
            for (; p != end; ++p)
                exponent = exponent * 10 + (*p - '0');
            if (minus)
                exponent = -exponent;
            break;
        }
    }
    const int scale = exponent - fraction;
    return digits <= 15 && scale >= -22 && scale <= 22;
}
} // namespace

bool read_double(reader& r, double v, std::string_view raw, double& out) {
    double x = v;
    // Boost.JSON 1.81 may be one ulp off; the standard library rounds correctly.
    if (!raw.empty() && !boost_double_exact(raw)) {
        auto res = std::from_chars(raw.data(), raw.data() + raw.size(), x);
        if (res.ec == std::errc::result_out_of_range)
            x = v; // overflow: Boost says inf; underflow: its nearest
    }
    if (!std::isfinite(x)) {
        r.fail(errc::out_of_range, "number out of range for a double");
        return false;
    }
    out = x;
    return true;
}

namespace {
// The float that `raw` spells (`v` when there is no text: a DOM's NaN or infinity); false when not finite.
bool float_of(double v, std::string_view raw, float& out) noexcept {
    float x = static_cast<float>(v);
    // Parsed as a float directly: rounding through double first could round twice.
    if (!raw.empty() && !exact_decimal<float, 10, (std::uint64_t{1} << 24)>(raw, x)) {
        auto res = std::from_chars(raw.data(), raw.data() + raw.size(), x);
        if (res.ec == std::errc::result_out_of_range)
            x = std::fabs(v) >= 1 ? std::numeric_limits<float>::infinity() : static_cast<float>(v);
    }
    if (!std::isfinite(x))
        return false;
    out = x;
    return true;
}
} // namespace

bool read_float(reader& r, double v, std::string_view raw, float& out) {
    if (float_of(v, raw, out))
        return true;
    r.fail(errc::out_of_range, "number out of range for a float");
    return false;
}

// As the machine reads a DOM's double into a float: through its shortest text (reader::on_dom_double).
bool float_of_dom_double(double v, float& out) noexcept {
    if (!std::isfinite(v))
        return false;
    char text[max_number_text];
    const char* end = write_double(text, v);
    return float_of(v, std::string_view(text, static_cast<std::size_t>(end - text)), out);
}

bool read_enum(reader& r, std::string_view s, const std::string_view* keys, std::size_t n,
               std::size_t& index) {
    for (std::size_t i = 0; i < n; ++i) {
        if (keys[i] == s) {
            index = i;
            return true;
        }
    }
    std::string list;
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            list += ", ";
        list.append(keys[i]);
    }
    r.fail(errc::invalid_value, "unknown enum value " + quote_input(s) + " (expected one of: " + list + ")");
    return false;
}

namespace {
// The RFC 3339 text that a lenient time means: 'T' for a space, ":00" for missing seconds, "Z" for a missing
// zone. Empty when `s` is not one of those shapes (then the strict error stands).
std::string lenient_time(std::string_view s) {
    auto digits = [&](std::size_t at, std::size_t n) {
        if (at + n > s.size())
            return false;
        for (std::size_t i = at; i < at + n; ++i)
            if (s[i] < '0' || s[i] > '9')
                return false;
        return true;
    };
    // YYYY-MM-DD?HH:MM
    if (!(digits(0, 4) && s.size() >= 16 && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2) &&
          (s[10] == 'T' || s[10] == 't' || s[10] == ' ') && digits(11, 2) && s[13] == ':' && digits(14, 2)))
        return {};
    std::string out(s.substr(0, 16));
    out[10] = 'T';
    std::size_t i = 16;
    if (i < s.size() && s[i] == ':') { // seconds and a fraction, as they are
        std::size_t j = i + 1;
        while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.'))
            ++j;
        out.append(s.substr(i, j - i));
        i = j;
    } else {
        out += ":00";
    }
    if (i == s.size())
        out += 'Z';
    else
        out.append(s.substr(i));
    return out;
}
} // namespace

bool read_timestamp(reader& r, std::string_view s, timestamp& out) {
    if (r.opts().lenient_times && parse_timestamp(s, out) != nullptr) {
        std::string fixed = lenient_time(s);
        if (!fixed.empty() && parse_timestamp(fixed, out) == nullptr)
            return true;
    }
    if (const char* why = parse_timestamp(s, out)) {
        r.fail(errc::invalid_value, "invalid date-time " + quote_input(s) + ": " + why +
                                        "; RFC 3339 looks like 2017-07-11T18:45:37.098Z");
        return false;
    }
    return true;
}

} // namespace djson::detail

namespace djson::detail {

// A number in a string, for options::numbers_in_strings: exactly a JSON number (no spaces, no sign but '-',
// no leading zeros, no hex, no "NaN"), handed to the member's table as the tokenizer would hand it.
bool number_in_string(reader& r, const type_ops& ops, void* d, std::string_view s) {
    std::size_t i = 0, n = s.size();
    auto digit = [&](std::size_t k) { return k < n && s[k] >= '0' && s[k] <= '9'; };
    bool ok = true;
    if (i < n && s[i] == '-')
        ++i;
    if (i < n && s[i] == '0')
        ++i;
    else if (digit(i))
        while (digit(i))
            ++i;
    else
        ok = false;
    bool integral = true;
    if (ok && i < n && s[i] == '.') {
        integral = false;
        ++i;
        ok = digit(i);
        while (digit(i))
            ++i;
    }
    if (ok && i < n && (s[i] == 'e' || s[i] == 'E')) {
        integral = false;
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        ok = digit(i);
        while (digit(i))
            ++i;
    }
    if (!ok || i != n)
        return r.fail(errc::type_mismatch,
                      std::string("expected ") + ops.expected + ", got a string that is not a number");
    if (integral) {
        if (s.front() == '-') {
            std::int64_t v = 0;
            auto res = std::from_chars(s.data(), s.data() + n, v);
            if (res.ec == std::errc())
                return ops.on_int64(r, d, v, s);
        } else {
            std::uint64_t v = 0;
            auto res = std::from_chars(s.data(), s.data() + n, v);
            if (res.ec == std::errc())
                return v <= static_cast<std::uint64_t>(INT64_MAX)
                           ? ops.on_int64(r, d, static_cast<std::int64_t>(v), s)
                           : ops.on_uint64(r, d, v, s);
        }
    }
    double x = 0;
    auto res = std::from_chars(s.data(), s.data() + n, x);
    if (res.ec == std::errc::result_out_of_range) // as the tokenizer says: infinity, or the nearest to 0
        x = std::strtod(std::string(s).c_str(), nullptr);
    return ops.on_double(r, d, x, s);
}

} // namespace djson::detail
