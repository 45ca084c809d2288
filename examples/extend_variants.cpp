// docs/extending.md, part 4: oneOf and anyOf as std::variant. A tagged oneOf (a payment method named by its
// "method" key), an untagged oneOf (a JSON Patch value), an ambiguous one, an anyOf, and a member whose
// alternative its sibling names (djson::chosen_by). Run by ctest (label `extend`); it checks what the
// tutorial says.
#include <djson/djson.hpp>

#include <boost/json/serialize.hpp>

#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

// tag::payment_model[]
namespace shop {
struct Card {
    std::string method = "card"; // the discriminator: every alternative declares it
    std::string last4;
    int exp_month = 0;
    int exp_year = 0;
};
BOOST_DESCRIBE_STRUCT(Card, (), (method, last4, exp_month, exp_year))

enum class BankMethod { bank_transfer, sepa }; // the two tags that name a BankTransfer
BOOST_DESCRIBE_ENUM(BankMethod, bank_transfer, sepa)
struct BankTransfer {
    BankMethod method = BankMethod::bank_transfer; // a described enum works as the discriminator too
    std::string iban;
    std::optional<std::string> bic;
};
BOOST_DESCRIBE_STRUCT(BankTransfer, (), (method, iban, bic))

struct Wallet {
    std::string method = "Wallet"; // no djson::tag below: named by its type's unqualified name
    std::string provider;
};
BOOST_DESCRIBE_STRUCT(Wallet, (), (method, provider))

using PaymentMethod = std::variant<Card, BankTransfer, Wallet>;
} // namespace shop

// At global scope, before the first use of shop::PaymentMethod.
DJSON_VARIANT(shop::PaymentMethod, djson::discriminator("method"), djson::tag<shop::Card>("card"),
              djson::tag<shop::BankTransfer>("bank_transfer"), djson::tag<shop::BankTransfer>("sepa"));

namespace shop {
struct Checkout {
    std::string order_id;
    PaymentMethod payment;
    std::vector<PaymentMethod> saved;
    djson::nullable<PaymentMethod> fallback; // null, or a payment method
};
BOOST_DESCRIBE_STRUCT(Checkout, (), (order_id, payment, saved, fallback))
} // namespace shop
// end::payment_model[]

// tag::patch_model[]
namespace patch {
struct Range {
    int from = 0;
    int to = 0;
};
BOOST_DESCRIBE_STRUCT(Range, (), (from, to))
DJSON_MODEL(Range, djson::unknown_keys::reject);

// No DJSON_VARIANT: an untagged oneOf. Exactly one alternative must accept the value.
using Value = std::variant<std::string, bool, std::int64_t, std::vector<std::string>, Range>;

struct Operation {
    std::string op;
    std::string path;
    std::optional<Value> value; // absent for "remove"
};
BOOST_DESCRIBE_STRUCT(Operation, (), (op, path, value))
} // namespace patch
// end::patch_model[]

// tag::contact_model[]
namespace crm {
struct Email {
    std::string email;
};
BOOST_DESCRIBE_STRUCT(Email, (), (email))
struct Phone {
    std::string phone;
};
BOOST_DESCRIBE_STRUCT(Phone, (), (phone))
// Both ignore unknown keys, so an object with both keys is an Email and a Phone.
using Contact = std::variant<Email, Phone>;
} // namespace crm
// end::contact_model[]

// tag::any_of_model[]
namespace stock {
using Quantity = std::variant<std::int64_t, double>; // 2 is both: as a oneOf, it would be ambiguous
} // namespace stock
DJSON_VARIANT(stock::Quantity, djson::any_of); // the first alternative that accepts the value

namespace stock {
struct Line {
    std::string sku;
    Quantity quantity;
};
BOOST_DESCRIBE_STRUCT(Line, (), (sku, quantity))
} // namespace stock
// end::any_of_model[]

// tag::notify_model[]
namespace notify {
enum class Channel { email, sms, push };
BOOST_DESCRIBE_ENUM(Channel, email, sms, push)

struct EmailSettings {
    std::string to;
    std::optional<std::string> subject;
};
BOOST_DESCRIBE_STRUCT(EmailSettings, (), (to, subject))
struct SmsSettings {
    std::string number;
};
BOOST_DESCRIBE_STRUCT(SmsSettings, (), (number))
struct PushSettings {
    std::string device;
    bool silent = false;
};
BOOST_DESCRIBE_STRUCT(PushSettings, (), (device, silent))

using Settings = std::variant<EmailSettings, SmsSettings, PushSettings>;
} // namespace notify

