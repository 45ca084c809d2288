// The unqualified name of a type, from the compiler's own spelling of it (used for JSON Schema $defs and
// titles).
#pragma once

#include <string_view>

namespace djson::detail {

// Returns a plain pointer, not a std::string_view: g++ would append "; std::string_view = ..." to the name.
template <class T> constexpr const char* pretty_function() {
#if defined(__clang__) || defined(__GNUC__)
    return __PRETTY_FUNCTION__;
#else
    return __FUNCSIG__;
#endif
}

// "ns::inner::Name<args>", as the compiler spells the type.
template <class T> constexpr std::string_view qualified_type_name() {
    std::string_view s = pretty_function<T>();
    // g++: "... [with T = ns::Name]", clang: "... [T = ns::Name]": the type runs to the final bracket,
    // whatever it holds itself (int[3], ';', ']' in a template argument)
    std::size_t start = s.find("T = ");
    if (start == std::string_view::npos || s.empty() || s.back() != ']')
        return "value";
    start += 4;
    return s.substr(start, s.size() - 1 - start);
}

// "ns::inner::Name<args>" -> "Name<args>": namespaces go, template arguments stay.
template <class T> constexpr std::string_view type_name() {
    std::string_view full = qualified_type_name<T>();
    std::size_t angle = full.find('<');
    std::string_view head = full.substr(0, angle);
    std::size_t colon = head.rfind("::");
    return colon == std::string_view::npos ? full : full.substr(colon + 2);
}

} // namespace djson::detail
