target_sources(fleetdeck_core PRIVATE
    fleet/fleetstate.h fleet/fleetstate.cpp
    fleet/whatsappmonitor.h fleet/whatsappmonitor.cpp
    fleet/whatsapppairing.h fleet/whatsapppairing.cpp
    fleet/revenuereport.h fleet/revenuereport.cpp
    fleet/refreshscheduler.h fleet/refreshscheduler.cpp
    fleet/statusreport.h fleet/statusreport.cpp
    fleet/tenantsnapshot.h fleet/tenantsnapshot.cpp
    fleet/tenantreport.h fleet/tenantreport.cpp
    fleet/platformmonitor.h fleet/platformmonitor.cpp
    fleet/alertservice.h fleet/alertservice.cpp
)
