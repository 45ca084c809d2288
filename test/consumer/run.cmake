# Driver of the consumer_* ctest tests: djson used the ways a downstream project uses it. Run with `cmake -P`:
#   -DMODE=install|exports|find_package_static|find_package_shared|pkg_config|add_subdirectory|fetchcontent
#   -DDJSON_SOURCE_DIR=<djson sources>  -DDJSON_BUILD_DIR=<this, already built, djson build>
#   -DLIB_TYPE=<STATIC_LIBRARY|SHARED_LIBRARY: what DJSON_BUILD_DIR built>  -DVERSION=<djson's version>
#   -DWORK_ROOT=<scratch dir>  -DSETTINGS=<consumer_settings.cmake>  -DCONFIG=<build config, may be empty>
#   -DPKG_CONFIG=<pkg-config executable, for pkg_config>
# install              (the fixture of find_package_* and pkg_config) installs this build into
#                      <WORK_ROOT>/prefix-static or prefix-shared, and builds and installs the other kind there.
# exports              every function and variable that the static libdjson.a defines for its users is exported
#                      by the shared libdjson.so (a declaration in include/djson without DJSON_API is not).
# find_package_static/ configure test/consumer with CMAKE_PREFIX_PATH=<that prefix>, check that djson::djson
# find_package_shared  is the expected kind, build, run (the shared one must load libdjson.so at run time).
# pkg_config           compile main.cpp with `$(pkg-config --cflags --libs djson)` against both prefixes, run.
# add_subdirectory     test/consumer with add_subdirectory(<DJSON_SOURCE_DIR>).
# fetchcontent         commit the current sources (uncommitted changes included) to a scratch git repository and
#                      get djson with FetchContent from its file:// URL.
# Any failing step is fatal, which makes ctest report the test as failed.
cmake_minimum_required(VERSION 3.25)

foreach(var MODE DJSON_SOURCE_DIR DJSON_BUILD_DIR LIB_TYPE VERSION WORK_ROOT SETTINGS)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "run.cmake: -D${var}=... is required")
    endif()
endforeach()
set(modes install exports find_package_static find_package_shared pkg_config add_subdirectory fetchcontent)
if(NOT MODE IN_LIST modes)
    message(FATAL_ERROR "run.cmake: MODE must be one of ${modes}, got '${MODE}'")
endif()
include("${SETTINGS}")

set(consumer_src "${CMAKE_CURRENT_LIST_DIR}")
set(work "${WORK_ROOT}/${MODE}")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}")

set(config_args "")
if(NOT "${CONFIG}" STREQUAL "")
    set(config_args --config "${CONFIG}")
endif()

function(run_step what)
    message(STATUS "[consumer_${MODE}] ${what}: ${ARGN}")
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "[consumer_${MODE}] ${what} failed (${rc})")
    endif()
endfunction()

# The toolchain of this build, as an initial cache (an -C file avoids ;-list quoting problems on the command
# line): sanitizer flags in particular must match, since the consumer links libdjson.
set(toolchain_init "")
foreach(var CMAKE_MAKE_PROGRAM CMAKE_CXX_COMPILER CMAKE_CXX_COMPILER_LAUNCHER CMAKE_CXX_FLAGS
            CMAKE_EXE_LINKER_FLAGS CMAKE_SHARED_LINKER_FLAGS CMAKE_TOOLCHAIN_FILE Boost_DIR)
    if(NOT "${FWD_${var}}" STREQUAL "")
        string(APPEND toolchain_init "set(${var} [==[${FWD_${var}}]==] CACHE STRING \"\")\n")
    endif()
endforeach()
if(NOT "${CONFIG}" STREQUAL "")
    string(APPEND toolchain_init "set(CMAKE_BUILD_TYPE ${CONFIG} CACHE STRING \"\")\n")
endif()
set(gen_args -G "${FWD_CMAKE_GENERATOR}")
if(NOT "${FWD_CMAKE_GENERATOR_PLATFORM}" STREQUAL "")
    list(APPEND gen_args -A "${FWD_CMAKE_GENERATOR_PLATFORM}")
endif()
if(NOT "${FWD_CMAKE_GENERATOR_TOOLSET}" STREQUAL "")
    list(APPEND gen_args -T "${FWD_CMAKE_GENERATOR_TOOLSET}")
endif()

