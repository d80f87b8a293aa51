#pragma once

#include "core/domain/plan.h"
#include "core/domain/tenant.h"
#include "core/store/storeerror.h"
#include "ui/models/tenantfilterproxy.h"
#include "ui/shell/consolecontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Fleetdeck {

class AuditLogModel;
class Registry;
class Banner;
class TenantTableModel;

// The client list: search, filter, sort, a detail pane with everything known about the selected client
// and its audit history, and the registry changes (add, edit, suspend, reactivate, remove, import).
class TenantsPanel : public QWidget
{
    Q_OBJECT
public:
    TenantsPanel(const ConsoleContext& context, QWidget* parent = nullptr);

    void setSearchText(const QString& text);
    void setHealthFilter(TenantFilterProxy::HealthFilter filter);
    void sortBy(int column, Qt::SortOrder order);
    void selectTenant(const QString& slug);
    [[nodiscard]] QString selectedSlug() const;
    [[nodiscard]] TenantFilterProxy* proxy() const { return m_proxy; }
    [[nodiscard]] TenantTableModel* model() const { return m_model; }

    void addTenant();
    void importTenants();
    void editTenant(const QString& slug);
    void suspendTenant(const QString& slug);
    void reactivateTenant(const QString& slug);
    void removeTenant(const QString& slug);
    void copyStatusReport(const QString& slug);
    // Re-reads the read-only state and the plan list (after the registry was (re)opened).
    void registryOpened();

    void saveState() const;
    void restoreState();

signals:
    void registryChanged(); // a write succeeded: the audit log has news
    void statusMessage(const QString& text);

private:
    void updateDetail();
    void updateActions();
    void updateEmptyState();
    void loadPlans();
    void runWrite(const QString& success, std::function<Result<Done, StoreError>(Registry&)> write);
    void reload(const QString& selectSlug = {});
    [[nodiscard]] const Tenant* tenant(const QString& slug) const;
    [[nodiscard]] bool needsTypedConfirmation(const Tenant& tenant) const;
    [[nodiscard]] QString readOnlyReason() const;

    ConsoleContext m_context;
    TenantTableModel* m_model;
    TenantFilterProxy* m_proxy;
    AuditLogModel* m_history;
    QList<Plan> m_plans;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_healthFilter;
    QLabel* m_count;
    Banner* m_banner;
    QStackedWidget* m_listStack;
    QTableView* m_view;
    QLabel* m_empty;
    QSplitter* m_splitter;
    QLabel* m_detail;
    QTableView* m_historyView;
    QPushButton* m_add;
    QPushButton* m_import;
    QPushButton* m_edit;
    QPushButton* m_suspend;
    QPushButton* m_remove;
    QPushButton* m_copy;
    quint64 m_historyGeneration = 0;
};

} // namespace Fleetdeck
