// The sailpoint-models tool's view of a model: how to check a document against it and how to derive its
// schema. One entry per model, each compiled in its own translation unit (entry.cpp.in) to keep builds
// parallel and small.
#pragma once

#include <djson/djson.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace sailpoint_tool {

// Where `check 'MODEL[]'` writes the accepted array back: `text` grows as items are read, and `spill` takes
// what has accumulated once it is large (the tool keeps it until the whole array is known to be valid).
struct array_output {
    std::string text;
    void* ctx = nullptr;
    void (*spill)(void* ctx, std::string& text) = nullptr;
    static constexpr std::size_t spill_at = std::size_t{4} << 20;
};

struct model_entry {
    std::string_view name;
    // Reads `text` strictly as the model; on success writes it back to `out`.
    bool (*check)(std::string_view text, const djson::options& opt, std::string& out, djson::errors& errs);
    // Reads a JSON array of the model from `in` item by item (djson::read_json_array), writing each accepted
    // item to `out` as it goes; the errors are those of reading the whole array. True when it is valid.
    bool (*check_array)(std::FILE* in, const djson::options& opt, array_output& out, djson::errors& errs);
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

// The array written back exactly as djson::write_json writes a std::vector<T>: "[a,b]", or with `pretty`
// each item on its own line, one level in ("[\n  a,\n  b\n]"), and "[]" when empty.
template <class T>
bool check_array_as(std::FILE* in, const djson::options& opt, array_output& out, djson::errors& errs) {
    std::string item; // reused: each item is written here first when it must be indented
    std::size_t next = 0;
    bool complete = true; // no item skipped for errors: what is written is still the array
    std::string indent(std::size_t{1} + opt.indent, ' '); // a line break and one level of indentation
    indent.front() = '\n';
    out.text.push_back('[');
    errs = djson::read_json_array<T>(
        in,
        [&](T& value, std::size_t index) {
            complete = complete && index == next++;
            if (!complete)
                return; // the array is rejected: nothing more to write
            try {
                if (!opt.pretty) {
                    if (index > 0)
                        out.text.push_back(',');
                    djson::write_json(out.text, value, opt);
                } else {
                    out.text.append(index > 0 ? "," : "");
                    out.text.append(indent);
                    item.clear();
                    djson::write_json(item, value, opt);
                    // Every line break the writer made is followed by this level's indentation.
                    for (std::size_t from = 0;;) {
                        std::size_t nl = item.find('\n', from);
                        out.text.append(item, from, nl == std::string::npos ? std::string::npos : nl - from);
                        if (nl == std::string::npos)
                            break;
                        out.text.append(indent);
                        from = nl + 1;
                    }
                }
            } catch (const djson::error& e) { // what writing the whole vector would report, at its paths
                djson::errors at_item = e.list();
                for (auto& x : at_item)
                    x.path = "/" + std::to_string(index) + x.path;
                throw djson::error(std::move(at_item));
            }
            if (out.text.size() >= array_output::spill_at && out.spill)
                out.spill(out.ctx, out.text);
        },
        opt);
    if (!errs.empty())
        return false;
    if (opt.pretty && next > 0)
        out.text.push_back('\n');
    out.text.push_back(']');
    return true;
}

template <class T> constexpr model_entry make_entry(std::string_view name) {
    return {name, &check_as<T>, &check_array_as<T>, [](bool array) {
                return array ? djson::json_schema<std::vector<T>>() : djson::json_schema<T>();
            }};
}

} // namespace sailpoint_tool
