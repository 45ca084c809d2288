// `djson::open_enum<E>`: an enum member that also accepts the values E does not name. APIs add enum values;
// a strict enum turns each new value into an error for every client that has not been rebuilt. An open enum
// keeps the string it read, writes it back unchanged, and says whether it is one E knows:
//
//   struct Account { djson::open_enum<Status> status; };   // Status described with BOOST_DESCRIBE_ENUM
//   if (a.status.is_known() && a.status.value() == Status::active) ...
//   a.status.text()                                          // "ACTIVE", or "SUSPENDED_BY_POLICY" as it came
//
// Strict stays the default: a member of type E rejects an unknown value (with the list of the known ones).
// open_enum is coded through the public djson::codec seam, as a user type would be.
#pragma once

#include <djson/codec.hpp>
#include <djson/detail/meta.hpp>

#include <boost/json/value.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace djson {

template <class E> class open_enum {
    static_assert(detail::category_of<E>() == detail::category::enumeration,
                  "djson::open_enum<E>: E must be an enum described with BOOST_DESCRIBE_ENUM");
    using keys = detail::enum_keys<E>;

  public:
    /// The first enumerator of E.
    open_enum() : open_enum(keys::values[0]) {}
    /// A known value (an enumerator E describes).
    open_enum(E v) : index_(keys::index_of(v)) {
        if (index_ == keys::size)
            throw std::invalid_argument(
                "djson::open_enum: the value is not one of the described enumerators");
        text_ = keys::keys[index_];
    }
    /// Any string: a known value when it is the JSON string of an enumerator, an unknown one otherwise.
    static open_enum from_text(std::string text) {
        open_enum o;
        o.index_ = keys::size;
        for (std::size_t i = 0; i < keys::size; ++i)
            if (keys::keys[i] == text)
                o.index_ = i;
        o.text_ = std::move(text);
        return o;
    }

    /// True when the value is one E names.
    bool is_known() const noexcept { return index_ != keys::size; }
    /// The enumerator; throws std::logic_error for an unknown value (check is_known() first).
    E value() const {
        if (!is_known())
            throw std::logic_error("djson::open_enum: \"" + text_ + "\" is not a value the enum names");
        return keys::values[index_];
    }
    /// The enumerator, or `fallback` for an unknown value.
    E value_or(E fallback) const noexcept { return is_known() ? keys::values[index_] : fallback; }
    /// The JSON string, as read (or as E's naming writes a known value).
    const std::string& text() const noexcept { return text_; }

    friend bool operator==(const open_enum& a, const open_enum& b) { return a.text_ == b.text_; }
    friend bool operator==(const open_enum& a, E b) { return a.is_known() && a.value() == b; }

  private:
    std::size_t index_ = 0;
    std::string text_;
};

template <class E> struct codec<open_enum<E>> {
    static const std::string& encode(const open_enum<E>& v) { return v.text(); }
    static open_enum<E> decode(const std::string& s) { return open_enum<E>::from_text(s); }
    static boost::json::value schema() {
        boost::json::array known;
        for (auto k : detail::enum_keys<E>::keys)
            known.emplace_back(boost::json::string_view(k.data(), k.size()));
        // any string: the known values are examples, not a limit
        return {{"type", "string"}, {"examples", std::move(known)}};
    }
    static constexpr const char* expected = "a string (enum value)";
};

} // namespace djson
