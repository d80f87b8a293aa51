#include "ui/widgets/sparkline.h"

#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Fleetdeck {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<double>& values)
{
    m_values = values;
    update();
}

void Sparkline::setColour(const QColor& colour)
{
    m_colour = colour;
    update();
}

QSize Sparkline::sizeHint() const
{
    const int h = fontMetrics().height();
    return {h * 5, h};
}

void Sparkline::paintEvent(QPaintEvent*)
{
    if (m_values.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    // Downsample to at most one point per pixel: the widest value in each bucket wins (spikes stay visible).
    const int buckets = std::max(2, std::min(static_cast<int>(m_values.size()), static_cast<int>(area.width())));
    QList<double> points(buckets, 0.0);
    for (int i = 0; i < m_values.size(); ++i) {
        const int b = static_cast<int>(static_cast<qint64>(i) * buckets / m_values.size());
        points[b] = std::max(points[b], m_values.at(i));
    }
    const auto [lo, hi] = std::minmax_element(points.begin(), points.end());
    const double span = std::max(1.0, *hi - *lo);
    QPainterPath path;
    for (int i = 0; i < buckets; ++i) {
        const double x = area.left() + area.width() * i / (buckets - 1);
        const double y = area.bottom() - area.height() * (points.at(i) - *lo) / span;
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    QPen pen(m_colour.isValid() ? m_colour : Theme::accent(), 1.6);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.drawPath(path);
}

} // namespace Fleetdeck
