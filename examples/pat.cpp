// Reads SailPoint's example CreatePersonalAccessTokenResponse, shows the Go SDK's accessors as djson idioms,
// and writes it back; exits non-zero unless the output equals the input as JSON.
#include "pat_model.hpp"

#include <boost/json/parse.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    std::string path = argc > 1 ? argv[1] : DJSON_EXAMPLES_DATA_DIR "/CreatePersonalAccessTokenResponse.json";
    std::ifstream in(path);
    if (!in) {
        std::cerr << "cannot open " << path << "\n";
        return 2;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();

    auto pat = djson::try_from_json<sailpoint::CreatePersonalAccessTokenResponse>(text);
    if (!pat) {
        for (const auto& e : pat.error_list())
            std::cerr << e.message() << "\n";
        return 1;
    }

    // GetName / GetScopeOk / GetOwner().GetType() of the Go SDK:
    std::cout << "name:   " << pat->name << "\n";
    std::cout << "scopes: " << (pat->scope.is_null() ? 0 : pat->scope->size()) << "\n";
    std::cout << "owner:  " << pat->owner.name.value_or("?") << " ("
              << (pat->owner.type ? boost::describe::enum_to_string(*pat->owner.type, "?") : "no type")
              << ")\n";
    std::cout << "created " << pat->created.to_string() << "\n";

    std::string out = djson::to_json(*pat, {.pretty = true});
    std::cout << out << "\n";

    // Nothing lost: the output is the input, as JSON.
    if (boost::json::parse(out) != boost::json::parse(text)) {
        std::cerr << "round trip changed the document\n";
        return 1;
    }
    // SetScopeNil: scope becomes null, and is written as null (it is required, so it is not omitted).
    auto copy = *pat;
    copy.scope = djson::null;
    auto diff = djson::diff(*pat, copy);
    if (diff != std::vector<std::string>{"/scope"} ||
        djson::to_json(copy).find("\"scope\":null") == std::string::npos) {
        std::cerr << "SetScopeNil idiom misbehaved\n";
        return 1;
    }
    return 0;
}
