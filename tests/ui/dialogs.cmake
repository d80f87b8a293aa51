# The profile editor and preferences dialogs, driven like a person would (offscreen).

fleetdeck_add_test(tst_profileeditordialog SOURCES ui/tst_profileeditordialog.cpp LIBS fleetdeck_ui LABELS widget)
fleetdeck_add_test(tst_preferencesdialog SOURCES ui/tst_preferencesdialog.cpp LIBS fleetdeck_ui LABELS widget)
fleetdeck_add_test(tst_alertrulesdialog SOURCES ui/tst_alertrulesdialog.cpp LIBS fleetdeck_ui LABELS widget)
