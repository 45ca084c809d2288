// Compile-time probe (issue 9): p1's model with one Boost.JSON read (parse + value_to, the DOM route) and one
// write (value_from + serialize), nothing else. Boost.JSON is used header-only: its compiled part lives in
// another translation unit (for djson's benchmark, in libdjson), as <boost/json/src.hpp> is meant to be used.
#include "../models/p1_describe.hpp"

#include <boost/json.hpp>

namespace probe {

bool read(perf::obj_t& out, std::string_view text) {
    boost::system::error_code ec;
    boost::json::value jv = boost::json::parse(text, ec);
    if (ec)
        return false;
    auto r = boost::json::try_value_to<perf::obj_t>(jv);
    if (!r)
        return false;
    out = std::move(*r);
    return true;
}

void write(std::string& out, const perf::obj_t& v) {
    out = boost::json::serialize(boost::json::value_from(v));
}

} // namespace probe
