// sailpoint-models: list the SailPoint v3 models, check a JSON document against one of them (strictly), or
// print a model's derived JSON Schema. The usage text below (`sailpoint-models --help`) is the reference; the
// contract scripts rely on:
//   sailpoint-models check MODEL[[]] [FILE|-] [--pretty] [--lenient]
//     exit 0: the model written back on stdout;
//     exit 1: one "POINTER: message" line per error on stdout ("(document root): message" at the root);
//     exit 2: one line on stderr (bad arguments, unknown model, unreadable file).
// 'MODEL[]' is read item by item (djson::read_json_array); its output is held back until the array is valid.
#include "model_list.hpp"
#include "tool.hpp"

#if __has_include(<djson/version.hpp>)
#include <djson/version.hpp>
#endif

#if __has_include(<unistd.h>)
#define SAILPOINT_POSIX 1
#include <sys/stat.h>
#include <unistd.h>
#else
#define SAILPOINT_POSIX 0
#endif

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace sailpoint_tool {
#define SAILPOINT_DECLARE_ENTRY(name) extern const model_entry entry_##name;
SAILPOINT_MODELS(SAILPOINT_DECLARE_ENTRY)
#undef SAILPOINT_DECLARE_ENTRY
} // namespace sailpoint_tool

namespace {

using sailpoint_tool::model_entry;

#ifdef DJSON_VERSION_STRING
constexpr std::string_view version = DJSON_VERSION_STRING;
#else
constexpr std::string_view version = "0.1.0";
#endif

// What an error at the document root prints instead of its JSON Pointer (which is the empty string): a text
// that no JSON Pointer can be (pointers are empty or start with '/').
constexpr std::string_view root_location = "(document root)";

constexpr std::string_view usage_text = R"usage(NAME
    sailpoint-models - check JSON documents against the SailPoint v3 API models, strictly

SYNOPSIS
    sailpoint-models list
    sailpoint-models check MODEL [FILE|-] [--pretty] [--lenient]
    sailpoint-models check 'MODEL[]' [FILE|-] [--pretty] [--lenient]
    sailpoint-models schema MODEL
    sailpoint-models schema 'MODEL[]'
    sailpoint-models help | --help | -h
    sailpoint-models --version

COMMANDS
    list
        Prints the name of every model, one per line, sorted.

    check MODEL [FILE|-]
        Reads the JSON document in FILE (standard input when FILE is '-' or absent) strictly as MODEL. When it
        is valid, prints the model written back as JSON (compact, or indented with --pretty) and exits 0.
        Otherwise prints one line per error and exits 1.

        Strict means: required keys present, null only where the spec says nullable, exact JSON types,
        integers in range of their int32/int64, exact enum values, full RFC 3339 date-time strings, no
        duplicate keys, plain JSON only (no comments, no trailing commas, no NaN), nesting up to 64 levels.
        Keys the model does not declare are kept and written back.

    check 'MODEL[]' [FILE|-]
        The same for a JSON array whose every item is a MODEL (for example a list endpoint's response).
        Quote the argument so that the shell does not read the brackets. The array is read item by item, so
        memory stays about that of one item whatever the array's size. The accepted array is held back until
        the whole of it is known to be valid (in memory, beyond 4 MiB in an unnamed temporary file in $TMPDIR
        or /tmp), so that a rejected array prints only its errors, as a rejected document does.

    schema MODEL | schema 'MODEL[]'
        Prints the JSON Schema (draft 2020-12) derived from the model's C++ declaration (of a JSON array of
        MODEL for 'MODEL[]').

    help
        Prints this text.

OPTIONS
    --pretty        check: write the accepted document back indented.
    --lenient       check: read what real servers send and the Go SDK accepts: date-times without seconds,
                    without a zone (read as UTC) or with a space for the T; numbers in quotes for numeric
                    members; null for an optional key (read as absent). The document is written back strict.
    -h, --help      Print this text on standard output and exit 0.
    --version       Print the version on standard output and exit 0.

OUTPUT OF A REJECTED DOCUMENT
    One line per error on standard output, in document order:

        POINTER: message
        POINTER: message (line L, column C)        for a syntax error

    POINTER is the RFC 6901 JSON Pointer of the offending value, for example /owner/type, or /1/id for the
    second item of a 'MODEL[]' array. An error at the document root itself, whose pointer is empty, is
    written with the location "(document root)" instead:

        (document root): invalid JSON: unexpected text after the document (line 1, column 13)
        (document root): expected an object, got an array

EXIT STATUS
    0   success (check: the document is valid)
    1   check: the document is not valid; the errors are on standard output
    2   usage error, unknown model, or a FILE that cannot be read (missing, a directory, no permission):
        one line on standard error that says why

EXAMPLES
    sailpoint-models list
    sailpoint-models check CreatePersonalAccessTokenResponse token.json --pretty
    curl -s "$API/v3/personal-access-tokens" | sailpoint-models check 'GetPersonalAccessTokenResponse[]'
    sailpoint-models schema PatOwner
)usage";

