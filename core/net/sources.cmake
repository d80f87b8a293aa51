target_sources(fleetdeck_core PRIVATE
    net/httprequest.h
    net/attemptoutcome.h
    net/http1transport.h net/http1transport.cpp
    net/httpclient.h net/httpclient.cpp
    net/retrypolicy.h net/retrypolicy.cpp
)
