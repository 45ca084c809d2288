// The reading machine: frames, events, the type tables that need no template (skip, raw text, DOM, models),
// and the two event sources (Boost.JSON's basic_parser over text, and a walk over a boost::json::value).
#include <djson/detail/json_text.hpp>
#include <djson/detail/read_ops.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace djson::detail {

namespace {
const frame_ops root_frame{nullptr, nullptr, nullptr, nullptr};
}

namespace {
reader_buffers& lend_buffers(reader_buffers*& own) {
    thread_local reader_buffers mine;
    if (!mine.in_use) {
        mine.in_use = true;
        return mine;
    }
    own = new reader_buffers;
    own->in_use = true;
    return *own;
}
} // namespace

reader::reader(const options& opt, errors& out)
    : opt_(opt), errors_(out), buf_(lend_buffers(own_)), stack_(buf_.stack), bits_(buf_.bits),
      keys_(buf_.keys), keysets_(buf_.keysets) {}

reader::~reader() {
    buf_.in_use = false;
    // Keysets hold copies of keys from the document: drop them, keep their buckets.
    for (auto& k : keysets_)
        if (!k.empty())
            k.clear();
    delete own_;
}

void reader::reset(const type_ops& root, void* dst) {
    stack_.clear();
    // No frame reference is held across a push, so the stack may grow; this only saves the first allocations.
    stack_.reserve(std::min<std::size_t>(opt_.max_depth, 64) + 2);
    frame f;
    f.ops = &root_frame;
    f.child = &root;
    f.child_dst = dst;
    stack_.push_back(f);
    bits_.clear();
    if (keys_.empty())
        keys_.resize(1);
    if (keysets_.empty())
        keysets_.resize(1);
    pos_ = {};
    stopped_ = false;
}

std::string& reader::key_slot(std::size_t depth) {
    return keys_[depth];
}

std::size_t reader::alloc_bits(std::size_t words) {
    std::size_t at = bits_.size();
    bits_.resize(at + words, 0);
    return at;
}

bool reader::seen_before(frame& f, std::string_view key) {
    auto d = static_cast<std::size_t>(&f - stack_.data());
    f.keyset_used = true;
    return !keysets_[d].emplace(key).second;
}

std::string reader::path() const {
    std::string out;
    for (std::size_t i = 1; i < stack_.size(); ++i)
        stack_[i].ops->append_segment(*this, stack_[i], out);
    return out;
}

std::string reader::container_path() const {
    std::string out;
    for (std::size_t i = 1; i + 1 < stack_.size(); ++i)
        stack_[i].ops->append_segment(*this, stack_[i], out);
    return out;
}

bool reader::fail(errc code, std::string detail) {
    if (stopped_)
        return false;
    if (errors_.size() >= opt_.max_errors) {
        errors_.push_back(
            {errc::too_many_errors, path(),
             "stopped after " + std::to_string(opt_.max_errors) + " errors (options::max_errors)"});
        stopped_ = true;
        return false;
    }
    errors_.push_back({code, path(), std::move(detail)});
    if (opt_.stop_at_first_error)
        stopped_ = true;
    return !stopped_;
}

bool reader::fail_at_key(errc code, std::string_view key, std::string detail) {
    if (stopped_)
        return false;
    std::size_t before = errors_.size();
    bool go_on = fail(code, std::move(detail));
    if (errors_.size() > before && errors_.back().code == code) {
        std::string p = container_path();
        append_pointer_token(p, key);
        errors_.back().path = std::move(p);
    }
    return go_on;
}

bool reader::mismatch(const type_ops& expected, const char* got) {
    return fail(errc::type_mismatch, std::string("expected ") + expected.expected + ", got " + got);
}

bool reader::mismatch_container(const type_ops& expected, bool is_array) {
    if (is_array)
        return mismatch(expected, "an array") && skip.on_array(*this, nullptr);
    return mismatch(expected, "an object") && skip.on_object(*this, nullptr);
}

bool reader::on_null_rejected(const type_ops& expected) {
    return fail(errc::unexpected_null,
                std::string("null is not allowed here (expected ") + expected.expected + ")");
}

bool reader::push(const frame& f) {
    if (depth() + 1 > opt_.max_depth) {
        fail(errc::too_deep, "nesting deeper than " + std::to_string(opt_.max_depth) +
                                 " levels of arrays and objects (options::max_depth)");
        stopped_ = true;
        return false;
    }
    stack_.push_back(f);
    if (keys_.size() <= depth())
        keys_.resize(depth() + 1);
    if (keysets_.size() <= depth())
        keysets_.resize(depth() + 1);
    keys_[depth()].clear();
    return true;
}

