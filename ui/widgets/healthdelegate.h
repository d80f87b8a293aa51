#pragma once

#include <QStyledItemDelegate>

namespace Fleetdeck {

// Paints a health cell as a coloured dot followed by the state in words ("down", "degraded (stale)").
class HealthDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Fleetdeck
