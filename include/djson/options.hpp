// `djson::options`: the run-time switches of reading and writing, one aggregate for both.
#pragma once

#include <cstddef>

namespace djson {

/// Designated initializers keep calls readable: `djson::to_json(m, {.pretty = true})`.
struct options {
    // --- reading ---
    bool stop_at_first_error = false; ///< default: report every error in the document (up to `max_errors`)
    std::size_t max_errors = 100;     ///< reading stops with `too_many_errors` past this many
    std::size_t max_depth = 64; ///< deeper nesting of arrays and objects is `too_deep` (text: at most 4096)
    bool null_as_absent =
        false; ///< lenient: `null` in a `std::optional<T>` (not nullable) member reads as absent
    bool allow_comments = false;        ///< JSON extension: `//` and `/* */` comments
    bool allow_trailing_commas = false; ///< JSON extension: `[1,2,]`

    // --- writing ---
    bool pretty = false; ///< newlines and indentation
    unsigned indent = 2; ///< spaces per level when `pretty`
};

} // namespace djson
