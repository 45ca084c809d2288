// p2's model (examples/pat_model.hpp, SailPoint's CreatePersonalAccessTokenResponse) hand-mapped for
// simdjson's On-Demand API, doing what djson does with it (see pat_rapidjson.hpp).
#pragma once

#include "../../examples/pat_model.hpp"
#include "simdjson_map.hpp"

namespace sailpoint {

inline void sj_read(sjmap::od::value v, PatOwnerType& out) {
    if (sjmap::string_of(v) != "IDENTITY")
        sjmap::fail("expected a PatOwnerType");
    out = PatOwnerType::IDENTITY;
}
inline void sj_read_timestamp(sjmap::od::value v, djson::timestamp& out) {
    auto t = djson::timestamp::parse(sjmap::string_of(v));
    if (!t)
        sjmap::fail("expected an RFC 3339 date-time");
    out = *t;
}
template <class T> void sj_read_optional(sjmap::od::value v, std::optional<T>& out) {
    using sjmap::sj_read;
    if (!out)
        out.emplace();
    sj_read(v, *out);
}
inline void sj_read(sjmap::od::value v, PatOwner& o) {
    std::uint64_t seen = sjmap::object(v, 0, [&](std::string_view k, sjmap::od::value x) {
        if (k == "type")
            return sj_read_optional(x, o.type), 0;
        if (k == "id")
            return sj_read_optional(x, o.id), 1;
        if (k == "name")
            return sj_read_optional(x, o.name), 2;
        return -1;
    });
    if (!(seen & 1))
        o.type.reset();
    if (!(seen & 2))
        o.id.reset();
    if (!(seen & 4))
        o.name.reset();
}
inline void sj_read(sjmap::od::value v, CreatePersonalAccessTokenResponse& o) {
    using sjmap::sj_read;
    sjmap::object(v, 0b1111111, [&](std::string_view k, sjmap::od::value x) {
        if (k == "id")
            return sj_read(x, o.id), 0;
        if (k == "secret")
            return sj_read(x, o.secret), 1;
        if (k == "scope") {
            bool null = false;
            sjmap::check(x.is_null().get(null));
            if (null)
                o.scope = djson::null;
            else
                sj_read(x, o.scope.has_value() ? *o.scope : o.scope.emplace());
            return 2;
        }
        if (k == "name")
            return sj_read(x, o.name), 3;
        if (k == "owner")
            return sj_read(x, o.owner), 4;
        if (k == "created")
            return sj_read_timestamp(x, o.created), 5;
        if (k == "accessTokenValiditySeconds")
            return sj_read(x, o.access_token_validity_seconds), 6;
        return -1;
    });
}

} // namespace sailpoint
