// Compile-time probe (issue 9): p1's model with one nlohmann/json read and one write, nothing else.
#include "../models/p1_nlohmann.hpp"

namespace probe {

bool read(perf::obj_t& out, std::string_view text) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded())
        return false;
    try {
        j.get_to(out);
    } catch (const nlohmann::json::exception&) {
        return false;
    }
    return true;
}

void write(std::string& out, const perf::obj_t& v) {
    out = nlohmann::json(v).dump();
}

} // namespace probe
