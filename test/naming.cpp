// Tests for key naming: per-model naming policies (DJSON_MODEL), per-member key overrides, and enum naming
// (DJSON_ENUM).
#define BOOST_TEST_MODULE naming
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::round_trip;

namespace naming_test {

// ---- one model per policy, members spelled snake_case ----
struct Declared {
    std::int64_t access_token_validity_seconds = 0;
    std::string refresh_token;
};
BOOST_DESCRIBE_STRUCT(Declared, (), (access_token_validity_seconds, refresh_token))

struct ExplicitDeclared {
    std::int64_t access_token_validity_seconds = 0;
    std::string refresh_token;
};
BOOST_DESCRIBE_STRUCT(ExplicitDeclared, (), (access_token_validity_seconds, refresh_token))
DJSON_MODEL(ExplicitDeclared, djson::naming::as_declared);

struct Camel {
    std::int64_t access_token_validity_seconds = 0;
    std::string refresh_token;
    bool active = false; // one word: unchanged
};
BOOST_DESCRIBE_STRUCT(Camel, (), (access_token_validity_seconds, refresh_token, active))
DJSON_MODEL(Camel, djson::naming::camel_case);

struct Pascal {
    std::int64_t access_token_validity_seconds = 0;
    std::string refresh_token;
    bool active = false;
};
BOOST_DESCRIBE_STRUCT(Pascal, (), (access_token_validity_seconds, refresh_token, active))
DJSON_MODEL(Pascal, djson::naming::pascal_case);

struct Kebab {
    std::int64_t access_token_validity_seconds = 0;
    std::string refresh_token;
    bool active = false;
};
BOOST_DESCRIBE_STRUCT(Kebab, (), (access_token_validity_seconds, refresh_token, active))
DJSON_MODEL(Kebab, djson::naming::kebab_case);

struct Screaming {
    std::int64_t access_token_validity_seconds = 0;
    std::string refresh_token;
    bool active = false;
};
BOOST_DESCRIBE_STRUCT(Screaming, (), (access_token_validity_seconds, refresh_token, active))
DJSON_MODEL(Screaming, djson::naming::screaming_snake_case);

// ---- members spelled camelCase ----
struct Session {
    std::string lastUsedAt;
    std::int32_t idleTimeoutSeconds = 0;
    std::string id;
};
BOOST_DESCRIBE_STRUCT(Session, (), (lastUsedAt, idleTimeoutSeconds, id))
DJSON_MODEL(Session, djson::naming::snake_case);

struct SessionKebab {
    std::string lastUsedAt;
    std::int32_t idleTimeoutSeconds = 0;
};
BOOST_DESCRIBE_STRUCT(SessionKebab, (), (lastUsedAt, idleTimeoutSeconds))
DJSON_MODEL(SessionKebab, djson::naming::kebab_case);

struct SessionScreaming {
    std::string lastUsedAt;
    std::int32_t idleTimeoutSeconds = 0;
};
BOOST_DESCRIBE_STRUCT(SessionScreaming, (), (lastUsedAt, idleTimeoutSeconds))
DJSON_MODEL(SessionScreaming, djson::naming::screaming_snake_case);

struct SessionCamel { // already camelCase: unchanged
    std::string lastUsedAt;
    std::int32_t idleTimeoutSeconds = 0;
};
BOOST_DESCRIBE_STRUCT(SessionCamel, (), (lastUsedAt, idleTimeoutSeconds))
DJSON_MODEL(SessionCamel, djson::naming::camel_case);

struct SessionPascal {
    std::string lastUsedAt;
    std::int32_t idleTimeoutSeconds = 0;
};
BOOST_DESCRIBE_STRUCT(SessionPascal, (), (lastUsedAt, idleTimeoutSeconds))
DJSON_MODEL(SessionPascal, djson::naming::pascal_case);

// ---- overrides ----
struct Special {
    std::string klass;
    std::string ref;
    std::string odata_type;
    std::string quoted_key;
    std::string slash_key;
    std::string user_id;   // override spelled in snake_case wins over camel_case
    std::string plain_one; // no override: policy applies
};
BOOST_DESCRIBE_STRUCT(Special, (), (klass, ref, odata_type, quoted_key, slash_key, user_id, plain_one))
DJSON_MODEL(Special, djson::naming::camel_case, djson::member("klass", djson::key("class")),
            djson::member("ref", djson::key("$ref")), djson::member("odata_type", djson::key("@odata.type")),
            djson::member("quoted_key", djson::key("say \"hi\"")),
            djson::member("slash_key", djson::key("a/b~c")), djson::member("user_id", djson::key("user_id")));

// override order relative to the policy argument does not matter
struct OverrideFirst {
    std::string klass;
    std::string some_value;
};
BOOST_DESCRIBE_STRUCT(OverrideFirst, (), (klass, some_value))
DJSON_MODEL(OverrideFirst, djson::member("klass", djson::key("class")), djson::naming::pascal_case);

// keys that JSON must escape: backslash and a control character
struct Escapes {
    std::int32_t back = 0;
    std::int32_t tab = 0;
};
BOOST_DESCRIBE_STRUCT(Escapes, (), (back, tab))
DJSON_MODEL(Escapes, djson::member("back", djson::key("back\\slash")),
            djson::member("tab", djson::key("tab\there")));

// reject unknown keys: the C++ spelling is then an unknown key
struct Strict {
    std::int64_t access_token_validity_seconds = 0;
};
BOOST_DESCRIBE_STRUCT(Strict, (), (access_token_validity_seconds))
DJSON_MODEL(Strict, djson::naming::camel_case, djson::unknown_keys::reject);

// ---- nesting: each model keeps its own policy; map keys are data, never renamed ----
struct Inner {
    std::string display_name;
};
BOOST_DESCRIBE_STRUCT(Inner, (), (display_name))

struct Outer {
    Inner inner_thing;
    std::optional<Inner> maybe_inner;
    std::vector<Inner> inner_list;
    std::map<std::string, std::int32_t> score_by_name;
};
BOOST_DESCRIBE_STRUCT(Outer, (), (inner_thing, maybe_inner, inner_list, score_by_name))
DJSON_MODEL(Outer, djson::naming::camel_case);

// ---- enums ----
enum class Color { light_blue, dark_red, forestGreen };
BOOST_DESCRIBE_ENUM(Color, light_blue, dark_red, forestGreen)
DJSON_ENUM(Color, djson::naming::kebab_case, djson::member("dark_red", djson::key("DARK-RED")));

enum class Grant { client_credentials, authorization_code, refresh };
BOOST_DESCRIBE_ENUM(Grant, client_credentials, authorization_code, refresh)
DJSON_ENUM(Grant, djson::naming::screaming_snake_case);

enum class Mode { readOnly, readWrite };
BOOST_DESCRIBE_ENUM(Mode, readOnly, readWrite)
DJSON_ENUM(Mode, djson::naming::snake_case);

enum class Kind { big_box, small_box };
BOOST_DESCRIBE_ENUM(Kind, big_box, small_box)
DJSON_ENUM(Kind, djson::naming::camel_case);

enum class Shape { round_thing, square_thing };
BOOST_DESCRIBE_ENUM(Shape, round_thing, square_thing)
DJSON_ENUM(Shape, djson::naming::pascal_case);

enum class Plain { first_one, secondOne }; // no DJSON_ENUM: as declared
BOOST_DESCRIBE_ENUM(Plain, first_one, secondOne)

enum class Scope { all, read_only };
BOOST_DESCRIBE_ENUM(Scope, all, read_only)
DJSON_ENUM(Scope, djson::naming::snake_case, djson::member("all", djson::key("sp:scopes:all")));

struct Paint {
    Color color = Color::light_blue;
    std::vector<Color> palette;
    std::map<std::string, Color> by_name;
    std::optional<Grant> grant_type;
    Mode mode = Mode::readOnly;
    Kind kind = Kind::big_box;
    Shape shape = Shape::round_thing;
    Plain plain = Plain::first_one;
    std::vector<Scope> scopes;
};
BOOST_DESCRIBE_STRUCT(Paint, (), (color, palette, by_name, grant_type, mode, kind, shape, plain, scopes))
DJSON_MODEL(Paint, djson::naming::camel_case);

// enums without member options
struct Modes {
    Mode mode = Mode::readOnly;
    std::vector<Grant> grants;
    std::map<std::string, Kind> kinds;
    std::optional<Shape> shape;
    Plain plain = Plain::first_one;
};
BOOST_DESCRIBE_STRUCT(Modes, (), (mode, grants, kinds, shape, plain))
DJSON_MODEL(Modes, djson::naming::kebab_case);

} // namespace naming_test

