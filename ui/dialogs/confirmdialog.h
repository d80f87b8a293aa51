#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Fleetdeck {

// Asks before something hard to undo. With a `typedConfirmation`, the button only works once the
// person has typed that text (the client's name), so a slip of the keyboard cannot remove a big client.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(const QString& title, const QString& message, const QString& confirmText,
        const QString& typedConfirmation = {}, QWidget* parent = nullptr);

    [[nodiscard]] bool canConfirm() const;

private:
    QString m_typed;
    QLineEdit* m_edit = nullptr;
    QPushButton* m_confirm;
};

} // namespace Fleetdeck
