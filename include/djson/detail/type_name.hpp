// The unqualified name of a type, from the compiler's own spelling of it (used for JSON Schema $defs and
// titles).
#pragma once

#include <string_view>

namespace djson::detail {

template <class T> constexpr std::string_view pretty_function() {
#if defined(__clang__) || defined(__GNUC__)
    return __PRETTY_FUNCTION__;
#else
    return __FUNCSIG__;
#endif
}

// "ns::inner::Name<args>", as the compiler spells the type.
template <class T> constexpr std::string_view qualified_type_name() {
    std::string_view s = pretty_function<T>();
    // g++/clang: "... [with T = ns::Name; ...]" or "... [T = ns::Name]"
    std::size_t start = s.find("T = ");
    if (start == std::string_view::npos)
        return "value";
    start += 4;
    std::size_t end = s.find_first_of(";]", start);
    return s.substr(start, end - start);
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
