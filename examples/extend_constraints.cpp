// docs/extending.md, part 2: constraints on members (the spec's minimum, maxLength, pattern, ...), a one-off
// rule, and a constraint class of your own. Run by ctest (label `extend`); it checks what the tutorial says.
#include <djson/djson.hpp>

#include <boost/json/serialize.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

// tag::own_constraint[]
namespace rules {
// A constraint of your own: derive from djson::constraint, say which member types it checks, check them.
struct ends_with : djson::constraint {
    std::string_view suffix;
    constexpr explicit ends_with(std::string_view s) : suffix(s) {}

    template <class V> static constexpr bool applies_to = std::is_same_v<V, std::string>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>, "rules::ends_with applies to std::string members");
        if (v.ends_with(suffix))
            return true;
        why = "must end with \"" + std::string(suffix) + "\"";
        return false;
    }
    // Optional: what the schema says (here, as a pattern: the suffix is plain letters).
    void schema(boost::json::object& s) const { s["pattern"] = std::string(suffix) + "$"; }
};
} // namespace rules
// end::own_constraint[]

// tag::token_model[]
namespace api {
struct TokenRequest {
    std::string name;
    std::vector<std::string> scopes;
    std::optional<int> validity_seconds; // checked only when present
    std::string owner_id;
    std::string callback;
    int batch = 0;
};
BOOST_DESCRIBE_STRUCT(TokenRequest, (), (name, scopes, validity_seconds, owner_id, callback, batch))
DJSON_MODEL(TokenRequest, djson::naming::camel_case,
            djson::member("name", djson::min_length(1), djson::max_length(50),
                          djson::pattern("^[A-Za-z][A-Za-z0-9 _-]*$")),
            djson::member("scopes", djson::min_items(1), djson::unique_items),
            djson::member("validity_seconds", djson::minimum(15), djson::maximum(43200)),
            djson::member("owner_id", djson::format::uuid),
            djson::member("callback", djson::format::uri, rules::ends_with("/done")),
            djson::member("batch",
                          djson::satisfies([](int n) { return n % 10 == 0; }, "must be a multiple of ten")));
} // namespace api
// end::token_model[]

// tag::refined_type[]
namespace api {
struct PercentRules {
    static constexpr auto rules = std::tuple{djson::minimum(0), djson::maximum(100)};
};
using Percent = djson::refined<std::int64_t, PercentRules>;

struct Discount {
    Percent rate; // checked wherever a Discount is read
    std::optional<Percent> cap;
};
BOOST_DESCRIBE_STRUCT(Discount, (), (rate, cap))
DJSON_MODEL(Discount, djson::member("cap", djson::maximum(50))); // a member's rule on top of the type's
} // namespace api
// end::refined_type[]

int main() {
    int failures = 0;
    auto expect = [&](bool ok, const char* what) {
        if (!ok) {
            std::cerr << "FAILED: " << what << "\n";
            ++failures;
        }
    };

    // tag::token_use[]
    auto bad = djson::try_from_json<api::TokenRequest>(R"({
        "name": "nightly build!", "scopes": ["sp:scopes:all", "sp:scopes:all"], "validitySeconds": 14,
        "ownerId": "2c9180835d2e5168015d32f890ca1581", "callback": "https://ci.example.com/start", "batch": 25})");
    for (const auto& e : bad.error_list())
        std::cout << e.message() << "\n";
    // /name: "nightly build!" does not match the pattern "^[A-Za-z][A-Za-z0-9 _-]*$"
    // /scopes: items 0 and 1 are equal (uniqueItems)
    // /validitySeconds: 14 is less than the minimum 15
    // /ownerId: "2c9180835d2e5168015d32f890ca1581" is not a valid uuid
    // /callback: must end with "/done"
    // /batch: must be a multiple of ten

    api::TokenRequest built{
        "nightly", {}, 10, "2c918083-5d2e-5168-015d-32f890ca1581", "https://ci.example.com/done", 0};
    for (const auto& e : djson::validate(built)) // the same rules, on a value built in code
        std::cout << e.message() << "\n";
    // /scopes: 0 items, fewer than the minimum 1
    // /validitySeconds: 10 is less than the minimum 15
    // end::token_use[]
    expect(bad.error_list().size() == 6, "six broken rules");
    for (const auto& e : bad.error_list())
        expect(e.code == djson::errc::constraint, "every one is errc::constraint");
    expect(bad.error_list()[4].path == "/callback" && bad.error_list()[4].detail == "must end with \"/done\"",
           "the user's constraint");
    auto v = djson::validate(built);
    expect(v.size() == 2 && v[0].path == "/scopes" && v[1].path == "/validitySeconds", "validate");

    // tag::token_schema[]
    auto schema = djson::json_schema<api::TokenRequest>();
    std::cout << boost::json::serialize(schema.at("properties").at("validitySeconds")) << "\n";
    // {"type":"integer","format":"int32","minimum":15,"maximum":43200}
    // end::token_schema[]
    expect(boost::json::serialize(schema.at("properties").at("validitySeconds")) ==
               R"({"type":"integer","format":"int32","minimum":15,"maximum":43200})",
           "schema keywords");
    expect(schema.at("properties").at("callback").at("pattern").as_string() == "/done$",
           "own schema keyword");

    auto good = djson::try_from_json<api::TokenRequest>(
        R"({"name":"nightly","scopes":["a"],"ownerId":"2c918083-5d2e-5168-015d-32f890ca1581",)"
        R"("callback":"https://ci.example.com/done","batch":30})");
    expect(good.has_value(), "a valid request reads");

    // tag::refined_use[]
    auto p = djson::try_from_json<api::Percent>("101"); // the whole document is a Percent
    std::cout << p.error_list().front().message() << "\n";
    // 101 is more than the maximum 100 (the document itself: an empty pointer)
    api::Discount d;
    d.rate = 120; // made from its value; *d.rate, d.rate-> and d.rate.value reach it
    d.cap = api::Percent(60);
    for (const auto& e : djson::validate(d))
        std::cout << e.message() << "\n";
    // /rate: 120 is more than the maximum 100
    // /cap: 60 is more than the maximum 50
    // end::refined_use[]
    expect(p.error_list().size() == 1 && p.error_list().front().code == djson::errc::constraint, "refined");
    auto dv = djson::validate(d);
    expect(dv.size() == 2 && dv[0].path == "/rate" && dv[1].path == "/cap", "refined members");
    expect(d.rate == 120 && *d.rate == 120, "refined compares with its value");
    return failures;
}
