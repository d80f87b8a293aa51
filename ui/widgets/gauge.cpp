#include "ui/widgets/gauge.h"

#include "ui/theme.h"

#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Fleetdeck {

namespace {
// The arc runs clockwise from lower left (210°) to lower right (-30°), like a speedometer.
constexpr double kStartDegrees = 210.0;
constexpr double kSpanDegrees = 240.0;
} // namespace

Gauge::Gauge(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    clear(QString());
}

void Gauge::setReading(double fraction, const QString& valueText, const QString& caption, const QColor& colour)
{
    m_fraction = std::clamp(fraction, 0.0, 1.0);
    m_value = valueText;
    m_caption = caption;
    m_colour = colour;
    updateAccessibleText();
    update();
}

void Gauge::clear(const QString& caption)
{
    m_fraction.reset();
    m_value = tr("—");
    m_caption = caption;
    m_colour = QColor();
    updateAccessibleText();
    update();
}

void Gauge::setMarks(const QList<double>& fractions)
{
    m_marks = fractions;
    update();
}

void Gauge::updateAccessibleText()
{
    const QString text = m_caption.isEmpty() ? QStringLiteral("%1: %2").arg(m_title, m_value)
                                             : QStringLiteral("%1: %2, %3").arg(m_title, m_value, m_caption);
    setAccessibleName(m_title);
    setAccessibleDescription(text);
}

QSize Gauge::sizeHint() const
{
    const int h = fontMetrics().height();
    return {h * 11, h * 9};
}

QSize Gauge::minimumSizeHint() const
{
    const int h = fontMetrics().height();
    return {h * 8, h * 9};
}

void Gauge::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const QRectF area = QRectF(rect()).adjusted(4, 2, -4, -2);

    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 0.9);
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetricsF titleMetrics(titleFont);
    const QRectF titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    p.setFont(titleFont);
    p.setPen(Theme::mutedText());
    p.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop,
        titleMetrics.elidedText(m_title.toUpper(), Qt::ElideRight, area.width()));

    // The arc is as big as the space left between the title and two lines of caption allows.
    const double captionHeight = fm.height() * 2 + 2;
    const double pen = std::max(6.0, fm.height() * 0.5);
    const double tick = 5;
    const double available = area.height() - titleRect.height() - captionHeight - 8;
    const double radius =
        std::max(12.0, std::min((area.width() - pen - 2 * tick - 4) / 2.0, (available - pen - tick) / 1.5));
    const QPointF centre(area.center().x(), titleRect.bottom() + 4 + tick + pen / 2 + radius);
    const QRectF arc(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);

    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Theme::border(), pen, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(arc, qRound(kStartDegrees * 16), qRound(-kSpanDegrees * 16));
    if (m_fraction && *m_fraction > 0) {
        p.setPen(QPen(m_colour.isValid() ? m_colour : Theme::accent(), pen, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(arc, qRound(kStartDegrees * 16), qRound(-kSpanDegrees * 16 * *m_fraction));
    }
    p.setPen(QPen(Theme::mutedText(), 1.5, Qt::SolidLine, Qt::RoundCap));
    for (double mark : std::as_const(m_marks)) {
        const double angle = qDegreesToRadians(kStartDegrees - kSpanDegrees * std::clamp(mark, 0.0, 1.0));
        const QPointF direction(std::cos(angle), -std::sin(angle));
        p.drawLine(centre + direction * (radius + pen / 2 + 1), centre + direction * (radius + pen / 2 + tick));
    }

    // The value in the arc's middle, smaller when it is a word rather than a number ("expired").
    const double valueWidth = 2 * radius - 2 * pen;
    QFont valueFont = font();
    valueFont.setWeight(QFont::Bold);
    double size = font().pointSizeF() * 1.45;
    valueFont.setPointSizeF(size);
    while (size > font().pointSizeF() * 0.8 && QFontMetricsF(valueFont).horizontalAdvance(m_value) > valueWidth) {
        size -= 0.5;
        valueFont.setPointSizeF(size);
    }
    p.setFont(valueFont);
    p.setPen(m_fraction && m_colour.isValid() ? m_colour : Theme::mutedText());
    const QFontMetricsF valueMetrics(valueFont);
    const QRectF valueRect(
        centre.x() - valueWidth / 2, centre.y() - valueMetrics.height() / 2 - 2, valueWidth, valueMetrics.height());
    p.drawText(valueRect, Qt::AlignCenter, valueMetrics.elidedText(m_value, Qt::ElideRight, valueRect.width()));

    const double arcBottom = centre.y() + radius * 0.5 + pen / 2;
    const QRectF captionRect(area.left(), arcBottom + 6, area.width(), area.bottom() - arcBottom - 6);
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_caption);
}

} // namespace Fleetdeck
