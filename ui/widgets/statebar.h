#pragma once

#include <QWidget>

namespace Fleetdeck {

// A thin bar split in proportion to how many clients are up, degraded, down or not known yet.
class StateBar : public QWidget
{
    Q_OBJECT
public:
    explicit StateBar(QWidget* parent = nullptr);
    void setCounts(int up, int degraded, int down, int unknown);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_counts[4] = {0, 0, 0, 0};
};

} // namespace Fleetdeck
