// Compile-time probe (issue 9): p1's model with one djson read and one write, nothing else.
// scripts/bench.sh compiles it alone (bench/compile/measure.py) and reports the CPU time in bench/RESULTS.md.
#include "../models/p1_describe.hpp"

#include <djson/djson.hpp>

namespace probe {

bool read(perf::obj_t& out, std::string_view text) {
    return djson::read_json(out, text).empty();
}

void write(std::string& out, const perf::obj_t& v) {
    djson::write_json(out, v);
}

} // namespace probe
