// Reading a long list of values one at a time: the items of a top-level JSON array, or JSON Lines (one value
// per line), from text, a std::istream, a std::FILE* or a read function, in memory bounded by the largest
// item plus the read buffer, whatever the size of the input.
#pragma once

#include <djson/config.hpp>

#include <djson/error.hpp>
#include <djson/options.hpp>
#include <djson/read.hpp>

#include <cstddef>
#include <cstdio>
#include <iosfwd>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace djson {

/// How the stream readers take their input (kept apart from `djson::options`, which says what is accepted).
struct stream_options {
    /// Bytes asked of the source per read (at least 1 is used). The buffer holds one chunk plus the item
    /// being read, so this is also the memory the reader needs beyond the largest item.
    std::size_t chunk_size = std::size_t{1} << 18;
};

namespace detail {

// Where the bytes come from: `read` fills up to n bytes and returns how many (0: the input is exhausted); it
// throws std::system_error when the input fails.
struct byte_source {
    void* ctx;
    std::size_t (*read)(void* ctx, char* dst, std::size_t n);
};
DJSON_API std::size_t read_from_file(void* file, char* dst, std::size_t n);  // std::FILE*
DJSON_API std::size_t read_from_istream(void* in, char* dst, std::size_t n); // std::istream
DJSON_API std::size_t read_from_text(void* rest, char* dst, std::size_t n);  // std::string_view, consumed
template <class S> std::size_t read_from_callable(void* s, char* dst, std::size_t n) {
    return static_cast<std::size_t>((*static_cast<S*>(s))(dst, n));
}

// What the type-free core hands to the typed side: one piece of text to read, with its errors to fill in.
struct item_sink {
    void* ctx;
    // Reads `text` and, when it reads without error, hands the item `index` to the caller's function.
    // Returns false when that function asks to stop.
    bool (*item)(void* ctx, std::string_view text, std::size_t index, const options& opt, errors& out);
    // Reads `text` as the whole document (read_json_array: a top-level value that is not an array).
    void (*whole)(void* ctx, std::string_view text, const options& opt, errors& out);
};

// src/stream.cpp. For an array, `item` is given "[" + the item's bytes + "]" (or, when the input ends or goes
// wrong inside or after the item, "[" + the bytes up to there), read as a std::vector<T> of one item, so
// that depth, paths and syntax errors are those of the whole document.
DJSON_API errors read_array_stream(const byte_source& src, const item_sink& sink, const options& opt,
                                   const stream_options& so);
DJSON_API errors read_lines_stream(const byte_source& src, const item_sink& sink, const options& opt,
                                   const stream_options& so);

template <class T, class F> void check_on_item() {
    static_assert(std::is_invocable_v<F&, T&, std::size_t> || std::is_invocable_v<F&, T&>,
                  "djson::read_json_array / read_json_lines: on_item must be callable as f(T& value, "
                  "std::size_t index) or f(T& value)");
}

// What on_item returns (void when it cannot be called: check_on_item has said so).
template <class T, class F> auto on_item_result() {
    if constexpr (std::is_invocable_v<F&, T&, std::size_t>)
        return std::type_identity<std::invoke_result_t<F&, T&, std::size_t>>{};
    else if constexpr (std::is_invocable_v<F&, T&>)
        return std::type_identity<std::invoke_result_t<F&, T&>>{};
    else
        return std::type_identity<void>{};
}

template <class T, class F> bool call_on_item(F& f, T& value, std::size_t index) {
    using result_type = typename decltype(on_item_result<T, F>())::type;
    static_assert(
        std::is_void_v<result_type> || std::is_convertible_v<result_type, bool>,
        "djson::read_json_array / read_json_lines: on_item returns void, or bool (false stops reading)");
    auto call = [&]() -> result_type {
        if constexpr (std::is_invocable_v<F&, T&, std::size_t>)
            return f(value, index);
        else if constexpr (std::is_invocable_v<F&, T&>)
            return f(value);
    };
    if constexpr (std::is_void_v<result_type>) {
        call();
        return true;
    } else {
        return static_cast<bool>(call());
    }
}

// read_json_array's items: each read as a std::vector<T> of one item, reused (a warm read allocates nothing).
template <class T, class F> struct array_items {
    F& f;
    std::vector<T> one;

    static bool item(void* self, std::string_view text, std::size_t index, const options& opt, errors& out) {
        auto& s = *static_cast<array_items*>(self);
        out = read_json(s.one, text, opt);
        if (!out.empty() || s.one.size() != 1)
            return true;
        return call_on_item<T>(s.f, s.one.front(), index);
    }
    static void whole(void*, std::string_view text, const options& opt, errors& out) {
        std::vector<T> all;
        out = read_json(all, text, opt);
    }
    item_sink sink() { return {this, &item, &whole}; }
};

// read_json_lines' values: each line read as a T, into the same object.
template <class T, class F> struct line_items {
    F& f;
    T value{};

    static bool item(void* self, std::string_view text, std::size_t index, const options& opt, errors& out) {
        auto& s = *static_cast<line_items*>(self);
        out = read_json(s.value, text, opt);
        if (!out.empty())
            return true;
        return call_on_item<T>(s.f, s.value, index);
    }
    item_sink sink() { return {this, &item, nullptr}; }
};

template <class Source> byte_source source_of(Source& src) {
    using S = std::remove_cvref_t<Source>;
    if constexpr (std::is_same_v<S, std::FILE*>)
        return {static_cast<void*>(src), &read_from_file};
    else if constexpr (std::is_base_of_v<std::istream, S>)
        return {static_cast<void*>(static_cast<std::istream*>(&src)), &read_from_istream};
    else if constexpr (std::is_same_v<S, std::string_view>)
        return {static_cast<void*>(&src), &read_from_text};
    else
        return {static_cast<void*>(&src), &read_from_callable<S>};
}

template <class S>
concept byte_reader = !std::is_convertible_v<S, std::string_view> && !std::is_convertible_v<S, std::FILE*> &&
                      !std::is_base_of_v<std::istream, std::remove_cvref_t<S>> &&
                      std::is_invocable_r_v<std::size_t, S&, char*, std::size_t>;

// What the stream readers read from, besides text: a std::FILE*, a std::istream, or a read function.
template <class S>
concept byte_input = std::is_same_v<std::remove_cvref_t<S>, std::FILE*> ||
                     std::is_base_of_v<std::istream, std::remove_cvref_t<S>> || byte_reader<S>;

} // namespace detail

