// Messages and the error category of djson::errc.
#include <djson/detail/text.hpp>
#include <djson/error.hpp>

namespace djson {

std::string_view to_string(errc code) noexcept {
    switch (code) {
    case errc::syntax:
        return "syntax";
    case errc::missing_required:
        return "missing_required";
    case errc::unexpected_null:
        return "unexpected_null";
    case errc::type_mismatch:
        return "type_mismatch";
    case errc::out_of_range:
        return "out_of_range";
    case errc::invalid_value:
        return "invalid_value";
    case errc::size_mismatch:
        return "size_mismatch";
    case errc::unknown_key:
        return "unknown_key";
    case errc::duplicate_key:
        return "duplicate_key";
    case errc::too_deep:
        return "too_deep";
    case errc::too_many_errors:
        return "too_many_errors";
    case errc::constraint:
        return "constraint";
    case errc::too_complex:
        return "too_complex";
    }
    return "unknown";
}

namespace {
struct category final : std::error_category {
    const char* name() const noexcept override { return "djson"; }
    std::string message(int c) const override { return std::string(to_string(static_cast<errc>(c))); }
};
} // namespace

const std::error_category& error_category() noexcept {
    static const category c;
    return c;
}

std::string error_info::printable_path() const {
    return detail::printable_pointer(path);
}

std::string error_info::message() const {
    std::string out;
    if (!path.empty()) {
        out += printable_path();
        out += ": ";
    }
    out += detail;
    if (line != 0) {
        out += " (line ";
        out += std::to_string(line);
        out += ", column ";
        out += std::to_string(column);
        out += ')';
    }
    return out;
}

namespace {
std::string join(const errors& list) {
    std::string out;
    for (const auto& e : list) {
        if (!out.empty())
            out.push_back('\n');
        out += e.message();
    }
    return out;
}
} // namespace

error::error(errors list) : errors_(std::move(list)) {
    if (errors_.empty())
        errors_.push_back({errc::invalid_value, "", "unspecified error"});
    what_ = join(errors_);
}

} // namespace djson
