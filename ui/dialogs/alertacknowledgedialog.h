#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Fleetdeck {

// Takes ownership of an alert: who handles it (the person at this console by default) and a note for the
// team. Hands the answer over with submitted(); closes only when the caller says the write succeeded.
class AlertAcknowledgeDialog : public QDialog
{
    Q_OBJECT
public:
    AlertAcknowledgeDialog(const QString& alertSummary, const QString& defaultOwner, QWidget* parent = nullptr);

    [[nodiscard]] QString owner() const;
    [[nodiscard]] QString note() const;
    void showError(const QString& text);
    void setBusy(bool busy);

signals:
    void submitted(const QString& owner, const QString& note);

private:
    void submit();

    QLineEdit* m_owner;
    QPlainTextEdit* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace Fleetdeck
