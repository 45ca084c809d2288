// Prints djson::json_schema<T>() of every model a generated folder declares, one JSON object per line
// ({"type": "ns::Model", "schema": {...}}), for compare_api_schemas.py. make_harness.py --schemas writes the
// table (`entry`) and main.
#pragma once

#include <djson/djson.hpp>

#include <boost/json/serialize.hpp>

#include <cstddef>
#include <iostream>
#include <string>

namespace djson_openapi_test {

using schema_fn = boost::json::value (*)();

struct schema_entry {
    const char* type;
    schema_fn schema;
};

template <class T> boost::json::value schema_of() {
    return djson::json_schema<T>();
}

inline int print_schemas(const schema_entry* entries, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i)
        std::cout << boost::json::serialize(
                         boost::json::object{{"type", entries[i].type}, {"schema", entries[i].schema()}})
                  << "\n";
    return std::cout ? 0 : 1;
}

} // namespace djson_openapi_test
