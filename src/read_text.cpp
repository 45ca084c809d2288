// Reading text: Boost.JSON's tokenizer drives the machine, and the reader keeps track of where tokens are,
// for the spelling of escaped strings in raw values and for the element a syntax error stopped in.
#include <djson/detail/read_ops.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>

namespace djson::detail {

// ---- text: Boost.JSON's tokenizer drives the machine ----

// ---- the events (declared in reader.hpp): here, so that the tokenizer's handler below inlines them ----

bool reader::end_container() {
    frame& f = stack_.back();
    bool go_on = f.ops->on_end(*this, f);
    if (f.keyset_used)
        keysets_[depth()].clear();
    if (f.ops == &model_frame && f.bits != in_frame_bits)
        bits_.resize(f.bits);
    stack_.pop_back();
    // The value that pushed this frame is complete: its deferred work runs, latest first.
    while (!buf_.pending.empty() && buf_.pending.back().depth == stack_.size()) {
        deferred d = buf_.pending.back();
        buf_.pending.pop_back();
        struct owner {
            deferred& d;
            ~owner() {
                if (d.tmp)
                    d.destroy(d.tmp);
            }
        } own{d};
        go_on = go_on && !stopped_ && d.finish(*this, d);
    }
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
    if (work_ ==
        &own_work_) // a document's own reader: values read again may cost 16 times the text, and 1 MiB
        own_work_ = 16 * text.size() + (std::size_t{1} << 20);
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

} // namespace djson::detail