using namespace naming_test;

namespace acronyms {
struct Api {
    int getHTTPResponse = 0;
    int parseURL = 0;
    int userID = 0;
    int HTTPServer2Port = 0;
    int ioError = 0;
};
BOOST_DESCRIBE_STRUCT(Api, (), (getHTTPResponse, parseURL, userID, HTTPServer2Port, ioError))
DJSON_MODEL(Api, djson::naming::snake_case);
struct Kebab {
    int getHTTPResponse = 0;
};
BOOST_DESCRIBE_STRUCT(Kebab, (), (getHTTPResponse))
DJSON_MODEL(Kebab, djson::naming::kebab_case);

// A user's rule: dotted lower case ("access_token" -> "access.token"), computed at compile time.
constexpr std::string dotted(std::string_view name) {
    std::string out;
    for (char c : name)
        out += c == '_' ? '.' : c;
    return out;
}
struct Dotted {
    int access_token = 0;
    int ttl = 0;
    int refresh_token = 0;
};
BOOST_DESCRIBE_STRUCT(Dotted, (), (access_token, ttl, refresh_token))
DJSON_MODEL(Dotted, djson::naming_rule(&dotted), djson::member("ttl", djson::key("TTL")));
enum class Level { log_debug, log_info };
BOOST_DESCRIBE_ENUM(Level, log_debug, log_info)
DJSON_ENUM(Level, djson::naming_rule(&dotted));
struct Logged {
    Level level = Level::log_info;
};
BOOST_DESCRIBE_STRUCT(Logged, (), (level))
} // namespace acronyms

