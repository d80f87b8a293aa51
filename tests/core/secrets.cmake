fleetdeck_add_test(tst_secretstores SOURCES core/tst_secretstores.cpp LABELS unit)
if(FLEETDECK_KEYCHAIN_TESTS)
    fleetdeck_add_test(tst_keychainsecretstore SOURCES core/tst_keychainsecretstore.cpp LABELS keychain TIMEOUT 60)
endif()
