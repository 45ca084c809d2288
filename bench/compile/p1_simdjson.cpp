// Compile-time probe (issue 9): p1's model with one simdjson On-Demand read (the hand-mapping), nothing else;
// simdjson 3.0 has no writer for it, so this probe has no write.
#include "../models/p1_simdjson.hpp"

namespace probe {

bool read(perf::obj_t& out, std::string_view text) {
    simdjson::padded_string padded(text);
    sjmap::od::parser parser;
    try {
        sjmap::parse(parser, padded, out);
    } catch (const sjmap::mapping_error&) {
        return false;
    }
    return true;
}

} // namespace probe