BOOST_AUTO_TEST_CASE(acronyms_split_as_words) {
    round_trip(acronyms::Api{1, 2, 3, 4, 5},
               R"({"get_http_response":1,"parse_url":2,"user_id":3,"http_server2_port":4,"io_error":5})");
    round_trip(acronyms::Kebab{7}, R"({"get-http-response":7})");
}

BOOST_AUTO_TEST_CASE(a_users_naming_rule_is_used_like_the_built_in_ones) {
    round_trip(acronyms::Dotted{1, 2, 3}, R"({"access.token":1,"TTL":2,"refresh.token":3})");
    expect_errors<acronyms::Dotted>(R"({"access_token":1,"TTL":2,"refresh.token":3})",
                                    {{errc::missing_required, "/access.token"}});
    round_trip(acronyms::Logged{acronyms::Level::log_debug}, R"({"level":"log.debug"})");
    BOOST_TEST(djson::json_schema<acronyms::Dotted>().at("required").as_array().size() == 3u);
}

BOOST_AUTO_TEST_CASE(as_declared_is_the_default) {
    round_trip(Declared{3600, "r"}, R"({"access_token_validity_seconds":3600,"refresh_token":"r"})");
    round_trip(ExplicitDeclared{3600, "r"}, R"({"access_token_validity_seconds":3600,"refresh_token":"r"})");
    expect_errors<Declared>(R"({"refresh_token":"r"})",
                            {{errc::missing_required, "/access_token_validity_seconds"}});
}

