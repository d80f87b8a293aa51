target_sources(fleetdeck_core PRIVATE
    profile/connectionprofile.h profile/connectionprofile.cpp
    profile/profilestore.h profile/profilestore.cpp
)
