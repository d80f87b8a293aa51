#pragma once

#include "core/domain/alertseverity.h"
#include "ui/theme.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace Fleetdeck {

class Preferences;

// The window's preferences over Preferences: theme (applied live while the dialog is open; Cancel puts the
// previous one back), language (applies at the next start), tray and notification behaviour, and the plan
// price from which suspending or removing a client requires typing its name. OK stores, Cancel stores nothing.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Preferences& preferences, QWidget* parent = nullptr);

    // The currency the typed-confirmation price is shown in (ISO code, e.g. "USD", "EUR", "JPY"); default USD.
    void setCurrency(const QString& isoCode);
    [[nodiscard]] QString currency() const { return m_currency; }

    // Digits after the decimal point of a currency's minor unit (2 for most, 0 for JPY, 3 for KWD, ...).
    static int minorUnitDigits(const QString& isoCode);

public slots:
    void accept() override;
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadFromPreferences();
    [[nodiscard]] Theme::Mode selectedTheme() const;
    void updatePriceField(qint64 minor);
    [[nodiscard]] qint64 priceMinor() const;

    Preferences& m_preferences;
    Theme::Mode m_themeAtOpen = Theme::Mode::System;
    QString m_currency = QStringLiteral("USD");

    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QCheckBox* m_closeToTray = nullptr;
    QCheckBox* m_notify[kAlertSeverityCount] = {};
    QCheckBox* m_quiet = nullptr;
    QTimeEdit* m_quietFrom = nullptr;
    QTimeEdit* m_quietTo = nullptr;
    QCheckBox* m_quietCritical = nullptr;
    QListWidget* m_mutes = nullptr;
    QPushButton* m_unmute = nullptr;
    QStringList m_unmuted; // subjects unmuted in this dialog, applied on OK
    QDoubleSpinBox* m_price = nullptr;
    QLabel* m_priceUnit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Fleetdeck