BOOST_AUTO_TEST_CASE(camel_case_policy) {
    round_trip(Camel{3600, "r", true},
               R"({"accessTokenValiditySeconds":3600,"refreshToken":"r","active":true})");
    auto v = expect_read<Camel>(R"({"active":false,"refreshToken":"x","accessTokenValiditySeconds":7})");
    BOOST_TEST(v.access_token_validity_seconds == 7);
    BOOST_TEST(v.refresh_token == "x");
    BOOST_TEST(!v.active);
}

BOOST_AUTO_TEST_CASE(pascal_case_policy) {
    round_trip(Pascal{3600, "r", true},
               R"({"AccessTokenValiditySeconds":3600,"RefreshToken":"r","Active":true})");
    auto v = expect_read<Pascal>(R"({"AccessTokenValiditySeconds":1,"RefreshToken":"q","Active":true})");
    BOOST_TEST(v.access_token_validity_seconds == 1);
    BOOST_TEST(v.refresh_token == "q");
}

BOOST_AUTO_TEST_CASE(kebab_case_policy) {
    round_trip(Kebab{3600, "r", true},
               R"({"access-token-validity-seconds":3600,"refresh-token":"r","active":true})");
    round_trip(SessionKebab{"2020", 5}, R"({"last-used-at":"2020","idle-timeout-seconds":5})");
}

BOOST_AUTO_TEST_CASE(screaming_snake_case_policy) {
    round_trip(Screaming{3600, "r", true},
               R"({"ACCESS_TOKEN_VALIDITY_SECONDS":3600,"REFRESH_TOKEN":"r","ACTIVE":true})");
    round_trip(SessionScreaming{"2020", 5}, R"({"LAST_USED_AT":"2020","IDLE_TIMEOUT_SECONDS":5})");
}

BOOST_AUTO_TEST_CASE(snake_case_from_camel_case_members) {
    round_trip(Session{"2020-01-01", 30, "s1"},
               R"({"last_used_at":"2020-01-01","idle_timeout_seconds":30,"id":"s1"})");
    auto v = expect_read<Session>(R"({"id":"a","idle_timeout_seconds":1,"last_used_at":"t"})");
    BOOST_TEST(v.lastUsedAt == "t");
    BOOST_TEST(v.idleTimeoutSeconds == 1);
    BOOST_TEST(v.id == "a");
    // the C++ spelling is not the key
    expect_errors<Session>(
        R"({"lastUsedAt":"t","idleTimeoutSeconds":1,"id":"a"})",
        {{errc::missing_required, "/last_used_at"}, {errc::missing_required, "/idle_timeout_seconds"}});
}

BOOST_AUTO_TEST_CASE(camel_and_pascal_from_camel_case_members) {
    round_trip(SessionCamel{"t", 2}, R"({"lastUsedAt":"t","idleTimeoutSeconds":2})");
    round_trip(SessionPascal{"t", 2}, R"({"LastUsedAt":"t","IdleTimeoutSeconds":2})");
}