bool reader::end_container() {
    frame& f = stack_.back();
    bool go_on = f.ops->on_end(*this, f);
    if (f.keyset_used)
        keysets_[depth()].clear();
    if (f.ops == &model_frame)
        bits_.resize(f.bits);
    stack_.pop_back();
    return go_on && !stopped_;
}

// ---- events: the top frame picks the destination, the destination's table takes the value ----

#define DJSON_VALUE_PROLOGUE                                                                                 \
    frame& t = stack_.back();                                                                                \
    if (t.ops->on_item && !t.ops->on_item(*this, t))                                                         \
        return false;                                                                                        \
    const type_ops& c = *t.child;                                                                            \
    void* dst = t.child_dst

bool reader::on_object_begin() {
    DJSON_VALUE_PROLOGUE;
    if (c.on_object)
        return c.on_object(*this, dst);
    return mismatch_container(c, false);
}

bool reader::on_array_begin() {
    DJSON_VALUE_PROLOGUE;
    if (c.on_array)
        return c.on_array(*this, dst);
    return mismatch_container(c, true);
}

bool reader::on_object_end() {
    return end_container();
}
bool reader::on_array_end() {
    return end_container();
}

bool reader::on_key(std::string_view k) {
    frame& t = stack_.back();
    return t.ops->on_key(*this, t, k);
}

bool reader::on_string(std::string_view s) {
    DJSON_VALUE_PROLOGUE;
    if (c.on_string)
        return c.on_string(*this, dst, s);
    return mismatch(c, "a string");
}

bool reader::on_int64(std::int64_t v, std::string_view raw) {
    DJSON_VALUE_PROLOGUE;
    if (c.on_int64)
        return c.on_int64(*this, dst, v, raw);
    return mismatch(c, "a number");
}

bool reader::on_uint64(std::uint64_t v, std::string_view raw) {
    DJSON_VALUE_PROLOGUE;
    if (c.on_uint64)
        return c.on_uint64(*this, dst, v, raw);
    return mismatch(c, "a number");
}

bool reader::on_double(double v, std::string_view raw) {
    DJSON_VALUE_PROLOGUE;
    if (c.on_double)
        return c.on_double(*this, dst, v, raw);
    return mismatch(c, "a number");
}

bool reader::on_bool(bool b) {
    DJSON_VALUE_PROLOGUE;
    if (c.on_bool)
        return c.on_bool(*this, dst, b);
    return mismatch(c, "a boolean");
}

bool reader::on_null() {
    DJSON_VALUE_PROLOGUE;
    if (c.on_null)
        return c.on_null(*this, dst);
    return on_null_rejected(c);
}

#undef DJSON_VALUE_PROLOGUE

// ---- path segments ----

void append_index_segment(const reader&, const frame& f, std::string& out) {
    if (f.index == 0)
        return; // no item yet: the path is the array's own
    out.push_back('/');
    append_uint(out, f.index - 1);
}

void append_key_segment(const reader& r, const frame& f, std::string& out) {
    const std::string& k = r.key_slot(r.depth_of(f));
    append_pointer_token(out, k);
}

namespace {
void append_model_segment(const reader& r, const frame& f, std::string& out) {
    if (f.index == no_member)
        return; // no key yet
    if (f.index == unknown_member) {
        append_pointer_token(out, r.key_slot(r.depth_of(f)));
        return;
    }
    append_pointer_token(out, static_cast<const model_meta*>(f.meta)->members[f.index].key);
}
} // namespace

// ---- skip: a value nobody keeps ----

namespace {
bool skip_key(reader& r, frame& f, std::string_view k) {
    r.key_slot(r.depth()).assign(k.data(), k.size());
    f.child = &reader::skip;
    if (r.seen_before(f, k))
        return r.fail(errc::duplicate_key, "duplicate key");
    return true;
}
bool skip_item(reader&, frame& f) {
    f.child = &reader::skip;
    ++f.index;
    return true;
}
bool no_end(reader&, frame&) {
    return true;
}
const frame_ops skip_object_frame{&skip_key, nullptr, &no_end, &append_key_segment};
const frame_ops skip_array_frame{nullptr, &skip_item, &no_end, &append_index_segment};
} // namespace

const type_ops reader::skip{
    "any value",
    [](reader&, void*) { return true; },
    [](reader&, void*, bool) { return true; },
    [](reader&, void*, std::int64_t, std::string_view) { return true; },
    [](reader&, void*, std::uint64_t, std::string_view) { return true; },
    [](reader&, void*, double, std::string_view) { return true; },
    [](reader&, void*, std::string_view) { return true; },
    [](reader& r, void*) {
        frame f;
        f.ops = &skip_object_frame;
        return r.push(f);
    },
    [](reader& r, void*) {
        frame f;
        f.ops = &skip_array_frame;
        return r.push(f);
    },
};

