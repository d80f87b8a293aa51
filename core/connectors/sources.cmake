target_sources(fleetdeck_core PRIVATE
    connectors/probe/healthprobe.h connectors/probe/healthprobe.cpp
    connectors/upstreamcheck.h connectors/upstreamcheck.cpp
    connectors/connectorsupport.h
    connectors/prometheus/prometheusanswer.h
    connectors/prometheus/prometheusdecoder.h connectors/prometheus/prometheusdecoder.cpp
    connectors/prometheus/metrictenantmap.h connectors/prometheus/metrictenantmap.cpp
    connectors/prometheus/prometheushealth.h connectors/prometheus/prometheushealth.cpp
    connectors/prometheus/prometheusclient.h connectors/prometheus/prometheusclient.cpp
    connectors/alertmanager/alertmanagerstatus.h
    connectors/alertmanager/alertmanagerdecoder.h connectors/alertmanager/alertmanagerdecoder.cpp
    connectors/alertmanager/alertmanagerclient.h connectors/alertmanager/alertmanagerclient.cpp
    connectors/evolution/evolutiondecoder.h connectors/evolution/evolutiondecoder.cpp
    connectors/evolution/evolutionclient.h connectors/evolution/evolutionclient.cpp
    domain/whatsappinstance.h domain/whatsappinstance.cpp
    domain/subscription.h domain/subscription.cpp
    connectors/stripe/stripedecoder.h connectors/stripe/stripedecoder.cpp
    connectors/stripe/stripeclient.h connectors/stripe/stripeclient.cpp
    # Domain types of the Prometheus stack (header-only).
    domain/metricsample.h domain/metricseries.h domain/scrapetarget.h domain/rulealert.h domain/alertingrule.h
    domain/targetup.h domain/probeobservation.h domain/filesystemusage.h domain/databaseserverstatus.h
    domain/backupstatus.h domain/externalalert.h domain/alertgroup.h domain/silence.h
)
