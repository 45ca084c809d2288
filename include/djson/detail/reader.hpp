// The reading machine, shared by every type: a stack of frames driven by JSON events (from Boost.JSON's
// basic_parser, or from a walk over a boost::json::value), and per-type tables of functions that the
// templates in read_ops.hpp generate. Everything here is type-erased so it is compiled once, in
// src/reader.cpp.
#pragma once

#include <djson/config.hpp>

#include <djson/detail/text.hpp>
#include <djson/error.hpp>
#include <djson/options.hpp>

#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace djson::detail {

class reader;
struct frame;

// How a value event lands in an object of one type. A missing function (nullptr) means "this JSON kind is not
// accepted here" and yields a type_mismatch naming `expected`.
struct type_ops {
    const char* expected = ""; // "a string", "an integer (int32)", ... for messages
    bool (*on_null)(reader&, void*) = nullptr;
    bool (*on_bool)(reader&, void*, bool) = nullptr;
    bool (*on_int64)(reader&, void*, std::int64_t, std::string_view raw) = nullptr;
    bool (*on_uint64)(reader&, void*, std::uint64_t, std::string_view raw) = nullptr;
    bool (*on_double)(reader&, void*, double, std::string_view raw) = nullptr;
    bool (*on_string)(reader&, void*, std::string_view) = nullptr;
    bool (*on_object)(reader&, void*) = nullptr; // pushes a frame
    bool (*on_array)(reader&, void*) = nullptr;  // pushes a frame
    // on_double needs no `raw` when the double is exactly the number meant (as a DOM's is): a DOM walk then
    // skips writing the number's text.
    bool exact_double = false;
};

// How a container (object or array) being read handles its keys, items and end.
struct frame_ops {
    bool (*on_key)(reader&, frame&, std::string_view key); // objects: choose the child for this key
    bool (*on_item)(reader&, frame&);                      // arrays: before each item, choose the child
    bool (*on_end)(reader&, frame&);                       // the closing bracket
    // Appends the path segment of the current child ("/key" or "/3").
    void (*append_segment)(const reader&, const frame&, std::string& out);
    // Arrays: told how many items are coming when the source knows (a DOM), before the first one.
    void (*expect_items)(frame&, std::size_t count) = nullptr;
};

struct frame {
    const frame_ops* ops = nullptr;
    void* obj = nullptr;        // the container being filled
    const void* meta = nullptr; // static per-type table (a model's members, an array's size, ...)
    const type_ops* child = nullptr;
    void* child_dst = nullptr;
    std::size_t index = 0;    // current member index / count of items so far
    std::size_t hint = 0;     // models: where to look first for the next key (keys usually come in order)
    std::size_t bits = 0;     // models: offset of their "seen" bits in reader::bits_, or in_frame_bits
    std::uint64_t seen = 0;   // models of at most 64 members: their "seen" bits, kept in the frame itself
    bool keyset_used = false; // objects whose keys are checked for duplicates through reader::keysets_
};
inline constexpr std::size_t in_frame_bits = static_cast<std::size_t>(-1); // frame::bits: see frame::seen

inline constexpr std::size_t no_member = static_cast<std::size_t>(-1); // a model frame before its first key
inline constexpr std::size_t unknown_member =
    static_cast<std::size_t>(-2); // ... at a key it does not declare

// Where the tokenizer is in the text being read. Strings without escapes and numbers arrive as views into the
// text, so their place is known; other tokens (brackets, literals, escaped strings) are counted, and found by
// a short scan from the last known place only when wanted: the spelling of an escaped string in a value kept
// as raw JSON, or the element a syntax error stopped in.
struct text_position {
    const char* begin = nullptr; // the document; nullptr when reading a DOM
    const char* end = nullptr;
    const char* known = nullptr;  // just past the last token whose place is known
    std::size_t unknown = 0;      // tokens delivered since then
    bool current_escaped = false; // the string or key being delivered now had escapes (its place is unknown)

    bool in_text(const char* p) const noexcept {
        return begin && std::less_equal<>()(begin, p) && std::less<>()(p, end);
    }
};

// Work to do when the value being read at some depth is complete: decode a codec's representation, check a
// member's constraints. A scalar is complete when its event returns; an object or array when its closing
// bracket pops the frame it pushed, and that is when deferred work registered for its depth runs (latest
// first, so a codec decodes before the member's constraints look at the result).
struct deferred {
    std::size_t depth;     // the depth of the frame whose end completes the value
    std::size_t errors_at; // the error count when the value began: new errors mean it was not read
    void* dst;             // the value's destination
    void* tmp;             // an owned temporary (a codec's representation), or nullptr
    bool (*finish)(reader&, deferred&); // false only when reading must stop; may take tmp (setting it null)
    void (*destroy)(void* tmp);         // frees tmp
};

