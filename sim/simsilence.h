#pragma once

#include "sim/simlabels.h"

#include <QRegularExpression>
#include <QString>

#include <vector>

namespace Fleetdeck::Sim {

// One Alertmanager silence held by the simulator.
struct SimSilence
{
    struct Matcher
    {
        QString name;
        QString value;
        bool isRegex = false;
        bool isEqual = true;
        QRegularExpression regex; // anchored, isRegex only

        // Alertmanager's rule: a missing label has the value "".
        [[nodiscard]] bool matches(const SimLabels& labels) const
        {
            const QString actual = labels.value(name);
            const bool hit = isRegex ? regex.match(actual).hasMatch() : actual == value;
            return isEqual ? hit : !hit;
        }
    };

    QString id; // a UUID
    std::vector<Matcher> matchers;
    qint64 startsAtMs = 0; // simulated time
    qint64 endsAtMs = 0;
    qint64 updatedAtMs = 0;
    QString createdBy;
    QString comment;

    // "pending", "active" or "expired" at `nowMs`.
    [[nodiscard]] QString state(qint64 nowMs) const
    {
        if (nowMs < startsAtMs)
            return QStringLiteral("pending");
        return nowMs < endsAtMs ? QStringLiteral("active") : QStringLiteral("expired");
    }
    [[nodiscard]] bool isActive(qint64 nowMs) const { return nowMs >= startsAtMs && nowMs < endsAtMs; }
    [[nodiscard]] bool matches(const SimLabels& labels) const
    {
        for (const Matcher& matcher : matchers) {
            if (!matcher.matches(labels))
                return false;
        }
        return !matchers.empty();
    }
};

} // namespace Fleetdeck::Sim
