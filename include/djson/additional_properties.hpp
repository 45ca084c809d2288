// `djson::additional_properties`: a model member that receives every key the model does not declare, and
// writes them back, in their original order, after the declared members (the Go SDK's
// `AdditionalProperties`).
#pragma once

#include <djson/config.hpp>

#include <boost/json/value.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace djson {

/// Unknown keys with their values. Each value is kept as compact JSON text exactly as read (a number keeps
/// its spelling, `1.50` stays `1.50`), so nothing is lost on a read-then-write, not even what a
/// `boost::json::value` cannot hold (integers beyond 64 bits).
class DJSON_API additional_properties {
  public:
    struct entry {
        std::string key;
        std::string json; ///< the value as compact JSON text
        friend bool operator==(const entry&, const entry&) = default;
    };
    using const_iterator = std::vector<entry>::const_iterator;

    additional_properties() = default;
    additional_properties(const additional_properties& o) : entries_(o.entries_) {}
    additional_properties(additional_properties&&) noexcept = default;
    additional_properties& operator=(const additional_properties& o) {
        entries_ = o.entries_;
        return *this;
    }
    additional_properties& operator=(additional_properties&&) noexcept = default;
    ~additional_properties() = default;

    bool empty() const noexcept { return entries_.empty(); }
    std::size_t size() const noexcept { return entries_.size(); }
    const_iterator begin() const noexcept { return entries_.begin(); }
    const_iterator end() const noexcept { return entries_.end(); }

    bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }
    /// The entry for `key`, or nullptr.
    const entry* find(std::string_view key) const noexcept;
    /// The value of `key` as a DOM; throws `std::out_of_range` when absent.
    boost::json::value get(std::string_view key) const;
    /// Sets `key` to `v` (replacing it in place, or appending it). Throws `djson::error` for a value that
    /// cannot be written as JSON (a non-finite number).
    void set(std::string key, const boost::json::value& v);
    /// Sets `key` to the JSON text `json`; throws `djson::error` when it is not one valid JSON value.
    void set_json(std::string key, std::string_view json);
    bool erase(std::string_view key);
    void clear() noexcept { entries_.clear(); }

    /// Equal as JSON objects: the same keys (in any order) with values equal as JSON (numbers as numbers).
    friend DJSON_API bool operator==(const additional_properties& a, const additional_properties& b);

    // For djson's reader: appends an entry without checks and returns its text buffer.
    std::string& append_unchecked(std::string_view key);
    // For djson's reader, before it reads into a model again: empties the entries but keeps their storage
    // for the keys that come next, so that a warm read allocates nothing.
    void recycle();

  private:
    std::vector<entry> entries_;
    std::vector<entry> spare_; // emptied entries, kept for their strings' capacity (not copied, not compared)
};

} // namespace djson
