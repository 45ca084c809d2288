// p2's model read by a handler written by hand for Boost.JSON's basic_parser: what the fastest reader of this
// one model on this tokenizer could be. No tables, no paths, no messages: a fixed nesting (array of tokens,
// each with an owner object and a scope array), keys matched by comparison, values stored in place. It checks
// what djson checks on valid input (every token key present once, kinds, the int32 range, the owner type's
// enum, `created` as an RFC 3339 date-time) and stops at anything else without saying why. It sets the bound
// that djson's read is measured against besides the do-nothing ceiling (bench/RESULTS.md, issue 9).
#pragma once

#include "../../examples/pat_model.hpp"

#include "sax_handler.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pat_sax {

using pat_vector = std::vector<sailpoint::CreatePersonalAccessTokenResponse>;

struct handler : bench_sax::handler_base<handler> {

    enum class at : unsigned char { none, top, token, owner, scope };
    enum member : int { id, secret, scope, name, owner, created, validity, owner_type, owner_id, owner_name };

    pat_vector* out = nullptr;
    std::size_t count = 0;
    at where = at::none;
    int current = -1;        // the member whose value comes next
    unsigned token_seen = 0; // bits of the token's members
    unsigned owner_seen = 0;
    std::size_t scope_count = 0;

    sailpoint::CreatePersonalAccessTokenResponse& token() { return (*out)[count - 1]; }

    bool on_array_begin(ec_t& ec) {
        if (where == at::none) {
            where = at::top;
            count = 0;
            return true;
        }
        if (where == at::token && current == scope) {
            where = at::scope;
            auto& s = token().scope;
            if (!s.has_value())
                s.emplace();
            scope_count = 0;
            return true;
        }
        return stop(ec);
    }
    bool on_array_end(std::size_t, ec_t&) {
        if (where == at::scope) {
            token().scope->resize(scope_count);
            where = at::token;
            return true;
        }
        out->resize(count); // at::top
        where = at::none;
        return true;
    }
    bool on_object_begin(ec_t& ec) {
        if (where == at::top) {
            if (++count > out->size())
                out->emplace_back();
            where = at::token;
            token_seen = 0;
            return true;
        }
        if (where == at::token && current == owner) {
            where = at::owner;
            owner_seen = 0;
            return true;
        }
        return stop(ec);
    }
    bool on_object_end(std::size_t, ec_t& ec) {
        if (where == at::owner) {
            auto& o = token().owner;
            if (!(owner_seen & 1))
                o.type.reset();
            if (!(owner_seen & 2))
                o.id.reset();
            if (!(owner_seen & 4))
                o.name.reset();
            where = at::token;
            return true;
        }
        if (token_seen != 0x7f) // every key of a token is required
            return stop(ec);
        where = at::top;
        return true;
    }

    // Keys by length first, then one comparison: no table could do less.
    static int token_key(std::string_view k) {
        switch (k.size()) {
        case 2:
            return k == "id" ? id : -1;
        case 4:
            return k == "name" ? name : -1;
        case 5:
            return k == "scope" ? scope : k == "owner" ? owner : -1;
        case 6:
            return k == "secret" ? secret : -1;
        case 7:
            return k == "created" ? created : -1;
        case 26:
            return k == "accessTokenValiditySeconds" ? validity : -1;
        default:
            return -1;
        }
    }
    static int owner_key(std::string_view k) {
        switch (k.size()) {
        case 2:
            return k == "id" ? owner_id : -1;
        case 4:
            return k == "type" ? owner_type : k == "name" ? owner_name : -1;
        default:
            return -1;
        }
    }
    bool key(std::string_view k, ec_t& ec) {
        int m;
        if (where == at::token) {
            m = token_key(k);
            if (m < 0 || (token_seen & (1u << m)))
                return stop(ec);
            token_seen |= 1u << m;
        } else {
            m = owner_key(k);
            if (m < 0 || (owner_seen & (1u << (m - owner_type))))
                return stop(ec);
            owner_seen |= 1u << (m - owner_type);
        }
        current = m;
        return true;
    }

    static void set(std::string& to, std::string_view s) { to.assign(s.data(), s.size()); }
    template <class O> static void set_optional(O& to, std::string_view s) {
        if (!to.has_value())
            to.emplace();
        set(*to, s);
    }
    bool string(std::string_view s, ec_t& ec) {
        if (where == at::scope) {
            auto& v = *token().scope;
            set(scope_count < v.size() ? v[scope_count] : v.emplace_back(), s);
            ++scope_count;
            return true;
        }
        auto& t = token();
        switch (current) {
        case id:
            set(t.id, s);
            return true;
        case secret:
            set(t.secret, s);
            return true;
        case name:
            set(t.name, s);
            return true;
        case created: {
            auto ts = djson::timestamp::parse(s);
            if (!ts)
                return stop(ec);
            t.created = *ts;
            return true;
        }
        case owner_type:
            if (s != "IDENTITY")
                return stop(ec);
            t.owner.type = sailpoint::PatOwnerType::IDENTITY;
            return true;
        case owner_id:
            set_optional(t.owner.id, s);
            return true;
        case owner_name:
            set_optional(t.owner.name, s);
            return true;
        default:
            return stop(ec);
        }
    }
    bool on_int64(std::int64_t v, boost::json::string_view, ec_t& ec) {
        if (where != at::token || current != validity || v < INT32_MIN || v > INT32_MAX)
            return stop(ec);
        token().access_token_validity_seconds = static_cast<std::int32_t>(v);
        return true;
    }
    bool on_uint64(std::uint64_t, boost::json::string_view, ec_t& ec) { return stop(ec); }
    bool on_double(double, boost::json::string_view, ec_t& ec) { return stop(ec); }
    bool on_bool(bool, ec_t& ec) { return stop(ec); }
    bool on_null(ec_t& ec) {
        if (where != at::token || current != scope)
            return stop(ec);
        token().scope = djson::null;
        return true;
    }
};

// Reads `text` into `out` (warm: its items and strings are reused); false when the text is not a valid p2.
inline bool read(boost::json::basic_parser<handler>& p, std::string_view text, pat_vector& out) {
    p.reset();
    p.handler().out = &out;
    p.handler().where = handler::at::none;
    boost::system::error_code ec;
    std::size_t n = p.write_some(false, text.data(), text.size(), ec);
    return !ec && n == text.size() && p.done();
}

} // namespace pat_sax
