// The sailpoint-models tool's view of a model: how to check a document against it and how to derive its
// schema. One entry per model, each compiled in its own translation unit (entry.cpp.in) to keep builds
// parallel and small.
#pragma once

#include <djson/djson.hpp>

#include <string>
#include <string_view>

namespace sailpoint_tool {

struct model_entry {
    std::string_view name;
    // Reads `text` strictly as the model (or a JSON array of it); on success writes it back to `out`.
    bool (*check)(std::string_view text, bool array, const djson::options& opt, std::string& out,
                  djson::errors& errs);
    boost::json::value (*schema)(bool array);
};

template <class T>
bool check_as(std::string_view text, const djson::options& opt, std::string& out, djson::errors& errs) {
    T value{};
    errs = djson::read_json(value, text, opt);
    if (!errs.empty())
        return false;
    djson::write_json(out, value, opt);
    return true;
}

template <class T> constexpr model_entry make_entry(std::string_view name) {
    return {
        name,
        [](std::string_view text, bool array, const djson::options& opt, std::string& out,
           djson::errors& errs) {
            return array ? check_as<std::vector<T>>(text, opt, out, errs) : check_as<T>(text, opt, out, errs);
        },
        [](bool array) { return array ? djson::json_schema<std::vector<T>>() : djson::json_schema<T>(); }};
}

} // namespace sailpoint_tool
