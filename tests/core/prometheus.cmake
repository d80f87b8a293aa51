# Prometheus connector: pure decoders and joins on recorded and hostile bodies; the client over real HTTP
# against the simulator.
fleetdeck_add_test(tst_prometheusdecoder SOURCES core/tst_prometheusdecoder.cpp LABELS unit)
fleetdeck_add_test(tst_prometheushealth SOURCES core/tst_prometheushealth.cpp LABELS unit)
fleetdeck_add_test(tst_prometheusclient SOURCES core/tst_prometheusclient.cpp LABELS integration)
