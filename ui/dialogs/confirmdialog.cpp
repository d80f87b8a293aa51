#include "ui/dialogs/confirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fleetdeck {

ConfirmDialog::ConfirmDialog(const QString& title, const QString& message, const QString& confirmText,
    const QString& typedConfirmation, QWidget* parent)
    : QDialog(parent)
    , m_typed(typedConfirmation)
    , m_confirm(new QPushButton(confirmText, this))
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(title);
    auto* text = new QLabel(message, this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("confirmMessage"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("danger"));
    m_confirm->setAccessibleName(QStringLiteral("confirmButton"));
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(text);
    if (!m_typed.isEmpty()) {
        auto* hint = new QLabel(tr("Type <b>%1</b> to confirm:").arg(m_typed.toHtmlEscaped()), this);
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("typedConfirmationEdit"));
        m_edit->setPlaceholderText(m_typed);
        layout->addWidget(hint);
        layout->addWidget(m_edit);
        m_confirm->setEnabled(false);
        connect(m_edit, &QLineEdit::textChanged, this, [this] { m_confirm->setEnabled(canConfirm()); });
    }
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ConfirmDialog::canConfirm() const
{
    return m_typed.isEmpty() || (m_edit && m_edit->text().trimmed() == m_typed);
}

} // namespace Fleetdeck
