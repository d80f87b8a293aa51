#include "ui/dialogs/alertacknowledgedialog.h"

#include "ui/dialogs/dialogstyle.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
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

AlertAcknowledgeDialog::AlertAcknowledgeDialog(
    const QString& alertSummary, const QString& defaultOwner, QWidget* parent)
    : QDialog(parent)
    , m_owner(new QLineEdit(defaultOwner, this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("alertAcknowledgeDialog"));
    setWindowTitle(tr("Acknowledge alert"));
    setStyleSheet(DialogStyle::styleSheet());
    auto* summary = summaryLabel(alertSummary, this);
    auto* explanation = DialogStyle::hint(tr("The owner handles it: Fleetdeck stops reminding anyone about this alert "
                                             "unless it gets worse. Every console connected to the registry sees who "
                                             "took it."));
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setPlaceholderText(tr("who handles it, e.g. ana@office"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Optional: what you are doing about it, e.g. \"restarting the container\""));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 4 + 14);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(DialogStyle::errorText().name()));
    m_error->hide();
    auto* confirm = m_buttons->addButton(tr("Acknowledge"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("acknowledgeButton"));
    confirm->setDefault(true);
    fitBoldText(confirm, {tr("Acknowledge"), tr("Acknowledging…")});

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(tr("&Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(summary);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    m_note->setFocus(); // the owner is usually right already: the note is what is left to say
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertAcknowledgeDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AlertAcknowledgeDialog::owner() const
{
    return m_owner->text().trimmed();
}

QString AlertAcknowledgeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AlertAcknowledgeDialog::submit()
{
    if (owner().isEmpty()) {
        m_owner->setProperty("invalid", true);
        m_owner->style()->unpolish(m_owner);
        m_owner->style()->polish(m_owner);
        showError(tr("Say who handles the alert, so the team knows whom to ask."));
        return;
    }
    m_error->hide();
    setBusy(true);
    emit submitted(owner(), note());
}

void AlertAcknowledgeDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    setBusy(false);
}

void AlertAcknowledgeDialog::setBusy(bool busy)
{
    auto* button = findChild<QPushButton*>(QStringLiteral("acknowledgeButton"));
    button->setEnabled(!busy);
    button->setText(busy ? tr("Acknowledging…") : tr("Acknowledge"));
}

} // namespace Fleetdeck