// The keys of one object, for duplicate checks: an open-addressing table over one buffer of key bytes. Its
// storage stays from object to object (clearing only starts a new generation), so a warm read allocates
// nothing for it.
class DJSON_API key_set {
  public:
    bool insert(std::string_view k); // false when `k` is there already
    bool contains(std::string_view k) const noexcept;
    void clear() noexcept {
        keys_.clear();
        bytes_.clear();
        ++generation_;
    }
    bool empty() const noexcept { return keys_.empty(); }

  private:
    struct key {
        std::size_t at, size, hash;
    };
    struct slot {
        std::size_t generation = 0, index = 0; // empty unless generation == generation_
    };
    std::size_t find(std::string_view k,
                     std::size_t hash) const noexcept; // k's slot, or the empty one for it
    void grow();
    std::string bytes_;
    std::vector<key> keys_;
    std::vector<slot> slots_;
    std::size_t generation_ = 1;
};

// A container of a DOM being walked, and its next element.
struct dom_level {
    const boost::json::value* v;
    std::size_t next;
};

// The reader's working memory. Each thread keeps one and lends it to one reader at a time, so that a warm
// read allocates nothing; a nested read on the same thread (a reader running while another is active) gets
// its own.
struct reader_buffers {
    std::vector<frame> stack;
    std::vector<std::uint64_t> bits;
    std::vector<std::string> keys;
    std::vector<key_set> keysets;
    std::vector<deferred> pending;
    std::string str, key, num;         // a string, key or number the tokenizer hands over in parts
    std::vector<dom_level> dom_levels; // a DOM's walk
    bool in_use = false;
};

class DJSON_API reader {
  public:
    reader(const options& opt, errors& out);
    ~reader();
    reader(const reader&) = delete;
    reader& operator=(const reader&) = delete;

    // Reads one document from text or from a DOM into `dst` through `root`. The errors go to `out`.
    void read_text(std::string_view text, const type_ops& root, void* dst);
    void read_dom(const boost::json::value& jv, const type_ops& root, void* dst);

    // ---- for the type tables ----
    const options& opts() const noexcept { return opt_; }
    std::size_t depth() const noexcept { return stack_.size() - 1; }
    std::size_t depth_of(const frame& f) const noexcept {
        return static_cast<std::size_t>(&f - stack_.data());
    }

    // Records an error at the current child's path (or `suffix` appended to the container's path when given).
    // Returns false when reading must stop (first-error mode, or the cap).
    bool fail(errc code, std::string detail);
    bool fail_at_key(errc code, std::string_view key, std::string detail);
    // Records an error at the JSON Pointer `path` (a full path).
    bool fail_at(errc code, std::string path, std::string detail);
    // Records an error at `below`, a JSON Pointer under the current value's ("" for the value itself).
    bool fail_below(errc code, std::string_view below, std::string detail) {
        return below.empty() ? fail(code, std::move(detail))
                             : fail_at(code, path().append(below), std::move(detail));
    }
    bool mismatch(const type_ops& expected, const char* got);
    // An object or array where `expected` is wanted: the error, then the value is skipped.
    bool mismatch_container(const type_ops& expected, bool is_array);
    // `null` where `expected` is wanted and it is not nullable.
    bool on_null_rejected(const type_ops& expected);

    // Checks the depth. Inline: every object and array pushes one.
    bool push(const frame& f) {
        const std::size_t d = stack_.size(); // the new frame's depth
        if (d > opt_.max_depth || d >= keys_.size()) [[unlikely]]
            return push_slow(f);
        stack_.push_back(f);
        keys_[d].clear();
        return true;
    }
    // Runs d.finish when the container that the current value pushed ends (d.depth is its frame's depth).
    // Reading that stops first destroys d.tmp without finishing.
    void defer(const deferred& d);
    std::size_t error_count() const noexcept { return errors_.size(); }
    // True when an error was recorded at `path` (exactly) since errors_at.
    bool has_error_at(std::string_view path, std::size_t since = 0) const noexcept;
    frame& top() noexcept { return stack_.back(); }
    // Removes the top frame without ending it, for a frame that gives its place to another at the same depth
    // (a tagged variant's probe, once its tag names the alternative). It must own no bits and no key set.
    void abandon_top() noexcept { stack_.pop_back(); }

