// djson-openapi: generates djson models (C++ headers) from an OpenAPI 3.0/3.1 document. See `--help`.
#include "generator.hpp"
#include "source.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <cctype>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace fs = std::filesystem;
using namespace djson_openapi;

namespace {

const char* const usage_text = R"(NAME
    djson-openapi - generate djson C++ models from an OpenAPI document

SYNOPSIS
    djson-openapi SPEC --out DIR --namespace NS [--naming POLICY] [--defaults apply|document]
                  [--tag-alias VALUE=TITLE]... [--check] [--strict]
                  [--report FILE] [--examples FILE] [--schemas FILE] [--source-name NAME]
    djson-openapi --help | --version

DESCRIPTION
    Reads SPEC, an OpenAPI 3.0.x or 3.1 document in YAML or JSON (.json files are JSON, anything else YAML),
    with every file it reaches through relative $refs, and writes one header per schema into DIR, plus all.hpp
    that includes them all. Each schema becomes a djson model: a struct with BOOST_DESCRIBE_STRUCT and
    DJSON_MODEL, an enum class, a std::variant (oneOf/anyOf), or a type alias.

    Mapping: required keys are plain members, optional ones std::optional; nullable (3.0) and type: [..., null]
    (3.1) wrap the value in djson::nullable; enums of strings are enum classes; date-time is djson::timestamp,
    date djson::date, byte djson::bytes, int32/int64 the integer of that width, float/double the C++ type; the
    validators (minimum, maximum and their exclusive forms, multipleOf, minLength, maxLength, pattern, the
    uuid/email/uri/ipv4/ipv6 formats, minItems, maxItems, uniqueItems) are member constraints; allOf parts are
    base classes, or are flattened where a base would not say the same; oneOf/anyOf are std::variant, tagged
    by the discriminator when there is one; additionalProperties is a std::map, or the keys the model does not
    declare are kept (djson::additional_properties; additionalProperties: false rejects them); free-form
    values are djson::raw_json; readOnly/writeOnly are djson::read_only/write_only; a default is the member's
    initializer, read with djson::default_if_absent (see --defaults). A oneOf without a discriminator whose
    alternatives are titled by the values of a sibling enum property is chosen by that sibling
    (djson::chosen_by), and reported as such.

