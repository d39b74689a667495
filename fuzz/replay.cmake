# Included from tests/CMakeLists.txt: builds every fuzz harness with replay_main.cpp and the normal
# compiler, and adds one ctest per harness (fuzz_replay_<harness>) that replays its seed corpus.
include("${CMAKE_CURRENT_LIST_DIR}/harnesses.cmake")
warta_fuzz_add_harnesses(replay)