BOOST_AUTO_TEST_CASE(read_uses_computed_keys_and_errors_name_them) {
    // the C++ spelling is ignored (unknown), so the computed key is missing
    expect_errors<Camel>(
        R"({"access_token_validity_seconds":1,"refresh_token":"r","active":true})",
        {{errc::missing_required, "/accessTokenValiditySeconds"}, {errc::missing_required, "/refreshToken"}});
    expect_errors<Camel>(R"({"refreshToken":"r","active":true})",
                         {{errc::missing_required, "/accessTokenValiditySeconds"}});
    expect_errors<Camel>(R"({"accessTokenValiditySeconds":"soon","refreshToken":"r","active":true})",
                         {{errc::type_mismatch, "/accessTokenValiditySeconds"}});
    expect_errors<Pascal>(R"({"RefreshToken":"r","Active":true})",
                          {{errc::missing_required, "/AccessTokenValiditySeconds"}});
    expect_errors<Kebab>(R"({"refresh-token":"r","active":true})",
                         {{errc::missing_required, "/access-token-validity-seconds"}});
    expect_errors<Screaming>(R"({"REFRESH_TOKEN":"r","ACTIVE":true})",
                             {{errc::missing_required, "/ACCESS_TOKEN_VALIDITY_SECONDS"}});
    // duplicate computed key
    expect_errors<Camel>(
        R"({"accessTokenValiditySeconds":1,"accessTokenValiditySeconds":2,"refreshToken":"r","active":true})",
        {{errc::duplicate_key, "/accessTokenValiditySeconds"}}, {}, false);
}

BOOST_AUTO_TEST_CASE(reject_policy_sees_cpp_spelling_as_unknown) {
    auto v = expect_read<Strict>(R"({"accessTokenValiditySeconds":5})");
    BOOST_TEST(v.access_token_validity_seconds == 5);
    expect_errors<Strict>(R"({"access_token_validity_seconds":5})",
                          {{errc::unknown_key, "/access_token_validity_seconds"},
                           {errc::missing_required, "/accessTokenValiditySeconds"}});
}

BOOST_AUTO_TEST_CASE(member_overrides_and_special_keys) {
    Special s{"Pet", "#/components/schemas/Pet", "#microsoft.graph.user", "q", "s", "u1", "p"};
    round_trip(s, R"({"class":"Pet","$ref":"#/components/schemas/Pet","@odata.type":"#microsoft.graph.user",)"
                  R"("say \"hi\"":"q","a/b~c":"s","user_id":"u1","plainOne":"p"})");
    auto v = expect_read<Special>(
        R"({"plainOne":"P","user_id":"U","a/b~c":"S","say \"hi\"":"Q","@odata.type":"T","$ref":"R","class":"K"})");
    BOOST_TEST(v.klass == "K");
    BOOST_TEST(v.ref == "R");
    BOOST_TEST(v.odata_type == "T");
    BOOST_TEST(v.quoted_key == "Q");
    BOOST_TEST(v.slash_key == "S");
    BOOST_TEST(v.user_id == "U");
    BOOST_TEST(v.plain_one == "P");

    // the DOM written by to_value has the same keys, the quote unescaped
    boost::json::value jv = djson::to_value(s);
    BOOST_TEST_REQUIRE(jv.is_object());
    BOOST_TEST(jv.as_object().contains("say \"hi\""));
    BOOST_TEST(jv.as_object().contains("a/b~c"));
    BOOST_TEST(!jv.as_object().contains("klass"));
    BOOST_TEST(!jv.as_object().contains("odataType"));
}

BOOST_AUTO_TEST_CASE(keys_needing_json_escapes) {
    round_trip(Escapes{1, 2}, R"({"back\\slash":1,"tab\u0009here":2})");
    auto v = expect_read<Escapes>(R"({"tab\there":3,"back\\slash":4})");
    BOOST_TEST(v.back == 4);
    BOOST_TEST(v.tab == 3);
    expect_errors<Escapes>(R"({"back\\slash":1})", {{errc::missing_required, "/tab\there"}});
}

BOOST_AUTO_TEST_CASE(override_wins_over_policy) {
    round_trip(OverrideFirst{"k", "v"}, R"({"class":"k","SomeValue":"v"})");
    // neither the policy's spelling nor the C++ name reads the overridden member
    expect_errors<Special>(R"({"klass":"K","odataType":"T","userId":"U","$ref":"R","@odata.type":"T",)"
                           R"("say \"hi\"":"Q","a/b~c":"S","user_id":"U","plainOne":"P"})",
                           {{errc::missing_required, "/class"}});
    expect_errors<Special>(R"({"class":"K","$ref":"R","@odata.type":"T","say \"hi\"":"Q","a/b~c":"S",)"
                           R"("userId":"U","plainOne":"P"})",
                           {{errc::missing_required, "/user_id"}});
}

