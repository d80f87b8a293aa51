# The window, driven like a person would, on the real composition root (demo simulator in-process).
fleetdeck_add_test(tst_mainwindow SOURCES ui/tst_mainwindow.cpp LIBS fleetdeck_app fleetdeck_ui LABELS widget TIMEOUT 300)
fleetdeck_add_test(tst_alertspanel SOURCES ui/tst_alertspanel.cpp LIBS fleetdeck_app fleetdeck_ui LABELS widget TIMEOUT 300)
fleetdeck_add_test(tst_healthpanel SOURCES ui/tst_healthpanel.cpp LIBS fleetdeck_app fleetdeck_ui LABELS widget TIMEOUT 300)
fleetdeck_add_test(tst_tenanttablemodel SOURCES ui/tst_tenanttablemodel.cpp LIBS fleetdeck_ui LABELS unit)
fleetdeck_add_test(tst_trayicon SOURCES ui/tst_trayicon.cpp LIBS fleetdeck_ui LABELS widget)
fleetdeck_add_test(tst_translations SOURCES ui/tst_translations.cpp LIBS fleetdeck_ui LABELS unit)
fleetdeck_add_test(tst_whatsapppanel SOURCES ui/tst_whatsapppanel.cpp LIBS fleetdeck_app fleetdeck_ui LABELS widget TIMEOUT 300)
