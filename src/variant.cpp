// The type-erased parts of reading a std::variant: finding the discriminator in a captured value, reading the
// value again as one alternative, and the messages of a oneOf that no (or more than one) alternative accepts.
#include <djson/detail/read_ops.hpp>
#include <djson/validate.hpp>

#include <boost/json/basic_parser_impl.hpp>

namespace djson::detail {

namespace {

// A tokenizer handler that looks at the top-level members of an object only.
struct tag_finder {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    using sv = boost::json::string_view;
    using ec = boost::system::error_code;

    std::string_view want;
    std::string* value = nullptr;
    int depth = 0;
    bool root_is_object = false;
    bool at_key = false; // the current top-level member's key is `want`
    tag_lookup result = tag_lookup::absent;
    std::string key;

    bool here() const { return depth == 1 && at_key; }
    bool on_document_begin(ec&) { return true; }
    bool on_document_end(ec&) { return true; }
    bool on_object_begin(ec&) {
        if (depth == 0)
            root_is_object = true;
        if (here())
            result = tag_lookup::not_string;
        ++depth;
        return true;
    }
    bool on_object_end(std::size_t, ec&) {
        --depth;
        return true;
    }
    bool on_array_begin(ec&) {
        if (here())
            result = tag_lookup::not_string;
        ++depth;
        return true;
    }
    bool on_array_end(std::size_t, ec&) {
        --depth;
        return true;
    }
    bool on_key_part(sv s, std::size_t, ec&) {
        if (depth == 1)
            key.append(s.data(), s.size());
        return true;
    }
    bool on_key(sv s, std::size_t, ec&) {
        if (depth == 1) {
            key.append(s.data(), s.size());
            at_key = key == want;
            key.clear();
        }
        return true;
    }
    bool on_string_part(sv s, std::size_t, ec&) {
        if (here())
            value->append(s.data(), s.size());
        return true;
    }
    bool on_string(sv s, std::size_t, ec&) {
        if (here()) {
            value->append(s.data(), s.size());
            result = tag_lookup::found;
        }
        return true;
    }
    bool scalar() {
        if (here())
            result = tag_lookup::not_string;
        return true;
    }
    bool on_number_part(sv, ec&) { return true; }
    bool on_int64(std::int64_t, sv, ec&) { return scalar(); }
    bool on_uint64(std::uint64_t, sv, ec&) { return scalar(); }
    bool on_double(double, sv, ec&) { return scalar(); }
    bool on_bool(bool, ec&) { return scalar(); }
    bool on_null(ec&) { return scalar(); }
    bool on_comment_part(sv, ec&) { return true; }
    bool on_comment(sv, ec&) { return true; }
};

} // namespace

tag_lookup find_tag(std::string_view json, std::string_view key, std::string& value) {
    value.clear();
    boost::json::parse_options po;
    po.max_depth = 100000; // the value was read once already, within the reader's depth
    boost::json::basic_parser<tag_finder> p(po);
    p.handler().want = key;
    p.handler().value = &value;
    boost::system::error_code ec;
    p.write_some(false, json.data(), json.size(), ec);
    if (!p.handler().root_is_object)
        return tag_lookup::not_object;
    return p.handler().result;
}

std::string tag_list_of(const variant_tag* tags, std::size_t n, std::size_t index) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        if (tags[i].index == index) {
            if (!out.empty())
                out += ", ";
            out += quote_input(tags[i].value);
        }
    return out;
}

void read_nested(reader& r, std::string_view json, const type_ops& ops, void* dst, errors& out) {
    std::size_t& left = r.work_left();
    if (json.size() > left) {
        out.push_back({errc::too_complex, "",
                       "reading this value again as a oneOf alternative exceeds the work a document may cost "
                       "(16 times its size, and 1 MiB): oneOfs nested in oneOfs"});
        return;
    }
    left -= json.size();
    reader nested(r.opts(), out);
    nested.share_work(r);
    nested.read_text(json, ops, dst);
}

bool forward_errors_at(reader& r, const std::string& base, const errors& errs) {
    for (const auto& e : errs)
        if (!r.fail_at(e.code, base + e.path, e.detail))
            return false;
    return !r.stopped();
}

bool forward_errors(reader& r, const errors& errs) {
    return forward_errors_at(r, r.path(), errs);
}

const char* json_kind(std::string_view json) {
    switch (json.empty() ? 'n' : json.front()) {
    case '{':
        return "an object";
    case '[':
        return "an array";
    case '"':
        return "a string";
    case 't':
    case 'f':
        return "a boolean";
    case 'n':
        return "null";
    default:
        return "a number";
    }
}

std::string one_of_message(bool any, const std::string_view* names, const errors* each, std::size_t n) {
    std::string out = any ? "no alternative of the anyOf accepts the value: "
                          : "no alternative of the oneOf accepts the value: ";
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            out += "; ";
        out += "as ";
        out.append(names[i]);
        out += ", ";
        if (!each[i].empty())
            out += each[i].front().message();
        if (each[i].size() > 1)
            out += " (and " + std::to_string(each[i].size() - 1) + " more)";
    }
    return out;
}

std::string tag_list(const variant_tag* tags, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            out += ", ";
        out += quote_input(tags[i].value);
    }
    return out;
}

} // namespace djson::detail
