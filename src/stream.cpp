// The type-free part of the stream readers (include/djson/stream.hpp): a chunked input buffer, and the
// splitters that find where each array item or line ends and hand its bytes to djson's reader.
//
// An array item is read as the text "[" + its bytes + "]" (a std::vector<T> of one item) rather than as a T,
// so that everything that depends on the enclosing array is the whole document's: the depth, the paths and
// messages of syntax errors, the tokenizer's state. Between items the splitter only recognizes white space,
// comments (when allowed), ',' and ']'; everything else, and every doubtful case (an empty item, the end of
// the input), is given to the tokenizer in a small "probe" text in the same state, so that what is accepted
// and the message of every syntax error are always Boost.JSON's, never a copy of them.
#include <djson/raw_json.hpp>
#include <djson/stream.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <istream>
#include <memory>
#include <string>
#include <system_error>

namespace djson::detail {

// ---- sources ----

std::size_t read_from_file(void* file, char* dst, std::size_t n) {
    auto* f = static_cast<std::FILE*>(file);
    errno = 0;
    std::size_t got = std::fread(dst, 1, n, f);
    if (got == 0 && std::ferror(f))
        throw std::system_error(errno != 0 ? errno : EIO, std::generic_category(), "djson: reading a file");
    return got;
}

std::size_t read_from_istream(void* in, char* dst, std::size_t n) {
    auto& s = *static_cast<std::istream*>(in);
    if (!s.good())
        return 0;
    s.read(dst, static_cast<std::streamsize>(n));
    if (s.bad())
        throw std::system_error(std::make_error_code(std::io_errc::stream), "djson: reading a stream");
    return static_cast<std::size_t>(s.gcount());
}

std::size_t read_from_text(void* rest, char* dst, std::size_t n) {
    auto& text = *static_cast<std::string_view*>(rest);
    n = std::min(n, text.size());
    if (n != 0)
        std::memcpy(dst, text.data(), n);
    text.remove_prefix(n);
    return n;
}

namespace {

// ---- the buffer ----

// The '\n' in [p, end), eight bytes at a time: a byte is zero after the xor exactly when its high bit stays
// clear in ((t & 0x7f..) + 0x7f..) | t, which carries nothing from one byte into the next.
std::size_t count_newlines(const char* p, const char* end) noexcept {
    std::size_t n = 0;
    constexpr std::uint64_t ones = 0x0101010101010101u, lows = 0x7f7f7f7f7f7f7f7fu;
    for (; end - p >= 8; p += 8) {
        std::uint64_t t;
        std::memcpy(&t, p, 8);
        t ^= ones * '\n';
        std::uint64_t zero = (~(((t & lows) + lows) | t) & ~lows) >> 7; // 1 in each byte that was '\n'
        n += static_cast<std::size_t>((zero * ones) >> 56);             // their sum, in the top byte
    }
    for (; p < end; ++p)
        n += *p == '\n';
    return n;
}

// The bytes read so far that are still wanted, [0, size()): the input's bytes from offset dropped(). Reading
// more first drops the bytes before a given offset (what the caller no longer needs), so the buffer holds the
// bytes still wanted plus one chunk.
class input {
  public:
    input(const byte_source& src, std::size_t chunk) : src_(src), chunk_(std::max<std::size_t>(chunk, 1)) {}

    char* data() noexcept { return buf_.get(); }
    std::size_t size() const noexcept { return size_; }

    // Drops [0, keep) (every offset the caller holds moves down by `keep`), then reads one chunk. False when
    // the input is exhausted.
    bool more(std::size_t keep) {
        drop(keep);
        if (exhausted_)
            return false;
        if (size_ + chunk_ > cap_)
            grow(size_ + chunk_);
        std::size_t got = src_.read(src_.ctx, buf_.get() + size_, chunk_);
        if (got == 0) {
            exhausted_ = true;
            return false;
        }
        size_ += got;
        return true;
    }

