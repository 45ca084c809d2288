// Tests for the Boost.JSON integration: value_from / value_to / try_value_to of DJSON_MODEL models follow
// djson's rules, djson::to_value / from_value / try_from_value, and models inside plain Boost.JSON described
// structs.
#define BOOST_TEST_MODULE boost_json
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

using djson::errc;

namespace bj {

enum class Status { active, suspended_for_review };
BOOST_DESCRIBE_ENUM(Status, active, suspended_for_review)
DJSON_ENUM(Status, djson::naming::screaming_snake_case);

struct Token {
    std::string token_name;
    std::int64_t expires_in_seconds = 0;
    Status status = Status::active;
    djson::timestamp created_at;
    std::optional<std::string> note;
    djson::nullable<std::int32_t> limit;
};
BOOST_DESCRIBE_STRUCT(Token, (), (token_name, expires_in_seconds, status, created_at, note, limit))
DJSON_MODEL(Token, djson::naming::camel_case);

// A plain Boost.JSON described struct (no DJSON_MODEL): Boost.JSON's own rules, with a djson model inside.
struct Envelope {
    std::string kind;
    Token payload;
    std::vector<Token> items;
};
BOOST_DESCRIBE_STRUCT(Envelope, (), (kind, payload, items))

// A model with a strict unknown-key policy, only reachable through djson rules.
struct Strict {
    std::int32_t only_field = 0;
};
BOOST_DESCRIBE_STRUCT(Strict, (), (only_field))
DJSON_MODEL(Strict, djson::naming::pascal_case, djson::unknown_keys::reject);

Token sample() {
    Token t;
    t.token_name = "ci";
    t.expires_in_seconds = 3600;
    t.status = Status::suspended_for_review;
    t.created_at = djson::timestamp::from_unix(1'499'798'737, 98'000'000);
    t.note = "n";
    t.limit = 5;
    return t;
}

constexpr const char* sample_json =
    R"({"tokenName":"ci","expiresInSeconds":3600,"status":"SUSPENDED_FOR_REVIEW",)"
    R"("createdAt":"2017-07-11T18:45:37.098Z","note":"n","limit":5})";

// Derived models (allOf): value_from / value_to must convert the whole derived object, not just its base.
struct Resource {
    std::string resource_id;
};
BOOST_DESCRIBE_STRUCT(Resource, (), (resource_id))
DJSON_MODEL(Resource, djson::naming::camel_case);

struct Document : Resource {
    std::string document_title;
};
BOOST_DESCRIBE_STRUCT(Document, (Resource), (document_title))
DJSON_MODEL(Document, djson::naming::camel_case);

// no DJSON_MODEL of its own: the base's tag_invoke overloads must not take it over
struct Note : Resource {
    std::string note_text;
};
BOOST_DESCRIBE_STRUCT(Note, (Resource), (note_text))

// The djson code carried by a Boost error_code (which wraps the std::error_code djson made); -1 for another
// category.
int djson_code(const boost::system::error_code& ec) {
    const std::error_code sec = ec;
    return sec.category() == djson::error_category() ? sec.value() : -1;
}

} // namespace bj

using namespace bj;

BOOST_AUTO_TEST_CASE(to_value_matches_to_json) {
    const Token t = sample();
    boost::json::value jv = djson::to_value(t);
    BOOST_TEST(jv == boost::json::parse(sample_json));
    BOOST_TEST(boost::json::serialize(jv) == djson::to_json(t));
    BOOST_TEST(djson::to_json(t) == sample_json);
}

BOOST_AUTO_TEST_CASE(value_from_uses_djson_rules) {
    const Token t = sample();
    boost::json::value jv = boost::json::value_from(t);
    BOOST_TEST(jv == djson::to_value(t));
    BOOST_TEST_REQUIRE(jv.is_object());
    const auto& o = jv.as_object();
    BOOST_TEST(o.contains("tokenName"));
    BOOST_TEST(!o.contains("token_name"));
    BOOST_TEST(o.at("status") == boost::json::value("SUSPENDED_FOR_REVIEW"));
    BOOST_TEST(o.at("createdAt") == boost::json::value("2017-07-11T18:45:37.098Z"));
    BOOST_TEST(o.at("limit") == boost::json::value(5));

    // an absent optional is omitted, a null nullable is written as null
    Token u = sample();
    u.note.reset();
    u.limit = djson::null;
    boost::json::value ju = boost::json::value_from(u);
    BOOST_TEST(ju == djson::to_value(u));
    BOOST_TEST(!ju.as_object().contains("note"));
    BOOST_TEST(ju.as_object().at("limit").is_null());
}

BOOST_AUTO_TEST_CASE(value_to_uses_djson_rules) {
    Token t = boost::json::value_to<Token>(boost::json::parse(sample_json));
    BOOST_TEST(djson::equal(t, sample()));
    BOOST_TEST(t.token_name == "ci");
    BOOST_TEST((t.status == Status::suspended_for_review));
    BOOST_TEST(t.created_at.to_string() == "2017-07-11T18:45:37.098Z");

    // optional keys may be absent, extra keys are ignored (djson's default), timestamps with offsets convert
    Token u = boost::json::value_to<Token>(boost::json::parse(
        R"({"extra":1,"limit":null,"createdAt":"2017-07-11T23:45:37.098+05:00","status":"ACTIVE",)"
        R"("expiresInSeconds":1,"tokenName":"x"})"));
    BOOST_TEST(!u.note.has_value());
    BOOST_TEST(u.limit.is_null());
    BOOST_TEST((u.status == Status::active));
    BOOST_TEST((u.created_at == sample().created_at));
}

BOOST_AUTO_TEST_CASE(value_to_throws_on_errors) {
    auto check = [](const char* text, errc code, const char* path) {
        BOOST_TEST_CONTEXT("value_to " << text) {
            const boost::json::value jv = boost::json::parse(text);
            bool thrown = false;
            try {
                (void)boost::json::value_to<Token>(jv);
            } catch (const djson::error& e) {
                thrown = true;
                BOOST_TEST_REQUIRE(!e.list().empty());
                BOOST_TEST(e.code() == code);
                BOOST_TEST(e.list().front().path == path);
            } catch (const std::exception& e) {
                thrown = true;
                BOOST_ERROR("threw something other than djson::error: " << e.what());
            }
            BOOST_TEST(thrown, "value_to did not throw");
        }
    };
    // the C++ spelling of a key is not djson's key: the camelCase key is missing
    check(
        R"({"token_name":"ci","expiresInSeconds":1,"status":"ACTIVE","createdAt":"2017-07-11T18:45:37Z","limit":1})",
        errc::missing_required, "/tokenName");
    // a required key absent
    check(R"({"tokenName":"ci","status":"ACTIVE","createdAt":"2017-07-11T18:45:37Z","limit":1})",
          errc::missing_required, "/expiresInSeconds");
    // enum by its C++ name (Boost.JSON's own rule) is not accepted
    check(
        R"({"tokenName":"ci","expiresInSeconds":1,"status":"active","createdAt":"2017-07-11T18:45:37Z","limit":1})",
        errc::invalid_value, "/status");
    // a bad timestamp
    check(
        R"({"tokenName":"ci","expiresInSeconds":1,"status":"ACTIVE","createdAt":"2017-02-30T00:00:00Z","limit":1})",
        errc::invalid_value, "/createdAt");
    // null in a std::optional
    check(R"({"tokenName":"ci","expiresInSeconds":1,"status":"ACTIVE","createdAt":"2017-07-11T18:45:37Z",)"
          R"("note":null,"limit":1})",
          errc::unexpected_null, "/note");
    // not an object
    check("[1,2]", errc::type_mismatch, "");

    BOOST_CHECK_THROW(boost::json::value_to<Strict>(boost::json::parse(R"({"OnlyField":1,"other":2})")),
                      djson::error);
    BOOST_TEST(boost::json::value_to<Strict>(boost::json::parse(R"({"OnlyField":7})")).only_field == 7);
}

BOOST_AUTO_TEST_CASE(try_value_to_returns_errors) {
    {
        boost::system::result<Token> r = boost::system::error_code{};
        BOOST_CHECK_NO_THROW(r = boost::json::try_value_to<Token>(boost::json::parse(sample_json)));
        BOOST_TEST_REQUIRE(r.has_value());
        BOOST_TEST(djson::equal(*r, sample()));
    }
    auto check = [](const char* text, errc code) {
        BOOST_TEST_CONTEXT("try_value_to " << text) {
            const boost::json::value jv = boost::json::parse(text);
            boost::system::result<Token> r = Token{};
            BOOST_CHECK_NO_THROW(r = boost::json::try_value_to<Token>(jv));
            BOOST_TEST_REQUIRE(r.has_error());
            BOOST_TEST(djson_code(r.error()) == static_cast<int>(code), r.error().message());
            BOOST_TEST((r.error() == boost::system::error_code(djson::make_error_code(code))));
        }
    };
    check(R"({"tokenName":"ci"})", errc::missing_required);
    check(
        R"({"tokenName":1,"expiresInSeconds":1,"status":"ACTIVE","createdAt":"2017-07-11T18:45:37Z","limit":1})",
        errc::type_mismatch);
    check(
        R"({"tokenName":"ci","expiresInSeconds":1,"status":"GONE","createdAt":"2017-07-11T18:45:37Z","limit":1})",
        errc::invalid_value);
    check(
        R"({"tokenName":"ci","expiresInSeconds":18446744073709551615,"status":"ACTIVE","createdAt":"2017-07-11T18:45:37Z","limit":1})",
        errc::out_of_range);
    check("null", errc::unexpected_null);
    check("\"text\"", errc::type_mismatch);

    boost::system::result<Strict> s = Strict{};
    BOOST_CHECK_NO_THROW(
        s = boost::json::try_value_to<Strict>(boost::json::parse(R"({"OnlyField":1,"x":2})")));
    BOOST_TEST_REQUIRE(s.has_error());
    BOOST_TEST(djson_code(s.error()) == static_cast<int>(errc::unknown_key));
}

BOOST_AUTO_TEST_CASE(models_in_vectors_and_maps) {
    std::vector<Token> v{sample(), sample()};
    v[1].token_name = "second";
    v[1].note.reset();
    boost::json::value jv = boost::json::value_from(v);
    BOOST_TEST_REQUIRE(jv.is_array());
    BOOST_TEST(jv == djson::to_value(v));
    BOOST_TEST(jv.as_array().size() == 2u);
    BOOST_TEST(jv.as_array()[0] == boost::json::parse(sample_json));
    BOOST_TEST(jv.as_array()[1].as_object().at("tokenName") == boost::json::value("second"));

    auto back = boost::json::value_to<std::vector<Token>>(jv);
    BOOST_TEST(djson::equal(back, v));

    // an error in one item: value_to throws, try_value_to returns the error
    boost::json::value bad = jv;
    bad.as_array()[1].as_object().erase("tokenName");
    BOOST_CHECK_THROW(boost::json::value_to<std::vector<Token>>(bad), std::exception);
    boost::system::result<std::vector<Token>> r = std::vector<Token>{};
    BOOST_CHECK_NO_THROW(r = boost::json::try_value_to<std::vector<Token>>(bad));
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(djson_code(r.error()) == static_cast<int>(errc::missing_required));

    std::map<std::string, Token> m{{"a", sample()}};
    boost::json::value jm = boost::json::value_from(m);
    BOOST_TEST(jm == djson::to_value(m));
    BOOST_TEST(jm.as_object().at("a") == boost::json::parse(sample_json));
    BOOST_TEST(djson::equal(boost::json::value_to<std::map<std::string, Token>>(jm), m));
}

BOOST_AUTO_TEST_CASE(djson_dom_api) {
    const Token t = sample();
    boost::json::value jv = djson::to_value(t);
    Token a = djson::from_value<Token>(jv);
    BOOST_TEST(djson::equal(a, t));
    auto r = djson::try_from_value<Token>(jv);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(djson::equal(*r, t));

    // errors: every one, with paths, and the throwing form carries the same list
    const boost::json::value bad =
        boost::json::parse(R"({"tokenName":1,"status":"x","createdAt":"2017-07-11T18:45:37Z","limit":"l"})");
    auto e = djson::try_from_value<Token>(bad);
    BOOST_TEST_REQUIRE(!e.has_value());
    const auto& errs = e.error_list();
    BOOST_TEST_REQUIRE(errs.size() == 4u, djson_test::describe(errs));
    BOOST_TEST(errs[0].code == errc::type_mismatch);
    BOOST_TEST(errs[0].path == "/tokenName");
    BOOST_TEST(errs[1].code == errc::invalid_value);
    BOOST_TEST(errs[1].path == "/status");
    BOOST_TEST(errs[2].code == errc::type_mismatch);
    BOOST_TEST(errs[2].path == "/limit");
    BOOST_TEST(errs[3].code == errc::missing_required);
    BOOST_TEST(errs[3].path == "/expiresInSeconds");
    try {
        (void)djson::from_value<Token>(bad);
        BOOST_ERROR("from_value did not throw");
    } catch (const djson::error& ex) {
        BOOST_TEST((ex.list() == errs));
    }
    // the DOM read agrees with the text read
    auto from_text = djson::try_from_json<Token>(boost::json::serialize(bad));
    BOOST_TEST((from_text.error_list() == errs));

    // options travel through from_value
    const boost::json::value with_null = boost::json::parse(
        R"({"tokenName":"a","expiresInSeconds":1,"status":"ACTIVE","createdAt":"2017-07-11T18:45:37Z","note":null,"limit":null})");
    BOOST_TEST(!djson::try_from_value<Token>(with_null).has_value());
    BOOST_TEST(!djson::from_value<Token>(with_null, {.null_as_absent = true}).note.has_value());
}

BOOST_AUTO_TEST_CASE(model_inside_a_plain_described_struct) {
    Envelope env;
    env.kind = "tokens";
    env.payload = sample();
    env.items = {sample()};
    env.items[0].token_name = "item";

    // Boost.JSON's own conversion for Envelope (its keys as declared), djson's for the Tokens inside
    boost::json::value jv = boost::json::value_from(env);
    BOOST_TEST_REQUIRE(jv.is_object());
    const auto& o = jv.as_object();
    BOOST_TEST(o.at("kind") == boost::json::value("tokens"));
    BOOST_TEST(o.at("payload") == djson::to_value(env.payload));
    BOOST_TEST_REQUIRE(o.at("items").is_array());
    BOOST_TEST(o.at("items").as_array()[0] == djson::to_value(env.items[0]));

    Envelope back = boost::json::value_to<Envelope>(jv);
    BOOST_TEST(back.kind == "tokens");
    BOOST_TEST(djson::equal(back.payload, env.payload));
    BOOST_TEST(djson::equal(back.items, env.items));

    // a djson error inside the Boost.JSON struct: value_to throws, try_value_to reports it
    boost::json::value bad = jv;
    bad.as_object()["payload"].as_object()["status"] = "active"; // C++ name, not the djson value
    BOOST_CHECK_THROW(boost::json::value_to<Envelope>(bad), std::exception);
    boost::system::result<Envelope> r = Envelope{};
    BOOST_CHECK_NO_THROW(r = boost::json::try_value_to<Envelope>(bad));
    BOOST_TEST_REQUIRE(r.has_error());
    BOOST_TEST(djson_code(r.error()) == static_cast<int>(errc::invalid_value));
}

BOOST_AUTO_TEST_CASE(derived_model_converts_whole) {
    Document d;
    d.resource_id = "r";
    d.document_title = "t";
    boost::json::value jv = boost::json::value_from(d);
    BOOST_TEST(jv == djson::to_value(d));
    BOOST_TEST(jv == boost::json::parse(R"({"resourceId":"r","documentTitle":"t"})"));
    Document back = boost::json::value_to<Document>(jv);
    BOOST_TEST(back.resource_id == "r");
    BOOST_TEST(back.document_title == "t");
}

// A derived class without its own DJSON_MODEL has no Boost.JSON conversion at all (the base's tag_invoke
// accepts exactly the base), so value_from(Note) cannot slice it: test/compile_fail/derived_value_from.cpp.
