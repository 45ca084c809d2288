// Errors of djson: one code enum, one record per problem (code, JSON Pointer, message), and the exception
// that carries the list when the throwing API is used.
#pragma once

#include <djson/config.hpp>

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace djson {

/// What went wrong. The same codes come from reading text, reading a DOM, validating and writing.
enum class errc {
    syntax = 1,       ///< not JSON (or a JSON extension that is off); line and column are set
    missing_required, ///< a required key is absent
    unexpected_null,  ///< `null` where the member is not nullable
    type_mismatch,    ///< a string where a number is expected, an object where an array is expected, ...
    out_of_range,     ///< a number outside the member's type (int32, float, ...)
    invalid_value,   ///< right JSON type, wrong content: unknown enum value, bad timestamp, NaN on write, bad
                     ///< UTF-8
    size_mismatch,   ///< a fixed-size array (std::array) got another number of items
    unknown_key,     ///< a key the model does not declare, under the `reject` policy
    duplicate_key,   ///< the same key twice in one object
    too_deep,        ///< nesting deeper than `options::max_depth`
    too_many_errors, ///< reading stopped after `options::max_errors` errors
    constraint,      ///< a value breaks a member's declared constraint (minimum, maxLength, pattern, ...)
    too_complex,     ///< reading would cost too much work (oneOf alternatives nested in oneOfs, read again)
};

/// A short English name of the code ("missing_required", ...).
DJSON_API std::string_view to_string(errc code) noexcept;

/// The error category of `errc`, so that codes travel as `std::error_code`.
DJSON_API const std::error_category& error_category() noexcept;
inline std::error_code make_error_code(errc e) noexcept {
    return {static_cast<int>(e), error_category()};
}

/// One problem, where it is, and what to do about it.
struct DJSON_API error_info {
    errc code{};
    std::string path;       ///< RFC 6901 JSON Pointer of the offending value ("" is the document root)
    std::string detail;     ///< what is wrong, e.g. `unknown enum value "ROBOT" (expected one of: IDENTITY)`
    std::size_t line = 0;   ///< 1-based, syntax errors only (0 otherwise)
    std::size_t column = 0; ///< 1-based byte column, syntax errors only

    /// `path: detail` (just `detail` at the root), with the line and column of a syntax error. The path is
    /// shown for people: keys cut to 64 bytes, control characters and invalid UTF-8 escaped (`path` itself is
    /// exact).
    std::string message() const;
    /// `path` as `message()` shows it.
    std::string printable_path() const;
    friend bool operator==(const error_info&, const error_info&) = default;
};

using errors = std::vector<error_info>;

/// Thrown by the throwing API (`from_json`, `to_json`, ...). `what()` lists every error, one per line.
class DJSON_API error : public std::exception {
  public:
    explicit error(errors list);
    const char* what() const noexcept override { return what_.c_str(); }
    const errors& list() const noexcept { return errors_; }
    /// The first error's code (every `error` has at least one).
    errc code() const noexcept { return errors_.front().code; }

  private:
    errors errors_;
    std::string what_;
};

} // namespace djson

template <> struct std::is_error_code_enum<djson::errc> : std::true_type {};
