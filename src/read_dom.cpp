// Reading a boost::json::value: a walk over the DOM feeds the same events to the same machine, so text and
// DOM share every rule.
#include <djson/detail/read_ops.hpp>

#include <cmath>
#include <limits>
#include <string>

namespace djson::detail {

// ---- a DOM drives the same machine, so both sources share every rule ----

namespace {
// The text a number would have had, for the tables that keep or re-parse it, written into `s` (the reader's
// number buffer, free while a DOM is read, so a warm read allocates nothing). A DOM double is written in its
// shortest form (with ".0" when integral, so it stays a double); a non-finite one has no JSON text at all:
// empty.
std::string_view number_text(const boost::json::value& v, std::string& s) {
    s.clear();
    switch (v.kind()) {
    case boost::json::kind::int64:
        append_int(s, v.get_int64());
        break;
    case boost::json::kind::uint64:
        append_uint(s, v.get_uint64());
        break;
    default:
        if (std::isfinite(v.get_double()))
            append_double(s, v.get_double());
        break;
    }
    return s;
}
} // namespace

// A DOM's double, into a table that may want its text: written only when the table says it does.
bool reader::on_dom_double(double v) {
    frame& t = stack_.back();
    if (t.ops->on_item && !t.ops->on_item(*this, t))
        return false;
    const type_ops& c = *t.child;
    if (!c.on_double)
        return mismatch(c, "a number");
    std::string& text = buf_.num;
    text.clear();
    if (!c.exact_double && std::isfinite(v))
        append_double(text, v);
    return c.on_double(*this, t.child_dst, v, text);
}

bool reader::walk(const boost::json::value& root) {
    std::vector<dom_level>& todo = buf_.dom_levels;
    todo.clear();
    std::string& buf = buf_.num;
    auto scalar = [&](const boost::json::value& v) -> bool {
        switch (v.kind()) {
        case boost::json::kind::null:
            return on_null();
        case boost::json::kind::bool_:
            return on_bool(v.get_bool());
        case boost::json::kind::int64:
            return on_int64(v.get_int64(), number_text(v, buf));
        case boost::json::kind::uint64:
            // A DOM built in code may hold a small number as uint64; text gives it as int64, and so does
            // this.
            if (v.get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                return on_int64(static_cast<std::int64_t>(v.get_uint64()), number_text(v, buf));
            return on_uint64(v.get_uint64(), number_text(v, buf));
        case boost::json::kind::double_:
            return on_dom_double(v.get_double());
        case boost::json::kind::string: {
            const auto& s = v.get_string();
            std::string_view sv(s.data(), s.size());
            if (!valid_utf8(sv)) {
                frame& t = stack_.back();
                if (t.ops->on_item && !t.ops->on_item(*this, t))
                    return false;
                return fail(errc::invalid_value, "string is not valid UTF-8");
            }
            return on_string(sv);
        }
        default:
            return true;
        }
    };
    auto open = [&](const boost::json::value& v) -> bool {
        if (v.is_object()) {
            if (!on_object_begin())
                return false;
        } else if (v.is_array()) {
            const std::size_t depth_before = stack_.size();
            if (!on_array_begin())
                return false;
            if (stack_.size() > depth_before && stack_.back().ops->expect_items)
                stack_.back().ops->expect_items(stack_.back(), v.get_array().size());
        } else {
            return scalar(v);
        }
        todo.push_back({&v, 0});
        return true;
    };
    if (!open(root))
        return false;
    while (!todo.empty()) {
        dom_level& l = todo.back();
        if (l.v->is_object()) {
            const auto& o = l.v->get_object();
            if (l.next == o.size()) {
                todo.pop_back();
                if (!on_object_end())
                    return false;
                continue;
            }
            const auto& kv = *(o.begin() + static_cast<std::ptrdiff_t>(l.next++));
            std::string_view k(kv.key().data(), kv.key().size());
            if (!valid_utf8(k)) {
                frame& t = top();
                key_slot(depth()).assign(k.data(), k.size());
                t.index = unknown_member;
                t.child = &skip;
                if (!fail(errc::invalid_value, "key is not valid UTF-8"))
                    return false;
            } else if (!on_key(k)) {
                return false;
            }
            if (!open(kv.value()))
                return false;
        } else {
            const auto& a = l.v->get_array();
            if (l.next == a.size()) {
                todo.pop_back();
                if (!on_array_end())
                    return false;
                continue;
            }
            if (!open(a[l.next++]))
                return false;
        }
    }
    return true;
}

void reader::read_dom(const boost::json::value& jv, const type_ops& root, void* dst) {
    reset(root, dst);
    if (work_ == &own_work_) // a DOM has no text size: a fixed allowance of values read again
        own_work_ = std::size_t{64} << 20;
    walk(jv);
}

} // namespace djson::detail
