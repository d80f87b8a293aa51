# Connector checks over real HTTP against the in-process simulator.
fleetdeck_add_test(tst_upstreamcheck SOURCES core/tst_upstreamcheck.cpp LABELS integration)
