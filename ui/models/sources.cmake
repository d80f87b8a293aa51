target_sources(fleetdeck_ui PRIVATE
    models/tenanttablemodel.h models/tenanttablemodel.cpp
    models/tenantfilterproxy.h models/tenantfilterproxy.cpp
    models/auditlogmodel.h models/auditlogmodel.cpp
)
