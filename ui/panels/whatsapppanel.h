#pragma once

#include "ui/dialogs/whatsapppairingdialog.h"
#include "ui/models/whatsappfilterproxy.h"
#include "ui/models/whatsapptablemodel.h"
#include "ui/shell/consolecontext.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Fleetdeck {

class Banner;

// Every WhatsApp number of the platform: Evolution's instances with their client, live state, phone, profile and
// stored counts, the last disconnection and why. Filters by state; acts on the selected instance: pair (P), restart
// (R), log out (L), delete (Del, typed confirmation), send a test message (T), assign an unassigned one to a
// client (A), open its client (Enter). Every call runs in the background; results land in the banner.
class WhatsAppPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhatsAppPanel(const ConsoleContext& context, QWidget* parent = nullptr);

    [[nodiscard]] WhatsAppTableModel* model() const { return m_model; }
    [[nodiscard]] WhatsAppFilterProxy* proxy() const { return m_proxy; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] QString resultText() const; // what the last action did
    [[nodiscard]] WhatsAppPairingDialog* pairingDialog() const { return m_pairingDialog; }

    void setScope(WhatsAppFilterProxy::Scope scope);
    void setSearchText(const QString& text);
    // Selects an instance's row (clearing a filter that hides it); false when there is none.
    bool selectInstance(const QString& instance);
    [[nodiscard]] QString selectedInstance() const;

    // The actions on the selected instance (what the buttons and keys do).
    void pairSelected();
    void restartSelected();
    void logoutSelected();
    void deleteSelected();
    void sendTestMessage();
    void assignSelected();
    void openSelectedClient();

signals:
    void tenantRequested(const QString& slug);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateHeader();
    void updateActions();
    void showResult(bool ok, const QString& text);
    [[nodiscard]] QString clientName(const WhatsAppStatus& status) const;
    [[nodiscard]] const WhatsAppStatus* selected() const;

    ConsoleContext m_context;
    WhatsAppTableModel* m_model;
    WhatsAppFilterProxy* m_proxy;
    QLabel* m_subtitle;
    Banner* m_banner;
    Banner* m_result;
    QLineEdit* m_search;
    QButtonGroup* m_scopes;
    QLabel* m_count;
    QStackedWidget* m_listStack;
    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_pair;
    QPushButton* m_restart;
    QPushButton* m_logout;
    QPushButton* m_delete;
    QPushButton* m_message;
    QPushButton* m_assign;
    QPushButton* m_open;
    QPointer<WhatsAppPairingDialog> m_pairingDialog;
    QTimer m_clock;
};

} // namespace Fleetdeck
