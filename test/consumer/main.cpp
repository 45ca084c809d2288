// A downstream project's program, built by test/consumer/run.cmake against djson obtained every way a user
// can (find_package of a static or a shared install, add_subdirectory, FetchContent, pkg-config). It uses
// each compiled part of djson: reading, writing, errors, timestamps, unknown keys, schemas, and an exception
// thrown inside the library and caught here (which a shared library must export). Exit 0 when all of it
// works.
#include <djson/djson.hpp>
#include <djson/version.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace app {

BOOST_DEFINE_ENUM_CLASS(color, red, green)

struct item {
    std::string name;
    std::optional<std::int32_t> count;
    djson::nullable<color> tint;
    djson::timestamp made;
    double weight = 0;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(item, (), (name, count, tint, made, weight, extra))

} // namespace app

namespace {

int failures = 0;

void expect(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "consumer: FAILED: %s\n", what);
        ++failures;
    }
}

} // namespace

int main() {
    std::printf("djson %s\n", DJSON_VERSION_STRING);
    expect(std::to_string(DJSON_VERSION_MAJOR) + "." + std::to_string(DJSON_VERSION_MINOR) + "." +
                   std::to_string(DJSON_VERSION_PATCH) ==
               DJSON_VERSION_STRING,
           "DJSON_VERSION_STRING is MAJOR.MINOR.PATCH");

    // Reading and writing back: the timestamp is normalized to UTC, the unknown key comes back as it was.
    const char* text =
        R"({"name":"x","count":3,"tint":"green","made":"2024-02-29T12:00:00+01:00","weight":1.5,"kept":[1,"a"]})";
    auto read = djson::try_from_json<app::item>(text);
    expect(read.has_value(), "a valid document is read");
    if (read) {
        expect(read->count == 3 && !read->tint.is_null() && *read->tint == app::color::green, "values read");
        std::string out = djson::to_json(*read);
        std::printf("%s\n", out.c_str());
        expect(out ==
                   R"({"name":"x","count":3,"tint":"green","made":"2024-02-29T11:00:00.000Z","weight":1.5,)"
                   R"("kept":[1,"a"]})",
               "written back");
        expect(djson::equal(*read, djson::from_json<app::item>(out)), "what was written reads back equal");
    }

    // Errors: every one, each at its JSON Pointer.
    auto bad =
        djson::try_from_json<app::item>(R"({"name":null,"count":2147483648,"tint":"blue","made":"noon"})");
    expect(!bad, "an invalid document is rejected");
    std::vector<std::string> paths;
    for (const auto& e : bad.error_list()) {
        std::printf("%s\n", e.message().c_str());
        paths.push_back(e.path);
    }
    expect((paths == std::vector<std::string>{"/name", "/count", "/tint", "/made", "/weight"}),
           "every error at its path");

    // An exception thrown inside the library (a value JSON cannot hold), caught by its type here.
    try {
        app::item nan{.name = "n", .weight = std::nan("")};
        (void)djson::to_json(nan);
        expect(false, "writing NaN throws");
    } catch (const djson::error& e) {
        expect(e.code() == djson::errc::invalid_value && e.list().front().path == "/weight",
               "djson::error names the NaN at /weight");
    }

    // The schema derived from the declaration.
    auto schema = djson::json_schema<app::item>();
    expect(schema.is_object() && schema.as_object().contains("properties"), "json_schema has properties");

    if (failures == 0)
        std::printf("consumer: OK\n");
    else
        std::printf("consumer: %d failures\n", failures);
    return failures == 0 ? 0 : 1;
}