/// Reads a JSON array one item at a time: `on_item(T& value, std::size_t index)` (or `on_item(T& value)`)
/// is called for each item that reads as a T without error, in order, as soon as it is read; returning
/// `false` from it stops reading (returning void or `true` goes on).
///
/// - **Results**: the errors are exactly those of `read_json` on the whole text as a `std::vector<T>`: the
///   same codes, messages and paths (`/3/owner/id` for the item of index 3), the line and column of a syntax
///   error in the whole input, the same `options` (max_depth counts the array, max_errors and
///   stop_at_first_error count over the whole input, comments, trailing commas). An item with errors is not
///   handed over (a half-read value never is) and reading goes on with the next one, as read_json would; a
///   syntax error stops reading, and the item it is in, or that junk follows, is not handed over, nor is an
///   item that the end of the input cuts short. One difference: the work budget of oneOf alternatives read
///   again (`errc::too_complex`) is per item, not per document.
/// - **The value** is the same object each time, read warm (its capacity is reused: once warm, reading an
///   item allocates nothing). It is valid during the call; take it with std::move to keep it.
/// - **Memory**: a buffer that holds the largest item's text plus one `stream_options::chunk_size` (256 KiB
///   by default; it grows by doubling, so at most twice that), and two T objects (read_json's transaction),
///   whatever the input's size. An item that never closes (a missing bracket or quote) extends to the end of
///   the input. A top-level value that is not an array is read whole, to report what read_json would
///   (`expected an array, got an object`, ...).
/// - **Input**: a std::FILE* or a std::istream (read in chunks with fread / read, never by character, and
///   possibly past the array's end by up to a chunk; a failure to read throws std::system_error), text in
///   memory (`std::string_view`), or any `std::size_t read(char* dst, std::size_t n)` callable returning the
///   bytes it wrote, 0 at the end of the input. fread and read wait for a whole chunk: for a live feed (a
///   socket, a slow pipe) whose items should arrive as they come, pass a function that returns what is
///   available (POSIX `read`, say).
template <class T, detail::byte_input Source, class F>
errors read_json_array(Source&& in, F&& on_item, const options& opt = {}, const stream_options& so = {}) {
    detail::check_on_item<T, F>();
    detail::array_items<T, std::remove_reference_t<F>> items{on_item, {}};
    return detail::read_array_stream(detail::source_of(in), items.sink(), opt, so);
}

/// read_json_array over text in memory.
template <class T, class F>
errors read_json_array(std::string_view text, F&& on_item, const options& opt = {},
                       const stream_options& so = {}) {
    detail::check_on_item<T, F>();
    detail::array_items<T, std::remove_reference_t<F>> items{on_item, {}};
    return detail::read_array_stream(detail::source_of(text), items.sink(), opt, so);
}

/// Reads JSON Lines (NDJSON): one JSON value per line, each read as a T with read_json's rules and handed to
/// `on_item(T& value, std::size_t index)` as read_json_array does.
///
/// - Lines end with `\n`; a `\r` before it is white space, so `\r\n` files read the same. A line that holds
///   only white space (spaces, tabs, `\r`) is skipped and takes no index; the last line needs no `\n`.
/// - Each line is a document of its own: its errors carry its index first in their paths (`/7/id`; `/7` for
///   the line itself), a syntax error its line and column in the whole input, and a syntax error stops only
///   that line. `stop_at_first_error` and `max_errors` count over the whole input.
/// - The value, the memory (the longest line plus one chunk) and the inputs are as for read_json_array.
template <class T, detail::byte_input Source, class F>
errors read_json_lines(Source&& in, F&& on_item, const options& opt = {}, const stream_options& so = {}) {
    detail::check_on_item<T, F>();
    detail::line_items<T, std::remove_reference_t<F>> items{on_item};
    return detail::read_lines_stream(detail::source_of(in), items.sink(), opt, so);
}

/// read_json_lines over text in memory.
template <class T, class F>
errors read_json_lines(std::string_view text, F&& on_item, const options& opt = {},
                       const stream_options& so = {}) {
    detail::check_on_item<T, F>();
    detail::line_items<T, std::remove_reference_t<F>> items{on_item};
    return detail::read_lines_stream(detail::source_of(text), items.sink(), opt, so);
}

} // namespace djson
