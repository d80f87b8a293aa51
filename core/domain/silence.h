#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Fleetdeck {

// One condition of a silence: name = value, name != value, name =~ regex or name !~ regex.
struct SilenceMatcher
{
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true; // false negates (!= or !~)

    friend bool operator==(const SilenceMatcher&, const SilenceMatcher&) = default;
};

// An Alertmanager silence: alerts whose labels match every matcher are muted between startsAt and endsAt.
struct Silence
{
    enum class State
    {
        Pending, // starts in the future
        Active,
        Expired,
    };

    QString id; // empty for a silence not created yet
    QList<SilenceMatcher> matchers; // at least one
    QDateTime startsAt; // UTC
    QDateTime endsAt;
    QDateTime updatedAt;
    QString createdBy;
    QString comment;
    State state = State::Pending;
};

} // namespace Fleetdeck