// Tags without a discriminator: the settings do not name themselves, their sibling does.
DJSON_VARIANT(notify::Settings, djson::tag<notify::EmailSettings>("email"),
              djson::tag<notify::SmsSettings>("sms"), djson::tag<notify::PushSettings>("push"));

namespace notify {
struct Notification {
    std::string text;
    Settings settings;
    Channel channel = Channel::email;
};
BOOST_DESCRIBE_STRUCT(Notification, (), (text, settings, channel))
DJSON_MODEL(Notification, djson::member("settings", djson::chosen_by("channel")));
} // namespace notify
// end::notify_model[]

namespace {
int failures = 0;
void expect(bool ok, const char* what) {
    if (!ok) {
        std::cerr << "FAILED: " << what << "\n";
        ++failures;
    }
}
// The message() lines of a list of errors.
std::vector<std::string> lines(const djson::errors& errs) {
    std::vector<std::string> out;
    for (const auto& e : errs)
        out.push_back(e.message());
    return out;
}
void expect_lines(const djson::errors& errs, const std::vector<std::string>& want, const char* what) {
    auto got = lines(errs);
    if (got != want) {
        std::cerr << "FAILED: " << what << "\n  got:\n";
        for (const auto& l : got)
            std::cerr << "    " << l << "\n";
        std::cerr << "  expected:\n";
        for (const auto& l : want)
            std::cerr << "    " << l << "\n";
        ++failures;
    }
}
} // namespace

