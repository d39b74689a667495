# Installs a built warta tree into an empty staging prefix (both install components).
# cmake -DBUILD_DIR=<build> -DPREFIX=<stage> [-DCONFIG=<cfg>] -P stage_install.cmake
file(REMOVE_RECURSE "${PREFIX}")
foreach(component warta_runtime warta_development)
  execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" --component ${component}
                          --config "${CONFIG}"
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "installing ${component} failed")
  endif()
endforeach()
