fleetdeck_add_test(tst_fleetstate SOURCES core/tst_fleetstate.cpp LABELS unit)
fleetdeck_add_test(tst_refreshscheduler SOURCES core/tst_refreshscheduler.cpp LABELS integration)
fleetdeck_add_test(tst_alertservice SOURCES core/tst_alertservice.cpp LABELS integration)
