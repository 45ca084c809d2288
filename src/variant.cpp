// The type-erased parts of reading a std::variant: finding the discriminator in a captured value, reading the
// value again as one alternative, and the messages of a oneOf that no (or more than one) alternative accepts.
#include <djson/detail/read_ops.hpp>
#include <djson/validate.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <memory>

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

// ---- a tagged oneOf read directly when its tag comes first ----

namespace {

const tag_dispatch& dispatch_of(const frame& f) {
    return *static_cast<const tag_dispatch*>(f.meta);
}

// The probe becomes a capture of its object, as if it had captured it from the start: compact JSON text
// from "{" (and the tag's key, when the probe read it), decoded by the variant when the object ends.
std::string& become_capture(reader& r, frame& f, bool tag_key_read) {
    const tag_dispatch& t = dispatch_of(f);
    auto raw = std::make_unique<raw_json>();
    std::string& s = raw->buffer_for_reader();
    s.assign("{");
    void* dst = f.obj;
    const std::size_t errors_at = f.hint;
    f.ops = &raw_object_frame;
    f.obj = &s;
    f.meta = nullptr;
    f.index = 0;
    if (tag_key_read) {
        append_quoted(s, t.key);
        s.push_back(':');
        f.index = 1;
        r.seen_before(f, t.key); // a second tag key is then a duplicate, as when captured
    }
    r.defer({r.depth(), errors_at, dst, raw.get(), t.finish, t.destroy});
    raw.release(); // the deferred work owns it now
    return s;
}

frame& probe_of(void* d) {
    return *static_cast<frame*>(d);
}

// The tag's value: a string that names an alternative starts it; anything else is captured.
const type_ops tag_value{
    "a string",
    [](reader& r, void* d) { return reader::raw_text.on_null(r, &become_capture(r, probe_of(d), true)); },
    [](reader& r, void* d, bool b) {
        return reader::raw_text.on_bool(r, &become_capture(r, probe_of(d), true), b);
    },
    [](reader& r, void* d, std::int64_t v, std::string_view raw) {
        return reader::raw_text.on_int64(r, &become_capture(r, probe_of(d), true), v, raw);
    },
    [](reader& r, void* d, std::uint64_t v, std::string_view raw) {
        return reader::raw_text.on_uint64(r, &become_capture(r, probe_of(d), true), v, raw);
    },
    [](reader& r, void* d, double v, std::string_view raw) {
        return reader::raw_text.on_double(r, &become_capture(r, probe_of(d), true), v, raw);
    },
    [](reader& r, void* d, std::string_view s) {
        frame& f = probe_of(d);
        bool go_on = true;
        if (dispatch_of(f).start(r, f.obj, s, go_on)) // f is the alternative's frame now
            return go_on;
        return reader::raw_text.on_string(r, &become_capture(r, f, true), s);
    },
    [](reader& r, void* d) { return reader::raw_text.on_object(r, &become_capture(r, probe_of(d), true)); },
    [](reader& r, void* d) { return reader::raw_text.on_array(r, &become_capture(r, probe_of(d), true)); },
};

bool probe_key(reader& r, frame& f, std::string_view k) {
    r.key_slot(r.depth()).assign(k.data(), k.size());
    if (k == dispatch_of(f).key) {
        f.child = &tag_value;
        f.child_dst = &f; // no frame is pushed before the value arrives
        return true;
    }
    become_capture(r, f, false);
    return f.ops->on_key(r, f, k);
}

bool probe_end(reader& r, frame& f) { // an empty object
    become_capture(r, f, false);
    return f.ops->on_end(r, f);
}

const frame_ops probe_frame{&probe_key, nullptr, &probe_end, &append_key_segment};

} // namespace

bool push_tag_probe(reader& r, void* dst, const tag_dispatch& t) {
    frame f;
    f.ops = &probe_frame;
    f.obj = dst;
    f.meta = &t;
    f.hint = r.error_count(); // errors since the object began mean it was not read
    return r.push(f);
}

bool replay_tag(reader& r, std::string_view key, std::string_view tag) {
    frame& m = r.top();
    return m.ops->on_key(r, m, key) && r.on_string(tag);
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
