// The reading machine's core: the per-thread working memory, frames, errors with their paths, and the events
// that the top frame routes to a type's table (in read_text.cpp, next to the tokenizer's handler, which
// then calls them inline). The tables live in read_rows.cpp (built-in rows),
// read_model.cpp (models) and read_ops.hpp (templates); the events come from read_text.cpp and read_dom.cpp.
#include <djson/detail/read_ops.hpp>

#include <algorithm>

namespace djson::detail {

namespace {
const frame_ops root_frame{nullptr, nullptr, nullptr, nullptr};
}

namespace {
reader_buffers& lend_buffers(reader_buffers*& own) {
    thread_local reader_buffers mine;
    if (!mine.in_use) {
        mine.in_use = true;
        return mine;
    }
    own = new reader_buffers;
    own->in_use = true;
    return *own;
}
} // namespace

reader::reader(const options& opt, errors& out)
    : opt_(opt), errors_(out), buf_(lend_buffers(own_)), stack_(buf_.stack), bits_(buf_.bits),
      keys_(buf_.keys), keysets_(buf_.keysets) {}

reader::~reader() {
    drop_pending();
    buf_.in_use = false;
    // Keysets hold copies of keys from the document: drop them, keep their storage.
    for (auto& k : keysets_)
        if (!k.empty())
            k.clear();
    delete own_;
}

void reader::drop_pending() noexcept {
    for (auto& d : buf_.pending)
        if (d.tmp)
            d.destroy(d.tmp);
    buf_.pending.clear();
}

void reader::defer(const deferred& d) {
    buf_.pending.push_back(d);
}

void reader::reset(const type_ops& root, void* dst) {
    drop_pending();
    stack_.clear();
    // No frame reference is held across a push, so the stack may grow; this only saves the first allocations.
    stack_.reserve(std::min<std::size_t>(opt_.max_depth, 64) + 2);
    frame f;
    f.ops = &root_frame;
    f.child = &root;
    f.child_dst = dst;
    stack_.push_back(f);
    bits_.clear();
    if (keys_.empty())
        keys_.resize(1);
    if (keysets_.empty())
        keysets_.resize(1);
    pos_ = {};
    stopped_ = false;
}

std::string& reader::key_slot(std::size_t depth) {
    return keys_[depth];
}

std::size_t reader::alloc_bits(std::size_t words) {
    std::size_t at = bits_.size();
    bits_.resize(at + words, 0);
    return at;
}

bool reader::seen_before(frame& f, std::string_view key) {
    auto d = static_cast<std::size_t>(&f - stack_.data());
    f.keyset_used = true;
    return !keysets_[d].insert(key);
}

// ---- key sets ----

std::size_t key_set::find(std::string_view k, std::size_t hash) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const slot& s = slots_[i];
        if (s.generation != generation_)
            return i;
        const key& e = keys_[s.index];
        if (e.hash == hash && e.size == k.size() && bytes_.compare(e.at, e.size, k) == 0)
            return i;
    }
}

void key_set::grow() {
    // At most half full: probes stay short, and there is always an empty slot to end them.
    std::vector<slot> bigger(std::max<std::size_t>(16, slots_.size() * 2));
    slots_.swap(bigger);
    generation_ = 1;
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        const std::size_t at =
            find(std::string_view(bytes_).substr(keys_[i].at, keys_[i].size), keys_[i].hash);
        slots_[at] = {generation_, i};
    }
}

bool key_set::insert(std::string_view k) {
    if (2 * (keys_.size() + 1) > slots_.size())
        grow();
    const std::size_t hash = std::hash<std::string_view>{}(k);
    const std::size_t at = find(k, hash);
    if (slots_[at].generation == generation_)
        return false;
    slots_[at] = {generation_, keys_.size()};
    keys_.push_back({bytes_.size(), k.size(), hash});
    bytes_.append(k.data(), k.size());
    return true;
}

bool key_set::contains(std::string_view k) const noexcept {
    if (keys_.empty())
        return false;
    return slots_[find(k, std::hash<std::string_view>{}(k))].generation == generation_;
}

std::string reader::path() const {
    std::string out;
    for (std::size_t i = 1; i < stack_.size(); ++i)
        stack_[i].ops->append_segment(*this, stack_[i], out);
    return out;
}

std::string reader::container_path() const {
    std::string out;
    for (std::size_t i = 1; i + 1 < stack_.size(); ++i)
        stack_[i].ops->append_segment(*this, stack_[i], out);
    return out;
}

bool reader::fail(errc code, std::string detail) {
    if (stopped_)
        return false;
    if (errors_.size() >= opt_.max_errors) {
        errors_.push_back(
            {errc::too_many_errors, path(),
             "stopped after " + std::to_string(opt_.max_errors) + " errors (options::max_errors)"});
        stopped_ = true;
        return false;
    }
    errors_.push_back({code, path(), std::move(detail)});
    if (opt_.stop_at_first_error)
        stopped_ = true;
    return !stopped_;
}

bool reader::has_error_at(std::string_view at, std::size_t since) const noexcept {
    for (std::size_t i = since; i < errors_.size(); ++i)
        if (errors_[i].path == at)
            return true;
    return false;
}

bool reader::fail_at(errc code, std::string at, std::string detail) {
    if (stopped_)
        return false;
    std::size_t before = errors_.size();
    bool go_on = fail(code, std::move(detail));
    if (errors_.size() > before) // the error, or the notice that the cap stopped reading before it
        errors_.back().path = std::move(at);
    return go_on;
}

bool reader::fail_at_key(errc code, std::string_view key, std::string detail) {
    if (stopped_)
        return false;
    std::size_t before = errors_.size();
    bool go_on = fail(code, std::move(detail));
    if (errors_.size() > before) { // the error, or the notice that the cap stopped reading before it
        std::string p = container_path();
        append_pointer_token(p, key);
        errors_.back().path = std::move(p);
    }
    return go_on;
}

bool reader::mismatch(const type_ops& expected, const char* got) {
    return fail(errc::type_mismatch, std::string("expected ") + expected.expected + ", got " + got);
}

bool reader::mismatch_container(const type_ops& expected, bool is_array) {
    if (is_array)
        return mismatch(expected, "an array") && skip.on_array(*this, nullptr);
    return mismatch(expected, "an object") && skip.on_object(*this, nullptr);
}

bool reader::on_null_rejected(const type_ops& expected) {
    return fail(errc::unexpected_null,
                std::string("null is not allowed here (expected ") + expected.expected + ")");
}

bool reader::push_slow(const frame& f) {
    if (depth() + 1 > opt_.max_depth) {
        fail(errc::too_deep, "nesting deeper than " + std::to_string(opt_.max_depth) +
                                 " levels of arrays and objects (options::max_depth)");
        stopped_ = true;
        return false;
    }
    // Deeper than ever before on this thread's buffers: one more key slot and key set per level.
    keys_.resize(std::max(keys_.size(), depth() + 2));
    keysets_.resize(std::max(keysets_.size(), depth() + 2));
    return push(f);
}

// ---- path segments ----

void append_index_segment(const reader&, const frame& f, std::string& out) {
    if (f.index == 0)
        return; // no item yet: the path is the array's own
    out.push_back('/');
    append_uint(out, f.index - 1);
}

void append_key_segment(const reader& r, const frame& f, std::string& out) {
    const std::string& k = r.key_slot(r.depth_of(f));
    append_pointer_token(out, k);
}

} // namespace djson::detail