BOOST_AUTO_TEST_CASE(error_paths_escape_special_keys) {
    // missing: `/` -> `~1`, `~` -> `~0`, quotes stay as they are in a JSON Pointer
    expect_errors<Special>(R"({"class":"K","$ref":"R","@odata.type":"T","user_id":"U","plainOne":"P"})",
                           {{errc::missing_required, "/say \"hi\""}, {errc::missing_required, "/a~1b~0c"}});
    // wrong type under the special keys
    expect_errors<Special>(R"({"class":1,"$ref":"R","@odata.type":true,"say \"hi\"":"Q","a/b~c":[],)"
                           R"("user_id":"U","plainOne":"P"})",
                           {{errc::type_mismatch, "/class"},
                            {errc::type_mismatch, "/@odata.type"},
                            {errc::type_mismatch, "/a~1b~0c"}});
    expect_errors<Special>(R"({"class":"K","$ref":null,"@odata.type":"T","say \"hi\"":"Q","a/b~c":"S",)"
                           R"("user_id":"U","plainOne":"P"})",
                           {{errc::unexpected_null, "/$ref"}});
}

BOOST_AUTO_TEST_CASE(nested_models_keep_their_own_policy) {
    Outer o;
    o.inner_thing.display_name = "a";
    o.maybe_inner = Inner{"b"};
    o.inner_list = {Inner{"c"}, Inner{"d"}};
    o.score_by_name = {{"snake_key", 1}, {"camelKey", 2}};
    round_trip(o, R"({"innerThing":{"display_name":"a"},"maybeInner":{"display_name":"b"},)"
                  R"("innerList":[{"display_name":"c"},{"display_name":"d"}],)"
                  R"("scoreByName":{"camelKey":2,"snake_key":1}})");
    expect_errors<Outer>(
        R"({"innerThing":{"displayName":"a"},"innerList":[{"display_name":"c"},{}],"scoreByName":{}})",
        {{errc::missing_required, "/innerThing/display_name"},
         {errc::missing_required, "/innerList/1/display_name"}});
}

BOOST_AUTO_TEST_CASE(enum_names_follow_the_enum_policy) {
    BOOST_TEST(djson::to_json(Grant::client_credentials) == R"("CLIENT_CREDENTIALS")");
    BOOST_TEST(djson::to_json(Grant::refresh) == R"("REFRESH")");
    BOOST_TEST(djson::to_json(Mode::readWrite) == R"("read_write")");
    BOOST_TEST(djson::to_json(Kind::small_box) == R"("smallBox")");
    BOOST_TEST(djson::to_json(Shape::square_thing) == R"("SquareThing")");
    BOOST_TEST(djson::to_json(Plain::first_one) == R"("first_one")");
    BOOST_TEST(djson::to_json(Plain::secondOne) == R"("secondOne")");

    BOOST_TEST((expect_read<Grant>(R"("AUTHORIZATION_CODE")") == Grant::authorization_code));
    BOOST_TEST((expect_read<Mode>(R"("read_only")") == Mode::readOnly));
    BOOST_TEST((expect_read<Kind>(R"("bigBox")") == Kind::big_box));
    BOOST_TEST((expect_read<Shape>(R"("RoundThing")") == Shape::round_thing));
    BOOST_TEST((expect_read<Plain>(R"("secondOne")") == Plain::secondOne));

    // the C++ name is not a value when a policy renames it
    expect_errors<Mode>(R"("readOnly")", {{errc::invalid_value, ""}});
    expect_errors<Grant>(R"("client_credentials")", {{errc::invalid_value, ""}});
    expect_errors<Kind>(R"("big_box")", {{errc::invalid_value, ""}});
    expect_errors<Shape>(R"("round_thing")", {{errc::invalid_value, ""}});
}

