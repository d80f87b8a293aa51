# Alertmanager connector: the pure decoder on recorded and hostile bodies; the client over real HTTP against
# the simulator (alerts, groups, the silence lifecycle, every fault).
fleetdeck_add_test(tst_alertmanagerdecoder SOURCES core/tst_alertmanagerdecoder.cpp LABELS unit)
fleetdeck_add_test(tst_alertmanagerclient SOURCES core/tst_alertmanagerclient.cpp LABELS integration)
