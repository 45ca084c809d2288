// fuzz_pat: the tutorial model, sailpoint::CreatePersonalAccessTokenResponse (examples/pat_model.hpp):
// required keys, a required nullable array, an optional enum in a nested model, an RFC 3339 timestamp, an
// int32.
#include "harness.hpp"

#include "pat_model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return djson_fuzz::check_model<sailpoint::CreatePersonalAccessTokenResponse>(data, size);
}
