// docs/extending.md, part 5: one member's own codec, open enums, the standard types that come through the
// codec seam, a naming rule of your own, read-only and write-only members, and lenient reading. Run by ctest
// (label `extend`); it checks what the tutorial says.
#include <djson/djson.hpp>

#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>

// tag::member_codec[]
// Epoch milliseconds for one member: a codec is any struct with static encode and decode.
struct epoch_millis {
    static std::int64_t encode(const djson::timestamp& t) {
        return t.unix_seconds() * 1000 + t.nanoseconds() / 1'000'000;
    }
    static djson::decoded<djson::timestamp> decode(std::int64_t ms) {
        if (ms < 0)
            return djson::reject("expected milliseconds since 1970");
        return djson::timestamp::from_unix(ms / 1000, static_cast<std::uint32_t>(ms % 1000) * 1'000'000u);
    }
};

namespace audit {
enum class Action { create, update, remove };
BOOST_DESCRIBE_ENUM(Action, create, update, remove)
DJSON_ENUM(Action, djson::naming::screaming_snake_case);

struct Entry {
    djson::timestamp at;                // as epoch milliseconds (this member only)
    djson::timestamp received;          // RFC 3339, djson::timestamp's default
    djson::open_enum<Action> action;    // a value this build does not know is kept, not an error
    std::set<std::string> tags;         // an array whose items are unique
    std::map<int, std::string> by_line; // integer keys
    djson::bytes signature;             // base64 (format: byte)
    djson::date day;                    // format: date
    std::unique_ptr<std::string> note;  // null, or a string
    std::string internal_id;            // the server sets it: read-only
};
BOOST_DESCRIBE_STRUCT(Entry, (), (at, received, action, tags, by_line, signature, day, note, internal_id))
DJSON_MODEL(Entry, djson::naming::camel_case, djson::member("at", djson::with<epoch_millis>),
            djson::member("internal_id", djson::read_only));
} // namespace audit
// end::member_codec[]

// tag::naming_rule[]
// A naming rule of your own, computed at compile time: C++ names to dotted keys.
constexpr std::string dotted(std::string_view name) {
    std::string key;
    for (char c : name)
        key += c == '_' ? '.' : c;
    return key;
}
namespace metrics {
struct Sample {
    double cpu_user = 0;
    double cpu_system = 0;
};
BOOST_DESCRIBE_STRUCT(Sample, (), (cpu_user, cpu_system))
DJSON_MODEL(Sample, djson::naming_rule(&dotted));
} // namespace metrics
// end::naming_rule[]

int main() {
    int failures = 0;
    auto expect = [&](bool ok, const char* what) {
        if (!ok) {
            std::cerr << "FAILED: " << what << "\n";
            ++failures;
        }
    };

    // tag::more_use[]
    auto e = djson::from_json<audit::Entry>(
        R"({"at":1700000000123,"received":"2023-11-14T22:13:21Z","action":"ARCHIVE","tags":["b","a"],)"
        R"("byLine":{"12":"x"},"signature":"AAH+/w==","day":"2024-02-29","note":null,"internalId":"e-1"})");
    std::cout << e.action.is_known() << " " << e.action.text() << "\n"; // 0 ARCHIVE
    std::cout << djson::to_json(e) << "\n";
    // {"at":1700000000123,"received":"2023-11-14T22:13:21.000Z","action":"ARCHIVE","tags":["a","b"],
    //  "byLine":{"12":"x"},"signature":"AAH+/w==","day":"2024-02-29","note":null,"internalId":"e-1"}

    // a request body leaves the read-only member out
    std::cout << djson::to_json(e, {.message = djson::message_kind::request}).find("internalId")
              << "\n"; // npos

    auto bad = djson::try_from_json<audit::Entry>(
        R"({"at":"2023-11-14T22:13:20Z","received":"2023-11-14T22:13:21Z","action":7,"tags":["a","a"],)"
        R"("byLine":{"x":"y"},"signature":"AAH","day":"2023-02-29","note":null,"internalId":""})");
    for (const auto& err : bad.error_list())
        std::cout << err.message() << "\n";
    // /at: expected an integer (int64), got a string
    // /action: expected a string (enum value), got a number
    // /tags: item 1 repeats an earlier one (a set holds each value once)
    // /byLine: the key "x" is not an integer of the key's type
    // /signature: not canonical base64 (RFC 4648: A-Z a-z 0-9 + /, padded with '=', no white space)
    // /day: invalid date "2023-02-29"; a full-date looks like 2024-02-29
    // end::more_use[]
    expect(!e.action.is_known() && e.action.text() == "ARCHIVE", "open enum keeps the value");
    expect(
        djson::to_json(e) ==
            R"({"at":1700000000123,"received":"2023-11-14T22:13:21.000Z","action":"ARCHIVE","tags":["a","b"],)"
            R"("byLine":{"12":"x"},"signature":"AAH+/w==","day":"2024-02-29","note":null,"internalId":"e-1"})",
        "round trip");
    expect(djson::to_json(e, {.message = djson::message_kind::request}).find("internalId") ==
               std::string::npos,
           "read-only left out of a request");
    expect(bad.error_list().size() == 6 && bad.error_list()[0].path == "/at" &&
               bad.error_list()[5].path == "/day",
           "errors");

    // tag::lenient_use[]
    // What real servers send: each leniency is an option; options::lenient() turns on all three.
    auto sloppy = djson::from_json<metrics::Sample>(R"({"cpu.user":"0.25","cpu.system":0.5})",
                                                    djson::options::lenient());
    std::cout << sloppy.cpu_user << "\n"; // 0.25
    // end::lenient_use[]
    expect(sloppy.cpu_user == 0.25, "numbers in strings");
    expect(!djson::try_from_json<metrics::Sample>(R"({"cpu.user":"0.25","cpu.system":0.5})").has_value(),
           "strict by default");
    return failures;
}
