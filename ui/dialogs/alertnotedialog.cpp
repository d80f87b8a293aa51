#include "ui/dialogs/alertnotedialog.h"

#include "ui/dialogs/dialogstyle.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fleetdeck {

namespace {

// The default button's text is bold (DialogStyle): make room for it, busy text included, so nothing is clipped.
void fitBoldText(QPushButton* button, const QStringList& texts)
{
    QFont bold = button->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString& text : texts)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    button->setMinimumWidth(widest + metrics.averageCharWidth() * 6);
}

// The alert's sentence heads the dialog.
QLabel* summaryLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("alertSummaryLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

} // namespace

AlertNoteDialog::AlertNoteDialog(const QString& alertSummary, QWidget* parent)
    : QDialog(parent)
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("alertNoteDialog"));
    setWindowTitle(tr("Add a note"));
    setStyleSheet(DialogStyle::styleSheet());
    auto* summary = summaryLabel(alertSummary, this);
    auto* hint = DialogStyle::hint(tr("Notes are kept in the registry with your name and the time; everyone who "
                                      "opens this alert reads them."));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("e.g. \"Client told by phone; restart planned at 18:00\""));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 5 + 14);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(DialogStyle::errorText().name()));
    m_error->hide();
    auto* confirm = m_buttons->addButton(tr("Add note"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("addNoteButton"));
    confirm->setDefault(true);
    fitBoldText(confirm, {tr("Add note"), tr("Adding…")});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(summary);
    layout->addWidget(hint);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertNoteDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AlertNoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AlertNoteDialog::submit()
{
    if (note().isEmpty()) {
        showError(tr("Write the note first."));
        return;
    }
    m_error->hide();
    setBusy(true);
    emit submitted(note());
}

void AlertNoteDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    setBusy(false);
}

void AlertNoteDialog::setBusy(bool busy)
{
    auto* button = findChild<QPushButton*>(QStringLiteral("addNoteButton"));
    button->setEnabled(!busy);
    button->setText(busy ? tr("Adding…") : tr("Add note"));
}

} // namespace Fleetdeck
