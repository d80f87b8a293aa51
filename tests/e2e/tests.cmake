fleetdeck_add_test(tst_cli SOURCES e2e/tst_cli.cpp LABELS integration TIMEOUT 300)
add_dependencies(tst_cli fleetdeck fleetdeck-sim)
