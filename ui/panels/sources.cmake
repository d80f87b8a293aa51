target_sources(fleetdeck_ui PRIVATE
    panels/tenantspanel.h panels/tenantspanel.cpp
    panels/overviewpanel.h panels/overviewpanel.cpp
    panels/auditpanel.h panels/auditpanel.cpp
    panels/healthpanel.h panels/healthpanel.cpp
    panels/alertspanel.h panels/alertspanel.cpp
    panels/whatsapppanel.h panels/whatsapppanel.cpp
)
