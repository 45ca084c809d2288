// p1's model hand-mapped for simdjson's On-Demand API; read only (simdjson 3.0 writes nothing but its own
// DOM). Every member is required; unknown keys are skipped.
#pragma once

#include "p1.hpp"
#include "simdjson_map.hpp"

namespace perf {

inline void sj_read(sjmap::od::value v, fixed_object_t& o) {
    using sjmap::sj_read;
    sjmap::object(v, 0b111, [&](std::string_view k, sjmap::od::value x) {
        if (k == "int_array")
            return sj_read(x, o.int_array), 0;
        if (k == "float_array")
            return sj_read(x, o.float_array), 1;
        if (k == "double_array")
            return sj_read(x, o.double_array), 2;
        return -1;
    });
}
inline void sj_read(sjmap::od::value v, fixed_name_object_t& o) {
    using sjmap::sj_read;
    sjmap::object(v, 0b11111, [&](std::string_view k, sjmap::od::value x) {
        if (k == "name0")
            return sj_read(x, o.name0), 0;
        if (k == "name1")
            return sj_read(x, o.name1), 1;
        if (k == "name2")
            return sj_read(x, o.name2), 2;
        if (k == "name3")
            return sj_read(x, o.name3), 3;
        if (k == "name4")
            return sj_read(x, o.name4), 4;
        return -1;
    });
}
inline void sj_read(sjmap::od::value v, nested_object_t& o) {
    using sjmap::sj_read;
    sjmap::object(v, 0b11, [&](std::string_view k, sjmap::od::value x) {
        if (k == "v3s")
            return sj_read(x, o.v3s), 0;
        if (k == "id")
            return sj_read(x, o.id), 1;
        return -1;
    });
}
inline void sj_read(sjmap::od::value v, another_object_t& o) {
    using sjmap::sj_read;
    sjmap::object(v, 0b11111, [&](std::string_view k, sjmap::od::value x) {
        if (k == "string")
            return sj_read(x, o.string), 0;
        if (k == "another_string")
            return sj_read(x, o.another_string), 1;
        if (k == "escaped_text")
            return sj_read(x, o.escaped_text), 2;
        if (k == "boolean")
            return sj_read(x, o.boolean), 3;
        if (k == "nested_object")
            return sj_read(x, o.nested_object), 4;
        return -1;
    });
}
inline void sj_read(sjmap::od::value v, obj_t& o) {
    using sjmap::sj_read;
    sjmap::object(v, 0b11111111, [&](std::string_view k, sjmap::od::value x) {
        if (k == "fixed_object")
            return sj_read(x, o.fixed_object), 0;
        if (k == "fixed_name_object")
            return sj_read(x, o.fixed_name_object), 1;
        if (k == "another_object")
            return sj_read(x, o.another_object), 2;
        if (k == "string_array")
            return sj_read(x, o.string_array), 3;
        if (k == "string")
            return sj_read(x, o.string), 4;
        if (k == "number")
            return sj_read(x, o.number), 5;
        if (k == "boolean")
            return sj_read(x, o.boolean), 6;
        if (k == "another_bool")
            return sj_read(x, o.another_bool), 7;
        return -1;
    });
}

} // namespace perf