    // Reads the rest of the input, keeping none of it: afterwards size() is 0 and offset 0 is the input's
    // end.
    void drain() {
        while (more(size_)) {
        }
    }

    // The 1-based line and byte column of buffer offset `at` (counted when an error needs it).
    void line_column(std::size_t at, std::size_t& line, std::size_t& column) const {
        const char* b = buf_.get();
        line = lines_ + 1 + count_newlines(b, b + at);
        std::size_t start = line_start_;
        for (std::size_t i = at; i > 0; --i)
            if (b[i - 1] == '\n') {
                start = base_ + i;
                break;
            }
        column = base_ + at - start + 1;
    }

  private:
    void drop(std::size_t keep) {
        if (keep == 0)
            return;
        const char* b = buf_.get();
        lines_ += count_newlines(b, b + keep);
        for (std::size_t i = keep; i > 0; --i)
            if (b[i - 1] == '\n') {
                line_start_ = base_ + i;
                break;
            }
        std::memmove(buf_.get(), b + keep, size_ - keep);
        size_ -= keep;
        base_ += keep;
    }
    void grow(std::size_t want) {
        std::size_t cap = std::max(want, 2 * cap_);
        auto bigger = std::make_unique_for_overwrite<char[]>(cap);
        if (size_ != 0)
            std::memcpy(bigger.get(), buf_.get(), size_);
        buf_ = std::move(bigger);
        cap_ = cap;
    }

    byte_source src_;
    std::size_t chunk_;
    std::unique_ptr<char[]> buf_;
    std::size_t cap_ = 0;
    std::size_t size_ = 0;
    std::size_t base_ = 0; // input offset of buf_[0]
    bool exhausted_ = false;
    std::size_t lines_ = 0;      // '\n' before base_
    std::size_t line_start_ = 0; // input offset just past the last '\n' before base_
};

// ---- errors of a piece, placed in the whole input ----

// A piece of text given to the reader: `synthetic` bytes of our own (no newline among them), then the input's
// bytes from buffer offset `at` (on input line `line` when it is known, starting there); its array indices
// start at `first_index`. `piece` is the whole text, when a syntax error at its very end may stand for one at
// the end of the input (not for NDJSON, whose lines are documents).
struct placement {
    std::size_t synthetic;
    std::size_t at;
    std::size_t first_index;
    std::string_view piece = {};
    std::size_t line = 0;
};

// The 1-based line and byte column of the end of `text`, as the reader computes them.
void end_of(std::string_view text, std::size_t& line, std::size_t& column) {
    line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    std::size_t last = text.rfind('\n');
    column = text.size() - (last == std::string_view::npos ? 0 : last + 1) + 1;
}

// "/i..." -> "/(first_index + i)...": a piece's paths start with its array index.
std::string shift_index(const std::string& path, std::size_t first_index) {
    if (first_index == 0 || path.empty())
        return path;
    std::size_t i = 1, n = 0;
    while (i < path.size() && path[i] >= '0' && path[i] <= '9')
        n = n * 10 + static_cast<std::size_t>(path[i++] - '0');
    // Appended piece by piece: g++ 12's -Wrestrict misfires on "literal" + std::string&& at -O2.
    std::string out = "/";
    out += std::to_string(first_index + n);
    out.append(path, i, std::string::npos);
    return out;
}

class collector {
  public:
    explicit collector(const options& opt) : opt_(opt), piece_opt_(opt) {}

    // The options a piece is read with: the errors already found count towards max_errors.
    const options& piece_options() {
        piece_opt_.max_errors = opt_.max_errors > list_.size() ? opt_.max_errors - list_.size() : 0;
        return piece_opt_;
    }

