#pragma once

#include "core/domain/healthsample.h"

#include <QColor>
#include <QString>

namespace Fleetdeck {

// The console's look: a dark theme with the platform's cyan accent and a light one, on Fusion so it
// looks the same on every desktop. States always come as a word and a colour, never colour alone.
class Theme
{
public:
    enum class Mode
    {
        System,
        Light,
        Dark,
    };

    // Call once before any window exists: remembers whether the desktop itself is dark.
    static void captureSystemPreference();
    static void apply(Mode mode);
    [[nodiscard]] static bool isDark();
    [[nodiscard]] static Mode mode();

    static QString modeName(Mode mode); // "system", "light", "dark"
    static Mode modeFromName(const QString& name);

    [[nodiscard]] static QColor accent();
    [[nodiscard]] static QColor stateColor(HealthState state);
    [[nodiscard]] static QColor mutedText();
    [[nodiscard]] static QColor cardBackground();
    [[nodiscard]] static QColor border();
    [[nodiscard]] static QColor warning();
    [[nodiscard]] static QColor danger();
};

} // namespace Fleetdeck
