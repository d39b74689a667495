# The fuzz harnesses, defined once for two builds:
#   fuzzer  libFuzzer executables (clang, -fsanitize=fuzzer), from fuzz/CMakeLists.txt;
#   replay  the same harnesses with fuzz/replay_main.cpp and any compiler, registered with ctest to
#           replay the seed corpora in fuzz/corpus/<harness>/ (from fuzz/replay.cmake).
# A harness is defined only when the code it drives is part of the build.
include_guard(GLOBAL)
set(WARTA_FUZZ_DIR "${CMAKE_CURRENT_LIST_DIR}")

function(_warta_fuzz_harness mode name source library)
  if(mode STREQUAL "fuzzer")
    set(target warta_fuzz_${name})
    add_executable(${target} "${WARTA_FUZZ_DIR}/${source}")
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
    set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/fuzz")
  else()
    set(target warta_replay_${name})
    add_executable(${target} "${WARTA_FUZZ_DIR}/${source}" "${WARTA_FUZZ_DIR}/replay_main.cpp")
    # Every harness also replays its own corpus plus any extra directories given after `library`.
    set(corpora "${WARTA_FUZZ_DIR}/corpus/${name}")
    foreach(extra IN LISTS ARGN)
      list(APPEND corpora "${WARTA_FUZZ_DIR}/corpus/${extra}")
    endforeach()
    add_test(NAME fuzz_replay_${name} COMMAND ${target} ${corpora})
  endif()
  target_link_libraries(${target} PRIVATE warta_fuzz_support_${mode} ${library})
  target_include_directories(${target} PRIVATE "${WARTA_FUZZ_DIR}" "${PROJECT_SOURCE_DIR}/lib")
  target_compile_features(${target} PRIVATE cxx_std_20)
  warta_target_warnings(${target})
endfunction()

function(warta_fuzz_add_harnesses mode)
  add_library(warta_fuzz_support_${mode} STATIC
    "${WARTA_FUZZ_DIR}/json_check.cpp"
    "${WARTA_FUZZ_DIR}/fuzz_case.cpp"
    "${WARTA_FUZZ_DIR}/result_checks.cpp")
  target_link_libraries(warta_fuzz_support_${mode} PUBLIC warta::warta)
  target_include_directories(warta_fuzz_support_${mode} PUBLIC "${WARTA_FUZZ_DIR}")
  target_compile_features(warta_fuzz_support_${mode} PUBLIC cxx_std_20)
  warta_target_warnings(warta_fuzz_support_${mode})

  _warta_fuzz_harness(${mode} extract extract_fuzzer.cpp warta::warta)
  if(TARGET warta_c_static)
    # The C harness reads the same byte layout, so it replays the extract seeds too.
    _warta_fuzz_harness(${mode} capi capi_fuzzer.cpp warta::warta_c_static extract)
  endif()
  if(EXISTS "${PROJECT_SOURCE_DIR}/include/warta/jsonl.hpp")
    _warta_fuzz_harness(${mode} jsonl jsonl_fuzzer.cpp warta::warta)
  endif()
endfunction()