static void tagged() {
    // tag::payment_use[]
    auto c = djson::from_json<shop::Checkout>(R"({
        "order_id": "A-1001",
        "payment": {"last4": "4242", "exp_month": 12, "exp_year": 2030, "method": "card"},
        "saved": [{"method": "sepa", "iban": "DE89370400440532013000"},
                  {"method": "Wallet", "provider": "paypal"}],
        "fallback": null})");
    std::cout << std::get<shop::Card>(c.payment).last4 << "\n"; // 4242: the tag may come last
    std::cout << c.saved[0].index() << "\n";                    // 1: "sepa" names a BankTransfer
    std::cout << djson::to_json(c.saved[0]) << "\n";            // the tag it was read with
    // {"method":"sepa","iban":"DE89370400440532013000"}

    auto bad = djson::try_from_json<shop::Checkout>(R"({
        "order_id": "A-1002",
        "payment": {"method": "cash"},
        "saved": [{"iban": "DE89370400440532013000"}, "card",
                  {"method": "card", "last4": 4242, "exp_month": 12, "exp_year": 2030}],
        "fallback": {"method": "Wallet"}})");
    for (const auto& e : bad.error_list())
        std::cout << e.message() << "\n";
    // /payment/method: unknown "method" "cash" (expected one of: "card", "bank_transfer", "sepa", "Wallet")
    // /saved/0/method: missing required key (it names the alternative: "card", "bank_transfer", "sepa",
    //   "Wallet")
    // /saved/1: expected an object whose "method" names its kind, got a string
    // /saved/2/last4: expected a string, got a number
    // /fallback/provider: required key is missing
    // end::payment_use[]
    expect(std::get<shop::Card>(c.payment).last4 == "4242", "the tag last");
    expect(c.saved[0].index() == 1 &&
               std::get<shop::BankTransfer>(c.saved[0]).method == shop::BankMethod::sepa,
           "sepa names a BankTransfer");
    expect(djson::to_json(c.saved[0]) == R"({"method":"sepa","iban":"DE89370400440532013000"})",
           "written with its tag");
    expect(c.saved[1].index() == 2, "Wallet, the default tag");
    expect(c.fallback.is_null(), "nullable");
    expect_lines(bad.error_list(),
                 {R"(/payment/method: unknown "method" "cash" (expected one of: "card", "bank_transfer", )"
                  R"("sepa", "Wallet"))",
                  R"(/saved/0/method: missing required key (it names the alternative: "card", )"
                  R"("bank_transfer", "sepa", "Wallet"))",
                  R"(/saved/1: expected an object whose "method" names its kind, got a string)",
                  "/saved/2/last4: expected a string, got a number",
                  "/fallback/provider: required key is missing"},
                 "tagged errors");
    // the DOM route says the same
    auto dom = djson::try_from_value<shop::Checkout>(boost::json::value{{"order_id", "A-1002"},
                                                                        {"payment", {{"method", "cash"}}},
                                                                        {"saved", boost::json::array{}},
                                                                        {"fallback", nullptr}});
    expect(!dom && dom.error_list().size() == 1 && dom.error_list()[0].path == "/payment/method",
           "DOM route");

    // tag::payment_null[]
    auto no_payment = djson::try_from_json<shop::Checkout>(
        R"({"order_id": "A-1003", "payment": null, "saved": [], "fallback": null})");
    std::cout << no_payment.error_list()[0].message() << "\n";
    // /payment: null is not allowed here (expected an object whose "method" names its kind)
    // end::payment_null[]
    expect_lines(no_payment.error_list(),
                 {R"(/payment: null is not allowed here (expected an object whose "method" names its kind))"},
                 "null");

    // tag::payment_validate[]
    shop::Checkout built{"A-1004", shop::Card{"sepa", "4242", 12, 2030}, {shop::Wallet{}}, djson::null};
    for (const auto& e : djson::validate(built))
        std::cout << e.message() << "\n";
    // /payment/method: the alternative held (Card) writes "sepa", which does not name it (expected one of:
    //   "card")
    try {
        djson::to_json(built);
    } catch (const djson::error& e) {
        std::cout << "to_json refuses it: " << e.what() << "\n"; // the same message
    }
    // end::payment_validate[]
    expect_lines(djson::validate(built),
                 {R"(/payment/method: the alternative held (Card) writes "sepa", which does not name it )"
                  R"((expected one of: "card"))"},
                 "validate");
    bool threw = false;
    try {
        djson::to_json(built);
    } catch (const djson::error& e) {
        threw = std::string(e.what()) == djson::validate(built)[0].message();
    }
    expect(threw, "to_json throws the validate message");
    std::get<shop::Card>(built.payment).method = "card";
    expect(djson::validate(built).empty(), "a card that says card");

    // tag::payment_schema[]
    auto schema = djson::json_schema<shop::Checkout>();
    const auto& payment = schema.at("properties").at("payment");
    std::cout << boost::json::serialize(payment.at("oneOf").at(1)) << "\n";
    // {"allOf":[{"$ref":"#/$defs/shop::BankTransfer"},
    //           {"properties":{"method":{"enum":["bank_transfer","sepa"]}},"required":["method"]}]}
    std::cout << boost::json::serialize(payment.at("discriminator").at("mapping")) << "\n";
    // {"card":"#/$defs/shop::Card","bank_transfer":"#/$defs/shop::BankTransfer",
    //  "sepa":"#/$defs/shop::BankTransfer","Wallet":"#/$defs/shop::Wallet"}
    // end::payment_schema[]
    expect(payment.at("oneOf").as_array().size() == 3, "three alternatives");
    expect(boost::json::serialize(payment.at("oneOf").at(1)) ==
               R"({"allOf":[{"$ref":"#/$defs/shop::BankTransfer"},)"
               R"({"properties":{"method":{"enum":["bank_transfer","sepa"]}},"required":["method"]}]})",
           "schema: an alternative pinned by its tags");
    expect(payment.at("discriminator").at("propertyName").as_string() == "method", "propertyName");
    expect(boost::json::serialize(payment.at("discriminator").at("mapping")) ==
               R"({"card":"#/$defs/shop::Card","bank_transfer":"#/$defs/shop::BankTransfer",)"
               R"("sepa":"#/$defs/shop::BankTransfer","Wallet":"#/$defs/shop::Wallet"})",
           "schema: the mapping");
}

