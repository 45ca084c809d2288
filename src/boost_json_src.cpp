// Boost.JSON's compiled part, built into libdjson when CMake's DJSON_BOOST_JSON_HEADER_ONLY is on (the macro
// of the same name is set on this file alone); in every other build this translation unit is empty.
#ifdef DJSON_BOOST_JSON_HEADER_ONLY

// A shared libdjson is built with hidden visibility: Boost.JSON's own switch for building its DLL marks its
// functions and classes exported, as Boost's build of libboost_json.so does.
#if defined(DJSON_SHARED) && !defined(BOOST_JSON_DYN_LINK)
#define BOOST_JSON_DYN_LINK
#endif

#include <boost/json/src.hpp>

#endif
