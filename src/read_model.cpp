// Reading a model: its keys (in declaration order first), duplicates, required keys, defaults and unknown
// keys.
#include <djson/detail/read_ops.hpp>

#include <bit>
#include <cstring>

namespace djson::detail {

namespace {
void append_model_segment(const reader& r, const frame& f, std::string& out) {
    if (f.index == no_member)
        return; // no key yet
    if (f.index == unknown_member) {
        append_pointer_token(out, r.key_slot(r.depth_of(f)));
        return;
    }
    append_pointer_token(out, static_cast<const model_meta*>(f.meta)->members[f.index].key);
}
} // namespace

// ---- models ----

namespace {
std::string key_list(const model_meta& m) {
    std::string out;
    std::size_t shown = 0;
    for (std::size_t i = 0; i < m.count; ++i) {
        if (shown == 20) {
            out += ", ...";
            break;
        }
        if (shown++)
            out += ", ";
        out.append(m.members[i].key);
    }
    return out;
}

bool left_out(const reader& r, const member_meta& mm) {
    message_kind k = r.opts().message;
    return (mm.read_only && k == message_kind::request) || (mm.write_only && k == message_kind::response);
}

// The rare turns of a key, kept out of model_key so that its common path stays small.
[[gnu::noinline, gnu::cold]] bool duplicate_member(reader& r, frame& f) {
    f.child = &reader::skip;
    return r.fail(errc::duplicate_key, "duplicate key");
}

[[gnu::noinline]] bool unknown_key(reader& r, frame& f, std::string_view k) {
    const auto& m = *static_cast<const model_meta*>(f.meta);
    f.index = unknown_member;
    r.key_slot(r.depth()).assign(k.data(), k.size());
    f.child = &reader::skip;
    if (r.seen_before(f, k))
        return r.fail(errc::duplicate_key, "duplicate key");
    switch (m.unknown) {
    case unknown_keys::ignore:
        return true;
    case unknown_keys::reject:
        return r.fail(errc::unknown_key, "unknown key (the model has: " + key_list(m) + ")");
    case unknown_keys::capture:
        f.child = &reader::raw_text;
        f.child_dst = &m.extras(f.obj)->append_unchecked(k);
        return true;
    }
    return true;
}

bool model_key(reader& r, frame& f, std::string_view k) {
    const auto& m = *static_cast<const model_meta*>(f.meta);
    const member_meta* members = m.members;
    // Keys usually arrive in declaration order: look where the previous one ended first, then by hash.
    std::size_t i = f.hint;
    if (i >= m.count || !same_key(members[i].key, k)) {
        std::size_t s = key_hash(k) & m.slot_mask;
        for (;; s = (s + 1) & m.slot_mask) {
            if (m.slots[s] == 0)
                return unknown_key(r, f, k);
            i = m.slots[s] - 1u;
            if (same_key(members[i].key, k))
                break;
        }
    }
    f.index = i;
    f.hint = i + 1 == m.count ? 0 : i + 1;
    std::uint64_t& word = r.seen_word(f, i);
    const std::uint64_t bit = std::uint64_t{1} << (i % 64);
    if (word & bit) [[unlikely]]
        return duplicate_member(r, f);
    word |= bit;
    const member_meta& mm = members[i];
    if (m.any_left_out && left_out(r, mm)) { // not in this message: skipped, keeps its default
        f.child = &reader::skip;
        return true;
    }
    f.child = mm.ops;
    f.child_dst = mm.locate(f.obj);
    return true;
}

bool absent(reader& r, const member_meta& mm, void* obj) {
    if (mm.on_absent) {
        mm.on_absent(obj);
        return true;
    }
    return r.fail_at_key(errc::missing_required, mm.key, "required key is missing");
}

bool model_end(reader& r, frame& f) {
    const auto& m = *static_cast<const model_meta*>(f.meta);
    if (f.bits == in_frame_bits && !m.any_left_out) {
        // At most 64 members, none left out of a message: only the absent ones need work, in member order.
        std::uint64_t missing = ~f.seen;
        if (m.count < 64)
            missing &= (std::uint64_t{1} << m.count) - 1;
        for (; missing != 0; missing &= missing - 1)
            if (!absent(r, m.members[std::countr_zero(missing)], f.obj))
                return false;
        return true;
    }
    for (std::size_t i = 0; i < m.count; ++i) {
        if (m.members[i].reset && left_out(r, m.members[i])) {
            m.members[i].reset(f.obj); // whether sent or not, this message does not carry it
            continue;
        }
        if (r.seen_word(f, i) & (std::uint64_t{1} << (i % 64)))
            continue;
        if (!absent(r, m.members[i], f.obj))
            return false;
    }
    return true;
}
} // namespace

const frame_ops model_frame{&model_key, nullptr, &model_end, &append_model_segment};

bool push_model(reader& r, void* obj, const model_meta& meta) {
    if (meta.extras) {
        if (auto* x = meta.extras(obj); x && !x->empty())
            x->recycle();
    }
    frame f;
    f.ops = &model_frame;
    f.obj = obj;
    f.meta = &meta;
    f.index = no_member;
    f.bits = meta.count <= 64 ? in_frame_bits : r.alloc_bits((meta.count + 63) / 64);
    return r.push(f);
}

} // namespace djson::detail
