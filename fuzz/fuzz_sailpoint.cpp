// fuzz_sailpoint: the SailPoint pack's largest model as djson declares it, sailpoint::RequestedItemStatus
// (examples/sailpoint/models/RequestedItemStatus.hpp): its derived JSON Schema has 116 properties over 26
// nested models, with optional, nullable and optional-nullable members, nested arrays of arrays, maps, enums,
// timestamps, and additional properties captured at every level. (TransformRead has the largest *resolved
// spec* file, but that size is the 31-way oneOf of `attributes`, which djson reads as one boost::json::value:
// its model has 6 members.) See fuzz/README.md.
#include "harness.hpp"

#include "models/RequestedItemStatus.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return djson_fuzz::check_model<sailpoint::RequestedItemStatus>(data, size);
}
