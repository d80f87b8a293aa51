target_sources(fleetdeck_core PRIVATE
    store/storeerror.h store/storeerror.cpp
    store/registryconnection.h store/registryconnection.cpp
    store/database.h store/database.cpp
    store/recordvalidator.h store/recordvalidator.cpp
    store/registry.h store/registry.cpp
    store/localcache.h store/localcache.cpp
    store/tenantimport.h store/tenantimport.cpp
    store/storeworker.h store/storeworker.cpp
)
