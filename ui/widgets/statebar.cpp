#include "ui/widgets/statebar.h"

#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace Fleetdeck {

StateBar::StateBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StateBar::setCounts(int up, int degraded, int down, int unknown)
{
    m_counts[0] = down;
    m_counts[1] = degraded;
    m_counts[2] = unknown;
    m_counts[3] = up;
    update();
}

QSize StateBar::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, std::max(6, fontMetrics().height() / 2)};
}

void StateBar::paintEvent(QPaintEvent*)
{
    const int total = m_counts[0] + m_counts[1] + m_counts[2] + m_counts[3];
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0, 1, 0, -1);
    QPainterPath clip;
    clip.addRoundedRect(area, area.height() / 2, area.height() / 2);
    p.setClipPath(clip);
    p.fillRect(area, Theme::border());
    if (total == 0)
        return;
    const HealthState order[4] = {HealthState::Down, HealthState::Degraded, HealthState::Unknown, HealthState::Up};
    double x = area.left();
    for (int i = 0; i < 4; ++i) {
        const double w = area.width() * m_counts[i] / total;
        p.fillRect(QRectF(x, area.top(), w, area.height()), Theme::stateColor(order[i]));
        x += w;
    }
}

} // namespace Fleetdeck
