// djson::raw_json: one JSON value kept as its compact text.
#include <djson/detail/json_text.hpp>
#include <djson/detail/reader.hpp>
#include <djson/raw_json.hpp>
#include <djson/validate.hpp>
#include <djson/write.hpp>

namespace djson {

result<raw_json> raw_json::try_parse(std::string_view json) {
    raw_json out;
    errors errs;
    options opt;
    detail::reader r(opt, errs);
    r.read_text(json, detail::reader::raw_value, &out);
    if (!errs.empty())
        return errs;
    return out;
}

raw_json raw_json::parse(std::string_view json) {
    return try_parse(json).value();
}

raw_json raw_json::from_value(const boost::json::value& v) {
    std::string text;
    options opt;
    if (!detail::write_text(text, v, opt))
        detail::throw_write_errors(validate(v));
    return parse(text); // djson's rules hold for every raw_json: nesting up to 64, ...
}

boost::json::value raw_json::to_value() const {
    return detail::text_to_dom(text_);
}

bool operator==(const raw_json& a, const raw_json& b) {
    return detail::json_text_equal(a.text_, b.text_);
}

} // namespace djson
