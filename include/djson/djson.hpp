// The whole of djson: declare a model once (a struct and BOOST_DESCRIBE_STRUCT), read, write, compare and
// validate it as JSON.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <djson/additional_properties.hpp>
#include <djson/codec.hpp>
#include <djson/compare.hpp>
#include <djson/constraints.hpp>
#include <djson/error.hpp>
#include <djson/model.hpp>
#include <djson/nullable.hpp>
#include <djson/open_enum.hpp>
#include <djson/options.hpp>
#include <djson/raw_json.hpp>
#include <djson/read.hpp>
#include <djson/result.hpp>
#include <djson/schema.hpp>
#include <djson/std_types.hpp>
#include <djson/stream.hpp>
#include <djson/timestamp.hpp>
#include <djson/validate.hpp>
#include <djson/variant.hpp>
#include <djson/write.hpp>
