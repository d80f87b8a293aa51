target_sources(fleetdeck_core PRIVATE
    connectors/probe/healthprobe.h connectors/probe/healthprobe.cpp
    connectors/upstreamcheck.h connectors/upstreamcheck.cpp
)
