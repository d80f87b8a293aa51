#pragma once

#include "core/domain/alertseverity.h"
#include "core/engine/alertruleset.h"
#include "ui/theme.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTime>

class QSettings;

namespace Fleetdeck {

// The user's choices for the window, in QSettings ("preferences/..."). Emits changed() on every set.
class Preferences : public QObject
{
    Q_OBJECT
public:
    explicit Preferences(QObject* parent = nullptr);

    [[nodiscard]] Theme::Mode themeMode() const;
    void setThemeMode(Theme::Mode mode);

    // "" = follow the system locale; otherwise "de", "es", "pt_BR", "en".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& code);

    // Closing the window keeps Fleetdeck in the tray (default) instead of quitting.
    [[nodiscard]] bool closeToTray() const;
    void setCloseToTray(bool on);

    // Which new firing alerts raise a desktop notification (default: critical and high).
    [[nodiscard]] bool notifySeverity(AlertSeverity severity) const;
    void setNotifySeverity(AlertSeverity severity, bool on);

    // No notifications between `from` and `to` (local time; may span midnight), except critical alerts when
    // `criticalBreaksThrough`. Off by default.
    struct QuietHours
    {
        bool enabled = false;
        QTime from = QTime(22, 0);
        QTime to = QTime(7, 0);
        bool criticalBreaksThrough = true;
        [[nodiscard]] bool contains(const QTime& time) const;
    };
    [[nodiscard]] QuietHours quietHours() const;
    void setQuietHours(const QuietHours& quiet);

    // A client (or component) muted until a time: no notifications about it until then. Invalid = not muted.
    [[nodiscard]] QDateTime mutedUntil(const QString& subject) const;
    void setMutedUntil(const QString& subject, const QDateTime& until);
    // Every mute that has not expired at `now`, by subject.
    [[nodiscard]] QHash<QString, QDateTime> mutes(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // Suspending or removing a client whose plan costs at least this much (minor units per month)
    // requires typing the client's name. Default 30000 (e.g. 300.00 USD).
    [[nodiscard]] qint64 typedConfirmationMinor() const;
    void setTypedConfirmationMinor(qint64 minor);

    // The alert rules and their per-client overrides (AlertRuleSet::toJson). Defaults when nothing is stored or
    // the stored value cannot be read; rules added to the defaults since it was stored are added to it.
    [[nodiscard]] AlertRuleSet alertRules() const;
    void setAlertRules(const AlertRuleSet& rules);

signals:
    void changed();

private:
    QVariant value(const char* key, const QVariant& fallback) const;
    void setValue(const char* key, const QVariant& value);
};

} // namespace Fleetdeck
