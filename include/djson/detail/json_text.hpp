// JSON text compared as JSON: the same value whatever the spelling. Numbers compare by exact decimal value (never
// through a double), strings by their characters, objects by their members in any order (src/json_text.cpp).
#pragma once

#include <djson/detail/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace djson::detail {

// The exact decimal value of a JSON number literal in one canonical spelling: "0", or an optional '-', the
// significant digits without leading or trailing zeros, 'e' and the exponent ("-15e-1" for -1.50). Two
// literals denote the same number exactly when their canonical forms are equal. `raw` is a valid literal.
std::string canonical_number(std::string_view raw);

// True when the double `x` (finite) written in its shortest form denotes exactly the number `raw` spells: a
// DOM that stores `x` for `raw` gives the same number back.
bool double_keeps_number(std::string_view raw, double x);

// Both are valid JSON texts: true when they hold the same JSON value.
bool json_text_equal(std::string_view a, std::string_view b);

// Both are valid JSON texts: appends to `out` the JSON Pointer (below `path`) of every place where they differ.
void json_text_diff(std::string& path, std::string_view a, std::string_view b, std::vector<std::string>& out);

} // namespace djson::detail
