# tests for core/engine (the alert engine) and what the local cache keeps for it
fleetdeck_add_test(tst_alertengine SOURCES core/tst_alertengine.cpp LABELS unit)
fleetdeck_add_test(tst_alertcache SOURCES core/tst_alertcache.cpp LABELS unit)
fleetdeck_add_test(tst_mrrcalculator SOURCES core/tst_mrrcalculator.cpp LABELS unit)
fleetdeck_add_test(tst_stripedecoder SOURCES core/tst_stripedecoder.cpp LABELS unit)
fleetdeck_add_test(tst_stripeclient SOURCES core/tst_stripeclient.cpp LABELS integration)
