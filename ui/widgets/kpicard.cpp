#include "ui/widgets/kpicard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace Fleetdeck {

KpiCard::KpiCard(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title.toUpper(), this))
    , m_value(new QLabel(this))
    , m_detailLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("card"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_value->setObjectName(QStringLiteral("cardValue"));
    m_value->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addLayout(m_detailLayout);
    layout->addStretch(1);
    m_detailLayout->setSpacing(4);
}

void KpiCard::setValue(const QString& value, const QColor& colour)
{
    m_value->setText(colour.isValid()
            ? QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), value.toHtmlEscaped())
            : value.toHtmlEscaped());
}

void KpiCard::setValueToolTip(const QString& text)
{
    m_value->setToolTip(text);
}

QString KpiCard::value() const
{
    return m_value->text();
}

void KpiCard::setDetailWidget(QWidget* widget)
{
    if (m_detail)
        m_detail->deleteLater();
    m_detail = widget;
    if (widget)
        m_detailLayout->addWidget(widget);
}

void KpiCard::setDetailText(const QString& text)
{
    auto* label = new QLabel(text);
    label->setObjectName(QStringLiteral("cardDetail"));
    label->setWordWrap(true);
    setDetailWidget(label);
}

void KpiCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Fleetdeck
