#include "ui/widgets/healthdelegate.h"

#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

namespace Fleetdeck {

void HealthDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariant colourValue = index.data(Qt::ForegroundRole);
    const QColor colour = colourValue.canConvert<QColor>() ? colourValue.value<QColor>() : Theme::mutedText();
    const int dot = std::max(8, opt.fontMetrics.height() / 2);
    const QRect r = opt.rect.adjusted(8, 0, -4, 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(QRectF(r.left(), r.center().y() - dot / 2.0 + 0.5, dot, dot));
    painter->setPen(colour);
    painter->setFont(opt.font);
    painter->drawText(r.adjusted(dot + 8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
        opt.fontMetrics.elidedText(text, Qt::ElideRight, r.width() - dot - 8));
    painter->restore();
}

QSize HealthDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height() + 12;
    return size;
}

} // namespace Fleetdeck
