# tests for core/store
# The registry tests are written once (tst_registrysuite.*) and run against both drivers.
fleetdeck_add_test(tst_registry
    SOURCES core/tst_registry.cpp core/tst_registrysuite.h core/tst_registrysuite.cpp
    LABELS unit)
fleetdeck_add_test(tst_localcache SOURCES core/tst_localcache.cpp LABELS unit)
fleetdeck_add_test(tst_tenantimport SOURCES core/tst_tenantimport.cpp LABELS unit)
if(FLEETDECK_POSTGRES_TESTS)
    # Starts a private cluster (tests/support/postgrescluster.*); fails, not skips, without PostgreSQL.
    fleetdeck_add_test(tst_registry_postgres
        SOURCES core/tst_registry_postgres.cpp core/tst_registrysuite.h core/tst_registrysuite.cpp
        LABELS postgres
        TIMEOUT 300)
endif()
fleetdeck_add_test(tst_storeworker SOURCES core/tst_storeworker.cpp LABELS unit)