    Names: schema names become type names (PascalCase), property names member names (snake_case), with a key
    override wherever the naming policy would not give the JSON key back; C++ keywords get a trailing '_';
    collisions are resolved deterministically (folder of the schema's file, then a number). Inline objects,
    enums and oneOfs are named after their owner: <Owner><Property>, <Owner><Property>Item, ...

    What cannot be mapped exactly is reported, one line each, as "FILE#POINTER: message" (a JSON Pointer into
    the source file). Nothing is dropped without a report. An integer that no int64, uint64 or double holds
    exactly (a maximum of 10^30) is read as the nearest double and reported where it is: a bound, a default or
    an example that uses it is not exact.

OPTIONS
    -o, --out DIR          folder of the generated headers (created when missing)
    -n, --namespace NS     C++ namespace of the models, e.g. api or acme::api
    --naming POLICY        the models' key policy: camel_case (default), as_declared, snake_case,
                           pascal_case, kebab_case, screaming_snake_case
    --defaults HOW         apply (default): an optional property's `default` is the member's initializer,
                           read with djson::default_if_absent (and so written back where it was absent);
                           document: the member stays std::optional and the default is a comment, so
                           that every payload comes back exactly as it was
    --tag-alias VALUE=TITLE
                           where a sibling enum chooses a oneOf's alternative by its title (above) and the
                           spec spells one differently, VALUE chooses the alternative titled TITLE
                           (repeatable)
    --check                write nothing; exit 1 when a generated file differs from DIR's, is missing, or
                           DIR holds a generated header the document no longer gives
    --strict               exit 1 when anything was reported as not mapped
    --allow-broken-refs    a $ref that names no file or no place in one is reported and mapped as any JSON
                           value (djson::raw_json), and the rest is generated; without it, such a $ref is an
                           error (exit 2, nothing written)
    --report FILE          write the reports to FILE instead of standard error
    --examples FILE        write every example of the document with its model as JSON lines
                           {"pointer": "FILE#POINTER", "type": "ns::Model", "context": "schema|request|response",
                           "value": the example, "headers": [the headers that declare the type]}
    --schemas FILE         write, as one JSON object, every file read (each $ref in it rewritten to the place
                           it resolves to, "FILE#POINTER") and the place of each model's schema
                           ({"files": {...}, "models": {"ns::Model": "FILE#POINTER"}}): what a comparison
                           of djson::json_schema<T>() with the spec needs
    --source-name NAME     how the banner of each header names the document (default: SPEC as given)
    -h, --help             this text
    --version              the version

EXIT STATUS
    0 done; 1 --check found differences, or --strict and something was reported; 2 bad arguments, or a
    document that cannot be read (a syntax error, not an OpenAPI object, a broken $ref without
    --allow-broken-refs).

EXAMPLE
    djson-openapi api/openapi.yaml --out include/petstore --namespace petstore
    #include "petstore/all.hpp"   // then: auto pet = djson::from_json<petstore::Pet>(text);
)";

int bad_usage(const std::string& why) {
    std::cerr << "djson-openapi: " << why << "\n(see djson-openapi --help)\n";
    return 2;
}

bool valid_namespace(const std::string& ns) {
    if (ns.empty())
        return false;
    std::size_t i = 0;
    while (i <= ns.size()) {
        std::size_t end = ns.find("::", i);
        std::string part = ns.substr(i, end == std::string::npos ? std::string::npos : end - i);
        if (part.empty() || std::isdigit(static_cast<unsigned char>(part[0])) || reserved_word(part) ||
            part.find("__") != std::string::npos ||
            (part.size() > 1 && part[0] == '_' && std::isupper(static_cast<unsigned char>(part[1]))))
            return false;
        for (char c : part)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
                return false;
        if (end == std::string::npos)
            break;
        i = end + 2;
    }
    return true;
}

std::string read_file(const fs::path& p, bool& ok) {
    std::ifstream in(p, std::ios::binary);
    ok = static_cast<bool>(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool is_generated(const fs::path& p) {
    bool ok = false;
    std::string text = read_file(p, ok);
    return ok && text.rfind("// Generated by djson-openapi", 0) == 0;
}

} // namespace

int main(int argc, char** argv) {
    std::string spec, out, ns, report_file, examples_file, schemas_file, source_name;
    generator_options options;
    bool check = false, strict = false, allow_broken_refs = false;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size())
                return false;
            into = args[++i];
            return true;
        };
        if (a == "-h" || a == "--help" || a == "help") {
            std::cout << usage_text;
            return 0;
        } else if (a == "--version") {
            std::cout << "djson-openapi " << generator_version() << "\n";
            return 0;
        } else if (a == "-o" || a == "--out") {
            if (!value(out))
                return bad_usage(a + " needs a folder");
        } else if (a == "-n" || a == "--namespace") {
            if (!value(ns))
                return bad_usage(a + " needs a namespace");
        } else if (a == "--naming") {
            std::string p;
            if (!value(p))
                return bad_usage("--naming needs a policy");
            static const std::pair<const char*, djson::naming> policies[] = {
                {"as_declared", djson::naming::as_declared},
                {"camel_case", djson::naming::camel_case},
                {"pascal_case", djson::naming::pascal_case},
                {"snake_case", djson::naming::snake_case},
                {"kebab_case", djson::naming::kebab_case},
                {"screaming_snake_case", djson::naming::screaming_snake_case}};
            bool found = false;
            for (const auto& [name, policy] : policies)
                if (p == name) {
                    options.naming = policy;
                    found = true;
                }
            if (!found)
                return bad_usage("unknown naming policy '" + p + "'");
        } else if (a == "--defaults") {
            std::string how;
            if (!value(how) || (how != "apply" && how != "document"))
                return bad_usage("--defaults takes apply or document");
            options.apply_defaults = how == "apply";
        } else if (a == "--tag-alias") {
            std::string pair;
            auto eq = std::string::npos;
            if (!value(pair) || (eq = pair.find('=')) == std::string::npos || eq == 0 ||
                eq + 1 == pair.size())
                return bad_usage("--tag-alias takes VALUE=TITLE");
            options.tag_aliases[pair.substr(0, eq)] = pair.substr(eq + 1);
        } else if (a == "--check") {
            check = true;
        } else if (a == "--strict") {
            strict = true;
        } else if (a == "--allow-broken-refs") {
            allow_broken_refs = true;
        } else if (a == "--report") {
            if (!value(report_file))
                return bad_usage("--report needs a file");
        } else if (a == "--examples") {
            if (!value(examples_file))
                return bad_usage("--examples needs a file");
        } else if (a == "--schemas") {
            if (!value(schemas_file))
                return bad_usage("--schemas needs a file");
        } else if (a == "--source-name") {
            if (!value(source_name))
                return bad_usage("--source-name needs a name");
        } else if (!a.empty() && a[0] == '-') {
            return bad_usage("unknown option '" + a + "'");
        } else if (spec.empty()) {
            spec = a;
        } else {
            return bad_usage("more than one document given ('" + spec + "', '" + a + "')");
        }
    }
    if (spec.empty())
        return bad_usage("no document given");
    if (out.empty())
        return bad_usage("--out DIR is required");
    if (!valid_namespace(ns))
        return bad_usage(ns.empty() ? "--namespace NS is required" : "'" + ns + "' is not a C++ namespace");
    options.cpp_namespace = ns;
    options.allow_broken_refs = allow_broken_refs;
    options.source_name = source_name.empty() ? spec : source_name;

    generation g;
    std::optional<source_set> sources;
    try {
        sources.emplace(spec);
        g = generate(*sources, options);
    } catch (const source_error& e) {
        std::cerr << "djson-openapi: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "djson-openapi: " << e.what() << "\n";
        return 2;
    }

    std::ostringstream reports;
    for (const auto& r : g.reports)
        reports << r.where.str() << ": " << r.message << "\n";
    auto make_parent = [](const std::string& file) {
        std::error_code ec;
        fs::path parent = fs::path(file).parent_path();
        if (!parent.empty())
            fs::create_directories(parent, ec);
    };
    if (!report_file.empty()) {
        make_parent(report_file);
        std::ofstream f(report_file, std::ios::binary);
        f << reports.str();
        f.close(); // a write error (a full disk) shows only when the buffer is flushed
        if (!f)
            return bad_usage("cannot write " + report_file);
    } else {
        std::cerr << reports.str();
    }
    if (!allow_broken_refs) {
        auto broken =
            std::count_if(g.reports.begin(), g.reports.end(), [](const report& r) { return r.broken_ref; });
        if (broken) {
            std::cerr
                << "djson-openapi: " << broken << " broken $ref" << (broken == 1 ? "" : "s")
                << " (reported above); nothing written. --allow-broken-refs maps each as any JSON value\n";
            return 2;
        }
    }
    if (!examples_file.empty()) {
        make_parent(examples_file);
        std::ofstream f(examples_file, std::ios::binary);
        // an example a components entry gives each of its uses: listed once per type and message kind
        std::set<std::tuple<location, std::string, std::string>> listed;
        for (const auto& e : g.examples) {
            if (!listed.emplace(e.where, e.type, e.context).second)
                continue;
            boost::json::object o;
            o["pointer"] = e.where.str();
            o["type"] = e.type;
            o["context"] = e.context;
            o["value"] = sources->at(e.where);
            boost::json::array headers;
            for (const auto& h : e.headers)
                headers.emplace_back(h);
            o["headers"] = std::move(headers);
            f << boost::json::serialize(o) << "\n";
        }
        f.close();
        if (!f)
            return bad_usage("cannot write " + examples_file);
    }

    if (!schemas_file.empty()) {
        // Every file read, each `$ref` in it rewritten to the place it resolves to ("file#pointer"), and the
        // type of each named schema: what a comparison of the derived JSON Schemas with the spec's needs.
        make_parent(schemas_file);
        boost::json::object files;
        std::function<void(boost::json::value&, const location&)> absolute = [&](boost::json::value& v,
                                                                                 const location& at) {
            if (auto* o = v.if_object()) {
                for (auto& kv : *o) {
                    if (kv.key() == "$ref" && kv.value().is_string()) {
                        try {
                            kv.value() = sources->resolve(kv.value().as_string(), at).where.str();
                        } catch (const source_error&) {
                        }
                    } else {
                        absolute(kv.value(), at.child(kv.key()));
                    }
                }
            } else if (auto* a = v.if_array()) {
                for (std::size_t i = 0; i < a->size(); ++i)
                    absolute((*a)[i], at.child(i));
            }
        };
        for (const auto& file : sources->files()) {
            boost::json::value copy = sources->at({file, ""});
            absolute(copy, {file, ""});
            files[file] = std::move(copy);
        }
        boost::json::object models;
        for (const auto& m : g.models)
            models[m.type] = m.where.str();
        std::ofstream f(schemas_file, std::ios::binary);
        f << boost::json::serialize(
                 boost::json::object{{"files", std::move(files)}, {"models", std::move(models)}})
          << "\n";
        f.close();
        if (!f)
            return bad_usage("cannot write " + schemas_file);
    }

    fs::path dir(out);
    int differences = 0;
    std::set<std::string> produced;
    for (const auto& f : g.files)
        produced.insert(f.name);
    if (check) {
        for (const auto& f : g.files) {
            bool ok = false;
            std::string old = read_file(dir / f.name, ok);
            if (!ok) {
                std::cerr << "djson-openapi --check: missing " << (dir / f.name).string() << "\n";
                ++differences;
            } else if (old != f.text) {
                std::cerr << "djson-openapi --check: differs " << (dir / f.name).string() << "\n";
                ++differences;
            }
        }
    } else {
        std::error_code ec;
        fs::create_directories(dir, ec);
        for (const auto& f : g.files) {
            bool ok = false;
            if (read_file(dir / f.name, ok) == f.text && ok)
                continue; // unchanged: keep the timestamp, so builds do not redo work
            std::ofstream o(dir / f.name, std::ios::binary);
            o << f.text;
            o.close();
            if (!o) {
                std::cerr << "djson-openapi: cannot write " << (dir / f.name).string() << "\n";
                return 2;
            }
        }
    }
    // generated headers the document no longer gives
    std::error_code ec;
    if (fs::is_directory(dir, ec))
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            std::string name = entry.path().filename().string();
            if (entry.path().extension() != ".hpp" || produced.count(name) || !is_generated(entry.path()))
                continue;
            if (check) {
                std::cerr << "djson-openapi --check: stale " << entry.path().string() << "\n";
                ++differences;
            } else {
                fs::remove(entry.path(), ec);
            }
        }
    std::cerr << "djson-openapi: " << g.schemas << " schemas, " << g.types << " types, " << g.files.size()
              << " files, " << g.examples.size() << " examples, " << g.reports.size() << " reports"
              << (check ? (differences ? ", " + std::to_string(differences) +
                                             (differences == 1 ? " difference" : " differences")
                                       : ", up to date")
                        : "")
              << "\n";
    if (differences)
        return 1;
    if (strict && !g.reports.empty())
        return 1;
    return 0;
}