# Configures, builds and runs test/consumer with the extra initial cache `init`; checks what it prints.
function(build_and_run_consumer init)
    set(build "${work}/build")
    file(WRITE "${work}/init-cache.cmake" "${toolchain_init}${init}")
    run_step("configure consumer" "${CMAKE_COMMAND}" ${gen_args} -C "${work}/init-cache.cmake"
             -S "${consumer_src}" -B "${build}")
    run_step("build consumer" "${CMAKE_COMMAND}" --build "${build}" ${config_args} -j2)
    set(exe "${build}/bin/djson_consumer${CMAKE_EXECUTABLE_SUFFIX}")
    run_consumer("${exe}")
    set(exe "${exe}" PARENT_SCOPE)
endfunction()

function(run_consumer exe)
    message(STATUS "[consumer_${MODE}] run ${exe}")
    execute_process(COMMAND "${exe}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message("${out}${err}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "[consumer_${MODE}] ${exe} failed (${rc})")
    endif()
    if(NOT out MATCHES "^djson ${VERSION}\n")
        message(FATAL_ERROR "[consumer_${MODE}] expected the first line 'djson ${VERSION}' (DJSON_VERSION_STRING)")
    endif()
endfunction()

set(prefix_static "${WORK_ROOT}/prefix-static")
set(prefix_shared "${WORK_ROOT}/prefix-shared")

if(MODE STREQUAL "install")
    # This build goes to the prefix of its kind; the other kind is built here (the library only) and installed.
    if(LIB_TYPE STREQUAL "SHARED_LIBRARY")
        set(this_prefix "${prefix_shared}")
        set(other_prefix "${prefix_static}")
        set(other_shared OFF)
    else()
        set(this_prefix "${prefix_static}")
        set(other_prefix "${prefix_shared}")
        set(other_shared ON)
    endif()
    file(REMOVE_RECURSE "${prefix_static}" "${prefix_shared}")
    run_step("install this djson build" "${CMAKE_COMMAND}" --install "${DJSON_BUILD_DIR}" --prefix "${this_prefix}"
             ${config_args})
    file(WRITE "${work}/init-cache.cmake" "${toolchain_init}"
         "set(BUILD_SHARED_LIBS ${other_shared} CACHE BOOL \"\")\n"
         "set(DJSON_BUILD_TESTS OFF CACHE BOOL \"\")\n"
         "set(DJSON_BUILD_EXAMPLES OFF CACHE BOOL \"\")\n"
         "set(DJSON_BUILD_BENCH OFF CACHE BOOL \"\")\n")
    run_step("configure djson (BUILD_SHARED_LIBS=${other_shared})" "${CMAKE_COMMAND}" ${gen_args}
             -C "${work}/init-cache.cmake" -S "${DJSON_SOURCE_DIR}" -B "${work}/build")
    run_step("build djson" "${CMAKE_COMMAND}" --build "${work}/build" ${config_args} -j2)
    run_step("install djson" "${CMAKE_COMMAND}" --install "${work}/build" --prefix "${other_prefix}" ${config_args})

elseif(MODE STREQUAL "exports")
    if("${FWD_CMAKE_NM}" STREQUAL "")
        message(FATAL_ERROR "[consumer_${MODE}] no nm (CMAKE_NM) to list the libraries' symbols")
    endif()
    file(GLOB_RECURSE static_lib "${prefix_static}/*/libdjson.a")
    file(GLOB_RECURSE shared_lib "${prefix_shared}/*/libdjson.so")
    if(NOT static_lib OR NOT shared_lib)
        message(FATAL_ERROR "[consumer_${MODE}] libdjson.a or libdjson.so missing: consumer_install must run first")
    endif()
    # Global functions and data the archive defines (template instantiations, weak, are everyone's own copy).
    execute_process(COMMAND "${FWD_CMAKE_NM}" -g --defined-only "${static_lib}" OUTPUT_VARIABLE static_syms
                    RESULT_VARIABLE rc1)
    execute_process(COMMAND "${FWD_CMAKE_NM}" -D --defined-only "${shared_lib}" OUTPUT_VARIABLE shared_syms
                    RESULT_VARIABLE rc2)
    if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
        message(FATAL_ERROR "[consumer_${MODE}] nm failed")
    endif()
    string(REGEX MATCHALL "[0-9a-f]+ [TDBR] [^\n]+" defined "${static_syms}")
    string(REGEX MATCHALL "[0-9a-f]+ [A-Za-z] [^\n]+" exported "${shared_syms}")
    list(TRANSFORM defined REPLACE "^[0-9a-f]+ [A-Za-z] " "")
    list(TRANSFORM exported REPLACE "^[0-9a-f]+ [A-Za-z] " "")
    list(LENGTH defined n_defined)
    set(hidden "")
    foreach(sym IN LISTS defined)
        if(NOT sym IN_LIST exported)
            list(APPEND hidden "${sym}")
        endif()
    endforeach()
    if(hidden)
        list(JOIN hidden "\n  " hidden_text)
        message(FATAL_ERROR "[consumer_${MODE}] defined by libdjson.a but not exported by libdjson.so (declare "
                            "them DJSON_API in include/djson; c++filt demangles):\n  ${hidden_text}")
    endif()
    message(STATUS "[consumer_${MODE}] all ${n_defined} symbols of libdjson.a are exported by libdjson.so")

