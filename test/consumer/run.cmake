# Driver for the consumer_* ctest tests. Run with `cmake -P`:
#   -DMODE=find_package|add_subdirectory
#   -DDJSON_SOURCE_DIR=<djson source dir>  -DDJSON_BUILD_DIR=<already built djson build dir>
#   -DWORK_DIR=<scratch dir inside the build dir>  -DSETTINGS=<consumer_settings.cmake>
#   -DCONFIG=<build config, may be empty>
# find_package:     cmake --install <build> --prefix <WORK_DIR>/prefix, then configure the
#                   consumer with CMAKE_PREFIX_PATH=<WORK_DIR>/prefix, build (-j2) and run it.
# add_subdirectory: configure the consumer with add_subdirectory(<DJSON_SOURCE_DIR>), build, run.
# Any failing step is fatal, which makes ctest report the test as failed.
cmake_minimum_required(VERSION 3.25)

foreach(var MODE DJSON_SOURCE_DIR DJSON_BUILD_DIR WORK_DIR SETTINGS)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "run.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT MODE MATCHES "^(find_package|add_subdirectory)$")
    message(FATAL_ERROR "run.cmake: MODE must be find_package or add_subdirectory, got '${MODE}'")
endif()
include("${SETTINGS}")

set(consumer_src "${CMAKE_CURRENT_LIST_DIR}")
set(prefix "${WORK_DIR}/prefix")
set(build "${WORK_DIR}/build")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

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

# Initial cache for the consumer (an -C file avoids ;-list quoting problems on the command line).
set(init "")
foreach(var CMAKE_MAKE_PROGRAM CMAKE_CXX_COMPILER CMAKE_CXX_COMPILER_LAUNCHER CMAKE_CXX_FLAGS
            CMAKE_EXE_LINKER_FLAGS CMAKE_TOOLCHAIN_FILE Boost_DIR)
    if(NOT "${FWD_${var}}" STREQUAL "")
        string(APPEND init "set(${var} [==[${FWD_${var}}]==] CACHE STRING \"\")\n")
    endif()
endforeach()
set(prefix_path "${FWD_CMAKE_PREFIX_PATH}")
if(MODE STREQUAL "find_package")
    list(PREPEND prefix_path "${prefix}")
    string(APPEND init "set(DJSON_EXPECTED_PREFIX [==[${prefix}]==] CACHE PATH \"\")\n")
else()
    string(APPEND init "set(DJSON_SOURCE_DIR [==[${DJSON_SOURCE_DIR}]==] CACHE PATH \"\")\n")
endif()
string(APPEND init "set(CMAKE_PREFIX_PATH [==[${prefix_path}]==] CACHE STRING \"\")\n")
string(APPEND init "set(DJSON_CONSUMER_MODE ${MODE} CACHE STRING \"\")\n")
if(NOT "${CONFIG}" STREQUAL "")
    string(APPEND init "set(CMAKE_BUILD_TYPE ${CONFIG} CACHE STRING \"\")\n")
endif()
file(WRITE "${WORK_DIR}/init-cache.cmake" "${init}")

set(gen_args -G "${FWD_CMAKE_GENERATOR}")
if(NOT "${FWD_CMAKE_GENERATOR_PLATFORM}" STREQUAL "")
    list(APPEND gen_args -A "${FWD_CMAKE_GENERATOR_PLATFORM}")
endif()
if(NOT "${FWD_CMAKE_GENERATOR_TOOLSET}" STREQUAL "")
    list(APPEND gen_args -T "${FWD_CMAKE_GENERATOR_TOOLSET}")
endif()

if(MODE STREQUAL "find_package")
    run_step("install djson" "${CMAKE_COMMAND}" --install "${DJSON_BUILD_DIR}" --prefix "${prefix}" ${config_args})
endif()
run_step("configure consumer" "${CMAKE_COMMAND}" ${gen_args} -C "${WORK_DIR}/init-cache.cmake"
         -S "${consumer_src}" -B "${build}")
run_step("build consumer" "${CMAKE_COMMAND}" --build "${build}" ${config_args} -j2)
set(exe_suffix "")
if(CMAKE_HOST_WIN32)
    set(exe_suffix ".exe")
endif()
run_step("run consumer" "${build}/bin/djson_consumer${exe_suffix}")
message(STATUS "[consumer_${MODE}] OK")
