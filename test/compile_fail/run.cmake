# Compile-fail test (as {fmt} does): the file must compile without DJSON_COMPILE_FAIL, and must fail with it,
# with the message named on its "// expect:" line.
# Run: cmake -DCXX=... -DINCLUDE=... [-DPCH=...] -DSOURCE=... -P run.cmake
file(STRINGS "${SOURCE}" expect_line REGEX "^// expect: ")
string(REGEX REPLACE "^// expect: " "" expect "${expect_line}")
set(flags -std=c++20 -fsyntax-only "-I${INCLUDE}")
if(PCH)  # the precompiled <djson/djson.hpp> of pch.cmake, found before the real one
    set(flags -std=c++20 -fsyntax-only "-I${PCH}" "-I${INCLUDE}")
endif()
execute_process(COMMAND "${CXX}" ${flags} "${SOURCE}" RESULT_VARIABLE ok_rc ERROR_VARIABLE ok_err)
if(NOT ok_rc EQUAL 0)
    message(FATAL_ERROR "the twin that must compile did not:\n${ok_err}")
endif()
execute_process(COMMAND "${CXX}" ${flags} -DDJSON_COMPILE_FAIL "${SOURCE}" RESULT_VARIABLE bad_rc
                ERROR_VARIABLE bad_err)
if(bad_rc EQUAL 0)
    message(FATAL_ERROR "compiled, but must fail with: ${expect}")
endif()
string(FIND "${bad_err}" "${expect}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "failed, but without the message '${expect}':\n${bad_err}")
endif()
message(STATUS "fails as expected: ${expect}")
