// p1's model hand-mapped for RapidJSON: read from a parsed rapidjson::Value, write with a rapidjson::Writer.
// Every member is required; unknown keys are skipped.
#pragma once

#include "p1.hpp"
#include "rapidjson_map.hpp"

namespace perf {

inline void rj_read(const rjmap::value& v, fixed_object_t& o) {
    using rjmap::rj_read;
    rjmap::object(v, 0b111, [&](std::string_view k, const rjmap::value& x) {
        if (k == "int_array")
            return rj_read(x, o.int_array), 0;
        if (k == "float_array")
            return rj_read(x, o.float_array), 1;
        if (k == "double_array")
            return rj_read(x, o.double_array), 2;
        return -1;
    });
}
inline void rj_read(const rjmap::value& v, fixed_name_object_t& o) {
    using rjmap::rj_read;
    rjmap::object(v, 0b11111, [&](std::string_view k, const rjmap::value& x) {
        if (k == "name0")
            return rj_read(x, o.name0), 0;
        if (k == "name1")
            return rj_read(x, o.name1), 1;
        if (k == "name2")
            return rj_read(x, o.name2), 2;
        if (k == "name3")
            return rj_read(x, o.name3), 3;
        if (k == "name4")
            return rj_read(x, o.name4), 4;
        return -1;
    });
}
inline void rj_read(const rjmap::value& v, nested_object_t& o) {
    using rjmap::rj_read;
    rjmap::object(v, 0b11, [&](std::string_view k, const rjmap::value& x) {
        if (k == "v3s")
            return rj_read(x, o.v3s), 0;
        if (k == "id")
            return rj_read(x, o.id), 1;
        return -1;
    });
}
inline void rj_read(const rjmap::value& v, another_object_t& o) {
    using rjmap::rj_read;
    rjmap::object(v, 0b11111, [&](std::string_view k, const rjmap::value& x) {
        if (k == "string")
            return rj_read(x, o.string), 0;
        if (k == "another_string")
            return rj_read(x, o.another_string), 1;
        if (k == "escaped_text")
            return rj_read(x, o.escaped_text), 2;
        if (k == "boolean")
            return rj_read(x, o.boolean), 3;
        if (k == "nested_object")
            return rj_read(x, o.nested_object), 4;
        return -1;
    });
}
inline void rj_read(const rjmap::value& v, obj_t& o) {
    using rjmap::rj_read;
    rjmap::object(v, 0b11111111, [&](std::string_view k, const rjmap::value& x) {
        if (k == "fixed_object")
            return rj_read(x, o.fixed_object), 0;
        if (k == "fixed_name_object")
            return rj_read(x, o.fixed_name_object), 1;
        if (k == "another_object")
            return rj_read(x, o.another_object), 2;
        if (k == "string_array")
            return rj_read(x, o.string_array), 3;
        if (k == "string")
            return rj_read(x, o.string), 4;
        if (k == "number")
            return rj_read(x, o.number), 5;
        if (k == "boolean")
            return rj_read(x, o.boolean), 6;
        if (k == "another_bool")
            return rj_read(x, o.another_bool), 7;
        return -1;
    });
}

inline void rj_write(rjmap::writer& w, const fixed_object_t& o) {
    using rjmap::key, rjmap::rj_write;
    w.StartObject();
    key(w, "int_array"), rj_write(w, o.int_array);
    key(w, "float_array"), rj_write(w, o.float_array);
    key(w, "double_array"), rj_write(w, o.double_array);
    w.EndObject();
}
inline void rj_write(rjmap::writer& w, const fixed_name_object_t& o) {
    using rjmap::key, rjmap::rj_write;
    w.StartObject();
    key(w, "name0"), rj_write(w, o.name0);
    key(w, "name1"), rj_write(w, o.name1);
    key(w, "name2"), rj_write(w, o.name2);
    key(w, "name3"), rj_write(w, o.name3);
    key(w, "name4"), rj_write(w, o.name4);
    w.EndObject();
}
inline void rj_write(rjmap::writer& w, const nested_object_t& o) {
    using rjmap::key, rjmap::rj_write;
    w.StartObject();
    key(w, "v3s"), rj_write(w, o.v3s);
    key(w, "id"), rj_write(w, o.id);
    w.EndObject();
}
inline void rj_write(rjmap::writer& w, const another_object_t& o) {
    using rjmap::key, rjmap::rj_write;
    w.StartObject();
    key(w, "string"), rj_write(w, o.string);
    key(w, "another_string"), rj_write(w, o.another_string);
    key(w, "escaped_text"), rj_write(w, o.escaped_text);
    key(w, "boolean"), rj_write(w, o.boolean);
    key(w, "nested_object"), rj_write(w, o.nested_object);
    w.EndObject();
}
inline void rj_write(rjmap::writer& w, const obj_t& o) {
    using rjmap::key, rjmap::rj_write;
    w.StartObject();
    key(w, "fixed_object"), rj_write(w, o.fixed_object);
    key(w, "fixed_name_object"), rj_write(w, o.fixed_name_object);
    key(w, "another_object"), rj_write(w, o.another_object);
    key(w, "string_array"), rj_write(w, o.string_array);
    key(w, "string"), rj_write(w, o.string);
    key(w, "number"), rj_write(w, o.number);
    key(w, "boolean"), rj_write(w, o.boolean);
    key(w, "another_bool"), rj_write(w, o.another_bool);
    w.EndObject();
}

} // namespace perf
