// `djson::nullable<T>`: a value that may be JSON `null`. Wrap it in `std::optional` to also allow the key to
// be absent: `std::optional<djson::nullable<T>>` keeps absent, `null` and a value apart.
#pragma once

#include <compare>
#include <optional>
#include <type_traits>
#include <utility>

namespace djson {

/// The JSON `null` of a `nullable`: `m.scope = djson::null;`.
struct null_t {
    explicit constexpr null_t(int) {}
};
inline constexpr null_t null{0};

/// A value or `null`. Default-constructed it is `null`. Unlike `std::optional`, its empty state is data (the
/// JSON literal `null`) rather than absence, which is why it is a distinct type.
template <class T> class nullable {
  public:
    using value_type = T;

    constexpr nullable() noexcept = default;
    constexpr nullable(null_t) noexcept {}
    // Explicit where T's own conversion is (as std::optional does): an error_code must not become
    // nullable<bool>.
    template <class U = T>
    requires(
        std::is_constructible_v<T, U&&> && !std::is_same_v<std::remove_cvref_t<U>, nullable> &&
        !std::is_same_v<std::remove_cvref_t<U>, null_t>) constexpr explicit(!std::is_convertible_v<U&&, T>)
        nullable(U&& v)
        : v_(std::forward<U>(v)) {}

    constexpr nullable& operator=(null_t) noexcept {
        v_.reset();
        return *this;
    }
    template <class U = T>
    requires(std::is_constructible_v<T, U&&> && !std::is_same_v<std::remove_cvref_t<U>, nullable> &&
             !std::is_same_v<std::remove_cvref_t<U>, null_t>) constexpr nullable&
    operator=(U&& v) {
        v_ = std::forward<U>(v);
        return *this;
    }

    constexpr bool is_null() const noexcept { return !v_.has_value(); }
    constexpr bool has_value() const noexcept { return v_.has_value(); }
    constexpr explicit operator bool() const noexcept { return v_.has_value(); }

    /// Throws `std::bad_optional_access` when null.
    constexpr T& value() & { return v_.value(); }
    constexpr const T& value() const& { return v_.value(); }
    constexpr T&& value() && { return std::move(v_).value(); }
    template <class U> constexpr T value_or(U&& fallback) const& {
        return v_.value_or(std::forward<U>(fallback));
    }

    constexpr T& operator*() & noexcept { return *v_; }
    constexpr const T& operator*() const& noexcept { return *v_; }
    constexpr T* operator->() noexcept { return &*v_; }
    constexpr const T* operator->() const noexcept { return &*v_; }

    template <class... A> constexpr T& emplace(A&&... a) { return v_.emplace(std::forward<A>(a)...); }
    constexpr void reset() noexcept { v_.reset(); }

    friend constexpr bool operator==(const nullable&, const nullable&) = default;
    friend constexpr bool operator==(const nullable& a, null_t) noexcept { return a.is_null(); }

  private:
    std::optional<T> v_;
};

} // namespace djson