// ---- raw text: a value kept as compact JSON (additional properties) ----

namespace {
std::string& text_of(void* d) {
    return *static_cast<std::string*>(d);
}

// A string as the text spelled it (escapes kept); re-escaped when the source is a DOM.
void append_spelled(reader& r, std::string& out, std::string_view s) {
    std::string_view spelled = r.spelling(s);
    if (spelled.empty())
        append_quoted(out, s);
    else
        out.append(spelled.data(), spelled.size());
}

bool raw_number(reader& r, void* d, std::string_view raw) {
    if (raw.empty()) // a DOM's NaN or infinity: JSON cannot spell it
        return r.fail(errc::out_of_range, "number out of range for a double");
    text_of(d).append(raw.data(), raw.size());
    return true;
}

bool raw_key(reader& r, frame& f, std::string_view k) {
    r.key_slot(r.depth()).assign(k.data(), k.size());
    if (r.seen_before(f, k)) {
        f.child = &reader::skip;
        return r.fail(errc::duplicate_key, "duplicate key");
    }
    std::string& out = text_of(f.obj);
    if (f.index++ > 0)
        out.push_back(',');
    append_spelled(r, out, k);
    out.push_back(':');
    f.child = &reader::raw_text;
    f.child_dst = f.obj;
    return true;
}
bool raw_item(reader&, frame& f) {
    if (f.index++ > 0)
        text_of(f.obj).push_back(',');
    f.child = &reader::raw_text;
    f.child_dst = f.obj;
    return true;
}
bool raw_object_end(reader&, frame& f) {
    text_of(f.obj).push_back('}');
    return true;
}
bool raw_array_end(reader&, frame& f) {
    text_of(f.obj).push_back(']');
    return true;
}
const frame_ops raw_object_frame{&raw_key, nullptr, &raw_object_end, &append_key_segment};
const frame_ops raw_array_frame{nullptr, &raw_item, &raw_array_end, &append_index_segment};
} // namespace

const type_ops reader::raw_text{
    "any value",
    [](reader&, void* d) {
        text_of(d).append("null");
        return true;
    },
    [](reader&, void* d, bool b) {
        text_of(d).append(b ? "true" : "false");
        return true;
    },
    [](reader& r, void* d, std::int64_t, std::string_view raw) { return raw_number(r, d, raw); },
    [](reader& r, void* d, std::uint64_t, std::string_view raw) { return raw_number(r, d, raw); },
    [](reader& r, void* d, double, std::string_view raw) { return raw_number(r, d, raw); },
    [](reader& r, void* d, std::string_view s) {
        append_spelled(r, text_of(d), s);
        return true;
    },
    [](reader& r, void* d) {
        text_of(d).push_back('{');
        frame f;
        f.ops = &raw_object_frame;
        f.obj = d;
        return r.push(f);
    },
    [](reader& r, void* d) {
        text_of(d).push_back('[');
        frame f;
        f.ops = &raw_array_frame;
        f.obj = d;
        return r.push(f);
    },
};

// ---- djson::raw_json: raw text that starts afresh with each value ----

namespace {
void* fresh_text(void* d) {
    std::string& s = static_cast<raw_json*>(d)->buffer_for_reader();
    s.clear();
    return &s;
}
} // namespace

const type_ops reader::raw_value{
    "any JSON value",
    [](reader& r, void* d) { return raw_text.on_null(r, fresh_text(d)); },
    [](reader& r, void* d, bool b) { return raw_text.on_bool(r, fresh_text(d), b); },
    [](reader& r, void* d, std::int64_t v, std::string_view raw) {
        return raw_text.on_int64(r, fresh_text(d), v, raw);
    },
    [](reader& r, void* d, std::uint64_t v, std::string_view raw) {
        return raw_text.on_uint64(r, fresh_text(d), v, raw);
    },
    [](reader& r, void* d, double v, std::string_view raw) {
        return raw_text.on_double(r, fresh_text(d), v, raw);
    },
    [](reader& r, void* d, std::string_view s) { return raw_text.on_string(r, fresh_text(d), s); },
    [](reader& r, void* d) { return raw_text.on_object(r, fresh_text(d)); },
    [](reader& r, void* d) { return raw_text.on_array(r, fresh_text(d)); },
};

// ---- a free-form boost::json::value ----

