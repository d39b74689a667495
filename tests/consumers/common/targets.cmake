# The consumer programs, linked to whichever way the project got warta (included by each consumer).
set(_common "${CMAKE_CURRENT_LIST_DIR}")
enable_testing()

add_executable(consumer_cpp "${_common}/consumer.cpp")
target_link_libraries(consumer_cpp PRIVATE warta::warta)
target_compile_features(consumer_cpp PRIVATE cxx_std_20)
add_test(NAME consumer_cpp COMMAND consumer_cpp)

add_executable(consumer_c "${_common}/consumer.c")
target_link_libraries(consumer_c PRIVATE warta::warta_c)
add_test(NAME consumer_c COMMAND consumer_c)

add_executable(consumer_c_static "${_common}/consumer.c")
target_link_libraries(consumer_c_static PRIVATE warta::warta_c_static)
add_test(NAME consumer_c_static COMMAND consumer_c_static)