const std::vector<const model_entry*>& entries() {
#define SAILPOINT_ENTRY_ADDRESS(name) &sailpoint_tool::entry_##name,
    static const std::vector<const model_entry*> all{SAILPOINT_MODELS(SAILPOINT_ENTRY_ADDRESS)};
#undef SAILPOINT_ENTRY_ADDRESS
    return all;
}

int help() {
    std::cout << usage_text;
    return 0;
}

// A usage error: one line on stderr, exit 2.
int fail(const std::string& why) {
    std::cerr << "sailpoint-models: " << why << " (see: sailpoint-models --help)\n";
    return 2;
}

bool is_help(std::string_view a) {
    return a == "--help" || a == "-h";
}

// "Name" or "Name[]" (a JSON array of Name).
const model_entry* find_model(std::string name, bool& array) {
    array = name.size() > 2 && name.compare(name.size() - 2, 2, "[]") == 0;
    if (array)
        name.resize(name.size() - 2);
    for (const auto* e : entries())
        if (e->name == name)
            return e;
    return nullptr;
}

std::string reason(int err) {
    return std::generic_category().message(err);
}

using file_ptr = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

// `file` opened for reading ("-": standard input), or false with the reason in `why`.
bool open_input(const std::string& file, std::FILE*& f, file_ptr& owned, std::string& why) {
    f = stdin;
    if (file == "-")
        return true;
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) {
        why = reason(EISDIR);
        return false;
    }
    errno = 0;
    owned.reset(std::fopen(file.c_str(), "rb"));
    if (!owned) {
        why = reason(errno != 0 ? errno : ENOENT);
        return false;
    }
    f = owned.get();
    return true;
}

// A whole document in memory: one malloc'ed block, grown with realloc (which moves large blocks by remapping
// pages, not by copying them).
struct document {
    std::unique_ptr<char, void (*)(void*)> data{nullptr, &std::free};
    std::size_t size = 0, capacity = 0;

    bool reserve(std::size_t n) {
        if (n <= capacity)
            return true;
        void* p = std::realloc(data.get(), n);
        if (!p)
            return false;
        (void)data.release();
        data.reset(static_cast<char*>(p));
        capacity = n;
        return true;
    }
    std::string_view text() const { return {data.get(), size}; }
};