namespace {
boost::json::value& dom_of(void* d) {
    return *static_cast<boost::json::value*>(d);
}

bool dom_key(reader& r, frame& f, std::string_view k) {
    r.key_slot(r.depth()).assign(k.data(), k.size());
    auto& o = *static_cast<boost::json::object*>(f.obj);
    if (o.contains(k)) {
        f.child = &reader::skip;
        return r.fail(errc::duplicate_key, "duplicate key");
    }
    f.child = &reader::dom;
    f.child_dst = &o.emplace(k, nullptr).first->value();
    return true;
}
bool dom_item(reader&, frame& f) {
    auto& a = *static_cast<boost::json::array*>(f.obj);
    f.child = &reader::dom;
    f.child_dst = &a.emplace_back(nullptr);
    ++f.index;
    return true;
}
const frame_ops dom_object_frame{&dom_key, nullptr, &no_end, &append_key_segment};
const frame_ops dom_array_frame{nullptr, &dom_item, &no_end, &append_index_segment};
} // namespace

const type_ops reader::dom{
    "any JSON value",
    [](reader&, void* d) {
        dom_of(d).emplace_null();
        return true;
    },
    [](reader&, void* d, bool b) {
        dom_of(d) = b;
        return true;
    },
    [](reader&, void* d, std::int64_t v, std::string_view) {
        dom_of(d) = v;
        return true;
    },
    [](reader&, void* d, std::uint64_t v, std::string_view) {
        dom_of(d) = v;
        return true;
    },
    [](reader& r, void* d, double v, std::string_view raw) {
        double x = v;
        if (!raw.empty()) {
            // A DOM double writes back in its shortest form: refuse what that would change (or what no double
            // holds) rather than change it.
            auto res = std::from_chars(raw.data(), raw.data() + raw.size(), x);
            if (res.ec != std::errc() || !std::isfinite(x) || !double_keeps_number(raw, x))
                return r.fail(errc::out_of_range,
                              "number cannot be held exactly by boost::json::value (a double keeps about 17 "
                              "significant digits, up to about 1.8e308); use djson::raw_json to keep any "
                              "number exactly");
        } else if (!read_double(r, v, raw, x)) { // a DOM's NaN or infinity
            return !r.stopped();
        }
        dom_of(d) = x;
        return true;
    },
    [](reader&, void* d, std::string_view s) {
        dom_of(d).emplace_string().assign(s);
        return true;
    },
    [](reader& r, void* d) {
        frame f;
        f.ops = &dom_object_frame;
        f.obj = &dom_of(d).emplace_object();
        return r.push(f);
    },
    [](reader& r, void* d) {
        frame f;
        f.ops = &dom_array_frame;
        f.obj = &dom_of(d).emplace_array();
        return r.push(f);
    },
};

// ---- models ----

namespace {
std::string key_list(const model_meta& m) {
    std::string out;
    std::size_t shown = 0;
    for (std::size_t i = 0; i < m.count; ++i) {
        if (shown == 20) {
            out += ", ...";
            break;
        }
        if (shown++)
            out += ", ";
        out.append(m.members[i].key);
    }
    return out;
}

bool model_key(reader& r, frame& f, std::string_view k) {
    const auto& m = *static_cast<const model_meta*>(f.meta);
    std::size_t found = no_member;
    // Keys usually arrive in declaration order: look where the previous one ended first.
    for (std::size_t n = 0, i = f.hint; n < m.count; ++n, ++i) {
        if (i == m.count)
            i = 0;
        if (m.members[i].key == k) {
            found = i;
            break;
        }
    }
    if (found != no_member) {
        f.index = found;
        f.hint = found + 1 == m.count ? 0 : found + 1;
        std::uint64_t& word = r.bits(f.bits)[found / 64];
        std::uint64_t bit = std::uint64_t{1} << (found % 64);
        if (word & bit) {
            f.child = &reader::skip;
            return r.fail(errc::duplicate_key, "duplicate key");
        }
        word |= bit;
        f.child = m.members[found].ops;
        f.child_dst = m.members[found].locate(f.obj);
        return true;
    }
    f.index = unknown_member;
    r.key_slot(r.depth()).assign(k.data(), k.size());
    f.child = &reader::skip;
    if (r.seen_before(f, k))
        return r.fail(errc::duplicate_key, "duplicate key");
    switch (m.unknown) {
    case unknown_keys::ignore:
        return true;
    case unknown_keys::reject:
        return r.fail(errc::unknown_key, "unknown key (the model has: " + key_list(m) + ")");
    case unknown_keys::capture:
        f.child = &reader::raw_text;
        f.child_dst = &m.extras(f.obj)->append_unchecked(k);
        return true;
    }
    return true;
}

bool model_end(reader& r, frame& f) {
    const auto& m = *static_cast<const model_meta*>(f.meta);
    const std::uint64_t* bits = r.bits(f.bits);
    for (std::size_t i = 0; i < m.count; ++i) {
        if (bits[i / 64] & (std::uint64_t{1} << (i % 64)))
            continue;
        if (m.members[i].on_absent) {
            m.members[i].on_absent(f.obj);
            continue;
        }
        if (!r.fail_at_key(errc::missing_required, m.members[i].key, "required key is missing"))
            return false;
    }
    return true;
}
} // namespace

