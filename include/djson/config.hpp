// DJSON_API marks what the compiled part of djson (src/) exports from a shared library; a static build
// leaves it empty. CMake defines DJSON_SHARED for the library and its users when BUILD_SHARED_LIBS is ON, and
// DJSON_BUILDING while compiling the library itself.
#pragma once

#if defined(DJSON_SHARED)
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(DJSON_BUILDING)
#define DJSON_API __declspec(dllexport)
#else
#define DJSON_API __declspec(dllimport)
#endif
#else
#define DJSON_API __attribute__((visibility("default")))
#endif
#else
#define DJSON_API
#endif
