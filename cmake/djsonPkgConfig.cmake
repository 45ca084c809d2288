# djson_pkg_config(<file>): writes djson.pc for the current configuration.
# Boost ships no pkg-config files (Debian has none), so Boost.JSON goes in as plain flags: -lboost_json in Libs,
# since djson's headers call Boost.JSON themselves (a static and a shared libdjson both need it on the link
# line), and -I/-L only when Boost is not in the compiler's default directories.
function(djson_pkg_config file)
    if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
        message(FATAL_ERROR "djson.pc: an absolute CMAKE_INSTALL_LIBDIR (${CMAKE_INSTALL_LIBDIR}) is not supported")
    endif()
    # From <prefix>/<libdir>/pkgconfig back up to <prefix>: as many ".." as the path has parts.
    file(RELATIVE_PATH DJSON_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
    string(REGEX REPLACE "/$" "" DJSON_PC_TO_PREFIX "${DJSON_PC_TO_PREFIX}")

    set(DJSON_PC_CFLAGS "")
    set(DJSON_PC_LIBS "")
    get_target_property(djson_pc_type djson TYPE)
    if(djson_pc_type STREQUAL "SHARED_LIBRARY")
        string(APPEND DJSON_PC_CFLAGS " -DDJSON_SHARED")
    endif()

    get_target_property(boost_includes Boost::headers INTERFACE_INCLUDE_DIRECTORIES)
    foreach(dir IN LISTS boost_includes)
        if(NOT dir IN_LIST CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
            string(APPEND DJSON_PC_CFLAGS " -I${dir}")
        endif()
    endforeach()
    foreach(prop IN ITEMS IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION IMPORTED_LOCATION_NOCONFIG
                          IMPORTED_LOCATION_RELWITHDEBINFO IMPORTED_LOCATION_DEBUG)
        get_target_property(boost_json_lib Boost::json ${prop})
        if(boost_json_lib)
            break()
        endif()
    endforeach()
    if(boost_json_lib)
        get_filename_component(boost_libdir "${boost_json_lib}" DIRECTORY)
        if(NOT boost_libdir IN_LIST CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES)
            string(APPEND DJSON_PC_LIBS " -L${boost_libdir}")
        endif()
    endif()
    string(APPEND DJSON_PC_LIBS " -lboost_json")
    if(NOT djson_pc_type STREQUAL "SHARED_LIBRARY")
        string(APPEND DJSON_PC_LIBS " -lre2") # src/constraints.cpp; a shared libdjson carries it
    endif()

    configure_file("${PROJECT_SOURCE_DIR}/cmake/djson.pc.in" "${file}" @ONLY)
endfunction()