const frame_ops model_frame{&model_key, nullptr, &model_end, &append_model_segment};

bool push_model(reader& r, void* obj, const model_meta& meta) {
    if (meta.extras) {
        if (auto* x = meta.extras(obj))
            x->clear();
    }
    frame f;
    f.ops = &model_frame;
    f.obj = obj;
    f.meta = &meta;
    f.index = no_member;
    f.bits = r.alloc_bits((meta.count + 63) / 64);
    return r.push(f);
}

// ---- fixed arrays ----

bool fixed_array_item(reader& r, frame& f, std::size_t n) {
    ++f.index;
    if (f.index <= n) {
        f.child = nullptr; // the caller sets the item
        return true;
    }
    f.child = &reader::skip;
    if (f.index == n + 1)
        return r.fail(errc::size_mismatch, "too many items (expected exactly " + std::to_string(n) + ")");
    return true;
}

bool fixed_array_end(reader& r, frame& f, std::size_t n) {
    if (f.index >= n)
        return true;
    std::size_t before = f.index;
    f.index = 0; // the error is about the array itself
    bool go_on = r.fail(errc::size_mismatch,
                        "expected exactly " + std::to_string(n) + " items, got " + std::to_string(before));
    f.index = before;
    return go_on;
}

// ---- scalars ----

bool null_in_optional(reader& r, const type_ops& inner) {
    if (r.depth() == 0)
        return r.on_null_rejected(inner); // the document itself: no key to omit
    return r.fail(errc::unexpected_null,
                  std::string("null is not allowed here: omit the key, or send ") + inner.expected);
}

// Messages about numbers do not echo the number: the DOM route cannot know how it was spelled, and both
// routes must say the same thing. The path names the value.
bool integer_out_of_range(reader& r, const integer_facts& type) {
    return r.fail(errc::out_of_range,
                  std::string("number out of range for ") + type.name + " (" + type.range + ")");
}

// Decided by the exact value (of the text, or of the DOM's double): a whole number outside the type's range,
// or no finite number at all, is out of range; anything else that arrives as a double (a fraction, an integer
// spelled with a fraction or exponent: 1.5, 1.0, 1e2) is not an integer.
bool integer_from_double(reader& r, std::string_view raw, const integer_facts& type) {
    bool out_of_range = raw.empty(); // a DOM's NaN or infinity
    if (!out_of_range) {
        std::string c = canonical_number(raw); // "0", or [-]digits e exponent
        std::size_t e = c.find('e');
        if (e != std::string::npos && c[e + 1] != '-') { // whole, and not zero
            bool neg = c[0] == '-';
            std::size_t digits = e - (neg ? 1 : 0);
            long long exp = std::stoll(c.substr(e + 1).size() > 18 ? "99" : c.substr(e + 1));
            if (static_cast<long long>(digits) + exp > 20) {
                out_of_range = true;
            } else {
                // compared as decimal strings of the same length: the magnitude can pass 2^64
                std::string mag =
                    c.substr(neg ? 1 : 0, digits) + std::string(static_cast<std::size_t>(exp), '0');
                std::string bound = neg ? std::to_string(type.min).substr(1) : std::to_string(type.max);
                if (neg && type.min == 0)
                    bound = "0";
                out_of_range = mag.size() != bound.size() ? mag.size() > bound.size() : mag > bound;
            }
        }
    }
    if (out_of_range)
        return integer_out_of_range(r, type);
    return r.fail(errc::type_mismatch,
                  std::string("expected ") + type.expected + ", got a number with a fraction or exponent");
}

bool read_double(reader& r, double v, std::string_view raw, double& out) {
    double x = v;
    if (!raw.empty()) {
        // Boost.JSON 1.81 may be one ulp off; the standard library rounds correctly.
        auto res = std::from_chars(raw.data(), raw.data() + raw.size(), x);
        if (res.ec == std::errc::result_out_of_range)
            x = v; // overflow: Boost says inf; underflow: its nearest
    }
    if (!std::isfinite(x)) {
        r.fail(errc::out_of_range, "number out of range for a double");
        return false;
    }
    out = x;
    return true;
}