elseif(MODE MATCHES "^find_package_(static|shared)$")
    set(kind "${CMAKE_MATCH_1}")
    set(prefix "${prefix_${kind}}")
    if(NOT EXISTS "${prefix}")
        message(FATAL_ERROR "[consumer_${MODE}] ${prefix} is missing: consumer_install must run first")
    endif()
    string(TOUPPER "${kind}_LIBRARY" type)
    set(prefix_path "${FWD_CMAKE_PREFIX_PATH}")
    list(PREPEND prefix_path "${prefix}")
    string(CONCAT init
        "set(DJSON_CONSUMER_MODE find_package CACHE STRING \"\")\n"
        "set(CMAKE_PREFIX_PATH [==[${prefix_path}]==] CACHE STRING \"\")\n"
        "set(DJSON_EXPECTED_PREFIX [==[${prefix}]==] CACHE PATH \"\")\n"
        "set(DJSON_EXPECTED_TYPE ${type} CACHE STRING \"\")\n")
    build_and_run_consumer("${init}")
    if(kind STREQUAL "shared")
        # The program must have loaded the installed libdjson.so (through the RPATH CMake gave it).
        file(GET_RUNTIME_DEPENDENCIES EXECUTABLES "${exe}" RESOLVED_DEPENDENCIES_VAR resolved
             UNRESOLVED_DEPENDENCIES_VAR unresolved)
        set(found "")
        foreach(lib IN LISTS resolved)
            if(lib MATCHES "/libdjson\\.so\\.[0-9]+\\.[0-9]+$")
                set(found "${lib}")
            endif()
        endforeach()
        if(found STREQUAL "")
            message(FATAL_ERROR "[consumer_${MODE}] ${exe} does not load libdjson.so (${resolved}; ${unresolved})")
        endif()
        file(REAL_PATH "${found}" found_real)
        file(REAL_PATH "${prefix}" prefix_real)
        string(FIND "${found_real}" "${prefix_real}/" pos)
        if(NOT pos EQUAL 0)
            message(FATAL_ERROR "[consumer_${MODE}] ${exe} loads ${found}, not the one under ${prefix}")
        endif()
        message(STATUS "[consumer_${MODE}] loads ${found}")
    endif()

elseif(MODE STREQUAL "pkg_config")
    if("${PKG_CONFIG}" STREQUAL "")
        message(FATAL_ERROR "run.cmake: -DPKG_CONFIG=... is required for pkg_config")
    endif()
    separate_arguments(cxx_flags UNIX_COMMAND "${FWD_CMAKE_CXX_FLAGS}")
    separate_arguments(ld_flags UNIX_COMMAND "${FWD_CMAKE_EXE_LINKER_FLAGS}")
    foreach(kind static shared)
        set(prefix "${prefix_${kind}}")
        file(GLOB_RECURSE pc_files "${prefix}/*/pkgconfig/djson.pc")
        list(LENGTH pc_files n)
        if(NOT n EQUAL 1)
            message(FATAL_ERROR "[consumer_${MODE}] expected one djson.pc under ${prefix}, found: ${pc_files}")
        endif()
        get_filename_component(pc_dir "${pc_files}" DIRECTORY)
        set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
        execute_process(COMMAND "${PKG_CONFIG}" --cflags --libs djson RESULT_VARIABLE rc OUTPUT_VARIABLE pc_flags
                        OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "[consumer_${MODE}] pkg-config --cflags --libs djson failed (${pc_dir})")
        endif()
        message(STATUS "[consumer_${MODE}] ${kind}: pkg-config --cflags --libs djson: ${pc_flags}")
        separate_arguments(pc_args UNIX_COMMAND "${pc_flags}")
        set(rpath "")
        if(kind STREQUAL "shared")
            # Where the program finds libdjson.so at run time, from the .pc file's own libdir.
            execute_process(COMMAND "${PKG_CONFIG}" --variable=libdir djson OUTPUT_VARIABLE libdir
                            OUTPUT_STRIP_TRAILING_WHITESPACE)
            set(rpath "-Wl,-rpath,${libdir}")
        endif()
        set(exe "${work}/djson_consumer_${kind}${CMAKE_EXECUTABLE_SUFFIX}")
        run_step("compile with pkg-config (${kind})" "${FWD_CMAKE_CXX_COMPILER}" -std=c++20 ${cxx_flags}
                 "${consumer_src}/main.cpp" -o "${exe}" ${pc_args} ${ld_flags} ${rpath})
        run_consumer("${exe}")
    endforeach()

