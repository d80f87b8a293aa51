# core/engine: the alert engine (pure logic), its rules and the sentences people read.
target_sources(fleetdeck_core PRIVATE
    engine/alertnames.h
    engine/alertrule.h engine/alertrule.cpp
    engine/alertruleset.h engine/alertruleset.cpp
    engine/observation.h
    engine/evaluationinput.h
    engine/alertevent.h engine/alertevent.cpp
    engine/alertevaluation.h
    engine/alertsummary.h engine/alertsummary.cpp
    engine/alertengine.h engine/alertengine.cpp
    engine/observationbuilder.h engine/observationbuilder.cpp
    engine/mrrcalculator.h engine/mrrcalculator.cpp
)
# Value types the alert issue added to core/domain (listed here so the domain list stays as it was).
target_sources(fleetdeck_core PRIVATE
    domain/money.h domain/money.cpp
    domain/alertseverity.h domain/alertseverity.cpp
    domain/alert.h domain/alert.cpp
    domain/alertannotation.h
    domain/alertnote.h
    domain/alerthistoryentry.h
    domain/healthrollup.h
    domain/subjectuptime.h
)
