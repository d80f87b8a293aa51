#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Fleetdeck {

// Leaves a note on an alert for the team ("client told", "waiting for the host"). Hands the note over with
// submitted(); closes only when the caller says the write succeeded.
class AlertNoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertNoteDialog(const QString& alertSummary, QWidget* parent = nullptr);

    [[nodiscard]] QString note() const;
    void showError(const QString& text);
    void setBusy(bool busy);

signals:
    void submitted(const QString& note);

private:
    void submit();

    QPlainTextEdit* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace Fleetdeck