static void untagged() {
    // tag::patch_use[]
    auto ops = djson::from_json<std::vector<patch::Operation>>(R"([
        {"op": "replace", "path": "/name", "value": "Ada"},
        {"op": "add", "path": "/admin", "value": true},
        {"op": "add", "path": "/tags", "value": ["a", "b"]},
        {"op": "add", "path": "/window", "value": {"from": 1, "to": 5}},
        {"op": "remove", "path": "/age"}])");
    std::cout << ops[3].value->index() << "\n"; // 4: a Range, the only alternative that takes an object

    auto bad = djson::try_from_json<std::vector<patch::Operation>>(R"([
        {"op": "add", "path": "/n", "value": 1.5},
        {"op": "add", "path": "/tags", "value": ["a", 2, 3]},
        {"op": "add", "path": "/window", "value": {"from": 1, "to": 5, "step": 2}},
        {"op": "add", "path": "/x", "value": null}])");
    for (const auto& e : bad.error_list())
        std::cout << e.message() << "\n";
    // /0/value: no alternative of the oneOf accepts the value: as a string, expected a string, got a number;
    //   as a boolean, expected a boolean, got a number; as an integer (int64), expected an integer (int64),
    //   got a number with a fraction or exponent; as an array, expected an array, got a number; as Range,
    //   expected an object, got a number
    // /1/value: no alternative of the oneOf accepts the value: ...; as an array, /1: expected a string, got a
    //   number (and 1 more); as Range, expected an object, got an array
    // /2/value: no alternative of the oneOf accepts the value: ...; as Range, /step: unknown key (the model
    //   has: from, to)
    // /3/value: null is not allowed here: omit the key, or send one of the alternatives
    // end::patch_use[]
    expect(ops.size() == 5 && std::get<std::string>(*ops[0].value) == "Ada" &&
               std::get<bool>(*ops[1].value) &&
               std::get<std::vector<std::string>>(*ops[2].value).size() == 2 &&
               std::get<patch::Range>(*ops[3].value).to == 5 && !ops[4].value,
           "each alternative");
    const std::string none = "no alternative of the oneOf accepts the value: ";
    const std::string scalars_of = "as a string, expected a string, got %; as a boolean, expected a boolean, "
                                   "got %; as an integer (int64), expected an integer (int64), got %; ";
    auto scalars = [&](const std::string& kind, const std::string& int_kind) {
        std::string s = scalars_of;
        for (const std::string* k : {&kind, &kind, &int_kind})
            s.replace(s.find('%'), 1, *k);
        return s;
    };
    expect_lines(
        bad.error_list(),
        {"/0/value: " + none + scalars("a number", "a number with a fraction or exponent") +
             "as an array, expected an array, got a number; as Range, expected an object, got a number",
         "/1/value: " + none + scalars("an array", "an array") +
             "as an array, /1: expected a string, got a number (and 1 more); as Range, expected an "
             "object, got an array",
         "/2/value: " + none + scalars("an object", "an object") +
             "as an array, expected an array, got an object; as Range, /step: unknown key (the "
             "model has: from, to)",
         "/3/value: null is not allowed here: omit the key, or send one of the alternatives"},
        "untagged errors");

    // tag::contact_use[]
    auto one = djson::from_json<crm::Contact>(R"({"email": "ada@example.com"})");
    std::cout << one.index() << "\n"; // 0: an Email (a Phone needs "phone")
    auto both = djson::try_from_json<crm::Contact>(R"({"email": "ada@example.com", "phone": "+44 20"})");
    std::cout << both.error_list()[0].message() << "\n";
    // more than one alternative of the oneOf accepts the value (Email, Phone)
    // end::contact_use[]
    expect(one.index() == 0, "one contact");
    expect_lines(both.error_list(),
                 {"more than one alternative of the oneOf accepts the value (Email, Phone)"}, "ambiguous");
}

static void any_of() {
    // tag::any_of_use[]
    auto lines = djson::from_json<std::vector<stock::Line>>(
        R"([{"sku": "bolt", "quantity": 2}, {"sku": "paint", "quantity": 2.5}])");
    std::cout << lines[0].quantity.index() << lines[1].quantity.index() << "\n"; // 01: an integer, a number
    auto bad = djson::try_from_json<stock::Line>(R"({"sku": "bolt", "quantity": "2"})");
    std::cout << bad.error_list()[0].message() << "\n";
    // /quantity: no alternative of the anyOf accepts the value: as an integer (int64), expected an integer
    //   (int64), got a string; as a number, expected a number, got a string
    // end::any_of_use[]
    expect(lines[0].quantity.index() == 0 && std::get<std::int64_t>(lines[0].quantity) == 2, "2 is an int64");
    expect(lines[1].quantity.index() == 1 && std::get<double>(lines[1].quantity) == 2.5, "2.5 is a double");
    expect_lines(
        bad.error_list(),
        {"/quantity: no alternative of the anyOf accepts the value: as an integer (int64), expected an "
         "integer (int64), got a string; as a number, expected a number, got a string"},
        "anyOf: none");
    // The options belong to the type: every std::variant<std::int64_t, double> of the program is this anyOf.
    static_assert(std::is_same_v<stock::Quantity, std::variant<std::int64_t, double>>);
    expect(djson::from_json<std::variant<std::int64_t, double>>("2").index() == 0, "same type, same options");
    auto schema = djson::json_schema<stock::Line>();
    expect(schema.at("properties").at("quantity").as_object().contains("anyOf"), "anyOf in the schema");
}

