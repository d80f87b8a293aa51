#pragma once

#include "ui/theme.h"

#include <QObject>
#include <QString>

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

    [[nodiscard]] bool notifyOnDown() const;
    void setNotifyOnDown(bool on);
    [[nodiscard]] bool notifyOnDegraded() const;
    void setNotifyOnDegraded(bool on);

    // Suspending or removing a client whose plan costs at least this much (minor units per month)
    // requires typing the client's name. Default 30000 (e.g. 300.00 USD).
    [[nodiscard]] qint64 typedConfirmationMinor() const;
    void setTypedConfirmationMinor(qint64 minor);

signals:
    void changed();

private:
    QVariant value(const char* key, const QVariant& fallback) const;
    void setValue(const char* key, const QVariant& value);
};

} // namespace Fleetdeck
