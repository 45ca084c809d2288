// Payload p2 of bench_json_performance: 10,000 PAT-shaped objects (SailPoint's
// CreatePersonalAccessTokenResponse, v3), generated deterministically.
//
// - pat::*  is the djson model: examples/pat_model.hpp, the tutorial's.
// - bpat::* is the same shape as a plain Boost.JSON user declares it for value_to / value_from: described
//   structs whose member names are the JSON keys, std::optional for the nullable `scope`, and a `when`
//   wrapper with tag_invoke overloads so that `created` is parsed and validated as a date-time, as djson does
//   (a Boost user keeping it as a std::string would skip that work).
// - make_pats() draws the values from a fixed-seed LCG: no clock, no std::random_device, the same bytes on
// every
//   machine. About 10% have "scope": null, about 12% have a non-ASCII token name, `created` has milliseconds.
#pragma once

#include "../examples/pat_model.hpp"

#include <djson/djson.hpp>

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The djson model is the tutorial's (examples/pat_model.hpp, as fuzz_pat uses it), named here as pat::*.
namespace pat {
using sailpoint::CreatePersonalAccessTokenResponse;
using sailpoint::PatOwner;
using sailpoint::PatOwnerType;
} // namespace pat

namespace bpat {

struct when {
    djson::timestamp t;
    friend bool operator==(const when&, const when&) = default;
};
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const when& w) {
    char buf[djson::timestamp::max_text_size];
    std::size_t n = w.t.format(buf);
    jv.emplace_string().assign(buf, n);
}
inline boost::system::result<when> tag_invoke(boost::json::try_value_to_tag<when>,
                                              const boost::json::value& jv) {
    const boost::json::string* s = jv.if_string();
    if (s) {
        if (auto t = djson::timestamp::parse(std::string_view(s->data(), s->size())))
            return when{*t};
    }
    return boost::system::error_code(boost::json::error::not_string); // good enough for a benchmark
}

struct PatOwner {
    std::optional<pat::PatOwnerType> type;
    std::optional<std::string> id;
    std::optional<std::string> name;
    friend bool operator==(const PatOwner&, const PatOwner&) = default;
};
BOOST_DESCRIBE_STRUCT(PatOwner, (), (type, id, name))

struct CreatePersonalAccessTokenResponse {
    std::string id;
    std::string secret;
    std::optional<std::vector<std::string>> scope;
    std::string name;
    PatOwner owner;
    when created;
    std::int32_t accessTokenValiditySeconds = 43200;
    friend bool operator==(const CreatePersonalAccessTokenResponse&,
                           const CreatePersonalAccessTokenResponse&) = default;
};
BOOST_DESCRIBE_STRUCT(CreatePersonalAccessTokenResponse, (),
                      (id, secret, scope, name, owner, created, accessTokenValiditySeconds))

inline CreatePersonalAccessTokenResponse from_djson(const pat::CreatePersonalAccessTokenResponse& p) {
    CreatePersonalAccessTokenResponse b;
    b.id = p.id;
    b.secret = p.secret;
    if (!p.scope.is_null())
        b.scope = *p.scope;
    b.name = p.name;
    b.owner = {p.owner.type, p.owner.id, p.owner.name};
    b.created = {p.created};
    b.accessTokenValiditySeconds = p.access_token_validity_seconds;
    return b;
}
inline std::vector<CreatePersonalAccessTokenResponse>
from_djson(const std::vector<pat::CreatePersonalAccessTokenResponse>& v) {
    std::vector<CreatePersonalAccessTokenResponse> out;
    out.reserve(v.size());
    for (const auto& p : v)
        out.push_back(from_djson(p));
    return out;
}

} // namespace bpat

namespace pat {

// Knuth's MMIX LCG; the high bits are the good ones.
struct lcg {
    std::uint64_t s;
    std::uint32_t next() {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(s >> 33);
    }
    std::uint32_t below(std::uint32_t n) { return next() % n; }
};

inline std::string hex(lcg& r, std::size_t n) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string s(n, '0');
    for (auto& c : s)
        c = digits[r.below(16)];
    return s;
}

inline std::vector<CreatePersonalAccessTokenResponse> make_pats(std::size_t count,
                                                                std::uint64_t seed = 20240917) {
    static constexpr std::string_view scopes[] = {"sp:scopes:all",
                                                  "sp:scopes:default",
                                                  "idn:access-request:manage",
                                                  "idn:identity:read",
                                                  "idn:sources:manage",
                                                  "idn:workflow:read",
                                                  "idn:accounts:read",
                                                  "idn:role-unchecked:manage",
                                                  "demo:personal-access-token-scope:first",
                                                  "demo:personal-access-token-scope:second"};
    static constexpr std::string_view ascii_names[] = {
        "NodeJS Integration", "CI pipeline",    "Terraform provider", "Nightly backup",
        "Reporting",          "Postman",        "Access review bot",  "ServiceNow connector",
        "Load test",          "Data warehouse", "Audit export",       "Onboarding script"};
    static constexpr std::string_view unicode_names[] = {
        "Zoë's token",  "Jürgen Müller – Export", "Łódź integracja",
        "東京 連携",    "Ørsted nightly",         "Ярослав / отчёты",
        "José Álvarez", "Ελληνικά δεδομένα",      "François à Nîmes",
        "한국 동기화",  "🚀 deploy bot",           "Ñandú"};
    static constexpr std::string_view owners[] = {"Support",           "Jane Doe", "Walter White",
                                                  "Amélie Poulain",    "李小龙",   "Ada Lovelace",
                                                  "Søren Kierkegaard", "Admin"};
    lcg r{seed};
    std::vector<CreatePersonalAccessTokenResponse> v(count);
    for (auto& p : v) {
        p.id = hex(r, 32);
        p.secret = hex(r, 64);
        if (r.below(10) == 0) {
            p.scope = djson::null;
        } else {
            std::vector<std::string> s;
            for (std::uint32_t i = 0, n = 1 + r.below(4); i < n; ++i)
                s.emplace_back(scopes[r.below(std::size(scopes))]);
            p.scope = std::move(s);
        }
        if (r.below(8) == 0)
            p.name = unicode_names[r.below(std::size(unicode_names))];
        else
            p.name = std::string(ascii_names[r.below(std::size(ascii_names))]) + " #" +
                     std::to_string(r.below(1000));
        p.owner.type = PatOwnerType::IDENTITY;
        p.owner.id = hex(r, 32);
        p.owner.name = std::string(owners[r.below(std::size(owners))]);
        // 2017-01-01T00:00:00Z plus up to ~7 years, whole milliseconds.
        p.created = djson::timestamp::from_unix(
            1483228800 + static_cast<std::int64_t>(r.below(7 * 365 * 86400)), r.below(1000) * 1'000'000u);
        p.access_token_validity_seconds =
            r.below(2) == 0 ? 43200 : static_cast<std::int32_t>(60 + r.below(30 * 86400));
    }
    return v;
}

} // namespace pat
