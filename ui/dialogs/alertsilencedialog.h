#pragma once

#include <QDateTime>
#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Fleetdeck {

// Quietens an alert for a while: 1 h, 8 h, 24 h or until a chosen time, with a note; an Alertmanager alert
// can be silenced in Alertmanager too. Hands the answer over with submitted(); closes only when the caller
// says the write succeeded.
class AlertSilenceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Preset
    {
        OneHour,
        EightHours,
        OneDay,
        Custom,
    };

    AlertSilenceDialog(
        const QString& alertSummary, bool fromAlertmanager, Preset preset = Preset::OneHour, QWidget* parent = nullptr);

    void setPreset(Preset preset);
    [[nodiscard]] Preset preset() const;
    // When the silence ends (UTC), counted from `now` for the presets.
    [[nodiscard]] QDateTime until(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    void setCustomUntil(const QDateTime& until);
    [[nodiscard]] QString note() const;
    [[nodiscard]] bool pushToAlertmanager() const;
    void showError(const QString& text);
    void setBusy(bool busy);

signals:
    void submitted(const QDateTime& until, const QString& note, bool pushToAlertmanager);

private:
    void submit();

    bool m_fromAlertmanager;
    QButtonGroup* m_presets;
    QDateTimeEdit* m_custom;
    QPlainTextEdit* m_note;
    QCheckBox* m_alertmanager;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace Fleetdeck
