target_sources(fleetdeck_ui PRIVATE
    models/tenanttablemodel.h models/tenanttablemodel.cpp
    models/tenantfilterproxy.h models/tenantfilterproxy.cpp
    models/auditlogmodel.h models/auditlogmodel.cpp
    models/healthtablemodel.h models/healthtablemodel.cpp
    models/healthfilterproxy.h models/healthfilterproxy.cpp
    models/alerttablemodel.h models/alerttablemodel.cpp
    models/alertfilterproxy.h models/alertfilterproxy.cpp
    models/alerthistorymodel.h models/alerthistorymodel.cpp
    models/whatsapptablemodel.h models/whatsapptablemodel.cpp
    models/whatsappfilterproxy.h models/whatsappfilterproxy.cpp
)