// The whole of `f` in `doc`, or false with the reason in `why`. It is read in large blocks straight into the
// document's memory, which is sized from the file's size when it is a regular file (standard input too, when
// it is redirected from one) and doubles otherwise (a pipe).
bool read_all(std::FILE* f, document& doc, std::string& why) {
    std::size_t want = std::size_t{1} << 20;
#if SAILPOINT_POSIX
    struct stat st {};
    if (::fstat(::fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        want = static_cast<std::size_t>(st.st_size) + 1; // + 1: the end is seen without growing
#endif
    if (!doc.reserve(want)) {
        why = reason(ENOMEM);
        return false;
    }
    for (;;) {
        if (doc.size == doc.capacity && !doc.reserve(2 * doc.capacity)) {
            why = reason(ENOMEM);
            return false;
        }
        errno = 0;
        std::size_t n = std::fread(doc.data.get() + doc.size, 1, doc.capacity - doc.size, f);
        doc.size += n;
        if (n == 0 || doc.size < doc.capacity) {
            if (std::ferror(f)) {
                why = reason(errno != 0 ? errno : EIO);
                return false;
            }
            if (std::feof(f))
                return true;
        }
    }
}

// The accepted array of `check 'MODEL[]'`, held back until the whole array is known to be valid, so that a
// rejected array prints only its errors: in memory up to array_output::spill_at, beyond that in an unnamed
// temporary file (in $TMPDIR, else /tmp; when none can be made, in memory).
class held_output {
  public:
    held_output() = default;
    held_output(const held_output&) = delete;
    held_output& operator=(const held_output&) = delete;
    ~held_output() {
        if (file_)
            std::fclose(file_);
    }

    static void spill(void* self, std::string& text) { static_cast<held_output*>(self)->keep(text); }

    // Writes what was held, then `rest`, to standard output.
    void print(const std::string& rest) {
        if (file_) {
            std::fflush(file_);
            std::rewind(file_);
            std::vector<char> buf(std::size_t{1} << 20);
            while (std::size_t n = std::fread(buf.data(), 1, buf.size(), file_))
                std::fwrite(buf.data(), 1, n, stdout);
            if (std::ferror(file_))
                throw std::runtime_error("cannot read back the temporary file: " + reason(errno));
        }
        std::fwrite(rest.data(), 1, rest.size(), stdout);
    }

  private:
    void keep(std::string& text) {
        if (!file_ && !open())
            return; // no temporary file: the text stays in memory
        errno = 0;
        if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
            throw std::runtime_error("cannot write the temporary file: " + reason(errno != 0 ? errno : EIO));
        text.clear();
    }
    bool open() {
        if (tried_)
            return false;
        tried_ = true;
#if SAILPOINT_POSIX
        const char* dir = std::getenv("TMPDIR");
        std::string path = std::string(dir && *dir ? dir : "/tmp") + "/sailpoint-models-XXXXXX";
        int fd = ::mkstemp(path.data());
        if (fd < 0)
            return false;
        ::unlink(path.c_str()); // unnamed: gone when closed, whatever happens
        file_ = ::fdopen(fd, "w+b");
        if (!file_)
            ::close(fd);
#else
        file_ = std::tmpfile();
#endif
        return file_ != nullptr;
    }

    std::FILE* file_ = nullptr;
    bool tried_ = false;
};

// The strict rules of the contract: djson's defaults (no comments, no trailing commas, duplicate keys
// rejected, depth 64), every error reported.
djson::options strict(bool pretty, bool lenient) {
    djson::options opt = lenient ? djson::options::lenient() : djson::options{};
    opt.pretty = pretty;
    return opt;
}

std::string error_line(const djson::error_info& e) {
    std::string line = e.path.empty() ? std::string(root_location) : e.printable_path();
    line += ": ";
    line += e.detail;
    if (e.line != 0)
        line += " (line " + std::to_string(e.line) + ", column " + std::to_string(e.column) + ")";
    return line;
}

int check(const std::vector<std::string>& args) {
    bool pretty = false, lenient = false;
    std::vector<std::string> rest;
    for (const auto& a : args) {
        if (is_help(a))
            return help();
        if (a == "--pretty")
            pretty = true;
        else if (a == "--lenient")
            lenient = true;
        else if (a.size() > 1 && a[0] == '-')
            return fail("unknown option '" + a + "'");
        else
            rest.push_back(a);
    }
    if (rest.empty() || rest.size() > 2)
        return fail("check takes a model and at most one file");
    bool array = false;
    const model_entry* m = find_model(rest[0], array);
    if (!m)
        return fail("unknown model '" + rest[0] + "' (see: sailpoint-models list)");
    std::string file = rest.size() == 2 ? rest[1] : "-";
    std::string shown = file == "-" ? std::string("standard input") : file;
    std::FILE* in = nullptr;
    file_ptr owned(nullptr, &std::fclose);
    std::string why;
    if (!open_input(file, in, owned, why))
        return fail("cannot read '" + shown + "': " + why);

    const djson::options opt = strict(pretty, lenient);
    djson::errors errs;
    if (array) {
        // Item by item: memory stays that of one item and a buffer, whatever the array's size.
        held_output held;
        sailpoint_tool::array_output out;
        out.ctx = &held;
        out.spill = &held_output::spill;
        bool valid = false;
        try {
            valid = m->check_array(in, opt, out, errs);
        } catch (const std::system_error& e) { // reading the input failed
            return fail("cannot read '" + shown + "': " + reason(e.code().value()));
        }
        if (valid) {
            out.text.push_back('\n');
            held.print(out.text);
            return 0;
        }
    } else {
        document doc;
        if (!read_all(in, doc, why))
            return fail("cannot read '" + shown + "': " + why);
        std::string out;
        if (m->check(doc.text(), opt, out, errs)) {
            out.push_back('\n');
            std::fwrite(out.data(), 1, out.size(), stdout);
            return 0;
        }
    }
    for (const auto& e : errs)
        std::cout << error_line(e) << '\n';
    return 1;
}

int schema(const std::vector<std::string>& args) {
    if (std::any_of(args.begin(), args.end(), [](const std::string& a) { return is_help(a); }))
        return help();
    if (args.size() != 1)
        return fail("schema takes one model");
    bool array = false;
    const model_entry* m = find_model(args[0], array);
    if (!m)
        return fail("unknown model '" + args[0] + "' (see: sailpoint-models list)");
    std::cout << djson::to_json(m->schema(array), {.pretty = true}) << '\n';
    return 0;
}

int list(const std::vector<std::string>& args) {
    if (std::any_of(args.begin(), args.end(), [](const std::string& a) { return is_help(a); }))
        return help();
    if (!args.empty())
        return fail("list takes no arguments");
    std::vector<std::string_view> names;
    for (const auto* e : entries())
        names.push_back(e->name);
    std::sort(names.begin(), names.end());
    for (auto n : names)
        std::cout << n << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        return fail("no command");
    std::string cmd = args.front();
    args.erase(args.begin());
    try {
        if (cmd == "help" || is_help(cmd))
            return help();
        if (cmd == "--version") {
            std::cout << "sailpoint-models (djson) " << version << '\n';
            return 0;
        }
        if (cmd == "list")
            return list(args);
        if (cmd == "check")
            return check(args);
        if (cmd == "schema")
            return schema(args);
    } catch (const std::exception& e) {
        std::cerr << "sailpoint-models: " << e.what() << '\n';
        return 2;
    }
    if (cmd.size() > 1 && cmd[0] == '-')
        return fail("unknown option '" + cmd + "'");
    return fail("unknown command '" + cmd + "'");
}
