#include "ui/preferences.h"

#include "core/logging.h"

#include <QSettings>

namespace Fleetdeck {

Preferences::Preferences(QObject* parent)
    : QObject(parent)
{
}

QVariant Preferences::value(const char* key, const QVariant& fallback) const
{
    return QSettings().value(QStringLiteral("preferences/") + QLatin1String(key), fallback);
}

void Preferences::setValue(const char* key, const QVariant& v)
{
    QSettings settings;
    const QString full = QStringLiteral("preferences/") + QLatin1String(key);
    if (settings.value(full) == v)
        return;
    settings.setValue(full, v);
    emit changed();
}

Theme::Mode Preferences::themeMode() const
{
    return Theme::modeFromName(value("theme", QStringLiteral("system")).toString());
}

void Preferences::setThemeMode(Theme::Mode mode)
{
    setValue("theme", Theme::modeName(mode));
}

QString Preferences::language() const
{
    return value("language", QString()).toString();
}

void Preferences::setLanguage(const QString& code)
{
    setValue("language", code);
}

bool Preferences::closeToTray() const
{
    return value("closeToTray", true).toBool();
}

void Preferences::setCloseToTray(bool on)
{
    setValue("closeToTray", on);
}

bool Preferences::notifySeverity(AlertSeverity severity) const
{
    const QString key = QStringLiteral("preferences/notify/") + alertSeverityName(severity);
    return QSettings().value(key, severity >= AlertSeverity::High).toBool();
}

void Preferences::setNotifySeverity(AlertSeverity severity, bool on)
{
    QSettings settings;
    const QString key = QStringLiteral("preferences/notify/") + alertSeverityName(severity);
    if (settings.contains(key) && settings.value(key).toBool() == on)
        return;
    settings.setValue(key, on);
    emit changed();
}

bool Preferences::QuietHours::contains(const QTime& time) const
{
    if (!enabled || from == to)
        return false;
    if (from < to)
        return time >= from && time < to;
    return time >= from || time < to; // spans midnight
}

Preferences::QuietHours Preferences::quietHours() const
{
    QuietHours q;
    q.enabled = value("quietHours/enabled", false).toBool();
    q.from = QTime::fromString(value("quietHours/from", QStringLiteral("22:00")).toString(), QStringLiteral("HH:mm"));
    q.to = QTime::fromString(value("quietHours/to", QStringLiteral("07:00")).toString(), QStringLiteral("HH:mm"));
    if (!q.from.isValid())
        q.from = QTime(22, 0);
    if (!q.to.isValid())
        q.to = QTime(7, 0);
    q.criticalBreaksThrough = value("quietHours/criticalBreaksThrough", true).toBool();
    return q;
}

void Preferences::setQuietHours(const QuietHours& quiet)
{
    setValue("quietHours/enabled", quiet.enabled);
    setValue("quietHours/from", quiet.from.toString(QStringLiteral("HH:mm")));
    setValue("quietHours/to", quiet.to.toString(QStringLiteral("HH:mm")));
    setValue("quietHours/criticalBreaksThrough", quiet.criticalBreaksThrough);
}

QDateTime Preferences::mutedUntil(const QString& subject) const
{
    const QDateTime until = QSettings().value(QStringLiteral("mutes/") + subject).toDateTime();
    return until.isValid() && until > QDateTime::currentDateTimeUtc() ? until : QDateTime();
}

void Preferences::setMutedUntil(const QString& subject, const QDateTime& until)
{
    QSettings settings;
    const QString key = QStringLiteral("mutes/") + subject;
    if (until.isValid())
        settings.setValue(key, until.toUTC());
    else
        settings.remove(key);
    emit changed();
}

QHash<QString, QDateTime> Preferences::mutes(const QDateTime& now) const
{
    QHash<QString, QDateTime> out;
    QSettings settings;
    settings.beginGroup(QStringLiteral("mutes"));
    for (const QString& subject : settings.childKeys()) {
        const QDateTime until = settings.value(subject).toDateTime();
        if (until.isValid() && until > now)
            out.insert(subject, until);
    }
    return out;
}

qint64 Preferences::typedConfirmationMinor() const
{
    return value("typedConfirmationMinor", qint64(30000)).toLongLong();
}

void Preferences::setTypedConfirmationMinor(qint64 minor)
{
    setValue("typedConfirmationMinor", minor);
}

AlertRuleSet Preferences::alertRules() const
{
    const QVariant stored = value("alertRules", QVariant());
    if (!stored.isValid())
        return AlertRuleSet::defaults();
    const QByteArray json =
        stored.typeId() == QMetaType::QByteArray ? stored.toByteArray() : stored.toString().toUtf8();
    auto parsed = AlertRuleSet::fromJson(json);
    if (!parsed) {
        qCWarning(lcAlerts) << "ignoring the stored alert rules:" << parsed.error();
        return AlertRuleSet::defaults();
    }
    AlertRuleSet rules = *parsed;
    for (const AlertRule& rule : defaultAlertRules()) {
        if (!rules.rule(rule.id))
            rules.setRule(rule);
    }
    return rules;
}

void Preferences::setAlertRules(const AlertRuleSet& rules)
{
    setValue("alertRules", QString::fromUtf8(rules.toJson()));
}

} // namespace Fleetdeck
