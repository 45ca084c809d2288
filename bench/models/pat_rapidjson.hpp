// p2's model (examples/pat_model.hpp, SailPoint's CreatePersonalAccessTokenResponse) hand-mapped for
// RapidJSON. It does what djson does with it: every key of the token is required, `scope` may be null, the
// owner's keys are optional, `created` is parsed and checked as a date-time (djson::timestamp::parse),
// `owner.type` must be one of its enum's names.
#pragma once

#include "../../examples/pat_model.hpp"
#include "rapidjson_map.hpp"

namespace sailpoint {

inline void rj_read(const rjmap::value& v, PatOwnerType& out) {
    if (!v.IsString() || rjmap::view(v) != "IDENTITY")
        rjmap::fail("expected a PatOwnerType");
    out = PatOwnerType::IDENTITY;
}
inline void rj_read_timestamp(const rjmap::value& v, djson::timestamp& out) {
    if (!v.IsString())
        rjmap::fail("expected a date-time string");
    auto t = djson::timestamp::parse(rjmap::view(v));
    if (!t)
        rjmap::fail("expected an RFC 3339 date-time");
    out = *t;
}
template <class T> void rj_read_optional(const rjmap::value& v, std::optional<T>& out) {
    using rjmap::rj_read;
    if (!out)
        out.emplace();
    rj_read(v, *out);
}
inline void rj_read(const rjmap::value& v, PatOwner& o) {
    std::uint64_t seen = rjmap::object(v, 0, [&](std::string_view k, const rjmap::value& x) {
        if (k == "type")
            return rj_read_optional(x, o.type), 0;
        if (k == "id")
            return rj_read_optional(x, o.id), 1;
        if (k == "name")
            return rj_read_optional(x, o.name), 2;
        return -1;
    });
    if (!(seen & 1))
        o.type.reset();
    if (!(seen & 2))
        o.id.reset();
    if (!(seen & 4))
        o.name.reset();
}
inline void rj_read(const rjmap::value& v, CreatePersonalAccessTokenResponse& o) {
    using rjmap::rj_read;
    rjmap::object(v, 0b1111111, [&](std::string_view k, const rjmap::value& x) {
        if (k == "id")
            return rj_read(x, o.id), 0;
        if (k == "secret")
            return rj_read(x, o.secret), 1;
        if (k == "scope") {
            if (x.IsNull())
                o.scope = djson::null;
            else
                rj_read(x, o.scope.has_value() ? *o.scope : o.scope.emplace());
            return 2;
        }
        if (k == "name")
            return rj_read(x, o.name), 3;
        if (k == "owner")
            return rj_read(x, o.owner), 4;
        if (k == "created")
            return rj_read_timestamp(x, o.created), 5;
        if (k == "accessTokenValiditySeconds")
            return rj_read(x, o.access_token_validity_seconds), 6;
        return -1;
    });
}

inline void rj_write(rjmap::writer& w, const PatOwner& o) {
    using rjmap::key, rjmap::rj_write;
    w.StartObject();
    if (o.type)
        key(w, "type"), rj_write(w, std::string_view("IDENTITY"));
    if (o.id)
        key(w, "id"), rj_write(w, *o.id);
    if (o.name)
        key(w, "name"), rj_write(w, *o.name);
    w.EndObject();
}
inline void rj_write(rjmap::writer& w, const CreatePersonalAccessTokenResponse& o) {
    using rjmap::key, rjmap::rj_write;
    w.StartObject();
    key(w, "id"), rj_write(w, o.id);
    key(w, "secret"), rj_write(w, o.secret);
    key(w, "scope");
    if (o.scope.is_null())
        w.Null();
    else
        rj_write(w, *o.scope);
    key(w, "name"), rj_write(w, o.name);
    key(w, "owner"), rj_write(w, o.owner);
    char buf[djson::timestamp::max_text_size];
    key(w, "created"), rj_write(w, std::string_view(buf, o.created.format(buf)));
    key(w, "accessTokenValiditySeconds"), rj_write(w, o.access_token_validity_seconds);
    w.EndObject();
}

} // namespace sailpoint
