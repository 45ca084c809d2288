// Reading a model: its keys (in declaration order first), duplicates, required keys, defaults and unknown
// keys.
#include <djson/detail/read_ops.hpp>

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

bool model_key(reader& r, frame& f, std::string_view k) {
    const auto& m = *static_cast<const model_meta*>(f.meta);
    std::size_t found = no_member;
    // Keys usually arrive in declaration order: look where the previous one ended first.
    for (std::size_t n = 0, i = f.hint; n < m.count; ++n, ++i) {
        if (i == m.count)
            i = 0;
        if (m.members[i].key == k) {
            found = i;
            break;
        }
    }
    if (found != no_member) {
        f.index = found;
        f.hint = found + 1 == m.count ? 0 : found + 1;
        std::uint64_t& word = r.bits(f.bits)[found / 64];
        std::uint64_t bit = std::uint64_t{1} << (found % 64);
        if (word & bit) {
            f.child = &reader::skip;
            return r.fail(errc::duplicate_key, "duplicate key");
        }
        word |= bit;
        if (left_out(r, m.members[found])) { // not part of this message: skipped, and it keeps its default
            f.child = &reader::skip;
            return true;
        }
        f.child = m.members[found].ops;
        f.child_dst = m.members[found].locate(f.obj);
        return true;
    }
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

bool model_end(reader& r, frame& f) {
    const auto& m = *static_cast<const model_meta*>(f.meta);
    const std::uint64_t* bits = r.bits(f.bits);
    for (std::size_t i = 0; i < m.count; ++i) {
        if (m.members[i].reset && left_out(r, m.members[i])) {
            m.members[i].reset(f.obj); // whether sent or not, this message does not carry it
            continue;
        }
        if (bits[i / 64] & (std::uint64_t{1} << (i % 64)))
            continue;
        if (m.members[i].on_absent) {
            m.members[i].on_absent(f.obj);
            continue;
        }
        if (!r.fail_at_key(errc::missing_required, m.members[i].key, "required key is missing"))
            return false;
    }
    return true;
}
} // namespace

const frame_ops model_frame{&model_key, nullptr, &model_end, &append_model_segment};

bool push_model(reader& r, void* obj, const model_meta& meta) {
    if (meta.extras) {
        if (auto* x = meta.extras(obj))
            x->clear();
    }
    frame f;
    f.ops = &model_frame;
    f.obj = obj;
    f.meta = &meta;
    f.index = no_member;
    f.bits = r.alloc_bits((meta.count + 63) / 64);
    return r.push(f);
}

} // namespace djson::detail
