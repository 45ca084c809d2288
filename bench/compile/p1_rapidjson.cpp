// Compile-time probe (issue 9): p1's model with one RapidJSON read (Document + the hand-mapping) and one
// write (Writer + the hand-mapping), nothing else.
#include "../models/p1_rapidjson.hpp"

namespace probe {

bool read(perf::obj_t& out, std::string_view text) {
    rapidjson::Document doc;
    doc.Parse<rjmap::parse_flags>(text.data(), text.size());
    if (doc.HasParseError())
        return false;
    try {
        rj_read(doc, out);
    } catch (const rjmap::mapping_error&) {
        return false;
    }
    return true;
}

void write(std::string& out, const perf::obj_t& v) {
    rapidjson::StringBuffer buf;
    rjmap::writer w(buf);
    rj_write(w, v);
    out.assign(buf.GetString(), buf.GetSize());
}

} // namespace probe
