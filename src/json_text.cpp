// JSON text compared as JSON: exact decimal numbers, strings by their characters, objects in any order.
#include <djson/detail/json_text.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace djson::detail {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// `mag` (decimal digits, no leading zeros, at least 18 of them) plus or minus `d`, which is far smaller.
std::string add_to_magnitude(std::string mag, std::uint64_t d, bool subtract) {
    std::size_t i = mag.size();
    if (!subtract) {
        std::uint64_t carry = d;
        while (carry != 0) {
            if (i == 0) {
                mag.insert(mag.begin(), '0');
                ++i;
            }
            --i;
            std::uint64_t x = static_cast<std::uint64_t>(mag[i] - '0') + carry;
            mag[i] = static_cast<char>('0' + x % 10);
            carry = x / 10;
        }
        return mag;
    }
    std::uint64_t borrow = d;
    while (borrow != 0) {
        --i; // mag > d, so the digits never run out
        auto digit = static_cast<std::uint64_t>(mag[i] - '0');
        std::uint64_t take = borrow % 10;
        borrow /= 10;
        if (digit < take) {
            digit += 10;
            ++borrow;
        }
        mag[i] = static_cast<char>('0' + (digit - take));
    }
    std::size_t nz = mag.find_first_not_of('0');
    return nz == std::string::npos ? std::string("0") : mag.substr(nz);
}

// The signed decimal text of (neg ? -mag : mag) + delta. An exponent may have any number of digits.
std::string exponent_plus(bool neg, std::string_view mag, long long delta) {
    if (mag.size() <= 17) {
        long long v = 0;
        for (char c : mag)
            v = v * 10 + (c - '0');
        v = (neg ? -v : v) + delta;
        return std::to_string(v);
    }
    auto d = static_cast<std::uint64_t>(delta < 0 ? -(delta + 1) : delta) + (delta < 0 ? 1u : 0u);
    bool same_sign = delta == 0 || (delta < 0) == neg;
    std::string m = add_to_magnitude(std::string(mag), d, !same_sign);
    return neg ? "-" + m : m;
}

} // namespace

std::string canonical_number(std::string_view raw) {
    std::size_t i = 0;
    bool neg = i < raw.size() && raw[i] == '-';
    if (neg)
        ++i;
    std::string digits;
    long long frac = 0;
    for (; i < raw.size() && is_digit(raw[i]); ++i)
        digits.push_back(raw[i]);
    if (i < raw.size() && raw[i] == '.') {
        for (++i; i < raw.size() && is_digit(raw[i]); ++i, ++frac)
            digits.push_back(raw[i]);
    }
    bool exp_neg = false;
    std::string_view exp;
    if (i < raw.size() && (raw[i] == 'e' || raw[i] == 'E')) {
        ++i;
        if (i < raw.size() && (raw[i] == '+' || raw[i] == '-'))
            exp_neg = raw[i++] == '-';
        std::size_t start = i;
        while (i < raw.size() && raw[i] == '0')
            ++i;
        start = i;
        while (i < raw.size() && is_digit(raw[i]))
            ++i;
        exp = raw.substr(start, i - start);
    }
    std::size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos)
        return "0"; // zero, whatever its sign or exponent
    std::size_t last = digits.find_last_not_of('0');
    auto trailing = static_cast<long long>(digits.size() - 1 - last);
    std::string out = neg ? "-" : "";
    out.append(digits, first, last + 1 - first);
    out.push_back('e');
    out += exponent_plus(exp_neg, exp, trailing - frac);
    return out;
}

bool double_keeps_number(std::string_view raw, double x) {
    std::string shortest;
    append_double(shortest, x);
    return canonical_number(shortest) == canonical_number(raw);
}

// ---- a JSON value as a tree that compares as JSON ----

namespace {

struct node {
    enum kind_t : unsigned char { null, boolean, number, string, array, object };
    kind_t kind = null;
    std::string text;                 // "true"/"false", the canonical number, or the string's characters
    std::vector<node> items;          // array items, or object values
    std::vector<std::string> keys;    // object keys, in document order
    std::vector<std::uint32_t> order; // object members sorted by key
};

struct tree_handler {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    node root;
    std::vector<node*> open; // the containers being filled, innermost last
    std::string str, key, num;
    bool started = false;

