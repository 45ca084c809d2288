# Precompiles <djson/djson.hpp> for the compile-fail tests (g++ only), with the flags run.cmake uses, as
# PCH/djson/djson.hpp.gch; run.cmake puts PCH first on the include path. Built from a one-line wrapper so that g++
# does not warn about `#pragma once` in the main file. Run: cmake -DCXX=... -DINCLUDE=... -DPCH=... -P pch.cmake
file(MAKE_DIRECTORY "${PCH}/djson")
file(WRITE "${PCH}/wrapper.hpp" "#include <djson/djson.hpp>\n")
execute_process(COMMAND "${CXX}" -std=c++20 "-I${INCLUDE}" -x c++-header "${PCH}/wrapper.hpp"
                        -o "${PCH}/djson/djson.hpp.gch" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not precompile <djson/djson.hpp>:\n${err}")
endif()
