# The private PostgreSQL cluster fixture (tests labelled "postgres").
target_sources(fleetdeck_testsupport PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/postgrescluster.h
    ${CMAKE_CURRENT_LIST_DIR}/postgrescluster.cpp
)
