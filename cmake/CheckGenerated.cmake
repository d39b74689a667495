# ctest helper: runs a generator (CMD, a ;-list) into OUT and fails unless OUT equals COMMITTED.
execute_process(COMMAND ${CMD} OUTPUT_FILE "${OUT}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "generator failed (${rc}): ${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${OUT}" "${COMMITTED}" RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${COMMITTED} is out of date with its generator; rebuild target regenerate-<name> "
                      "and commit the result (fresh output: ${OUT})")
endif()
