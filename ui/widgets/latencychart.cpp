#include "ui/widgets/latencychart.h"

#include "ui/theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Fleetdeck {

namespace {

// More separate lines than this and gaps are no longer drawn as breaks: the chart would turn to dust.
constexpr int kMaxSegments = 60;

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

QList<LatencyChart::Bucket> LatencyChart::downsample(
    const QList<Sample>& samples, const QDateTime& from, const QDateTime& to, int maxBuckets)
{
    QList<Bucket> out;
    if (!from.isValid() || !to.isValid() || to <= from || maxBuckets < 1)
        return out;
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 span = to.toMSecsSinceEpoch() - start;
    const int count = static_cast<int>(std::min<qint64>(maxBuckets, span));
    struct Accumulator
    {
        double sum = 0;
        qint64 weight = 0;
        double min = std::numeric_limits<double>::max();
        double max = std::numeric_limits<double>::lowest();
        qint64 timeSum = 0; // of the samples' offsets, for their mean time
        qint64 samples = 0;
        bool down = false;
    };
    QList<Accumulator> accumulators(count);
    for (const Sample& s : samples) {
        if (!s.at.isValid())
            continue;
        const qint64 offset = s.at.toMSecsSinceEpoch() - start;
        if (offset < 0 || offset > span)
            continue;
        const int index = static_cast<int>(std::min<qint64>(count - 1, offset * count / span));
        Accumulator& a = accumulators[index];
        ++a.samples;
        a.timeSum += offset;
        a.down = a.down || s.down;
        if (s.latencyMs >= 0) {
            const qint64 weight = std::max<qint64>(1, s.weight);
            a.sum += s.latencyMs * static_cast<double>(weight);
            a.weight += weight;
            a.min = std::min(a.min, s.latencyMs);
            a.max = std::max(a.max, s.latencyMs);
        }
    }
    for (int i = 0; i < count; ++i) {
        const Accumulator& a = accumulators.at(i);
        if (a.samples == 0)
            continue;
        Bucket b;
        b.from = QDateTime::fromMSecsSinceEpoch(start + span * i / count, Qt::UTC);
        b.to = QDateTime::fromMSecsSinceEpoch(start + span * (i + 1) / count, Qt::UTC);
        // The samples' mean time, not the bucket's middle: sparse data stays where it was measured.
        b.at = QDateTime::fromMSecsSinceEpoch(start + a.timeSum / a.samples, Qt::UTC);
        b.down = a.down;
        if (a.weight > 0) {
            b.averageMs = a.sum / static_cast<double>(a.weight);
            b.minMs = a.min;
            b.maxMs = a.max;
            b.measurements = a.weight;
        }
        out << b;
    }
    return out;
}

LatencyChart::LatencyChart(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_latencyAxis(new QValueAxis(m_chart))
    , m_message(new QLabel(this))
{
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(0, 4, 8, 0));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_latencyAxis, Qt::AlignLeft);
    m_latencyAxis->setTitleText(tr("Latency (ms)"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyAxis->setMinorTickCount(0);
    m_view->setChart(m_chart); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(fontMetrics().height() * 10);

    m_message->setObjectName(QStringLiteral("emptyState"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    applyTheme();
    showMessage(QString());
}

int LatencyChart::maxPoints() const
{
    return std::max(60, width() / 2);
}

bool LatencyChart::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString LatencyChart::message() const
{
    return isShowingMessage() ? m_message->text() : QString();
}

void LatencyChart::showMessage(const QString& text)
{
    m_chart->removeAllSeries();
    m_pointCount = 0;
    m_downCount = 0;
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void LatencyChart::setBuckets(
    const QList<Bucket>& buckets, const QDateTime& from, const QDateTime& to, const QString& emptyText)
{
    m_chart->removeAllSeries();
    m_pointCount = 0;
    m_downCount = 0;
    QList<Bucket> measured;
    double highest = 0;
    for (const Bucket& b : buckets) {
        if (b.down)
            ++m_downCount;
        if (b.averageMs >= 0) {
            measured << b;
            highest = std::max(highest, b.maxMs);
        }
    }
    if (measured.isEmpty() && m_downCount == 0) {
        showMessage(emptyText);
        return;
    }
    m_latencyAxis->setRange(0, std::max(10.0, highest * 1.12));
    m_latencyAxis->applyNiceNumbers();
    const double top = m_latencyAxis->max();
    const double bucketMs = buckets.isEmpty() ? 0.0 : double(buckets.first().from.msecsTo(buckets.first().to));
    // A little room after `to`, so the newest point is not cut in half by the plot's edge.
    const qint64 spanMs = from.msecsTo(to);
    const QDateTime axisEnd = to.addMSecs(spanMs / 50);
    // A down check at least this wide, or a single one would be a hairline.
    const qreal minimumDownMs = qreal(spanMs) / 80.0;

    // Down periods first, so lines are drawn over them: one area stepping between 0 and the top. A down check
    // stands until the next check.
    if (m_downCount > 0) {
        auto* shade = new QAreaSeries;
        auto* upper = new QLineSeries(shade);
        for (qsizetype i = 0; i < buckets.size();) {
            if (!buckets.at(i).down) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j + 1 < buckets.size() && buckets.at(j + 1).down)
                ++j;
            const qreal begin = qreal(buckets.at(i).from.toMSecsSinceEpoch());
            const qreal end = qreal(j + 1 < buckets.size() ? buckets.at(j + 1).from.toMSecsSinceEpoch()
                                                           : std::max(buckets.at(j).to, to).toMSecsSinceEpoch());
            const qreal shownEnd = std::min(std::max(end, begin + minimumDownMs), qreal(axisEnd.toMSecsSinceEpoch()));
            upper->append(begin, 0);
            upper->append(begin, top);
            upper->append(shownEnd, top);
            upper->append(shownEnd, 0);
            i = j + 1;
        }
        shade->setUpperSeries(upper);
        shade->setName(tr("Down"));
        shade->setPen(Qt::NoPen);
        shade->setBrush(withAlpha(Theme::danger(), 56));
        m_chart->addSeries(shade);
        shade->attachAxis(m_timeAxis);
        shade->attachAxis(m_latencyAxis);
    }

    // Break the line where measurements stop for a while (much longer than their usual spacing).
    QList<qint64> gaps;
    for (qsizetype i = 1; i < measured.size(); ++i)
        gaps << measured.at(i - 1).at.msecsTo(measured.at(i).at);
    qint64 gapLimit = std::numeric_limits<qint64>::max();
    if (!gaps.isEmpty()) {
        QList<qint64> sorted = gaps;
        std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
        gapLimit = std::max<qint64>(sorted.at(sorted.size() / 2) * 3, qint64(bucketMs * 2.5));
        const auto breaks = std::count_if(gaps.cbegin(), gaps.cend(), [gapLimit](qint64 g) { return g > gapLimit; });
        if (breaks + 1 > kMaxSegments)
            gapLimit = std::numeric_limits<qint64>::max();
    }
    const QColor accent = Theme::accent();
    const auto addSegment = [&](qsizetype first, qsizetype last) {
        auto* band = new QAreaSeries;
        auto* bandUpper = new QLineSeries(band);
        auto* bandLower = new QLineSeries(band);
        auto* line = new QLineSeries;
        for (qsizetype i = first; i <= last; ++i) {
            const qreal x = qreal(measured.at(i).at.toMSecsSinceEpoch());
            bandUpper->append(x, measured.at(i).maxMs);
            bandLower->append(x, measured.at(i).minMs);
            line->append(x, measured.at(i).averageMs);
        }
        band->setUpperSeries(bandUpper);
        band->setLowerSeries(bandLower);
        band->setName(tr("Min to max"));
        band->setPen(QPen(withAlpha(accent, 110), 1));
        band->setBrush(withAlpha(accent, 50));
        line->setName(tr("Average"));
        line->setPen(QPen(accent, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        // A lone point or a few hours of data: markers, or nothing would be seen.
        if (last - first < 1 || measured.size() <= 48) {
            line->setPointsVisible(true);
            line->setMarkerSize(last - first < 1 ? 7 : 5);
        }
        connect(line, &QLineSeries::hovered, this, [this, measured](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const qint64 x = qint64(point.x());
            const auto nearest =
                std::min_element(measured.cbegin(), measured.cend(), [x](const Bucket& a, const Bucket& b) {
                    return std::abs(a.at.toMSecsSinceEpoch() - x) < std::abs(b.at.toMSecsSinceEpoch() - x);
                });
            if (nearest == measured.cend())
                return;
            const QLocale locale;
            QString text = tr("%1: %2 ms on average")
                               .arg(locale.toString(nearest->at.toLocalTime(), QLocale::ShortFormat),
                                   locale.toString(qRound(nearest->averageMs)));
            if (nearest->maxMs > nearest->minMs)
                text += QLatin1Char('\n')
                    + tr("%1 to %2 ms")
                          .arg(locale.toString(qRound(nearest->minMs)), locale.toString(qRound(nearest->maxMs)));
            if (nearest->down)
                text += QLatin1Char('\n') + tr("Down at least once");
            QToolTip::showText(QCursor::pos(), text, m_view);
        });
        m_chart->addSeries(band);
        m_chart->addSeries(line);
        for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(band), static_cast<QAbstractSeries*>(line)}) {
            series->attachAxis(m_timeAxis);
            series->attachAxis(m_latencyAxis);
        }
        m_pointCount += int(last - first + 1);
    };
    qsizetype first = 0;
    for (qsizetype i = 1; i <= measured.size(); ++i) {
        if (i == measured.size() || gaps.at(i - 1) > gapLimit) {
            addSegment(first, i - 1);
            first = i;
        }
    }

    m_timeAxis->setRange(from.toLocalTime(), axisEnd.toLocalTime());
    const qint64 spanHours = from.secsTo(to) / 3600;
    m_timeAxis->setFormat(spanHours <= 36 ? QStringLiteral("HH:mm") : QStringLiteral("d MMM"));
    m_timeAxis->setTitleText(spanHours <= 36 ? tr("Time (local)") : tr("Date (local)"));
    m_timeAxis->setTickCount(std::clamp(width() / 110, 3, 9));
    m_stack->setCurrentWidget(m_view);
}

void LatencyChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
}

void LatencyChart::applyTheme()
{
    const QColor muted = Theme::mutedText();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = withAlpha(Theme::border(), 200);
    QFont labels = font();
    labels.setPointSizeF(font().pointSizeF() * 0.85);
    QFont titles = labels;
    titles.setWeight(QFont::DemiBold);
    m_view->setBackgroundBrush(Theme::cardBackground());
    m_chart->setPlotAreaBackgroundVisible(false);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_latencyAxis)}) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(labels);
        axis->setTitleBrush(muted);
        axis->setTitleFont(titles);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(Theme::border());
    }
}

} // namespace Fleetdeck