    node& next() {
        if (!started) {
            started = true;
            return root;
        }
        node& c = *open.back();
        if (c.kind == node::object) {
            c.keys.push_back(std::move(key));
            key.clear();
        }
        return c.items.emplace_back();
    }
    bool scalar(node::kind_t k, std::string text) {
        node& n = next();
        n.kind = k;
        n.text = std::move(text);
        return true;
    }
    bool begin(node::kind_t k) {
        node& n = next();
        n.kind = k;
        open.push_back(&n);
        return true;
    }
    bool end() {
        node& c = *open.back();
        if (c.kind == node::object) {
            c.order.resize(c.keys.size());
            std::iota(c.order.begin(), c.order.end(), 0u);
            std::sort(c.order.begin(), c.order.end(),
                      [&](std::uint32_t x, std::uint32_t y) { return c.keys[x] < c.keys[y]; });
        }
        open.pop_back();
        return true;
    }
    bool number(boost::json::string_view s) {
        num.append(s.data(), s.size());
        scalar(node::number, canonical_number(num));
        num.clear();
        return true;
    }

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_array_begin(boost::system::error_code&) { return begin(node::array); }
    bool on_array_end(std::size_t, boost::system::error_code&) { return end(); }
    bool on_object_begin(boost::system::error_code&) { return begin(node::object); }
    bool on_object_end(std::size_t, boost::system::error_code&) { return end(); }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        str.append(s.data(), s.size());
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        str.append(s.data(), s.size());
        scalar(node::string, std::move(str));
        str.clear();
        return true;
    }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        key.append(s.data(), s.size());
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        key.append(s.data(), s.size());
        return true;
    }
    bool on_number_part(boost::json::string_view s, boost::system::error_code&) {
        num.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t, boost::json::string_view s, boost::system::error_code&) { return number(s); }
    bool on_uint64(std::uint64_t, boost::json::string_view s, boost::system::error_code&) {
        return number(s);
    }
    bool on_double(double, boost::json::string_view s, boost::system::error_code&) { return number(s); }
    bool on_bool(bool b, boost::system::error_code&) { return scalar(node::boolean, b ? "true" : "false"); }
    bool on_null(boost::system::error_code&) { return scalar(node::null, {}); }
    bool on_comment_part(boost::json::string_view, boost::system::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::system::error_code&) { return true; }
};

// False when the text is not JSON the tokenizer can take (deeper than its recursion allows).
bool make_tree(std::string_view text, node& out) {
    boost::json::parse_options po;
    po.max_depth = 4096; // the tokenizer recurses once per level (see reader::read_text)
    boost::json::basic_parser<tree_handler> p(po);
    boost::system::error_code ec;
    std::size_t n = p.write_some(false, text.data(), text.size(), ec);
    if (ec || n != text.size())
        return false;
    out = std::move(p.handler().root);
    return true;
}

bool same(const node& a, const node& b) {
    if (a.kind != b.kind || a.text != b.text || a.items.size() != b.items.size())
        return false;
    if (a.kind == node::object) {
        for (std::size_t i = 0; i < a.order.size(); ++i)
            if (a.keys[a.order[i]] != b.keys[b.order[i]])
                return false;
        for (std::size_t i = 0; i < a.order.size(); ++i)
            if (!same(a.items[a.order[i]], b.items[b.order[i]]))
                return false;
        return true;
    }
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!same(a.items[i], b.items[i]))
            return false;
    return true;
}

const node* member(const node& o, std::string_view key) {
    auto it = std::lower_bound(o.order.begin(), o.order.end(), key,
                               [&](std::uint32_t i, std::string_view k) { return o.keys[i] < k; });
    return it != o.order.end() && o.keys[*it] == key ? &o.items[*it] : nullptr;
}

void diff_nodes(std::string& path, const node& a, const node& b, std::vector<std::string>& out) {
    auto at_key = [&](std::string_view k, auto&& f) {
        std::size_t n = path.size();
        append_pointer_token(path, k);
        f();
        path.resize(n);
    };
    if (a.kind == node::object && b.kind == node::object) {
        for (std::size_t i = 0; i < a.keys.size(); ++i) {
            at_key(a.keys[i], [&] {
                const node* other = member(b, a.keys[i]);
                if (!other)
                    out.push_back(path);
                else
                    diff_nodes(path, a.items[i], *other, out);
            });
        }
        for (const auto& k : b.keys)
            if (!member(a, k))
                at_key(k, [&] { out.push_back(path); });
        return;
    }
    if (a.kind == node::array && b.kind == node::array) {
        std::size_t n = std::max(a.items.size(), b.items.size());
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t len = path.size();
            path.push_back('/');
            append_uint(path, i);
            if (i >= a.items.size() || i >= b.items.size())
                out.push_back(path);
            else
                diff_nodes(path, a.items[i], b.items[i], out);
            path.resize(len);
        }
        return;
    }
    if (!same(a, b))
        out.push_back(path);
}

} // namespace

bool json_text_equal(std::string_view a, std::string_view b) {
    if (a == b)
        return true;
    node x, y;
    if (!make_tree(a, x) || !make_tree(b, y))
        return false;
    return same(x, y);
}

void json_text_diff(std::string& path, std::string_view a, std::string_view b,
                    std::vector<std::string>& out) {
    if (a == b)
        return;
    node x, y;
    if (!make_tree(a, x) || !make_tree(b, y)) {
        out.push_back(path);
        return;
    }
    diff_nodes(path, x, y, out);
}

} // namespace djson::detail
