#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Fleetdeck {

// A one-line message above a panel: what is wrong, and (optionally) a button for what to do.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Warning,
        Error,
    };
    explicit Banner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text, const QString& actionText = {});
    [[nodiscard]] QString text() const;

signals:
    void actionTriggered();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
};

} // namespace Fleetdeck
