#pragma once

#include <QString>

namespace Fleetdeck {

// A price on the platform's plan list (not billing data: Stripe has the truth when configured).
struct Plan
{
    QString code; // "starter", "growth", ...
    QString name;
    qint64 amountMinor = 0; // integer minor units of `currency`
    QString currency = QStringLiteral("usd");
    QString interval = QStringLiteral("month"); // day, week, month, year
    int intervalCount = 1;
};

} // namespace Fleetdeck
