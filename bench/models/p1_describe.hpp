// p1's model described: what djson and Boost.JSON (value_to / value_from) both read and write.
#pragma once

#include "p1.hpp"

#include <boost/describe/class.hpp>

namespace perf {
BOOST_DESCRIBE_STRUCT(fixed_object_t, (), (int_array, float_array, double_array))
BOOST_DESCRIBE_STRUCT(fixed_name_object_t, (), (name0, name1, name2, name3, name4))
BOOST_DESCRIBE_STRUCT(nested_object_t, (), (v3s, id))
BOOST_DESCRIBE_STRUCT(another_object_t, (), (string, another_string, escaped_text, boolean, nested_object))
BOOST_DESCRIBE_STRUCT(obj_t, (),
                      (fixed_object, fixed_name_object, another_object, string_array, string, number, boolean,
                       another_bool))
} // namespace perf
