# djson_jsonschema_test(NAME <name> SCRIPT <script.py> [ARGS ...]): a ctest test that runs a Python script needing
# `import jsonschema`, with the first interpreter that can: Debian's /usr/bin/python3 (python3-jsonschema), then the
# one find_package(Python3) finds. When none can, the test still exists and fails, saying what to install (not a
# silent skip). Used by schema_agreement (test/) and sailpoint_mutation (examples/sailpoint/).
function(djson_jsonschema_test)
    cmake_parse_arguments(arg "" "NAME;SCRIPT" "ARGS" ${ARGN})
    find_package(Python3 COMPONENTS Interpreter)
    set(python "")
    foreach(py IN ITEMS /usr/bin/python3 "${Python3_EXECUTABLE}")
        if(py AND EXISTS "${py}")
            execute_process(COMMAND "${py}" -c "import jsonschema" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
            if(rc EQUAL 0)
                set(python "${py}")
                break()
            endif()
        endif()
    endforeach()
    if(python)
        add_test(NAME ${arg_NAME} COMMAND "${python}" "${arg_SCRIPT}" ${arg_ARGS})
    else()
        set(missing "${CMAKE_CURRENT_BINARY_DIR}/${arg_NAME}_missing_python.cmake")
        file(WRITE "${missing}" "message(FATAL_ERROR \"${arg_NAME}: no Python 3 that can import jsonschema \
(tried /usr/bin/python3 and '${Python3_EXECUTABLE}'): install python3-jsonschema \
(apt-get install python3-jsonschema) and re-run cmake\")\n")
        add_test(NAME ${arg_NAME} COMMAND "${CMAKE_COMMAND}" -P "${missing}")
    endif()
endfunction()
