# The in-process simulator fixture and the fleetdeck-sim process helper.
target_sources(fleetdeck_testsupport PRIVATE support/simfixture.h support/simfixture.cpp)
