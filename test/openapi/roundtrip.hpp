// The round trip of an OpenAPI document's examples through the models djson-openapi generated for it.
//
// make_harness.py writes a source file that includes the generated all.hpp, lists every model an example uses
// in a `djson_openapi_test::entry` table and calls `run`. `run` reads the examples (`djson-openapi
// --examples`: one JSON object per line, {"pointer", "type", "context", "value"}), and for each one reads the
// value's text strictly as its model, writes the model back and compares the two as JSON. It prints one line
// per example that does not come back exactly:
//   POINTER: rejected: the first error (and how many there were)     the example contradicts its schema
//   POINTER: changed: /path (what came back)                          a value came back different: a bug
//   POINTER: lost: /path                                              a key did not come back: a bug
//   POINTER: left out: /path                                          a readOnly key of a request example (or
//   a
//                                                                     writeOnly one of a response): the
//                                                                     message does not carry it
//   POINTER: added: /path                                             a key came back that was not there: a
//                                                                     default filled in, listed for review
//   POINTER: normalized: /path (what came back)                       the same value, spelled djson's way: a
//                                                                     date-time in UTC with milliseconds
// then the counts. The exit status is 1 when anything was lost or changed (or the file cannot be read).
#pragma once

#include "source.hpp" // djson_openapi::escape_pointer_token

#include <djson/djson.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace djson_openapi_test {

struct outcome {
    std::vector<std::string> errors; // reading rejected the example
    std::string written;             // the model written back
};

using check_fn = outcome (*)(std::string_view text, djson::message_kind kind);

struct entry {
    const char* type;
    check_fn check;
};

template <class T> outcome check(std::string_view text, djson::message_kind kind) {
    outcome o;
    djson::options opt;
    opt.message = kind;
    auto r = djson::try_from_json<T>(text, opt);
    if (!r) {
        for (const auto& e : r.error_list())
            o.errors.push_back(e.message());
        return o;
    }
    o.written = djson::to_json(*r, opt);
    // what was written reads back as the same value
    auto again = djson::try_from_json<T>(o.written, opt);
    if (!again || djson::to_json(*again, opt) != o.written)
        o.errors.push_back("(written text does not read back to itself)");
    return o;
}

/// Compares `in` (the example) with `out` (what came back) as JSON: numbers by value, objects by key.
/// Two strings that are the same RFC 3339 instant (`...:00Z` and `...:00.000Z`, `+02:00` and the UTC time).
inline bool same_instant(const boost::json::value& a, const boost::json::value& b) {
    if (!a.is_string() || !b.is_string())
        return false;
    auto ta = djson::try_from_value<djson::timestamp>(a);
    auto tb = djson::try_from_value<djson::timestamp>(b);
    return ta && tb && *ta == *tb;
}

struct differences {
    std::vector<std::string> lost, changed, added, normalized;
};

inline void compare(const boost::json::value& in, const boost::json::value& out, const std::string& path,
                    differences& d) {
    auto& lost = d.lost;
    auto& changed = d.changed;
    auto& added = d.added;
    if (in.is_number() && out.is_number()) {
        bool same = in.kind() == out.kind() ? in == out : in.to_number<double>() == out.to_number<double>();
        if (!same)
            changed.push_back(path + " (" + boost::json::serialize(out) + ")");
        return;
    }
    if (in.kind() != out.kind()) {
        changed.push_back(path + " (" + boost::json::serialize(out).substr(0, 80) + ")");
        return;
    }
    if (in.is_object()) {
        const auto& a = in.as_object();
        const auto& b = out.as_object();
        for (const auto& kv : a) {
            std::string p = path + "/" + djson_openapi::escape_pointer_token(kv.key());
            if (const auto* o = b.if_contains(kv.key()))
                compare(kv.value(), *o, p, d);
            else
                lost.push_back(p);
        }
        for (const auto& kv : b)
            if (!a.contains(kv.key()))
                added.push_back(path + "/" + djson_openapi::escape_pointer_token(kv.key()));
        return;
    }
    if (in.is_array()) {
        const auto& a = in.as_array();
        const auto& b = out.as_array();
        if (a.size() != b.size()) {
            changed.push_back(path + " (" + std::to_string(b.size()) + " items)");
            return;
        }
        for (std::size_t i = 0; i < a.size(); ++i)
            compare(a[i], b[i], path + "/" + std::to_string(i), d);
        return;
    }
    if (in == out)
        return;
    if (same_instant(in, out))
        d.normalized.push_back(path + " (" + boost::json::serialize(out) + ")");
    else
        changed.push_back(path + " (" + boost::json::serialize(out).substr(0, 80) + ")");
}

