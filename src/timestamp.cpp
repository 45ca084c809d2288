// Civil-calendar arithmetic, RFC 3339 parsing and canonical formatting for djson::timestamp.
#include "djson/timestamp.hpp"

#include <cstring>
#include <limits>
#include <stdexcept>

namespace djson {
namespace {

// Proleptic Gregorian conversions after Howard Hinnant's days_from_civil / civil_from_days: 400-year eras
// starting on March 1 put the leap day last, so no month table or loop is needed and negative years work.
constexpr std::int64_t days_from_civil(std::int64_t y, std::int64_t m, std::int64_t d) noexcept {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;                                   // [0, 399]
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; // [0, 365]
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           // [0, 146096]
    return era * 146097 + doe - 719468;
}

struct civil {
    std::int64_t year;
    int month;
    int day;
};

constexpr civil civil_from_days(std::int64_t z) noexcept {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), static_cast<int>(m), static_cast<int>(d)};
}

constexpr std::int64_t seconds_per_day = 86400;
constexpr std::uint32_t nanos_per_second = 1'000'000'000;

// The representable range is exactly what four year digits can express.
constexpr std::int64_t min_seconds = days_from_civil(0, 1, 1) * seconds_per_day;
constexpr std::int64_t max_seconds = days_from_civil(9999, 12, 31) * seconds_per_day + seconds_per_day - 1;
static_assert(min_seconds == -62'167'219'200);
static_assert(max_seconds == 253'402'300'799);
static_assert(civil_from_days(0).year == 1970 && civil_from_days(-1).month == 12 &&
              civil_from_days(-1).day == 31);

// civil_from_days for the representable range, in unsigned 32-bit arithmetic (each division by a constant is
// then one multiply and a shift): `day` counts from 0000-01-01, and the count Hinnant's algorithm divides
// starts one 400-year era before 0000-03-01, so nothing is negative. test/write_fast.cpp compares every day.
constexpr civil civil_of_day(std::uint32_t day) noexcept {
    constexpr std::uint32_t era_days = 146097;
    constexpr auto offset = static_cast<std::uint32_t>(days_from_civil(0, 1, 1) + 719468 + era_days);
    const std::uint32_t z = day + offset;
    const std::uint32_t era = z / era_days;
    const std::uint32_t doe = z - era * era_days;
    const std::uint32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::uint32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::uint32_t mp = (5 * doy + 2) / 153;
    const std::uint32_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::uint32_t m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(yoe + era * 400) - 400 + (m <= 2 ? 1 : 0), static_cast<int>(m),
            static_cast<int>(d)};
}
constexpr std::uint32_t day_of(std::int64_t days_since_1970) {
    return static_cast<std::uint32_t>(days_since_1970 - days_from_civil(0, 1, 1));
}
static_assert(civil_of_day(0).year == 0 && civil_of_day(0).month == 1 && civil_of_day(0).day == 1);
static_assert(civil_of_day(day_of(0)).year == 1970 && civil_of_day(day_of(-1)).month == 12 &&
              civil_of_day(day_of(-1)).day == 31);
static_assert(civil_of_day(day_of(days_from_civil(9999, 12, 31))).year == 9999 &&
              civil_of_day(day_of(days_from_civil(2000, 2, 29))).day == 29 &&
              civil_of_day(day_of(days_from_civil(0, 2, 29))).month == 2);

constexpr bool is_leap(std::int64_t y) noexcept {
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

constexpr int days_in_month(std::int64_t y, int m) noexcept {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

constexpr bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

// Cursor over the input; every read is bounds-checked so truncated input yields a reason, not UB.
struct reader {
    std::string_view s;
    std::size_t pos = 0;

    bool at_end() const noexcept { return pos >= s.size(); }
    char peek() const noexcept { return at_end() ? '\0' : s[pos]; }
    bool accept(char c) noexcept {
        if (at_end() || s[pos] != c)
            return false;
        ++pos;
        return true;
    }
    // Exactly n ASCII digits; bytes of non-ASCII digits (e.g. full-width) fail here as they should.
    bool digits(std::size_t n, int& value) noexcept {
        if (s.size() - pos < n)
            return false;
        int v = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const char c = s[pos + i];
            if (!is_digit(c))
                return false;
            v = v * 10 + (c - '0');
        }
        pos += n;
        value = v;
        return true;
    }
};

// The only reason with a variable part is a non-existent day, so a static string per case keeps it specific.
// Only called for a day in 29..31 beyond the month's length.
const char* missing_day_reason(int month, int day) noexcept {
    if (month == 2) {
        if (day == 29)
            return "day 29 does not exist in February of a non-leap year";
        return day == 30 ? "day 30 does not exist in February" : "day 31 does not exist in February";
    }
    switch (month) {
    case 4:
        return "day 31 does not exist in April";
    case 6:
        return "day 31 does not exist in June";
    case 9:
        return "day 31 does not exist in September";
    default:
        return "day 31 does not exist in November";
    }
}

constexpr char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// The two digits of v (< 100).
void pair(char* p, std::uint32_t v) noexcept {
    std::memcpy(p, digit_pairs + 2 * v, 2);
}
// The three digits of v (< 1000).
char* put3(char* p, std::uint32_t v) noexcept {
    p[0] = static_cast<char>('0' + v / 100);
    pair(p + 1, v % 100);
    return p + 3;
}

} // namespace

timestamp timestamp::from_unix(std::int64_t seconds, std::uint32_t nanos) {
    if (nanos >= nanos_per_second)
        throw std::out_of_range("djson::timestamp: nanoseconds must be 0..999999999");
    if (seconds < min_seconds || seconds > max_seconds)
        throw std::out_of_range("djson::timestamp: instant outside years 0000-9999");
    return timestamp(seconds, nanos);
}

timestamp timestamp::from_sys_time(std::chrono::sys_time<std::chrono::nanoseconds> t) {
    // Floor division so pre-epoch instants keep nanos in [0, 1e9); the whole int64 ns range is within
    // 0000-9999.
    const std::int64_t ns = t.time_since_epoch().count();
    std::int64_t s = ns / nanos_per_second;
    std::int64_t r = ns % nanos_per_second;
    if (r < 0) {
        r += nanos_per_second;
        --s;
    }
    return timestamp(s, static_cast<std::uint32_t>(r));
}

std::chrono::sys_time<std::chrono::nanoseconds> timestamp::to_sys_time() const {
    // Limits of int64 nanoseconds expressed as (floor seconds, nanos) so the check itself cannot overflow.
    constexpr std::int64_t lim_max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t lim_min = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t max_s = lim_max / nanos_per_second;
    constexpr std::int64_t max_ns = lim_max % nanos_per_second;
    constexpr std::int64_t min_s = lim_min / nanos_per_second - 1;
    constexpr std::int64_t min_ns = lim_min % nanos_per_second + nanos_per_second;
    if (seconds_ > max_s || (seconds_ == max_s && nanos_ > max_ns) || seconds_ < min_s ||
        (seconds_ == min_s && nanos_ < min_ns))
        throw std::out_of_range(
            "djson::timestamp: instant does not fit in sys_time<nanoseconds> (1677-2262)");
    // For min_s, seconds_ * 1e9 alone would overflow, so add the nanos to the (larger) seconds+1 product
    // first.
    const std::int64_t ns = seconds_ == min_s
                                ? (seconds_ + 1) * nanos_per_second - (nanos_per_second - nanos_)
                                : seconds_ * nanos_per_second + nanos_;
    return std::chrono::sys_time<std::chrono::nanoseconds>(std::chrono::nanoseconds(ns));
}

std::optional<timestamp> timestamp::parse(std::string_view text) noexcept {
    timestamp t;
    if (detail::parse_timestamp(text, t) != nullptr)
        return std::nullopt;
    return t;
}

std::string timestamp::to_string() const {
    char buf[max_text_size];
    return std::string(buf, format(buf));
}

std::size_t timestamp::format(char* buf) const noexcept {
    // Unsigned 32-bit arithmetic where it fits (each division by a constant is then one multiply and a
    // shift): the seconds since 0000-01-01T00:00:00Z, and the days counted from one 400-year era before
    // 0000-03-01, are never negative in the representable range.
    const auto since_min = static_cast<std::uint64_t>(seconds_ - min_seconds);
    const auto day = static_cast<std::uint32_t>(since_min / seconds_per_day);
    const auto secs = static_cast<std::uint32_t>(since_min - std::uint64_t{day} * seconds_per_day);
    const civil c = civil_of_day(day);
    const auto y = static_cast<std::uint32_t>(c.year), m = static_cast<std::uint32_t>(c.month),
               d = static_cast<std::uint32_t>(c.day);
    const std::uint32_t hour = secs / 3600, rest = secs - hour * 3600, minute = rest / 60;
    char* p = buf;
    pair(p, y / 100);
    pair(p + 2, y % 100);
    p[4] = '-';
    pair(p + 5, m);
    p[7] = '-';
    pair(p + 8, d);
    p[10] = 'T';
    pair(p + 11, hour);
    p[13] = ':';
    pair(p + 14, minute);
    p[16] = ':';
    pair(p + 17, rest - minute * 60);
    p[19] = '.';
    p += 20;
    // Groups of three like Java's Instant: never drop precision, never pad beyond what is needed.
    const std::uint32_t milli = nanos_ / 1'000'000, below_milli = nanos_ % 1'000'000;
    p = put3(p, milli);
    if (below_milli != 0) {
        const std::uint32_t micro = below_milli / 1000, nano = below_milli % 1000;
        p = put3(p, micro);
        if (nano != 0)
            p = put3(p, nano);
    }
    *p++ = 'Z';
    *p = '\0';
    return static_cast<std::size_t>(p - buf);
}

namespace detail {

namespace {
// The common spellings, "YYYY-MM-DDThh:mm:ss[.f]Z" or with "±hh:mm", read at their fixed places. False for
// anything else or anything invalid, which the full parser below then reads again to say what is wrong.
bool parse_common(std::string_view text, std::int64_t& out_seconds, std::uint32_t& out_nanos) noexcept {
    const char* s = text.data();
    const std::size_t n = text.size();
    auto d2 = [&](std::size_t i, int& v) {
        const unsigned a = static_cast<unsigned char>(s[i]) - '0',
                       b = static_cast<unsigned char>(s[i + 1]) - '0';
        v = static_cast<int>(a * 10 + b);
        return a < 10 && b < 10;
    };
    int c1, c2, month, day, hour, minute, second;
    if (n < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' ||
        s[16] != ':' || !d2(0, c1) || !d2(2, c2) || !d2(5, month) || !d2(8, day) || !d2(11, hour) ||
        !d2(14, minute) || !d2(17, second))
        return false;
    const int year = c1 * 100 + c2;
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 ||
        second > 59)
        return false;
    std::size_t i = 19;
    std::uint32_t nanos = 0;
    if (s[i] == '.') {
        std::size_t digits = 0;
        for (++i; i < n && is_digit(s[i]) && digits < 9; ++i, ++digits)
            nanos = nanos * 10 + static_cast<std::uint32_t>(s[i] - '0');
        if (digits == 0 || (i < n && is_digit(s[i])))
            return false;
        for (; digits < 9; ++digits)
            nanos *= 10;
    }
    std::int64_t offset = 0;
    if (i < n && (s[i] == 'Z' || s[i] == 'z')) {
        ++i;
    } else if (n - i == 6 && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') {
        int oh, om;
        if (!d2(i + 1, oh) || !d2(i + 4, om) || oh > 23 || om > 59)
            return false;
        offset = (oh * 3600 + om * 60) * (s[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return false;
    }
    if (i != n)
        return false;
    const std::int64_t seconds =
        days_from_civil(year, month, day) * seconds_per_day + hour * 3600 + minute * 60 + second - offset;
    if (seconds < min_seconds || seconds > max_seconds)
        return false;
    out_seconds = seconds;
    out_nanos = nanos;
    return true;
}
// Every spelling, with the reason when it is not RFC 3339.
const char* parse_full(std::string_view text, std::int64_t& out_seconds, std::uint32_t& out_nanos) noexcept {
    if (text.empty())
        return "empty string";
    reader r{text};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;

    if (!r.digits(4, year))
        return "expected 4-digit year (YYYY)";
    if (!r.accept('-'))
        return "expected '-' after the year";
    if (!r.digits(2, month))
        return "expected 2-digit month (MM)";
    if (month < 1 || month > 12)
        return "month out of range (expected 01-12)";
    if (!r.accept('-'))
        return "expected '-' after the month";
    if (!r.digits(2, day))
        return "expected 2-digit day (DD)";
    if (day < 1 || day > 31)
        return "day out of range (expected 01-31)";
    if (day > days_in_month(year, month))
        return missing_day_reason(month, day);

    if (r.at_end())
        return "missing time (expected 'T' and hh:mm:ss after the date)";
    if (!r.accept('T') && !r.accept('t'))
        return "expected 'T' between date and time";
    if (!r.digits(2, hour))
        return "expected 2-digit hour (hh)";
    if (hour > 23)
        return "hour out of range (expected 00-23)";
    if (!r.accept(':'))
        return "expected ':' after the hour";
    if (!r.digits(2, minute))
        return "expected 2-digit minute (mm)";
    if (minute > 59)
        return "minute out of range (expected 00-59)";
    if (!r.accept(':')) {
        const char c = r.peek();
        if (r.at_end() || c == 'Z' || c == 'z' || c == '+' || c == '-' || c == '.')
            return "missing seconds";
        return "expected ':' after the minute";
    }
    if (!r.digits(2, second))
        return "expected 2-digit second (ss)";
    if (second == 60)
        return "leap second :60 is not supported";
    if (second > 59)
        return "second out of range (expected 00-59)";

    std::uint32_t nanos = 0;
    if (r.accept('.')) {
        std::size_t n = 0;
        while (!r.at_end() && is_digit(r.peek())) {
            // Digits beyond the ninth are counted but not accumulated, so the value cannot overflow.
            if (n < 9)
                nanos = nanos * 10 + static_cast<std::uint32_t>(r.peek() - '0');
            ++n;
            ++r.pos;
        }
        if (n < 1 || n > 9)
            return "fraction needs 1 to 9 digits";
        for (; n < 9; ++n)
            nanos *= 10;
    }

    std::int64_t offset = 0; // seconds east of UTC
    if (r.at_end())
        return "missing time zone (expected Z or ±hh:mm)";
    if (!r.accept('Z') && !r.accept('z')) {
        const char sign = r.peek();
        if (sign != '+' && sign != '-')
            return "expected time zone (Z or ±hh:mm) after the time";
        ++r.pos;
        int oh = 0, om = 0;
        if (!r.digits(2, oh) || !r.accept(':') || !r.digits(2, om))
            return "time zone offset must be ±hh:mm";
        if (oh > 23)
            return "time zone offset hour out of range (expected 00-23)";
        if (om > 59)
            return "time zone offset minute out of range (expected 00-59)";
        offset = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
    }
    if (!r.at_end())
        return "trailing characters";

    const std::int64_t seconds =
        days_from_civil(year, month, day) * seconds_per_day + hour * 3600 + minute * 60 + second - offset;
    if (seconds < min_seconds || seconds > max_seconds)
        return "instant outside years 0000-9999 after applying the offset";
    out_seconds = seconds;
    out_nanos = nanos;
    return nullptr;
}
} // namespace

const char* parse_timestamp(std::string_view text, timestamp& out) noexcept {
    std::int64_t seconds = 0;
    std::uint32_t nanos = 0;
    const char* why = parse_common(text, seconds, nanos) ? nullptr : parse_full(text, seconds, nanos);
    if (!why)
        out = timestamp(seconds, nanos);
    return why;
}

} // namespace detail
} // namespace djson