    // Adds the errors of a piece read with piece_options(), its paths after `prefix` (NDJSON's "/index").
    void add(errors& piece, input& in, const placement& where, std::string_view prefix = {}) {
        for (auto& e : piece) {
            e.path = prefix.empty() ? shift_index(e.path, where.first_index) : std::string(prefix) + e.path;
            if (e.line != 0)
                place(e, in, where);
            if (e.code == errc::too_many_errors && piece_opt_.max_errors != opt_.max_errors) {
                // The cap's notice names the cap: the whole input's, not what was left of it.
                std::string left = std::to_string(piece_opt_.max_errors);
                std::size_t p = e.detail.find(left);
                if (p != std::string::npos)
                    e.detail.replace(p, left.size(), std::to_string(opt_.max_errors));
            }
            list_.push_back(std::move(e));
        }
    }

    // True when the last piece's reader stopped by itself (a syntax error, too_deep, the error cap, or any
    // error with stop_at_first_error), as the reader of the whole document then would have.
    static bool stopped(const errors& piece, const options& opt) {
        if (piece.empty())
            return false;
        errc last = piece.back().code;
        return opt.stop_at_first_error || last == errc::syntax || last == errc::too_deep ||
               last == errc::too_many_errors;
    }
    // True when the error cap or stop_at_first_error ended reading.
    static bool capped(const errors& piece, const options& opt) {
        return !piece.empty() && (opt.stop_at_first_error || piece.back().code == errc::too_many_errors);
    }

    errors take() { return std::move(list_); }

  private:
    static void place(error_info& e, input& in, const placement& where) {
        if (!where.piece.empty()) {
            // The tokenizer places some errors (a '/' that starts no comment) at the end of the text it was
            // given: for the whole document, the end of the input. The piece ends where the item's delimiter
            // is, or a little past a doubtful byte, so an error at its very end is one of those.
            std::size_t end_line = 0, end_column = 0;
            end_of(where.piece, end_line, end_column);
            if (e.line == end_line && e.column == end_column) {
                in.drain();
                in.line_column(0, e.line, e.column);
                return;
            }
        }
        std::size_t line = where.line, column = 1;
        if (line == 0)
            in.line_column(where.at, line, column);
        if (e.line == 1) {
            // On the piece's first line: columns count from `at`, after the synthetic bytes.
            std::size_t offset = e.column - 1;
            e.column = column + (offset > where.synthetic ? offset - where.synthetic : 0);
            e.line = line;
        } else {
            e.line = line + e.line - 1; // later lines are whole lines of the input
        }
    }

