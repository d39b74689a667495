# Warning flags for warta's own targets only (never added globally).
include_guard(GLOBAL)
function(warta_target_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wno-missing-field-initializers)
  endif()
endfunction()