    // A value to throw away (an ignored key, or after an error): its objects still get duplicate checks.
    static const type_ops skip;
    // A value kept as compact JSON text in a std::string (additional properties).
    static const type_ops raw_text;
    // A free-form boost::json::value: numbers that a DOM cannot hold exactly are rejected.
    static const type_ops dom;
    // A djson::raw_json.
    static const type_ops raw_value;

    // The key most recently read at the top frame's depth, kept for paths and messages.
    std::string& key_slot(std::size_t depth);
    const std::string& key_slot(std::size_t depth) const { return keys_[depth]; }
    // The word of "seen" bits that holds member `i`'s bit, for the model read at frame `f`.
    std::uint64_t& seen_word(frame& f, std::size_t i) noexcept {
        return f.bits == in_frame_bits ? f.seen : bits_[f.bits + i / 64];
    }
    std::size_t alloc_bits(std::size_t words);
    // True when `key` was already seen in the object at the top frame (unknown keys, maps of a model...).
    bool seen_before(frame& f, std::string_view key);
    // True when `key` was seen in the object at frame `f` (whose keys went through seen_before).
    bool seen(const frame& f, std::string_view key) const noexcept {
        return keysets_[depth_of(f)].contains(key);
    }

    std::string path() const;           // JSON Pointer of the current value
    std::string container_path() const; // JSON Pointer of the top frame's container

    // ---- events ----
    bool on_object_begin();
    bool on_object_end();
    bool on_array_begin();
    bool on_array_end();
    bool on_key(std::string_view k);
    bool on_string(std::string_view s);
    bool on_int64(std::int64_t v, std::string_view raw);
    bool on_uint64(std::uint64_t v, std::string_view raw);
    bool on_double(double v, std::string_view raw);
    bool on_bool(bool b);
    bool on_null();

    // The work a document may cost in values read again (a variant is captured, then read as its
    // alternatives; a oneOf inside oneOfs multiplies that): bytes left, shared by the nested readers of one
    // document, so that hostile nesting cannot make reading exponential.
    std::size_t& work_left() noexcept { return *work_; }
    void share_work(reader& parent) noexcept { work_ = parent.work_; }

    bool stopped() const noexcept { return stopped_; }
    reader_buffers& buffers() noexcept { return buf_; }
    text_position& position() noexcept { return pos_; }
    // The string or key `s` being delivered as it is spelled in the text, quotes included; empty when reading
    // a DOM, which has no spelling.
    std::string_view spelling(std::string_view s);

  private:
    bool walk(const boost::json::value& jv);
    bool push_slow(const frame& f);
    bool on_dom_double(double v);
    void reset(const type_ops& root, void* dst);
    bool end_container();
    void drop_pending() noexcept;
    std::string syntax_error_path(std::size_t offset) const;

    const options& opt_;
    errors& errors_;
    reader_buffers* own_ = nullptr; // set when the thread's buffers were busy
    reader_buffers& buf_;
    std::vector<frame>& stack_;
    std::vector<std::uint64_t>& bits_;
    std::vector<std::string>& keys_;
    std::vector<key_set>& keysets_;
    text_position pos_;
    std::size_t own_work_ = 0;
    std::size_t* work_ = &own_work_;
    bool stopped_ = false;
};

// ---- helpers the type tables share (src/read_rows.cpp) ----

struct integer_facts; // meta.hpp

// Each returns what the event handler returns: false only when reading must stop.
DJSON_API bool integer_out_of_range(reader& r, const integer_facts& type);
// `raw`: the number's text (empty for a DOM's NaN or infinity).
DJSON_API bool integer_from_double(reader& r, std::string_view raw, const integer_facts& type);
// True when Boost.JSON's double for the number spelled `raw` is surely correctly rounded, seen at a glance:
// at most 15 characters (so at most 15 digits, at most 14 of them after the point) and no exponent.
// read_double decides the other numbers.
inline bool plain_short_number(std::string_view raw) noexcept {
    if (raw.empty() || raw.size() > 15)
        return false;
    for (char c : raw)
        if ((c | 0x20) == 'e')
            return false;
    return true;
}
// These return true when `out` was set.
DJSON_API bool read_double(reader& r, double v, std::string_view raw, double& out);
DJSON_API bool read_float(reader& r, double v, std::string_view raw, float& out);
// options::numbers_in_strings: `s` as the number it spells, through `ops` (a mismatch when it is not one).
DJSON_API bool number_in_string(reader& r, const type_ops& ops, void* d, std::string_view s);

} // namespace djson::detail
