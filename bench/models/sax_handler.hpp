// What the hand-written basic_parser handlers (p1_sax.hpp, pat_sax.hpp) share: the limits the parser asks
// for, the events they ignore, and keys and strings the tokenizer delivers in parts (escapes, chunks), handed
// whole to Derived::key(k, ec) and Derived::string(s, ec).
#pragma once

#include <boost/json/basic_parser.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace bench_sax {

template <class Derived> struct handler_base {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    using ec_t = boost::system::error_code;

    std::string part; // a key or string delivered in parts, until its last

    static bool stop(ec_t& ec) {
        ec = boost::json::error::exception;
        return false;
    }
    template <class F> bool whole(boost::json::string_view s, F&& f) {
        if (part.empty())
            return f(std::string_view(s.data(), s.size()));
        part.append(s.data(), s.size());
        bool ok = f(std::string_view(part));
        part.clear();
        return ok;
    }

    bool on_document_begin(ec_t&) { return true; }
    bool on_document_end(ec_t&) { return true; }
    bool on_key_part(boost::json::string_view s, std::size_t, ec_t&) {
        part.append(s.data(), s.size());
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, ec_t& ec) {
        return whole(s, [&](std::string_view k) { return static_cast<Derived*>(this)->key(k, ec); });
    }
    bool on_string_part(boost::json::string_view s, std::size_t, ec_t&) {
        part.append(s.data(), s.size());
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t, ec_t& ec) {
        return whole(s, [&](std::string_view v) { return static_cast<Derived*>(this)->string(v, ec); });
    }
    bool on_number_part(boost::json::string_view, ec_t&) { return true; }
    bool on_comment_part(boost::json::string_view, ec_t&) { return true; }
    bool on_comment(boost::json::string_view, ec_t&) { return true; }
};

} // namespace bench_sax
