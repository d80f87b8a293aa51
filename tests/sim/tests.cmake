# Tests of the simulated platform (sim/). All run over real HTTP on 127.0.0.1 except tst_simfleet.
fleetdeck_add_test(tst_simfleet SOURCES sim/tst_simfleet.cpp LABELS unit)
fleetdeck_add_test(tst_simfaults SOURCES sim/tst_simfaults.cpp sim/httpprobe.h LABELS integration)
fleetdeck_add_test(tst_simulator SOURCES sim/tst_simulator.cpp sim/httpprobe.h LABELS integration)
fleetdeck_add_test(tst_simtls SOURCES sim/tst_simtls.cpp sim/httpprobe.h LABELS integration)
fleetdeck_add_test(tst_simprocess SOURCES sim/tst_simprocess.cpp sim/httpprobe.h LABELS integration)
add_dependencies(tst_simprocess fleetdeck-sim)
# The simulated monitoring stack: the PromQL subset (unit), Prometheus' and Alertmanager's APIs over HTTP.
fleetdeck_add_test(tst_simpromql SOURCES sim/tst_simpromql.cpp LABELS unit)
fleetdeck_add_test(tst_simprometheus SOURCES sim/tst_simprometheus.cpp sim/httpprobe.h LABELS integration)
fleetdeck_add_test(tst_simalertmanager SOURCES sim/tst_simalertmanager.cpp sim/httpprobe.h LABELS integration)
# The simulated Evolution API (WhatsApp instances, pairing sessions, QR PNGs checked with zbarimg when installed).
fleetdeck_add_test(tst_simevolution SOURCES sim/tst_simevolution.cpp sim/httpprobe.h LIBS Qt6::Gui LABELS integration)
# The simulated Stripe API (the seeded book of business the revenue panel reads).
fleetdeck_add_test(tst_simstripe SOURCES sim/tst_simstripe.cpp sim/httpprobe.h LABELS integration)
