# Configures, builds and tests one consumer project.
# cmake -DSOURCE=<dir> -DBINARY=<dir> -DGENERATOR=<gen> -DCC=<cc> -DCXX=<c++>
#       [-DPREFIX_PATH=<installed warta>] [-DWARTA_SOURCE_DIR=<warta source>] -P run_consumer.cmake
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${what} failed (${status})")
  endif()
endfunction()

set(args "-DCMAKE_C_COMPILER=${CC}" "-DCMAKE_CXX_COMPILER=${CXX}")
if(PREFIX_PATH)
  list(APPEND args "-DCMAKE_PREFIX_PATH=${PREFIX_PATH}")
endif()
if(WARTA_SOURCE_DIR)
  list(APPEND args "-DWARTA_SOURCE_DIR=${WARTA_SOURCE_DIR}")
endif()
# Lean: Release, none of warta's tests/tools/examples inside, two jobs.
run("configure ${SOURCE}" "${CMAKE_COMMAND}" -S "${SOURCE}" -B "${BINARY}" -G "${GENERATOR}"
    -DCMAKE_BUILD_TYPE=Release -DWARTA_BUILD_TESTS=OFF -DWARTA_BUILD_TOOLS=OFF -DWARTA_BUILD_EXAMPLES=OFF
    ${args})
run("build ${BINARY}" "${CMAKE_COMMAND}" --build "${BINARY}" --parallel 2)
run("tests of ${BINARY}" "${CMAKE_CTEST_COMMAND}" --test-dir "${BINARY}" --output-on-failure)
