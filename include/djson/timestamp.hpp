// djson::timestamp: a UTC instant exchanged as an RFC 3339 date-time (the SailPoint SDK's SailPointTime),
// with strict parsing and a canonical millisecond-or-finer text form.
#pragma once

#include <djson/config.hpp>

#include <chrono>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace djson {

class timestamp;

namespace detail {

// Returns nullptr on success (out assigned) or a static English reason suitable for an error message;
// out is left untouched on failure. Split from timestamp::parse so callers can report why text was rejected.
DJSON_API const char* parse_timestamp(std::string_view text, timestamp& out) noexcept;

} // namespace detail

class DJSON_API timestamp {
  public:
    // The Unix epoch, so a default-constructed value is a well-defined instant rather than "no time".
    constexpr timestamp() noexcept = default;

    // Only instants that can be written back as a 4-digit year are representable, so every timestamp
    // round trips through to_string()/parse(). Throws std::out_of_range otherwise or if nanos > 999'999'999.
    static timestamp from_unix(std::int64_t seconds, std::uint32_t nanos = 0);

    // sys_time<nanoseconds> spans only ~1677-2262, so from_sys_time always succeeds while to_sys_time
    // throws std::out_of_range for instants it cannot hold.
    static timestamp from_sys_time(std::chrono::sys_time<std::chrono::nanoseconds> t);
    std::chrono::sys_time<std::chrono::nanoseconds> to_sys_time() const;

    // Floor semantics: for instants before 1970 the seconds are negative and the nanoseconds still count up.
    constexpr std::int64_t unix_seconds() const noexcept { return seconds_; }
    constexpr std::uint32_t nanoseconds() const noexcept { return nanos_; }

    // Strict RFC 3339 date-time; a malformed time is std::nullopt, never a silent default.
    // detail::parse_timestamp gives the reason when one is wanted.
    static std::optional<timestamp> parse(std::string_view text) noexcept;

    // Canonical UTC text: YYYY-MM-DDTHH:MM:SS.fffZ with 3, 6 or 9 fraction digits (as Java's Instant).
    std::string to_string() const;

    // Allocation-free variant of to_string(). buf must hold max_text_size chars; the text (at most 30 chars)
    // is followed by a NUL so buf can also be used as a C string. Returns the length without the NUL.
    static constexpr std::size_t max_text_size = 32;
    std::size_t format(char* buf) const noexcept;

    friend constexpr auto operator<=>(const timestamp&, const timestamp&) noexcept = default;
    friend constexpr bool operator==(const timestamp&, const timestamp&) noexcept = default;

  private:
    constexpr timestamp(std::int64_t seconds, std::uint32_t nanos) noexcept
        : seconds_(seconds), nanos_(nanos) {}

    // Member order matters: the defaulted <=> compares seconds first, then nanos.
    std::int64_t seconds_ = 0;
    std::uint32_t nanos_ = 0;

    // The parser has already range-checked, so it builds values directly instead of via the throwing
    // from_unix.
    friend const char* detail::parse_timestamp(std::string_view, timestamp&) noexcept;
};

} // namespace djson
