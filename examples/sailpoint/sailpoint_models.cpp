// sailpoint-models: list the SailPoint v3 models, check a JSON document against one of them (strictly), or
// print a model's derived JSON Schema. The usage text below (`sailpoint-models --help`) is the reference; the
// contract scripts rely on:
//   sailpoint-models check MODEL[[]] [FILE|-] [--pretty] [--lenient]
//     exit 0: the model written back on stdout;
//     exit 1: one "POINTER: message" line per error on stdout ("(document root): message" at the root);
//     exit 2: one line on stderr (bad arguments, unknown model, unreadable file).
#include "models/model_list.hpp"
#include "tool.hpp"

#if __has_include(<djson/version.hpp>)
#include <djson/version.hpp>
#endif

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
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
        Quote the argument so that the shell does not read the brackets.

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

// The whole of `file` ("-": standard input) in `text`, or false with the reason in `why`.
bool read_all(const std::string& file, std::string& text, std::string& why) {
    std::FILE* f = stdin;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> owned(nullptr, &std::fclose);
    if (file != "-") {
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
    }
    text.clear();
    char buf[1 << 16];
    for (;;) {
        errno = 0;
        std::size_t n = std::fread(buf, 1, sizeof buf, f);
        text.append(buf, n);
        if (n < sizeof buf) {
            if (std::ferror(f)) {
                why = reason(errno != 0 ? errno : EIO);
                return false;
            }
            if (std::feof(f))
                return true;
        }
    }
}

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
    std::string text, why;
    if (!read_all(file, text, why))
        return fail("cannot read '" + (file == "-" ? std::string("standard input") : file) + "': " + why);

    std::string out;
    djson::errors errs;
    if (m->check(text, array, strict(pretty, lenient), out, errs)) {
        out.push_back('\n');
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
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
