// sailpoint-models: list the SailPoint v3 models, check a JSON document against one of them (strictly), or
// print a model's derived JSON Schema. The contract scripts rely on:
//   sailpoint-models list
//   sailpoint-models check MODEL[[]] [FILE|-] [--pretty]   exit 0: the model written back; 1: "POINTER:
//   message" lines sailpoint-models schema MODEL[[]] anything else (unknown model, unreadable file, bad
//   arguments): one line on stderr, exit 2
#include "models/model_list.hpp"
#include "tool.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <vector>

namespace sailpoint_tool {
#define SAILPOINT_DECLARE_ENTRY(name) extern const model_entry entry_##name;
SAILPOINT_MODELS(SAILPOINT_DECLARE_ENTRY)
#undef SAILPOINT_DECLARE_ENTRY
} // namespace sailpoint_tool

namespace {

using sailpoint_tool::model_entry;

const std::vector<const model_entry*>& entries() {
#define SAILPOINT_ENTRY_ADDRESS(name) &sailpoint_tool::entry_##name,
    static const std::vector<const model_entry*> all{SAILPOINT_MODELS(SAILPOINT_ENTRY_ADDRESS)};
#undef SAILPOINT_ENTRY_ADDRESS
    return all;
}

int usage(const std::string& why) {
    std::cerr << "sailpoint-models: " << why
              << " (usage: sailpoint-models list | check MODEL[[]] [FILE|-] [--pretty] | schema MODEL[[]])\n";
    return 2;
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

bool read_all(const std::string& file, std::string& text) {
    std::ostringstream buf;
    if (file == "-") {
        buf << std::cin.rdbuf();
        if (std::cin.bad())
            return false;
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            return false;
        buf << in.rdbuf();
        if (in.bad())
            return false;
    }
    text = buf.str();
    return true;
}

// The strict rules of the contract: djson's defaults (no comments, no trailing commas, duplicate keys
// rejected, depth 64), every error reported.
djson::options strict(bool pretty) {
    djson::options opt;
    opt.pretty = pretty;
    return opt;
}

int check(const std::vector<std::string>& args) {
    bool pretty = false;
    std::vector<std::string> rest;
    for (const auto& a : args) {
        if (a == "--pretty")
            pretty = true;
        else if (a.size() > 1 && a[0] == '-' && a != "-")
            return usage("unknown option " + a);
        else
            rest.push_back(a);
    }
    if (rest.empty() || rest.size() > 2)
        return usage("check takes a model and at most one file");
    bool array = false;
    const model_entry* m = find_model(rest[0], array);
    if (!m)
        return usage("unknown model '" + rest[0] + "' (see: sailpoint-models list)");
    std::string file = rest.size() == 2 ? rest[1] : "-";
    std::string text;
    if (!read_all(file, text))
        return usage("cannot read '" + file + "'");

    std::string out;
    djson::errors errs;
    if (m->check(text, array, strict(pretty), out, errs)) {
        out.push_back('\n');
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
    }
    for (const auto& e : errs) {
        std::string line = e.path + ": " + e.detail;
        if (e.line != 0)
            line += " (line " + std::to_string(e.line) + ", column " + std::to_string(e.column) + ")";
        std::cout << line << '\n';
    }
    return 1;
}

int schema(const std::vector<std::string>& args) {
    if (args.size() != 1)
        return usage("schema takes one model");
    bool array = false;
    const model_entry* m = find_model(args[0], array);
    if (!m)
        return usage("unknown model '" + args[0] + "' (see: sailpoint-models list)");
    std::cout << djson::to_json(m->schema(array), {.pretty = true}) << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        return usage("no command");
    std::string cmd = args.front();
    args.erase(args.begin());
    try {
        if (cmd == "list") {
            if (!args.empty())
                return usage("list takes no arguments");
            std::vector<std::string_view> names;
            for (const auto* e : entries())
                names.push_back(e->name);
            std::sort(names.begin(), names.end());
            for (auto n : names)
                std::cout << n << '\n';
            return 0;
        }
        if (cmd == "check")
            return check(args);
        if (cmd == "schema")
            return schema(args);
    } catch (const std::exception& e) {
        std::cerr << "sailpoint-models: " << e.what() << '\n';
        return 2;
    }
    return usage("unknown command '" + cmd + "'");
}
