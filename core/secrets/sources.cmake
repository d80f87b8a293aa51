target_sources(fleetdeck_core PRIVATE
    secrets/secretstore.h secrets/secretstore.cpp
    secrets/memorysecretstore.h secrets/memorysecretstore.cpp
    secrets/keychainsecretstore.h secrets/keychainsecretstore.cpp
    secrets/environmentfallbacksecretstore.h secrets/environmentfallbacksecretstore.cpp
)
