# Dialogs of the client list (the profile and preference dialogs are listed in sources.cmake).
target_sources(fleetdeck_ui PRIVATE
    dialogs/tenanteditordialog.h dialogs/tenanteditordialog.cpp
    dialogs/confirmdialog.h dialogs/confirmdialog.cpp
    dialogs/importdialog.h dialogs/importdialog.cpp
    dialogs/commandpalette.h dialogs/commandpalette.cpp
)
