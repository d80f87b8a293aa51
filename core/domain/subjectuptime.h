#pragma once

#include <QString>

#include <optional>

namespace Fleetdeck {

// Uptime of one subject (a tenant slug or a component id) over the last 24 hours, 7 days and 30 days.
// Counted in samples: up and degraded samples are available, down samples are not, unknown ones do not count.
// Windows are whole clock hours (UTC): "24 hours" is the current hour and the 24 before it.
struct SubjectUptime
{
    struct Window
    {
        qint64 available = 0; // up + degraded samples
        qint64 known = 0; // up + degraded + down samples

        // 0..1; nullopt when nothing was measured.
        [[nodiscard]] std::optional<double> ratio() const
        {
            return known > 0 ? std::optional<double>(double(available) / double(known)) : std::nullopt;
        }
    };

    QString subject;
    Window day;
    Window week;
    Window month;
};

} // namespace Fleetdeck
