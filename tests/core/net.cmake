fleetdeck_add_test(tst_httpclient SOURCES core/tst_httpclient.cpp LABELS integration)
fleetdeck_add_test(tst_retrypolicy SOURCES core/tst_retrypolicy.cpp LABELS unit)