bool read_float(reader& r, double v, std::string_view raw, float& out) {
    float x = static_cast<float>(v);
    if (!raw.empty()) {
        // Parsed as a float directly: rounding through double first could round twice.
        auto res = std::from_chars(raw.data(), raw.data() + raw.size(), x);
        if (res.ec == std::errc::result_out_of_range)
            x = std::fabs(v) >= 1 ? std::numeric_limits<float>::infinity() : static_cast<float>(v);
    }
    if (!std::isfinite(x)) {
        r.fail(errc::out_of_range, "number out of range for a float");
        return false;
    }
    out = x;
    return true;
}

bool read_enum(reader& r, std::string_view s, const std::string_view* keys, std::size_t n,
               std::size_t& index) {
    for (std::size_t i = 0; i < n; ++i) {
        if (keys[i] == s) {
            index = i;
            return true;
        }
    }
    std::string list;
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            list += ", ";
        list.append(keys[i]);
    }
    r.fail(errc::invalid_value, "unknown enum value " + quote_input(s) + " (expected one of: " + list + ")");
    return false;
}

bool read_timestamp(reader& r, std::string_view s, timestamp& out) {
    if (const char* why = parse_timestamp(s, out)) {
        r.fail(errc::invalid_value, "invalid date-time " + quote_input(s) + ": " + why +
                                        "; RFC 3339 looks like 2017-07-11T18:45:37.098Z");
        return false;
    }
    return true;
}

// ---- text: Boost.JSON's tokenizer drives the machine ----

namespace {
// Lexical steps over text the tokenizer has already accepted, to find tokens whose place it does not give.
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
const char* skip_space(const char* p, const char* end) {
    while (p < end) {
        if (is_space(*p)) {
            ++p;
        } else if (*p == '/' && end - p > 1 && p[1] == '/') { // comments, when allowed
            while (p < end && *p != '\n')
                ++p;
        } else if (*p == '/' && end - p > 1 && p[1] == '*') {
            p += 2;
            while (end - p > 1 && !(p[0] == '*' && p[1] == '/'))
                ++p;
            p = end - p > 1 ? p + 2 : end;
        } else {
            break;
        }
    }
    return p;
}
const char* skip_separators(const char* p, const char* end) {
    for (p = skip_space(p, end); p < end && (*p == ',' || *p == ':'); p = skip_space(p + 1, end)) {
    }
    return p;
}
// Past the next token (after any separators): a bracket, a string, a number or a literal.
const char* skip_token(const char* p, const char* end) {
    p = skip_separators(p, end);
    if (p == end)
        return p;
    switch (*p) {
    case '{':
    case '}':
    case '[':
    case ']':
        return p + 1;
    case '"':
        for (++p; p < end && *p != '"'; ++p)
            if (*p == '\\')
                ++p;
        return p < end ? p + 1 : end;
    default:
        while (p < end && !is_space(*p) && *p != ',' && *p != ':' && *p != ']' && *p != '}' && *p != '/')
            ++p;
        return p;
    }
}
// Just past the last token delivered.
const char* last_token_end(const text_position& pos) {
    const char* p = pos.known;
    for (std::size_t i = 0; i < pos.unknown; ++i)
        p = skip_token(p, pos.end);
    return p;
}
} // namespace

std::string_view reader::spelling(std::string_view s) {
    if (!pos_.begin)
        return {};
    if (!pos_.current_escaped)
        return {s.data() - 1, s.size() + 2}; // a view into the text, between its quotes
    // An escaped string: the token after the last one delivered.
    const char* from = skip_separators(last_token_end(pos_), pos_.end);
    const char* to = skip_token(from, pos_.end);
    pos_.known = to;
    pos_.unknown = 0;
    pos_.current_escaped = false;
    return {from, static_cast<std::size_t>(to - from)};
}

namespace {
struct handler {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    reader& r;
    text_position& pos;
    std::string &str, &key, &num; // parts of a string, key or number split by the tokenizer

    explicit handler(reader& rd)
        : r(rd), pos(rd.position()), str(rd.buffers().str), key(rd.buffers().key), num(rd.buffers().num) {}

