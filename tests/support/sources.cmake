# Each fixture area lists its own files.
include(${CMAKE_CURRENT_LIST_DIR}/sim_sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/postgres_sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/common_sources.cmake)
