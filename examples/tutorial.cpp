// The README's tutorial ("Reading, writing, comparing") as a program that checks what the README says: the
// errors of a payload that breaks the model, and what equal and diff say about an edited copy of SailPoint's
// example. The README's blocks are the tagged regions below (scripts/check_readme.py keeps them equal).
#include "pat_model.hpp"

#include <boost/json/parse.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

int failures = 0;

void expect(bool ok, const char* what) {
    if (!ok) {
        std::cerr << "tutorial: FAILED: " << what << "\n";
        ++failures;
    }
}

// SailPoint's example broken three ways: an owner type the enum lacks, a validity beyond int32, no `created`.
const std::string broken = R"({
    "id": "86f1dc6fe8f54414950454cbb11278fa", "secret": "1d1bef2b9f42638344", "scope": null,
    "name": "NodeJS Integration", "owner": {"type": "ROBOT", "name": "Support"},
    "accessTokenValiditySeconds": 2147483648
})";

void read_errors(const std::string& text) {
    // tag::read_errors[]
    using sailpoint::CreatePersonalAccessTokenResponse;

    auto pat = djson::try_from_json<CreatePersonalAccessTokenResponse>(text); // never throws for bad input
    if (!pat) {
        for (const auto& e : pat.error_list())
            std::cerr << e.message() << '\n';
        // /owner/type: unknown enum value "ROBOT" (expected one of: IDENTITY)
        // /accessTokenValiditySeconds: number out of range for int32 (-2147483648..2147483647)
        // /created: required key is missing
    }
    // end::read_errors[]
    std::vector<std::string> messages;
    for (const auto& e : pat.error_list())
        messages.push_back(e.message());
    expect(!pat, "the broken payload is rejected");
    expect((messages ==
            std::vector<std::string>{
                R"(/owner/type: unknown enum value "ROBOT" (expected one of: IDENTITY))",
                "/accessTokenValiditySeconds: number out of range for int32 (-2147483648..2147483647)",
                "/created: required key is missing"}),
           "the errors are the three the README lists");
}

void read_write_compare(const std::string& text) {
    using sailpoint::CreatePersonalAccessTokenResponse;
    // tag::read_write_compare[]
    auto pat = djson::from_json<CreatePersonalAccessTokenResponse>(text); // throws djson::error instead
    std::string out = djson::to_json(pat, {.pretty = true});

    auto edited = pat;
    edited.scope = djson::null;                                // SetScopeNil(true)
    edited.owner.name.reset();                                 // UnsetName()
    bool eq = djson::equal(pat, edited);                       // false; or DJSON_EQUALITY(T); for ==
    std::vector<std::string> where = djson::diff(pat, edited); // {"/scope", "/owner/name"}
    // end::read_write_compare[]
    std::cout << out << "\n";
    expect(boost::json::parse(out) == boost::json::parse(text), "written back as it was read");
    expect(!eq, "the edited copy differs");
    expect((where == std::vector<std::string>{"/scope", "/owner/name"}), "diff names /scope and /owner/name");
}

} // namespace

int main(int argc, char** argv) {
    std::string path = argc > 1 ? argv[1] : DJSON_EXAMPLES_DATA_DIR "/CreatePersonalAccessTokenResponse.json";
    std::ifstream in(path);
    if (!in) {
        std::cerr << "cannot open " << path << "\n";
        return 2;
    }
    std::stringstream text;
    text << in.rdbuf();

    read_errors(broken);
    read_write_compare(text.str());
    return failures == 0 ? 0 : 1;
}
