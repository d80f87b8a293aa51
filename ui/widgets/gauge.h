#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

#include <optional>

namespace Fleetdeck {

// A compact arc gauge with its reading in words: a certificate's days left, a disk's used share. The arc
// carries the colour and tick marks at the thresholds; the numbers are always written out too.
class Gauge : public QWidget
{
    Q_OBJECT
public:
    explicit Gauge(const QString& title, QWidget* parent = nullptr);

    // `fraction` 0..1 fills the arc; `valueText` is written in its middle, `caption` under it.
    void setReading(double fraction, const QString& valueText, const QString& caption, const QColor& colour);
    // Nothing to show: a grey arc, a dash and why.
    void clear(const QString& caption);
    // Thresholds drawn as ticks on the arc, 0..1.
    void setMarks(const QList<double>& fractions);

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString valueText() const { return m_value; }
    [[nodiscard]] QString caption() const { return m_caption; }
    [[nodiscard]] QColor colour() const { return m_colour; }
    [[nodiscard]] std::optional<double> fraction() const { return m_fraction; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateAccessibleText();

    QString m_title;
    QString m_value;
    QString m_caption;
    QColor m_colour;
    std::optional<double> m_fraction;
    QList<double> m_marks;
};

} // namespace Fleetdeck