    static bool check(bool go_on, boost::system::error_code& ec) {
        if (!go_on)
            ec = boost::json::error::exception; // the reader has recorded why
        return go_on;
    }
    bool unknown_place(bool go_on, boost::system::error_code& ec) {
        ++pos.unknown;
        return check(go_on, ec);
    }
    void known_place(const char* after) {
        pos.known = after;
        pos.unknown = 0;
    }
    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_array_begin(boost::system::error_code& ec) { return unknown_place(r.on_array_begin(), ec); }
    bool on_array_end(std::size_t, boost::system::error_code& ec) {
        return unknown_place(r.on_array_end(), ec);
    }
    bool on_object_begin(boost::system::error_code& ec) { return unknown_place(r.on_object_begin(), ec); }
    bool on_object_end(std::size_t, boost::system::error_code& ec) {
        return unknown_place(r.on_object_end(), ec);
    }
    // A string or key: whole and a view into the text when it has no escapes; in parts otherwise.
    template <class Deliver>
    bool string_like(boost::json::string_view s, std::size_t n, std::string& parts, Deliver deliver,
                     boost::system::error_code& ec) {
        if (n == s.size() && pos.in_text(s.data())) {
            known_place(s.data() + s.size() + 1);
            return check(deliver(std::string_view(s.data(), s.size())), ec);
        }
        parts.append(s.data(), s.size());
        pos.current_escaped = true;
        bool go_on = deliver(std::string_view(parts));
        parts.clear();
        if (pos.current_escaped) { // nobody asked for its spelling: its place stays unknown
            pos.current_escaped = false;
            ++pos.unknown;
        }
        return check(go_on, ec);
    }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        str.append(s.data(), s.size());
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t n, boost::system::error_code& ec) {
        return string_like(
            s, n, str, [&](std::string_view v) { return r.on_string(v); }, ec);
    }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        key.append(s.data(), s.size());
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t n, boost::system::error_code& ec) {
        return string_like(
            s, n, key, [&](std::string_view v) { return r.on_key(v); }, ec);
    }
    bool on_number_part(boost::json::string_view s, boost::system::error_code&) {
        num.append(s.data(), s.size());
        return true;
    }
    std::string_view number_text(boost::json::string_view s) {
        if (num.empty()) {
            known_place(s.data() + s.size());
            return {s.data(), s.size()};
        }
        num.append(s.data(), s.size());
        ++pos.unknown;
        return num;
    }
    template <class F> bool number(F&& f, boost::system::error_code& ec) {
        bool go_on = f();
        num.clear();
        return check(go_on, ec);
    }
    bool on_int64(std::int64_t v, boost::json::string_view s, boost::system::error_code& ec) {
        return number([&] { return r.on_int64(v, number_text(s)); }, ec);
    }
    bool on_uint64(std::uint64_t v, boost::json::string_view s, boost::system::error_code& ec) {
        return number([&] { return r.on_uint64(v, number_text(s)); }, ec);
    }
    bool on_double(double v, boost::json::string_view s, boost::system::error_code& ec) {
        return number([&] { return r.on_double(v, number_text(s)); }, ec);
    }
    bool on_bool(bool b, boost::system::error_code& ec) { return unknown_place(r.on_bool(b), ec); }
    bool on_null(boost::system::error_code& ec) { return unknown_place(r.on_null(), ec); }
    bool on_comment_part(boost::json::string_view, boost::system::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::system::error_code&) { return true; }
};

void line_and_column(std::string_view text, std::size_t offset, std::size_t& line, std::size_t& column) {
    offset = std::min(offset, text.size());
    line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    column = offset - line_start + 1;
}
} // namespace

void reader::read_text(std::string_view text, const type_ops& root, void* dst) {
    reset(root, dst);
    buf_.str.clear();
    buf_.key.clear();
    buf_.num.clear();
    boost::json::parse_options po;
    // djson's own limit answers first, with a path. Boost.JSON 1.81's tokenizer recurses once per level, so
    // however high max_depth is set, text deeper than tokenizer_depth_limit stops there (too_deep) rather
    // than running out of stack (it did at ~47,600 levels in a debug build).
    constexpr std::size_t tokenizer_depth_limit = 4096;
    po.max_depth = std::min(opt_.max_depth, tokenizer_depth_limit - 1) + 1;
    po.allow_comments = opt_.allow_comments;
    po.allow_trailing_commas = opt_.allow_trailing_commas;
    po.allow_invalid_utf8 = false;
    pos_.begin = text.data();
    pos_.end = text.data() + text.size();
    pos_.known = pos_.begin;
    boost::json::basic_parser<handler> p(po, *this);
    boost::system::error_code ec;
    std::size_t n = p.write_some(false, text.data(), text.size(), ec);
    if (stopped_)
        return;
    std::string detail;
    errc code = errc::syntax;
    if (ec) {
        if (ec == boost::json::error::too_deep)
            code = errc::too_deep;
        detail = "invalid JSON: " + ec.message();
    } else if (n < text.size()) {
        detail = "invalid JSON: unexpected text after the document";
    } else {
        return;
    }
    error_info e{code, code == errc::syntax ? syntax_error_path(n) : path(), std::move(detail)};
    line_and_column(text, n, e.line, e.column);
    errors_.push_back(std::move(e));
}