static void chosen() {
    // tag::notify_use[]
    auto sms = djson::from_json<notify::Notification>(
        R"({"text": "Your code is 1234", "channel": "sms", "settings": {"number": "+44 7700 900123"}})");
    auto push = djson::from_json<notify::Notification>( // the sibling after the member works too
        R"({"text": "Build passed", "settings": {"device": "pixel-7", "silent": true}, "channel": "push"})");
    std::cout << sms.settings.index() << push.settings.index() << "\n"; // 12

    auto bad = djson::try_from_json<std::vector<notify::Notification>>(R"([
        {"text": "a", "channel": "email", "settings": {"number": "+44 7700 900123"}},
        {"text": "b", "channel": "fax", "settings": {"to": "ada@example.com"}},
        {"text": "c", "settings": {"to": "ada@example.com"}}])");
    for (const auto& e : bad.error_list())
        std::cout << e.message() << "\n";
    // /0/settings/to: required key is missing
    // /1/channel: unknown enum value "fax" (expected one of: email, sms, push)
    // /2/channel: required key is missing

    notify::Notification wrong{"d", notify::SmsSettings{"+44 7700 900123"}, notify::Channel::email};
    for (const auto& e : djson::validate(wrong)) // to_json throws with the same message
        std::cout << e.message() << "\n";
    // /settings: the alternative held is not the one its sibling "channel" names: reading it back would fail
    //   or choose another
    // end::notify_use[]
    expect(sms.settings.index() == 1 &&
               std::get<notify::SmsSettings>(sms.settings).number == "+44 7700 900123",
           "sibling first");
    expect(push.settings.index() == 2 && std::get<notify::PushSettings>(push.settings).silent,
           "sibling after");
    expect(djson::to_json(push) ==
               R"({"text":"Build passed","settings":{"device":"pixel-7","silent":true},"channel":"push"})",
           "written as declared");
    expect_lines(bad.error_list(),
                 {"/0/settings/to: required key is missing",
                  R"(/1/channel: unknown enum value "fax" (expected one of: email, sms, push))",
                  "/2/channel: required key is missing"},
                 "chosen_by errors");
    expect_lines(djson::validate(wrong),
                 {R"(/settings: the alternative held is not the one its sibling "channel" names: reading it )"
                  "back would fail or choose another"},
                 "chosen_by validate");
    bool threw = false;
    try {
        djson::to_json(wrong);
    } catch (const djson::error& e) {
        threw = std::string(e.what()) == djson::validate(wrong)[0].message();
    }
    expect(threw, "chosen_by: to_json throws");

    // tag::notify_schema[]
    auto schema = djson::json_schema<notify::Notification>();
    std::cout << boost::json::serialize(schema.at("allOf").at(1)) << "\n";
    // {"if":{"properties":{"channel":{"const":"sms"}},"required":["channel"]},
    //  "then":{"properties":{"settings":{"$ref":"#/$defs/notify::SmsSettings"}}}}
    // end::notify_schema[]
    expect(boost::json::serialize(schema.at("allOf").at(1)) ==
               R"({"if":{"properties":{"channel":{"const":"sms"}},"required":["channel"]},)"
               R"("then":{"properties":{"settings":{"$ref":"#/$defs/notify::SmsSettings"}}}})",
           "if/then");
    expect(schema.at("allOf").as_array().size() == 5, "one if/then per tag, an unknown tag, an absent one");
}

int main() {
    tagged();
    untagged();
    any_of();
    chosen();
    return failures;
}
