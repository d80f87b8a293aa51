target_sources(fleetdeck_ui PRIVATE
    dialogs/dialogstyle.h dialogs/dialogstyle.cpp
    dialogs/checkresultlabel.h dialogs/checkresultlabel.cpp
    dialogs/profileeditordialog.h dialogs/profileeditordialog.cpp
    dialogs/preferencesdialog.h dialogs/preferencesdialog.cpp
    dialogs/alertacknowledgedialog.h dialogs/alertacknowledgedialog.cpp
    dialogs/alertnotedialog.h dialogs/alertnotedialog.cpp
    dialogs/alertsilencedialog.h dialogs/alertsilencedialog.cpp
    dialogs/alertrulesdialog.h dialogs/alertrulesdialog.cpp
    dialogs/whatsapppairingdialog.h dialogs/whatsapppairingdialog.cpp
)
