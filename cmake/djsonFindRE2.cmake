# The imported target djson::re2: RE2, the linear-time regular expression engine that djson::pattern runs
# (Debian: libre2-dev). Debian's RE2 ships a pkg-config file but no CMake package, so it is found by its
# header and library. Used by djson's build and by djsonConfig.cmake (a static libdjson needs it at link time).
if(NOT TARGET djson::re2)
    find_path(DJSON_RE2_INCLUDE_DIR re2/re2.h)
    find_library(DJSON_RE2_LIBRARY re2)
    if(NOT DJSON_RE2_INCLUDE_DIR OR NOT DJSON_RE2_LIBRARY)
        message(FATAL_ERROR "djson needs RE2 for djson::pattern (Debian: apt-get install libre2-dev); "
                            "set DJSON_RE2_INCLUDE_DIR and DJSON_RE2_LIBRARY if it is elsewhere")
    endif()
    add_library(djson::re2 UNKNOWN IMPORTED)
    set_target_properties(djson::re2 PROPERTIES
        IMPORTED_LOCATION "${DJSON_RE2_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${DJSON_RE2_INCLUDE_DIR}")
endif()
