#include "ui/dialogs/checkresultlabel.h"

#include "ui/theme.h"

#include <QEvent>

namespace Fleetdeck {

namespace {

// Text colours with enough contrast on both themes' backgrounds.
QColor stateTextColour(CheckResultLabel::State state)
{
    const bool dark = Theme::isDark();
    switch (state) {
    case CheckResultLabel::State::Passed:
        return dark ? QColor(0x4A, 0xDE, 0x80) : QColor(0x15, 0x80, 0x3D);
    case CheckResultLabel::State::Warning:
        return dark ? QColor(0xFB, 0xBF, 0x24) : QColor(0xB4, 0x53, 0x09);
    case CheckResultLabel::State::Failed:
        return dark ? QColor(0xF8, 0x71, 0x71) : QColor(0xB9, 0x1C, 0x1C);
    case CheckResultLabel::State::Idle:
    case CheckResultLabel::State::Running:
        break;
    }
    return Theme::mutedText();
}

} // namespace

CheckResultLabel::CheckResultLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    clearResult();
}

void CheckResultLabel::clearResult()
{
    showState(State::Idle, {});
}

void CheckResultLabel::setRunning()
{
    showState(State::Running, {});
}

void CheckResultLabel::setPassed(const QString& sentence)
{
    showState(State::Passed, sentence);
}

void CheckResultLabel::setWarning(const QString& sentence)
{
    showState(State::Warning, sentence);
}

void CheckResultLabel::setFailed(const QString& sentence)
{
    showState(State::Failed, sentence);
}

void CheckResultLabel::showState(State state, const QString& sentence)
{
    m_state = state;
    m_sentence = sentence;
    switch (state) {
    case State::Idle:
        setText(QString());
        break;
    case State::Running:
        setText(tr("Waiting for the answer…"));
        break;
    case State::Passed:
        setText(tr("Passed: %1").arg(sentence));
        break;
    case State::Warning:
        setText(tr("Passed with a warning: %1").arg(sentence));
        break;
    case State::Failed:
        setText(tr("Failed: %1").arg(sentence));
        break;
    }
    setProperty("checkState", QVariant::fromValue(state));
    recolour();
}

void CheckResultLabel::recolour()
{
    setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(stateTextColour(m_state).name()));
}

void CheckResultLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // The theme changed (Preferences applies it live): pick the colour for the new background.
    if (event->type() == QEvent::PaletteChange && property("recolouring").toBool() == false) {
        setProperty("recolouring", true);
        recolour();
        setProperty("recolouring", false);
    }
}

} // namespace Fleetdeck
