#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Fleetdeck {

// What the team said about one alert, kept in the registry so every console sees it: it is acknowledged
// (someone owns it) or silenced until a time. At most one per alert id; notes are AlertNote.
struct AlertAnnotation
{
    enum class State
    {
        Acknowledged,
        Silenced,
    };

    QString alertId; // Alert::id
    State state = State::Acknowledged;
    QString owner; // who handles it
    QString note; // free text for the team
    QDateTime silencedUntil; // valid for a silence
    QString updatedBy; // the console user who wrote it
    QDateTime updatedAt;

    // A silence quietens the alert until it expires; an expired one is kept but does nothing.
    [[nodiscard]] bool silencesAt(const QDateTime& now) const
    {
        return state == State::Silenced && silencedUntil.isValid() && now < silencedUntil;
    }
};

// Stable names for the database: "acknowledged", "silenced".
inline QString alertAnnotationStateName(AlertAnnotation::State state)
{
    return state == AlertAnnotation::State::Silenced ? QStringLiteral("silenced") : QStringLiteral("acknowledged");
}
inline std::optional<AlertAnnotation::State> alertAnnotationStateFromName(const QString& name)
{
    if (name == QLatin1String("acknowledged"))
        return AlertAnnotation::State::Acknowledged;
    if (name == QLatin1String("silenced"))
        return AlertAnnotation::State::Silenced;
    return std::nullopt;
}

} // namespace Fleetdeck
