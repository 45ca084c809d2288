// p1's model read by a handler written by hand for Boost.JSON's basic_parser, as bench/models/pat_sax.hpp is
// for p2: the bound of any reader of this model on this tokenizer. A fixed nesting kept in a small stack of
// contexts, keys matched by length and one comparison, values stored in place; it checks what djson checks on
// valid input (every key present once, kinds, the int range, std::array's size, doubles correctly rounded:
// Boost.JSON 1.81's may be one ulp off past 15 digits or with an exponent, so those are parsed again, as
// djson does) and stops at anything else without saying why. It reads one obj_t (p1) or an array of them
// (p1a).
#pragma once

#include "p1.hpp"

#include "sax_handler.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace p1_sax {

struct handler : bench_sax::handler_base<handler> {

    enum class ctx : unsigned char {
        docs,
        obj,
        fixed,
        names,
        another,
        nested,
        ints,
        floats,
        doubles,
        v3s,
        v3,
        strings
    };
    struct level {
        ctx c;
        unsigned seen = 0; // objects: the keys read
        std::size_t n = 0; // arrays: the items read
    };

    std::vector<perf::obj_t>* many = nullptr; // p1a
    perf::obj_t* one = nullptr;               // p1, or the current item of p1a
    level stack[8];
    int depth = 0;
    int current = -1; // the current key's index in its object

    level& top() { return stack[depth - 1]; }
    bool push(ctx c, ec_t& ec) {
        if (depth == 8)
            return stop(ec);
        stack[depth++] = level{c};
        return true;
    }

    bool on_object_begin(ec_t& ec) {
        if (depth == 0)
            return many ? stop(ec) : push(ctx::obj, ec);
        level& t = top();
        if (t.c == ctx::docs) {
            if (t.n++ == many->size())
                many->emplace_back();
            one = &(*many)[t.n - 1];
            return push(ctx::obj, ec);
        }
        if (t.c == ctx::obj && current == 0)
            return push(ctx::fixed, ec);
        if (t.c == ctx::obj && current == 1)
            return push(ctx::names, ec);
        if (t.c == ctx::obj && current == 2)
            return push(ctx::another, ec);
        if (t.c == ctx::another && current == 4)
            return push(ctx::nested, ec);
        return stop(ec);
    }
    bool on_object_end(std::size_t, ec_t& ec) {
        static constexpr unsigned all[] = {0, 0xff, 0x7, 0x1f, 0x1f, 0x3};
        const level& t = top();
        if (t.seen != all[static_cast<int>(t.c)])
            return stop(ec);
        --depth;
        return true;
    }
    bool on_array_begin(ec_t& ec) {
        if (depth == 0)
            return many ? push(ctx::docs, ec) : stop(ec);
        const level& t = top();
        if (t.c == ctx::fixed)
            return push(current == 0 ? ctx::ints : current == 1 ? ctx::floats : ctx::doubles, ec);
        if (t.c == ctx::nested && current == 0)
            return push(ctx::v3s, ec);
        if (t.c == ctx::v3s) {
            auto& v = one->another_object.nested_object.v3s;
            if (stack[depth - 1].n++ == v.size())
                v.emplace_back();
            return push(ctx::v3, ec);
        }
        if (t.c == ctx::obj && current == 3)
            return push(ctx::strings, ec);
        return stop(ec);
    }
    bool on_array_end(std::size_t, ec_t& ec) {
        const level& t = top();
        switch (t.c) {
        case ctx::docs:
            many->resize(t.n);
            break;
        case ctx::ints:
            one->fixed_object.int_array.resize(t.n);
            break;
        case ctx::floats:
            one->fixed_object.float_array.resize(t.n);
            break;
        case ctx::doubles:
            one->fixed_object.double_array.resize(t.n);
            break;
        case ctx::v3s:
            one->another_object.nested_object.v3s.resize(t.n);
            break;
        case ctx::strings:
            one->string_array.resize(t.n);
            break;
        case ctx::v3:
            if (t.n != 3)
                return stop(ec);
            break;
        default:
            return stop(ec);
        }
        --depth;
        return true;
    }

    // Keys by length first, then one comparison.
    static int key_of(ctx c, std::string_view k) {
        switch (c) {
        case ctx::obj:
            switch (k.size()) {
            case 12:
                return k == "fixed_object" ? 0 : k == "string_array" ? 3 : k == "another_bool" ? 7 : -1;
            case 17:
                return k == "fixed_name_object" ? 1 : -1;
            case 14:
                return k == "another_object" ? 2 : -1;
            case 6:
                return k == "string" ? 4 : k == "number" ? 5 : -1;
            case 7:
                return k == "boolean" ? 6 : -1;
            default:
                return -1;
            }
        case ctx::fixed:
            return k == "int_array" ? 0 : k == "float_array" ? 1 : k == "double_array" ? 2 : -1;
        case ctx::names:
            return k.size() == 5 && k.substr(0, 4) == "name" && k[4] >= '0' && k[4] <= '4' ? k[4] - '0' : -1;
        case ctx::another:
            switch (k.size()) {
            case 6:
                return k == "string" ? 0 : -1;
            case 14:
                return k == "another_string" ? 1 : -1;
            case 12:
                return k == "escaped_text" ? 2 : -1;
            case 7:
                return k == "boolean" ? 3 : -1;
            case 13:
                return k == "nested_object" ? 4 : -1;
            default:
                return -1;
            }
        case ctx::nested:
            return k == "v3s" ? 0 : k == "id" ? 1 : -1;
        default:
            return -1;
        }
    }
    bool key(std::string_view k, ec_t& ec) {
        level& t = top();
        current = key_of(t.c, k);
        if (current < 0 || (t.seen & (1u << current)))
            return stop(ec);
        t.seen |= 1u << current;
        return true;
    }

