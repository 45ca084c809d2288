// JSON text compared as JSON: the same value whatever the spelling. Numbers compare by exact decimal value
// (never through a double), strings by their characters, objects by their members in any order
// (src/json_text.cpp).
#pragma once

#include <djson/config.hpp>

#include <djson/detail/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace djson::detail {

// The exact decimal value of a JSON number literal in one canonical spelling: "0", or an optional '-', the
// significant digits without leading or trailing zeros, 'e' and the exponent ("-15e-1" for -1.50). Two
// literals denote the same number exactly when their canonical forms are equal. `raw` is a valid literal.
DJSON_API std::string canonical_number(std::string_view raw);

// True when the double `x` (finite) written in its shortest form denotes exactly the number `raw` spells: a
// DOM that stores `x` for `raw` gives the same number back.
DJSON_API bool double_keeps_number(std::string_view raw, double x);

// Both are valid JSON texts: true when they hold the same JSON value.
DJSON_API bool json_text_equal(std::string_view a, std::string_view b);

// Both are valid JSON texts: appends to `out` the JSON Pointer (below `path`) of every place where they
// differ.
DJSON_API void json_text_diff(std::string& path, std::string_view a, std::string_view b,
                              std::vector<std::string>& out);

} // namespace djson::detail
