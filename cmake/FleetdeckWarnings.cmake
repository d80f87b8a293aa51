# Warnings for every target of ours. CI adds -Werror through CMAKE_CXX_FLAGS.
add_library(fleetdeck_warnings INTERFACE)
target_compile_options(fleetdeck_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