BOOST_AUTO_TEST_CASE(enums_inside_models_without_overrides) {
    Modes m;
    m.mode = Mode::readWrite;
    m.grants = {Grant::refresh, Grant::authorization_code};
    m.kinds = {{"a_b", Kind::small_box}};
    m.shape = Shape::square_thing;
    m.plain = Plain::secondOne;
    round_trip(m,
               R"({"mode":"read_write","grants":["REFRESH","AUTHORIZATION_CODE"],"kinds":{"a_b":"smallBox"},)"
               R"("shape":"SquareThing","plain":"secondOne"})");
    expect_errors<Modes>(
        R"({"mode":"readWrite","grants":["REFRESH","refresh"],"kinds":{"x/y":"small_box"},"plain":"x"})",
        {{errc::invalid_value, "/mode"},
         {errc::invalid_value, "/grants/1"},
         {errc::invalid_value, "/kinds/x~1y"},
         {errc::invalid_value, "/plain"}});
}

BOOST_AUTO_TEST_CASE(enum_member_overrides) {
    BOOST_TEST(djson::to_json(Color::light_blue) == R"("light-blue")");
    BOOST_TEST(djson::to_json(Color::dark_red) == R"("DARK-RED")");
    BOOST_TEST(djson::to_json(Color::forestGreen) == R"("forest-green")");
    BOOST_TEST(djson::to_json(Scope::all) == R"("sp:scopes:all")");
    BOOST_TEST(djson::to_json(Scope::read_only) == R"("read_only")");

    BOOST_TEST((expect_read<Color>(R"("DARK-RED")") == Color::dark_red));
    BOOST_TEST((expect_read<Color>(R"("forest-green")") == Color::forestGreen));
    BOOST_TEST((expect_read<Color>(R"("light-blue")") == Color::light_blue));
    BOOST_TEST((expect_read<Scope>(R"("sp:scopes:all")") == Scope::all));

    // the C++ name, or the policy's name of an overridden value, is not a value
    expect_errors<Color>(R"("dark_red")", {{errc::invalid_value, ""}});
    expect_errors<Color>(R"("dark-red")", {{errc::invalid_value, ""}});
    expect_errors<Color>(R"("light_blue")", {{errc::invalid_value, ""}});
    expect_errors<Color>(R"("forestGreen")", {{errc::invalid_value, ""}});
    expect_errors<Scope>(R"("all")", {{errc::invalid_value, ""}});
}

BOOST_AUTO_TEST_CASE(enums_with_overrides_inside_models) {
    Paint p;
    p.color = Color::dark_red;
    p.palette = {Color::light_blue, Color::forestGreen, Color::dark_red};
    p.by_name = {{"sky", Color::light_blue}};
    p.grant_type = Grant::refresh;
    p.mode = Mode::readWrite;
    p.kind = Kind::big_box;
    p.shape = Shape::round_thing;
    p.plain = Plain::secondOne;
    p.scopes = {Scope::read_only, Scope::all};
    round_trip(p,
               R"({"color":"DARK-RED","palette":["light-blue","forest-green","DARK-RED"],)"
               R"("byName":{"sky":"light-blue"},"grantType":"REFRESH","mode":"read_write","kind":"bigBox",)"
               R"("shape":"RoundThing","plain":"secondOne","scopes":["read_only","sp:scopes:all"]})");
    expect_errors<Paint>(
        R"({"color":"dark_red","palette":["light-blue","lightBlue"],"byName":{"a/b":"x"},)"
        R"("mode":"read_write","kind":"bigBox","shape":"RoundThing","plain":"secondOne","scopes":[]})",
        {{errc::invalid_value, "/color"},
         {errc::invalid_value, "/palette/1"},
         {errc::invalid_value, "/byName/a~1b"}});
}
