#pragma once

#include "ui/shell/consolecontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Fleetdeck {

class AuditLogModel;

// Every change made to the registry through Fleetdeck: who, when, what, to which client.
class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPanel(const ConsoleContext& context, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] AuditLogModel* model() const { return m_model; }

private:
    void saveState() const;
    ConsoleContext m_context;
    AuditLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_status;
    QTableView* m_view;
    quint64 m_generation = 0;
};

} // namespace Fleetdeck
