// `djson::result<T>`: a value or the list of errors that prevented it; the non-throwing API returns it.
#pragma once

#include <djson/error.hpp>

#include <utility>
#include <variant>

namespace djson {

template <class T> class result {
  public:
    result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    result(errors list) : state_(std::in_place_index<1>, std::move(list)) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws `djson::error` with the errors when there is none.
    T& value() & {
        check();
        return std::get<0>(state_);
    }
    const T& value() const& {
        check();
        return std::get<0>(state_);
    }
    T&& value() && {
        check();
        return std::get<0>(std::move(state_));
    }

    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    /// The errors; empty when there is a value.
    const errors& error_list() const noexcept {
        static const errors none;
        return has_value() ? none : std::get<1>(state_);
    }

  private:
    void check() const {
        if (!has_value())
            throw error(std::get<1>(state_));
    }
    std::variant<T, errors> state_;
};

} // namespace djson
