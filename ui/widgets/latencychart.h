#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QStackedWidget;
class QValueAxis;

namespace Fleetdeck {

// Latency over a time window (Qt Charts behind this wrapper): the average as a line, the spread of each
// point (min to max) as a band so spikes stay visible, and down periods shaded red. Data is downsampled to
// about one point per two pixels before it gets here; when there is nothing to draw, a sentence says why.
class LatencyChart : public QWidget
{
    Q_OBJECT
public:
    // One measurement (a raw sample) or one hour's average (a rollup).
    struct Sample
    {
        QDateTime at;
        double latencyMs = -1; // < 0: nothing answered
        qint64 weight = 1; // how many measurements latencyMs averages
        bool down = false; // at least one of them found the subject down
    };
    // One point on screen.
    struct Bucket
    {
        QDateTime from;
        QDateTime to;
        QDateTime at; // the middle of the bucket
        double averageMs = -1; // -1: no latency in this bucket (only down or unknown samples)
        double minMs = -1;
        double maxMs = -1;
        qint64 measurements = 0; // samples with a latency
        bool down = false;
    };

    // Buckets of equal length over [from, to], at most `maxBuckets` of them; only those holding a sample are
    // returned, oldest first. Averages are weighted; min and max come from the samples themselves. Pure: it
    // runs on the store thread.
    static QList<Bucket> downsample(
        const QList<Sample>& samples, const QDateTime& from, const QDateTime& to, int maxBuckets);

    explicit LatencyChart(QWidget* parent = nullptr);

    // Draws the buckets over [from, to]; an empty list shows `emptyText` instead.
    void setBuckets(const QList<Bucket>& buckets, const QDateTime& from, const QDateTime& to, const QString& emptyText);
    // Shows a sentence instead of the chart (loading, an error, nothing measured yet).
    void showMessage(const QString& text);

    // How many points the widget can show: about one per two pixels of its width.
    [[nodiscard]] int maxPoints() const;
    [[nodiscard]] int pointCount() const { return m_pointCount; }
    [[nodiscard]] int downBucketCount() const { return m_downCount; }
    [[nodiscard]] bool isShowingMessage() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    [[nodiscard]] QValueAxis* latencyAxis() const { return m_latencyAxis; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();

    QStackedWidget* m_stack;
    QChartView* m_view;
    QChart* m_chart;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_latencyAxis;
    QLabel* m_message;
    int m_pointCount = 0;
    int m_downCount = 0;
};

} // namespace Fleetdeck
