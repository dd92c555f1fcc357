# Compile-fail test driver:
#   cmake -DCONFIG=<compile_fail_config.cmake> -DSOURCE=<file.cpp> -P compile_fail.cmake
# CONFIG sets CXX and CXX_FLAGS. The first line of SOURCE is `// expect: <regex>` (CMake regex
# syntax). The test passes only if compiling SOURCE fails and the first 12 lines of the
# compiler's output contain `leibniz:` and match the regex: the diagnostic must be short.
include(${CONFIG})
set(head_lines 12)
set(shown_lines 40)

# first_lines(<out-var> <text> <n>): the first n lines of text.
function(first_lines out text n)
    set(head "")
    foreach(i RANGE 1 ${n})
        string(FIND "${text}" "\n" newline)
        if(newline EQUAL -1)
            string(APPEND head "${text}")
            break()
        endif()
        math(EXPR newline "${newline} + 1")
        string(SUBSTRING "${text}" 0 ${newline} line)
        string(SUBSTRING "${text}" ${newline} -1 text)
        string(APPEND head "${line}")
    endforeach()
    set(${out} "${head}" PARENT_SCOPE)
endfunction()

file(STRINGS ${SOURCE} first_line LIMIT_COUNT 1)
if(NOT first_line MATCHES "^// expect: (.+)$")
    message(FATAL_ERROR "${SOURCE}: the first line must be `// expect: <regex>`")
endif()
string(STRIP "${CMAKE_MATCH_1}" expect)

set(ENV{LC_ALL} C)
execute_process(
    COMMAND ${CXX} ${CXX_FLAGS} -fdiagnostics-color=never -fsyntax-only ${SOURCE}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
first_lines(head "${output}" ${head_lines})
first_lines(shown "${output}" ${shown_lines})

if(result EQUAL 0)
    set(problem "it compiled, but it must not")
elseif(NOT head MATCHES "leibniz:[^:]")
    set(problem "no `leibniz:` message in the first ${head_lines} lines of the compiler output")
elseif(NOT head MATCHES "${expect}")
    set(problem "the first ${head_lines} lines of the compiler output do not match `${expect}`")
else()
    message(STATUS "failed to compile as expected: ${expect}")
    return()
endif()
if(output)
    message(NOTICE "--- first ${shown_lines} lines of the compiler output ---\n${shown}---")
endif()
message(FATAL_ERROR "${SOURCE}: ${problem}")
