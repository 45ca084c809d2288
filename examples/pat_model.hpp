// The model that started djson: SailPoint's CreatePersonalAccessTokenResponse (v3), declared once. Compare
// with the Go SDK's generated getter/setter/marshalling page: this is the whole declaration.
#pragma once

// tag::pat_model[]
#include <djson/djson.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sailpoint {

BOOST_DEFINE_ENUM_CLASS(PatOwnerType, IDENTITY)

// Personal access token owner's identity. Nothing is required.
struct PatOwner {
    std::optional<PatOwnerType> type;
    std::optional<std::string> id;
    std::optional<std::string> name;
};
BOOST_DESCRIBE_STRUCT(PatOwner, (), (type, id, name))

// Every key is required; `scope` is also nullable (present, may be null).
struct CreatePersonalAccessTokenResponse {
    std::string id;
    std::string secret;
    djson::nullable<std::vector<std::string>> scope;
    std::string name;
    PatOwner owner;
    djson::timestamp created;
    std::int32_t access_token_validity_seconds = 43200; // the spec's prose default, used by ...WithDefaults
};
BOOST_DESCRIBE_STRUCT(CreatePersonalAccessTokenResponse, (),
                      (id, secret, scope, name, owner, created, access_token_validity_seconds))
DJSON_MODEL(CreatePersonalAccessTokenResponse, djson::naming::camel_case);

} // namespace sailpoint
// end::pat_model[]
