# Consumer test driver: configures, builds and runs a consumer project from scratch.
#   cmake -DSOURCE_DIR= -DBINARY_DIR= -DGENERATOR= -DMAKE_PROGRAM= -DCXX= -DCXX_FLAGS=
#         -DBUILD_TYPE= [-DINSTALL_FROM=<build dir> -DPREFIX=<dir>] [-DLEIBNIZ_SOURCE_DIR=]
#         -P consumer.cmake
# With INSTALL_FROM, that build is first installed into PREFIX, where the consumer finds it.

# step(<name> <command>...): runs a command and stops with its output if it fails.
function(step name)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output
                    ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(NOTICE "${output}")
        message(FATAL_ERROR "consumer ${name} failed (${result}): ${SOURCE_DIR}")
    endif()
endfunction()

set(config "")
if(BUILD_TYPE)
    set(config --config ${BUILD_TYPE})
endif()

file(REMOVE_RECURSE ${BINARY_DIR})
if(INSTALL_FROM)
    file(REMOVE_RECURSE ${PREFIX})
    step(install ${CMAKE_COMMAND} --install ${INSTALL_FROM} --prefix ${PREFIX} ${config})
endif()
step(configure ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR}
    -DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM} -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_CXX_FLAGS=${CXX_FLAGS}
    -DCMAKE_BUILD_TYPE=${BUILD_TYPE} -DCMAKE_PREFIX_PATH=${PREFIX}
    -DLEIBNIZ_SOURCE_DIR=${LEIBNIZ_SOURCE_DIR})
step(build ${CMAKE_COMMAND} --build ${BINARY_DIR} ${config})

# Single-config generators put the program in BINARY_DIR, multi-config ones in a subdirectory.
set(program ${BINARY_DIR}/consumer)
if(NOT EXISTS ${program})
    set(program ${BINARY_DIR}/${BUILD_TYPE}/consumer)
endif()
step(run ${program})
message(STATUS "consumer built and ran: ${SOURCE_DIR}")
