#pragma once

#include <QList>
#include <QWidget>

namespace Fleetdeck {

// A tiny line of recent values (e.g. an endpoint's latency over the last hour), downsampled to the
// widget's width. No axes: the number next to it carries the value.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setValues(const QList<double>& values);
    void setColour(const QColor& colour);
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] const QList<double>& values() const { return m_values; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<double> m_values;
    QColor m_colour;
};

} // namespace Fleetdeck
