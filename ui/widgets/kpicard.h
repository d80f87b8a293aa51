#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace Fleetdeck {

// A card on the Overview: a title, one big number, a few detail lines. Clicking it (or Enter/Space
// when focused) opens the list behind it.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QString& title, QWidget* parent = nullptr);

    void setValue(const QString& value, const QColor& colour = {});
    void setValueToolTip(const QString& text); // e.g. how old the number is
    void setDetailWidget(QWidget* widget); // replaces the detail area
    void setDetailText(const QString& text);
    [[nodiscard]] QString value() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title;
    QLabel* m_value;
    QVBoxLayout* m_detailLayout;
    QWidget* m_detail = nullptr;
};

} // namespace Fleetdeck
