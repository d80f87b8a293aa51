# Evolution API connector: the pure decoder on the documented shapes and hostile bodies; the client, the
# WhatsApp monitor and pairing over real HTTP against the simulator.
fleetdeck_add_test(tst_evolutiondecoder SOURCES core/tst_evolutiondecoder.cpp LABELS unit)
fleetdeck_add_test(tst_whatsappmonitor SOURCES core/tst_whatsappmonitor.cpp LABELS integration)
fleetdeck_add_test(tst_evolutionclient SOURCES core/tst_evolutionclient.cpp LABELS integration)
