// additional_properties: unknown keys kept as compact JSON text.
#include <djson/additional_properties.hpp>
#include <djson/detail/json_text.hpp>
#include <djson/detail/reader.hpp>
#include <djson/read.hpp>
#include <djson/write.hpp>

#include <stdexcept>

namespace djson {

const additional_properties::entry* additional_properties::find(std::string_view key) const noexcept {
    for (const auto& e : entries_)
        if (e.key == key)
            return &e;
    return nullptr;
}

boost::json::value additional_properties::get(std::string_view key) const {
    const entry* e = find(key);
    if (!e)
        throw std::out_of_range("djson::additional_properties: no key \"" + std::string(key) + "\"");
    return detail::text_to_dom(e->json);
}

namespace {
void put(std::vector<additional_properties::entry>& entries, std::string key, std::string json) {
    for (auto& e : entries) {
        if (e.key == key) {
            e.json = std::move(json);
            return;
        }
    }
    entries.push_back({std::move(key), std::move(json)});
}
} // namespace

void additional_properties::set(std::string key, const boost::json::value& v) {
    put(entries_, std::move(key), to_json(v));
}

void additional_properties::set_json(std::string key, std::string_view json) {
    std::string compact;
    errors errs;
    options opt;
    detail::reader r(opt, errs);
    r.read_text(json, detail::reader::raw_text, &compact);
    if (!errs.empty())
        throw error(std::move(errs));
    put(entries_, std::move(key), std::move(compact));
}

bool additional_properties::erase(std::string_view key) {
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        if (it->key == key) {
            entries_.erase(it);
            return true;
        }
    }
    return false;
}

std::string& additional_properties::append_unchecked(std::string_view key) {
    if (spare_.empty()) {
        entries_.push_back({std::string(key), {}});
    } else {
        entries_.push_back(std::move(spare_.back()));
        spare_.pop_back();
        entries_.back().key.assign(key.data(), key.size());
        entries_.back().json.clear();
    }
    return entries_.back().json;
}

void additional_properties::recycle() {
    // Moving an entry moves its strings' buffers: no allocation once spare_ has grown to the most entries
    // this object held.
    // Last entry first: append_unchecked takes from the back, so the keys that come again in the same order
    // get the strings they had.
    spare_.reserve(spare_.size() + entries_.size());
    for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
        spare_.push_back(std::move(*it));
    entries_.clear();
}

bool operator==(const additional_properties& a, const additional_properties& b) {
    // As JSON objects: the same keys with equal values, in any order (the order is kept for writing only).
    if (a.size() != b.size())
        return false;
    for (const auto& x : a) {
        const auto* y = b.find(x.key);
        if (!y)
            return false;
        // Different spellings may be the same JSON (1.0 and 1.00, "\u00e9" and "é"); numbers compare exactly.
        if (!detail::json_text_equal(x.json, y->json))
            return false;
    }
    return true;
}

} // namespace djson
