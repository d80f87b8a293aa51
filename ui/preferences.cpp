#include "ui/preferences.h"

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

bool Preferences::notifyOnDown() const
{
    return value("notifyOnDown", true).toBool();
}

void Preferences::setNotifyOnDown(bool on)
{
    setValue("notifyOnDown", on);
}

bool Preferences::notifyOnDegraded() const
{
    return value("notifyOnDegraded", true).toBool();
}

void Preferences::setNotifyOnDegraded(bool on)
{
    setValue("notifyOnDegraded", on);
}

qint64 Preferences::typedConfirmationMinor() const
{
    return value("typedConfirmationMinor", qint64(30000)).toLongLong();
}

void Preferences::setTypedConfirmationMinor(qint64 minor)
{
    setValue("typedConfirmationMinor", minor);
}

} // namespace Fleetdeck