// Inside an array the last value delivered is complete, so an error after it is in the next element, in the
// one it is glued to, or (at the end of the text) in the array itself. Inside an object, in the value of the
// key just read, or else in the object itself.
std::string reader::syntax_error_path(std::size_t) const {
    const frame& f = stack_.back();
    if (stack_.size() < 2)
        return path();
    const char* last = last_token_end(pos_);
    const char* next = skip_space(last, pos_.end);
    if (f.ops->on_key) {
        // In an object: right after a key, its value is being read; after a whole member (or the opening
        // brace), the next key is, which has no path yet: the object itself.
        return next != pos_.end && *next == ':' ? path() : container_path();
    }
    if (f.ops->append_segment != &append_index_segment)
        return path();
    std::string out = container_path();
    if (next == pos_.end)
        return out; // the text ends inside the array, with no element pending
    // After a comma (or with white space between), a new element was being read; text glued to the element
    // just read ("3x", "\"a\"x") continues that element.
    std::size_t index = next == last && *next != ',' && f.index > 0 ? f.index - 1 : f.index;
    out.push_back('/');
    append_uint(out, index);
    return out;
}

// ---- a DOM drives the same machine, so both sources share every rule ----

namespace {
// The text a number would have had, for the tables that keep or re-parse it. A DOM double is written in its
// shortest form (with ".0" when integral, so it stays a double); a non-finite one has no JSON text at all:
// empty.
std::string_view number_text(const boost::json::value& v, char* buf, std::size_t size) {
    std::string s;
    switch (v.kind()) {
    case boost::json::kind::int64:
        append_int(s, v.get_int64());
        break;
    case boost::json::kind::uint64:
        append_uint(s, v.get_uint64());
        break;
    default:
        if (std::isfinite(v.get_double()))
            append_double(s, v.get_double());
        break;
    }
    std::size_t n = std::min(size, s.size());
    std::copy_n(s.data(), n, buf);
    return {buf, n};
}
} // namespace

bool reader::walk(const boost::json::value& root) {
    struct level {
        const boost::json::value* v;
        std::size_t next;
    };
    std::vector<level> todo;
    char buf[64];
    auto scalar = [&](const boost::json::value& v) -> bool {
        switch (v.kind()) {
        case boost::json::kind::null:
            return on_null();
        case boost::json::kind::bool_:
            return on_bool(v.get_bool());
        case boost::json::kind::int64:
            return on_int64(v.get_int64(), number_text(v, buf, sizeof buf));
        case boost::json::kind::uint64:
            // A DOM built in code may hold a small number as uint64; text gives it as int64, and so does
            // this.
            if (v.get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                return on_int64(static_cast<std::int64_t>(v.get_uint64()), number_text(v, buf, sizeof buf));
            return on_uint64(v.get_uint64(), number_text(v, buf, sizeof buf));
        case boost::json::kind::double_:
            return on_double(v.get_double(), number_text(v, buf, sizeof buf));
        case boost::json::kind::string: {
            const auto& s = v.get_string();
            std::string_view sv(s.data(), s.size());
            if (!valid_utf8(sv)) {
                frame& t = stack_.back();
                if (t.ops->on_item && !t.ops->on_item(*this, t))
                    return false;
                return fail(errc::invalid_value, "string is not valid UTF-8");
            }
            return on_string(sv);
        }
        default:
            return true;
        }
    };
    auto open = [&](const boost::json::value& v) -> bool {
        if (v.is_object()) {
            if (!on_object_begin())
                return false;
        } else if (v.is_array()) {
            if (!on_array_begin())
                return false;
        } else {
            return scalar(v);
        }
        todo.push_back({&v, 0});
        return true;
    };
    if (!open(root))
        return false;
    while (!todo.empty()) {
        level& l = todo.back();
        if (l.v->is_object()) {
            const auto& o = l.v->get_object();
            if (l.next == o.size()) {
                todo.pop_back();
                if (!on_object_end())
                    return false;
                continue;
            }
            const auto& kv = *(o.begin() + static_cast<std::ptrdiff_t>(l.next++));
            std::string_view k(kv.key().data(), kv.key().size());
            if (!valid_utf8(k)) {
                frame& t = top();
                key_slot(depth()).assign(k.data(), k.size());
                t.index = unknown_member;
                t.child = &skip;
                if (!fail(errc::invalid_value, "key is not valid UTF-8"))
                    return false;
            } else if (!on_key(k)) {
                return false;
            }
            if (!open(kv.value()))
                return false;
        } else {
            const auto& a = l.v->get_array();
            if (l.next == a.size()) {
                todo.pop_back();
                if (!on_array_end())
                    return false;
                continue;
            }
            if (!open(a[l.next++]))
                return false;
        }
    }
    return true;
}

void reader::read_dom(const boost::json::value& jv, const type_ops& root, void* dst) {
    reset(root, dst);
    walk(jv);
}

} // namespace djson::detail