    const options& opt_;
    options piece_opt_;
    errors list_;
};

bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

using byte_table = std::array<bool, 256>;
constexpr byte_table table_of(std::string_view bytes, bool controls = false) {
    byte_table t{};
    for (char c : bytes)
        t[static_cast<unsigned char>(c)] = true;
    for (unsigned c = 0; controls && c < 0x20; ++c)
        t[c] = true;
    return t;
}
// Bytes that may continue a number or a literal; anything else ends it (and the tokenizer judges it).
constexpr byte_table scalar_bytes = table_of("0123456789-+.eEtrufalsn");
// What a string's scan stops at: its end, an escape, a control character (the tokenizer's error).
constexpr byte_table string_stops = table_of("\"\\", true);
// What matters in a container outside strings.
constexpr byte_table container_stops = table_of("\"[]{}/");

bool is_scalar_byte(char c) noexcept {
    return scalar_bytes[static_cast<unsigned char>(c)];
}

// The first of [p, end) that string_stops holds, eight bytes at a time: a byte of the word is flagged when it
// is '"', '\\' or below 0x20 (the lowest flag of each test is exact, so the lowest of all is).
const char* find_string_stop(const char* p, const char* end) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
        constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
        for (; end - p >= 8; p += 8) {
            std::uint64_t x;
            std::memcpy(&x, p, 8);
            std::uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
            std::uint64_t hit =
                ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((x - ones * 0x20) & ~x);
            hit &= highs;
            if (hit != 0)
                return p + std::countr_zero(hit) / 8;
        }
    }
    while (p < end && !string_stops[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

// How many of the input's bytes a piece that ends in a syntax error includes past the point the splitter
// doubts: the tokenizer takes faster paths when enough bytes follow a token (33 for a number, 11 for a \u
// escape, 5 for a literal), and they place errors differently, so it must see at least as many as it would
// in the whole input.
constexpr std::size_t probe_margin = 64;

// ---- arrays ----

class array_splitter {
  public:
    array_splitter(const byte_source& src, const item_sink& sink, const options& opt,
                   const stream_options& so)
        : in_(src, so.chunk_size), sink_(sink), opt_(opt), out_(opt) {}

    errors run() {
        while (step()) {
        }
        return out_.take();
    }

  private:
    enum class phase {
        top,
        before_item,
        string_item,
        container_item,
        scalar_item,
        after_item,
        trailing,
        done
    };
    enum class comment { none, slash, line, block, block_star };

    // One step of the state machine over the buffered bytes; false when reading is over.
    bool step() {
        if (pos_ == in_.size() && !fill(keep_from()))
            return at_end();
        if (comment_ != comment::none)
            return step_comment();
        switch (phase_) {
        case phase::top:
            return top();
        case phase::before_item:
            return before_item();
        case phase::string_item:
            return string_item();
        case phase::container_item:
            return container_item();
        case phase::scalar_item:
            return scalar_item();
        case phase::after_item:
            return after_item();
        case phase::trailing:
            return trailing();
        case phase::done:
            break;
        }
        return false;
    }

    // The bytes still wanted: from the current item's opening delimiter ('[' or ','), or, outside the array,
    // from the comment or the byte being looked at.
    std::size_t keep_from() const noexcept {
        if (phase_ == phase::top || phase_ == phase::trailing)
            return comment_ != comment::none ? mark_ : pos_;
        return begin_ - 1;
    }

    // Reads more, dropping [0, keep); the offsets held move with the bytes. False at the end of the input.
    bool fill(std::size_t keep) {
        bool more = in_.more(keep);
        pos_ -= keep;
        begin_ -= std::min(begin_, keep);
        mark_ -= std::min(mark_, keep);
        return more;
    }

    // Makes sure the buffer holds `n` bytes from `at` (or all that is left of the input); `at` moves with
    // the bytes.
    void want(std::size_t& at, std::size_t n) {
        while (in_.size() - at < n) {
            std::size_t keep = std::min(at, keep_from());
            bool more = fill(keep);
            at -= keep;
            if (!more)
                return;
        }
    }

    // Comments, when allowed: `//` to the end of the line, `/* */`. A '/' that starts neither is the
    // tokenizer's to judge.
    bool step_comment() {
        const char* b = in_.data();
        std::size_t n = in_.size();
        switch (comment_) {
        case comment::slash:
            if (b[pos_] != '/' && b[pos_] != '*') {
                comment_ = comment::none;
                return doubtful(mark_);
            }
            comment_ = b[pos_] == '/' ? comment::line : comment::block;
            ++pos_;
            return true;
        case comment::line:
            if (const void* nl = std::memchr(b + pos_, '\n', n - pos_)) {
                pos_ = static_cast<std::size_t>(static_cast<const char*>(nl) - b) + 1;
                comment_ = comment::none;
            } else {
                pos_ = n;
            }
            return true;
        case comment::block:
        case comment::block_star:
            // As Boost.JSON's tokenizer scans: the byte after a '*' closes the comment when it is '/' and is
            // passed over otherwise, even when it is another '*' (so "**/" does not close it).
            for (; pos_ < n; ++pos_) {
                char c = b[pos_];
                if (comment_ == comment::block_star) {
                    comment_ = comment::block;
                    if (c == '/') {
                        ++pos_;
                        comment_ = comment::none;
                        return true;
                    }
                } else if (c == '*') {
                    comment_ = comment::block_star;
                }
            }
            return true;
        case comment::none:
            break;
        }
        return true;
    }

    // A '/' outside strings: a comment when they are allowed, else the tokenizer's error.
    bool slash() {
        if (!opt_.allow_comments)
            return doubtful(pos_);
        mark_ = pos_++;
        comment_ = comment::slash;
        return true;
    }

    bool top() {
        const char* b = in_.data();
        for (std::size_t n = in_.size(); pos_ < n; ++pos_) {
            char c = b[pos_];
            if (is_space(c))
                continue;
            if (c == '/' && opt_.allow_comments)
                return slash();
            if (c != '[')
                return whole_document(pos_);
            if (opt_.max_depth == 0) // the array itself is too deep: the reader says so at its '['
                return probe("[", pos_, pos_, 0);
            begin_ = pos_ = pos_ + 1;
            phase_ = phase::before_item;
            return true;
        }
        return true;
    }

    bool before_item() {
        const char* b = in_.data();
        for (std::size_t n = in_.size(); pos_ < n; ++pos_) {
            char c = b[pos_];
            if (is_space(c))
                continue;
            switch (c) {
            case '/':
                return slash();
            case ',':
            case ']':
                return empty_item(pos_);
            case '"':
                ++pos_;
                in_string_ = true;
                escaped_ = false;
                phase_ = phase::string_item;
                return true;
            case '{':
            case '[':
                ++pos_;
                depth_ = 1;
                in_string_ = escaped_ = false;
                phase_ = phase::container_item;
                return true;
            default:
                if (!is_scalar_byte(c))
                    return doubtful(pos_);
                phase_ = phase::scalar_item;
                return true;
            }
        }
        return true;
    }

    // Inside a string, to its closing quote; false when reading is over (a control character, which is the
    // tokenizer's error). (The loops work on a local copy of pos_: a char* may alias any member.)
    bool in_string(const char* b, std::size_t n) {
        std::size_t p = pos_;
        if (escaped_ && p < n) {
            escaped_ = false;
            ++p;
        }
        for (;;) {
            p = static_cast<std::size_t>(find_string_stop(b + p, b + n) - b);
            if (p == n) {
                pos_ = p;
                return true;
            }
            char c = b[p];
            if (c == '"') {
                in_string_ = false;
                pos_ = p + 1;
                return true;
            }
            if (c != '\\') {
                pos_ = p;
                return doubtful(p);
            }
            if (p + 1 == n) { // the escaped byte is in the next chunk
                escaped_ = true;
                pos_ = n;
                return true;
            }
            p += 2;
        }
    }

    bool string_item() {
        if (!in_string(in_.data(), in_.size()))
            return false;
        if (!in_string_)
            phase_ = phase::after_item;
        return true;
    }

    bool container_item() {
        const char* b = in_.data();
        const std::size_t n = in_.size();
        std::size_t depth = depth_;
        while (pos_ < n) {
            if (in_string_) {
                if (!in_string(b, n))
                    return false;
                continue;
            }
            std::size_t p = pos_;
            while (p < n && !container_stops[static_cast<unsigned char>(b[p])])
                ++p;
            pos_ = p;
            if (p == n)
                break;
            switch (b[p]) {
            case '"':
                in_string_ = true;
                break;
            case '{':
            case '[':
                ++depth;
                break;
            case '/':
                depth_ = depth;
                return slash();
            default: // '}' or ']'
                if (--depth == 0) {
                    depth_ = 0;
                    pos_ = p + 1;
                    phase_ = phase::after_item;
                    return true;
                }
                break;
            }
            pos_ = p + 1;
        }
        depth_ = depth;
        return true;
    }

    bool scalar_item() {
        const char* b = in_.data();
        for (std::size_t n = in_.size(); pos_ < n; ++pos_)
            if (!is_scalar_byte(b[pos_])) {
                phase_ = phase::after_item;
                return true;
            }
        return true;
    }

    bool after_item() {
        const char* b = in_.data();
        for (std::size_t n = in_.size(); pos_ < n; ++pos_) {
            char c = b[pos_];
            if (is_space(c))
                continue;
            if (c == '/')
                return slash();
            if (c == ',' || c == ']')
                return item(pos_);
            return doubtful(pos_);
        }
        return true;
    }

    bool trailing() {
        const char* b = in_.data();
        for (std::size_t n = in_.size(); pos_ < n; ++pos_) {
            char c = b[pos_];
            if (is_space(c))
                continue;
            if (c == '/' && opt_.allow_comments)
                return slash();
            return doubtful(pos_);
        }
        return true;
    }

    // The item [begin_, end) and its delimiter at `end` (',' or ']'), read as "[" item "]" in place.
    bool item(std::size_t end) {
        char* b = in_.data();
        char was_close = b[end];
        std::string_view piece(b + begin_ - 1, end - begin_ + 2);
        errors errs;
        bool go_on = true;
        {
            struct restore { // the delimiters, even when the caller's function throws
                char* open;
                char* close;
                char was_open, was_close;
                ~restore() {
                    *open = was_open;
                    *close = was_close;
                }
            } r{b + begin_ - 1, b + end, b[begin_ - 1], was_close};
            *r.open = '[';
            *r.close = ']';
            go_on = sink_.item(sink_.ctx, piece, index_, out_.piece_options(), errs);
        }
        if (!errs.empty() && errs.back().code == errc::syntax) {
            // Bad JSON in the item: where the tokenizer places the error can depend on the bytes after the
            // item, which the closed piece does not have. Read it again with them, as the whole input has.
            want(end, probe_margin + 1);
            return cut_item();
        }
        bool stopped = collector::stopped(errs, opt_);
        out_.add(errs, in_, {1, begin_, index_, piece}); // (the piece's delimiters are back: no newline)
        if (stopped || !go_on)
            return stop();
        if (was_close == ']')
            return array_end(end);
        ++index_;
        begin_ = pos_ = end + 1;
        phase_ = phase::before_item;
        return true;
    }

    bool array_end(std::size_t bracket) {
        pos_ = bracket + 1;
        phase_ = phase::trailing;
        return true;
    }

    // The prefix of a probe that puts the tokenizer where it is before the current item: just after '[', or
    // after an item and its ','; and the index that the probe's first item stands for.
    std::string_view probe_prefix() const noexcept { return index_ == 0 ? "[" : "[0,"; }
    std::size_t probe_index() const noexcept { return index_ == 0 ? 0 : index_ - 1; }

    // No item between two delimiters: "[]" is an empty array; otherwise the tokenizer decides (a trailing
    // comma, a comment before ']').
    bool empty_item(std::size_t end) {
        if (index_ == 0 && in_.data()[end] == ']')
            return array_end(end);
        if (!probe(probe_prefix(), end + 1, begin_, probe_index()))
            return false;
        return array_end(end); // accepted: it was ']'
    }

    // A byte at `at` that the splitter does not expect: the tokenizer reads up to it (and a little past it)
    // in the same state, and says what is wrong there. Reading stops.
    bool doubtful(std::size_t at) {
        want(at, probe_margin);
        switch (phase_) {
        case phase::top:
            return whole_document(at);
        case phase::trailing:
            return probe("[]", in_.size(), at, 0) && stop();
        default:
            return cut_item();
        }
    }

    // The current item from its delimiter to what is buffered, unclosed ("[" + bytes): at the end of the
    // input, or past a doubtful byte. Reading stops.
    bool cut_item() {
        char* b = in_.data();
        char was_open = b[begin_ - 1];
        b[begin_ - 1] = '[';
        errors errs;
        std::string_view piece(b + begin_ - 1, in_.size() - begin_ + 1);
        try {
            sink_.item(sink_.ctx, piece, index_, out_.piece_options(), errs);
        } catch (...) {
            b[begin_ - 1] = was_open;
            throw;
        }
        b[begin_ - 1] = was_open;
        out_.add(errs, in_, {1, begin_, index_, piece});
        return stop();
    }

    // `prefix` + the input's bytes [at, end), read as an array of free-form values (which take any value, so
    // only the structure can fail). True when it reads without error; otherwise its errors are added and
    // reading stops.
    bool probe(std::string_view prefix, std::size_t end, std::size_t at, std::size_t first_index) {
        std::string text(prefix);
        text.append(in_.data() + at, end - at);
        std::vector<raw_json> values;
        errors errs = read_json(values, text, out_.piece_options());
        if (errs.empty())
            return true;
        out_.add(errs, in_, {prefix.size(), at, first_index, text});
        return stop();
    }

    // A top-level value that is not an array: the whole document from `at`, read as std::vector<T> is.
    bool whole_document(std::size_t at) {
        for (bool more = true; more; at = 0)
            more = fill(at);
        errors errs;
        sink_.whole(sink_.ctx, std::string_view(in_.data(), in_.size()), out_.piece_options(), errs);
        out_.add(errs, in_, {0, 0, 0});
        return stop();
    }

    bool at_end() {
        switch (phase_) {
        case phase::top:
            return whole_document(comment_ != comment::none ? mark_ : pos_);
        case phase::trailing:
            return (comment_ == comment::none || probe("[]", in_.size(), mark_, 0)) && stop();
        case phase::before_item:
            return probe(probe_prefix(), in_.size(), begin_, probe_index()) && stop();
        case phase::done:
            return false;
        default:
            return cut_item();
        }
    }

    bool stop() {
        phase_ = phase::done;
        return false;
    }

    input in_;
    item_sink sink_;
    const options& opt_;
    collector out_;
    phase phase_ = phase::top;
    comment comment_ = comment::none;
    std::size_t pos_ = 0;   // the next byte to look at
    std::size_t begin_ = 0; // the current item's first byte (after its '[' or ',')
    std::size_t mark_ = 0;  // where the comment being skipped began
    std::size_t index_ = 0; // the current item's index
    std::size_t depth_ = 0; // brackets open in the current item
    bool in_string_ = false;
    bool escaped_ = false;
};

// ---- lines ----

class line_splitter {
  public:
    line_splitter(const byte_source& src, const item_sink& sink, const options& opt, const stream_options& so)
        : in_(src, so.chunk_size), sink_(sink), opt_(opt), out_(opt) {}

    errors run() {
        std::size_t start = 0, scan = 0; // the line's first byte; where the search for its end goes on
        for (;;) {
            const char* b = in_.data();
            std::size_t n = in_.size();
            const void* nl = scan < n ? std::memchr(b + scan, '\n', n - scan) : nullptr;
            if (!nl) {
                bool more = in_.more(start);
                scan = n - start;
                start = 0;
                if (more)
                    continue;
                if (in_.size() != 0)
                    line(0, in_.size());
                return out_.take();
            }
            std::size_t end = static_cast<std::size_t>(static_cast<const char*>(nl) - b);
            if (!line(start, end))
                return out_.take();
            start = scan = end + 1;
            ++line_number_;
        }
    }

  private:
    // The line [start, end), without its '\n'; false when reading must stop.
    bool line(std::size_t start, std::size_t end) {
        const char* b = in_.data();
        std::size_t i = start;
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r'))
            ++i;
        if (i == end)
            return true; // blank: skipped, no index
        errors errs;
        bool go_on = sink_.item(sink_.ctx, std::string_view(b + start, end - start), index_,
                                out_.piece_options(), errs);
        // Each line is a document of its own: only the error cap and stop_at_first_error end the input.
        bool stop = collector::capped(errs, opt_);
        out_.add(errs, in_, {0, start, 0, {}, line_number_}, std::string("/").append(std::to_string(index_)));
        ++index_;
        return go_on && !stop;
    }

    input in_;
    item_sink sink_;
    const options& opt_;
    collector out_;
    std::size_t index_ = 0;
    std::size_t line_number_ = 1;
};

} // namespace

errors read_array_stream(const byte_source& src, const item_sink& sink, const options& opt,
                         const stream_options& so) {
    return array_splitter(src, sink, opt, so).run();
}

errors read_lines_stream(const byte_source& src, const item_sink& sink, const options& opt,
                         const stream_options& so) {
    return line_splitter(src, sink, opt, so).run();
}

} // namespace djson::detail
