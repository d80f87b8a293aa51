target_sources(fleetdeck_ui PRIVATE
    shell/consolecontext.h
    shell/mainwindow.h shell/mainwindow.cpp
    shell/trayicon.h shell/trayicon.cpp
)