    static void set(std::string& to, std::string_view s) { to.assign(s.data(), s.size()); }
    bool string(std::string_view s, ec_t& ec) {
        level& t = top();
        switch (t.c) {
        case ctx::obj:
            if (current != 4)
                return stop(ec);
            set(one->string, s);
            return true;
        case ctx::names: {
            auto& o = one->fixed_name_object;
            std::string* names[] = {&o.name0, &o.name1, &o.name2, &o.name3, &o.name4};
            set(*names[current], s);
            return true;
        }
        case ctx::another:
            if (current > 2)
                return stop(ec);
            set(current == 0   ? one->another_object.string
                : current == 1 ? one->another_object.another_string
                               : one->another_object.escaped_text,
                s);
            return true;
        case ctx::nested:
            if (current != 1)
                return stop(ec);
            set(one->another_object.nested_object.id, s);
            return true;
        case ctx::strings: {
            auto& v = one->string_array;
            set(t.n < v.size() ? v[t.n] : v.emplace_back(), s);
            ++t.n;
            return true;
        }
        default:
            return stop(ec);
        }
    }

    // A number for a double or float member or item: Boost's double when it is surely correctly rounded.
    static bool plain(std::string_view raw) {
        if (raw.size() > 15)
            return false;
        for (char c : raw)
            if (c == 'e' || c == 'E')
                return false;
        return true;
    }
    bool number(double v, std::string_view raw, ec_t& ec) {
        level& t = top();
        if (t.c == ctx::floats) {
            float f = static_cast<float>(v);
            if (raw.size() > 8 || !plain(raw))
                std::from_chars(raw.data(), raw.data() + raw.size(), f);
            auto& a = one->fixed_object.float_array;
            (t.n < a.size() ? a[t.n] : a.emplace_back()) = f;
            ++t.n;
            return true;
        }
        double d = v;
        if (!plain(raw))
            std::from_chars(raw.data(), raw.data() + raw.size(), d);
        switch (t.c) {
        case ctx::doubles: {
            auto& a = one->fixed_object.double_array;
            (t.n < a.size() ? a[t.n] : a.emplace_back()) = d;
            ++t.n;
            return true;
        }
        case ctx::v3:
            if (t.n >= 3)
                return stop(ec);
            one->another_object.nested_object.v3s[stack[depth - 2].n - 1][t.n++] = d;
            return true;
        case ctx::obj:
            if (current != 5)
                return stop(ec);
            one->number = d;
            return true;
        default:
            return stop(ec);
        }
    }
    bool on_int64(std::int64_t v, boost::json::string_view s, ec_t& ec) {
        level& t = top();
        if (t.c == ctx::ints) {
            if (v < INT32_MIN || v > INT32_MAX)
                return stop(ec);
            auto& a = one->fixed_object.int_array;
            (t.n < a.size() ? a[t.n] : a.emplace_back()) = static_cast<int>(v);
            ++t.n;
            return true;
        }
        return number(static_cast<double>(v), std::string_view(s.data(), s.size()), ec);
    }
    bool on_uint64(std::uint64_t v, boost::json::string_view s, ec_t& ec) {
        if (top().c == ctx::ints)
            return stop(ec);
        return number(static_cast<double>(v), std::string_view(s.data(), s.size()), ec);
    }
    bool on_double(double v, boost::json::string_view s, ec_t& ec) {
        if (top().c == ctx::ints)
            return stop(ec);
        return number(v, std::string_view(s.data(), s.size()), ec);
    }
    bool on_bool(bool b, ec_t& ec) {
        const level& t = top();
        if (t.c == ctx::obj && current == 6)
            one->boolean = b;
        else if (t.c == ctx::obj && current == 7)
            one->another_bool = b;
        else if (t.c == ctx::another && current == 3)
            one->another_object.boolean = b;
        else
            return stop(ec);
        return true;
    }
    bool on_null(ec_t& ec) { return stop(ec); }
};

inline bool run(boost::json::basic_parser<handler>& p, std::string_view text) {
    boost::system::error_code ec;
    std::size_t n = p.write_some(false, text.data(), text.size(), ec);
    return !ec && n == text.size() && p.done();
}
// Reads `text` into `out` (warm: its items and strings are reused); false when it is not a valid p1 / p1a.
inline bool read(boost::json::basic_parser<handler>& p, std::string_view text, perf::obj_t& out) {
    p.reset();
    p.handler().one = &out;
    p.handler().many = nullptr;
    p.handler().depth = 0;
    return run(p, text);
}
inline bool read(boost::json::basic_parser<handler>& p, std::string_view text,
                 std::vector<perf::obj_t>& out) {
    p.reset();
    p.handler().many = &out;
    p.handler().depth = 0;
    return run(p, text);
}

} // namespace p1_sax
