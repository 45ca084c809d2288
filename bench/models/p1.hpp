// p1's model: the json_performance object (bench/data/json_performance.json), as plain structs. Each
// library's mapping of it is a header of its own beside this one, so that a compile-time probe
// (bench/compile/) includes only its library's.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace perf {

struct fixed_object_t {
    std::vector<int> int_array;
    std::vector<float> float_array;
    std::vector<double> double_array;
};

struct fixed_name_object_t {
    std::string name0, name1, name2, name3, name4;
};

struct nested_object_t {
    std::vector<std::array<double, 3>> v3s;
    std::string id;
};

struct another_object_t {
    std::string string, another_string, escaped_text;
    bool boolean = false;
    nested_object_t nested_object;
};

struct obj_t {
    fixed_object_t fixed_object;
    fixed_name_object_t fixed_name_object;
    another_object_t another_object;
    std::vector<std::string> string_array;
    std::string string;
    double number = 0;
    bool boolean = false;
    bool another_bool = false;
};

} // namespace perf
