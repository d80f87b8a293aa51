#pragma once

#include <QLabel>

namespace Fleetdeck {

// The answer of a "Test" button, next to it: a word that says how it went ("Passed", "Failed", ...) and the
// exact sentence, in the state's colour. Plain text only: server messages are never rendered as markup.
class CheckResultLabel : public QLabel
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Passed,
        Warning, // passed, but something about the setup needs attention
        Failed,
    };
    Q_ENUM(State)

    explicit CheckResultLabel(QWidget* parent = nullptr);

    void clearResult();
    void setRunning();
    void setPassed(const QString& sentence);
    void setWarning(const QString& sentence);
    void setFailed(const QString& sentence);

    [[nodiscard]] State state() const { return m_state; }
    // The sentence without the leading word; empty while idle or running.
    [[nodiscard]] QString sentence() const { return m_sentence; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showState(State state, const QString& sentence);
    void recolour();

    State m_state = State::Idle;
    QString m_sentence;
};

} // namespace Fleetdeck
