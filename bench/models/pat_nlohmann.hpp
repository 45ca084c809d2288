// p2's model (examples/pat_model.hpp, SailPoint's CreatePersonalAccessTokenResponse) for nlohmann/json:
// to_json / from_json written by hand, as its users do for a type its macros cannot express (a nullable
// `scope`, optional owner keys, `created` parsed and checked as a date-time, an enum by name).
#pragma once

#include "../../examples/pat_model.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace sailpoint {

inline void to_json(nlohmann::json& j, const PatOwner& o) {
    j = nlohmann::json::object();
    if (o.type)
        j["type"] = "IDENTITY";
    if (o.id)
        j["id"] = *o.id;
    if (o.name)
        j["name"] = *o.name;
}
inline void from_json(const nlohmann::json& j, PatOwner& o) {
    if (!j.is_object())
        throw std::invalid_argument("PatOwner: expected an object");
    if (auto it = j.find("type"); it != j.end()) {
        if (it->get_ref<const std::string&>() != "IDENTITY")
            throw std::invalid_argument("PatOwner: expected a PatOwnerType");
        o.type = PatOwnerType::IDENTITY;
    } else {
        o.type.reset();
    }
    if (auto it = j.find("id"); it != j.end())
        o.id = it->get<std::string>();
    else
        o.id.reset();
    if (auto it = j.find("name"); it != j.end())
        o.name = it->get<std::string>();
    else
        o.name.reset();
}

inline void to_json(nlohmann::json& j, const CreatePersonalAccessTokenResponse& r) {
    j = nlohmann::json{{"id", r.id},
                       {"secret", r.secret},
                       {"scope", r.scope.is_null() ? nlohmann::json(nullptr) : nlohmann::json(*r.scope)},
                       {"name", r.name},
                       {"owner", r.owner},
                       {"created", r.created.to_string()},
                       {"accessTokenValiditySeconds", r.access_token_validity_seconds}};
}
inline void from_json(const nlohmann::json& j, CreatePersonalAccessTokenResponse& r) {
    j.at("id").get_to(r.id);
    j.at("secret").get_to(r.secret);
    if (const auto& s = j.at("scope"); s.is_null())
        r.scope = djson::null;
    else
        r.scope = s.get<std::vector<std::string>>();
    j.at("name").get_to(r.name);
    j.at("owner").get_to(r.owner);
    auto t = djson::timestamp::parse(j.at("created").get_ref<const std::string&>());
    if (!t)
        throw std::invalid_argument("created: expected an RFC 3339 date-time");
    r.created = *t;
    j.at("accessTokenValiditySeconds").get_to(r.access_token_validity_seconds);
}

} // namespace sailpoint
