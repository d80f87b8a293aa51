target_sources(fleetdeck_ui PRIVATE
    widgets/kpicard.h widgets/kpicard.cpp
    widgets/sparkline.h widgets/sparkline.cpp
    widgets/healthdelegate.h widgets/healthdelegate.cpp
    widgets/banner.h widgets/banner.cpp
    widgets/statebar.h widgets/statebar.cpp
    widgets/gauge.h widgets/gauge.cpp
    widgets/latencychart.h widgets/latencychart.cpp
    widgets/qrcodeimage.h widgets/qrcodeimage.cpp
)
