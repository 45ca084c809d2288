// p1's model for nlohmann/json: its own macros, the way its users declare a struct.
#pragma once

#include "p1.hpp"

#include <nlohmann/json.hpp>

namespace perf {
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(fixed_object_t, int_array, float_array, double_array)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(fixed_name_object_t, name0, name1, name2, name3, name4)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(nested_object_t, v3s, id)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(another_object_t, string, another_string, escaped_text, boolean,
                                   nested_object)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(obj_t, fixed_object, fixed_name_object, another_object, string_array,
                                   string, number, boolean, another_bool)
} // namespace perf
