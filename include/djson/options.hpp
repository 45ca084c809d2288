// `djson::options`: the run-time switches of reading and writing, one aggregate for both.
#pragma once

#include <cstddef>

namespace djson {

/// Which message a document is, for members marked djson::read_only / djson::write_only (OpenAPI readOnly /
/// writeOnly): `any` (the default) reads and writes every member.
enum class message_kind {
    any,      ///< every member (storing, caching, tests: nothing is left out)
    request,  ///< a request body: read_only members are left out (not written; skipped when read)
    response, ///< a response body: write_only members are left out
};

/// Designated initializers keep calls readable: `djson::to_json(m, {.pretty = true})`.
struct options {
    // --- reading ---
    bool stop_at_first_error = false; ///< default: report every error in the document (up to `max_errors`)
    std::size_t max_errors = 100;     ///< reading stops with `too_many_errors` past this many
    std::size_t max_depth = 64; ///< deeper nesting of arrays and objects is `too_deep` (text: at most 4096)
    bool null_as_absent =
        false; ///< lenient: `null` in a `std::optional<T>` (not nullable) member reads as absent
    bool lenient_times =
        false; ///< lenient: a date-time without seconds (`2024-05-01T10:30Z`), without a zone (read as UTC),
               ///< or with a space for the `T`, as servers send and the Go SDK accepts
    bool numbers_in_strings =
        false;                   ///< lenient: `"42"` for a numeric member (the string must be a JSON number)
    bool allow_comments = false; ///< JSON extension: `//` and `/* */` comments
    bool allow_trailing_commas = false; ///< JSON extension: `[1,2,]`

    /// Every leniency of reading on (null_as_absent, lenient_times, numbers_in_strings): what real servers
    /// send. Each can also be switched on alone; strict is the default.
    static constexpr options lenient() {
        options o;
        o.null_as_absent = true;
        o.lenient_times = true;
        o.numbers_in_strings = true;
        return o;
    }

    message_kind message = message_kind::any; ///< reading and writing: which members a message carries

    // --- writing ---
    bool pretty = false; ///< newlines and indentation
    unsigned indent = 2; ///< spaces per level when `pretty`
};

} // namespace djson