inline int run(int argc, char** argv, const entry* entries, std::size_t count) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " EXAMPLES.jsonl\n";
        return 2;
    }
    std::map<std::string, check_fn, std::less<>> table;
    for (std::size_t i = 0; i < count; ++i)
        table.emplace(entries[i].type, entries[i].check);
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << argv[1] << "\n";
        return 2;
    }
    std::vector<std::string> lines;
    std::size_t total = 0, exact = 0, rejected = 0, with_added = 0, bad = 0;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        ++total;
        boost::json::value ex = boost::json::parse(line);
        const auto& o = ex.as_object();
        std::string pointer(o.at("pointer").as_string());
        std::string type(o.at("type").as_string());
        auto it = table.find(type);
        if (it == table.end()) {
            lines.push_back(pointer + ": no model `" + type + "` in the harness");
            ++bad;
            continue;
        }
        std::string text = boost::json::serialize(o.at("value"));
        // an example is read as the message it is an example of: readOnly members are not part of a request
        std::string context(o.at("context").as_string());
        auto kind = context == "request"    ? djson::message_kind::request
                    : context == "response" ? djson::message_kind::response
                                            : djson::message_kind::any;
        outcome r = it->second(text, kind);
        if (!r.errors.empty()) {
            ++rejected;
            std::string more =
                r.errors.size() > 1 ? " (+" + std::to_string(r.errors.size() - 1) + " more)" : "";
            lines.push_back(pointer + ": rejected: " + r.errors.front() + more);
            continue;
        }
        differences d;
        compare(o.at("value"), boost::json::parse(r.written), "", d);
        std::vector<std::string> left_out;
        if (!d.lost.empty() && kind != djson::message_kind::any) {
            // keys the message leaves out come back when it is read as any message
            outcome all = it->second(text, djson::message_kind::any);
            differences da;
            if (all.errors.empty())
                compare(o.at("value"), boost::json::parse(all.written), "", da);
            std::vector<std::string> still;
            for (const auto& p : d.lost)
                (all.errors.empty() && std::find(da.lost.begin(), da.lost.end(), p) == da.lost.end()
                     ? left_out
                     : still)
                    .push_back(p);
            d.lost = still;
        }
        for (const auto& p : left_out)
            lines.push_back(pointer + ": left out: " + p);
        for (const auto& p : d.lost)
            lines.push_back(pointer + ": lost: " + p);
        for (const auto& p : d.changed)
            lines.push_back(pointer + ": changed: " + p);
        for (const auto& p : d.added)
            lines.push_back(pointer + ": added: " + p);
        for (const auto& p : d.normalized)
            lines.push_back(pointer + ": normalized: " + p);
        if (!d.lost.empty() || !d.changed.empty())
            ++bad;
        else if (!d.added.empty() || !d.normalized.empty() || !left_out.empty())
            ++with_added;
        else
            ++exact;
    }
    for (const auto& l : lines)
        std::cout << l << "\n";
    std::cout << "examples: " << total << ", round-tripped exactly: " << exact
              << ", round-tripped with defaults filled in, times normalized or keys the message leaves out: "
              << with_added << ", rejected: " << rejected << ", lost or changed: " << bad << "\n";
    return bad ? 1 : 0;
}

} // namespace djson_openapi_test