elseif(MODE STREQUAL "add_subdirectory")
    string(CONCAT init
        "set(DJSON_CONSUMER_MODE add_subdirectory CACHE STRING \"\")\n"
        "set(CMAKE_PREFIX_PATH [==[${FWD_CMAKE_PREFIX_PATH}]==] CACHE STRING \"\")\n"
        "set(DJSON_SOURCE_DIR [==[${DJSON_SOURCE_DIR}]==] CACHE PATH \"\")\n")
    build_and_run_consumer("${init}")

elseif(MODE STREQUAL "fetchcontent")
    find_program(GIT git REQUIRED)
    # The files of the current sources: what git tracks or would track (uncommitted changes and new files
    # included, ignored build trees left out), or, outside a git checkout, everything but build/ and .git.
    set(repo "${work}/repo")
    file(MAKE_DIRECTORY "${repo}")
    execute_process(COMMAND "${GIT}" -C "${DJSON_SOURCE_DIR}" rev-parse --show-toplevel
                    RESULT_VARIABLE rc OUTPUT_VARIABLE toplevel OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    set(in_git FALSE)
    if(rc EQUAL 0)
        file(REAL_PATH "${toplevel}" toplevel)
        file(REAL_PATH "${DJSON_SOURCE_DIR}" source_real)
        if(toplevel STREQUAL source_real)
            set(in_git TRUE)
        endif()
    endif()
    if(in_git)
        execute_process(COMMAND "${GIT}" -c core.quotePath=false -C "${DJSON_SOURCE_DIR}"
                                ls-files --cached --others --exclude-standard
                        RESULT_VARIABLE rc OUTPUT_VARIABLE listing)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "[consumer_${MODE}] git ls-files failed")
        endif()
        string(REPLACE "\n" ";" files "${listing}")
        foreach(f IN LISTS files)
            if(NOT f STREQUAL "" AND EXISTS "${DJSON_SOURCE_DIR}/${f}" AND NOT IS_DIRECTORY "${DJSON_SOURCE_DIR}/${f}")
                get_filename_component(dir "${repo}/${f}" DIRECTORY)
                file(MAKE_DIRECTORY "${dir}")
                file(COPY_FILE "${DJSON_SOURCE_DIR}/${f}" "${repo}/${f}")
            endif()
        endforeach()
    else()
        file(COPY "${DJSON_SOURCE_DIR}/" DESTINATION "${repo}" PATTERN "build" EXCLUDE PATTERN ".git" EXCLUDE)
    endif()
    set(git_id -c user.name=djson-consumer-test -c user.email=consumer@djson.invalid -c commit.gpgsign=false)
    run_step("git init" "${GIT}" -C "${repo}" init -q)
    run_step("git add" "${GIT}" -C "${repo}" add -A)
    run_step("git commit" "${GIT}" ${git_id} -C "${repo}" commit -q -m "djson sources under test")
    execute_process(COMMAND "${GIT}" -C "${repo}" rev-parse HEAD OUTPUT_VARIABLE sha
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(CONCAT init
        "set(DJSON_CONSUMER_MODE fetchcontent CACHE STRING \"\")\n"
        "set(CMAKE_PREFIX_PATH [==[${FWD_CMAKE_PREFIX_PATH}]==] CACHE STRING \"\")\n"
        "set(DJSON_GIT_REPOSITORY [==[file://${repo}]==] CACHE STRING \"\")\n"
        "set(DJSON_GIT_TAG ${sha} CACHE STRING \"\")\n")
    build_and_run_consumer("${init}")
endif()
message(STATUS "[consumer_${MODE}] OK")
