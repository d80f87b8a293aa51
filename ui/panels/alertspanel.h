#pragma once

#include "core/domain/alert.h"
#include "core/domain/alertnote.h"
#include "ui/dialogs/alertsilencedialog.h"
#include "ui/shell/consolecontext.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace Fleetdeck {

class AlertFilterProxy;
class AlertHistoryModel;
class AlertTableModel;
class Banner;

// The alerts: one list per state (needs attention, pending, acknowledged, silenced, resolved, all) and the
// history, a severity filter and a search; a detail pane with everything known about the selected alert, its
// notes and its history; and what the team does about it (acknowledge, note, silence, un-acknowledge, open the
// client). Writes go to the registry through AlertService; on a read-only registry they are disabled and say why.
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class View
    {
        NeedsAttention,
        Pending,
        Acknowledged,
        Silenced,
        Resolved,
        All,
        History,
    };

    explicit AlertsPanel(const ConsoleContext& context, QWidget* parent = nullptr);

    void setView(View view);
    [[nodiscard]] View view() const;
    void setMinimumSeverity(std::optional<AlertSeverity> severity);
    void setSearchText(const QString& text);
    void selectAlert(const QString& alertId);
    [[nodiscard]] QString selectedAlertId() const;
    [[nodiscard]] AlertTableModel* model() const { return m_model; }
    [[nodiscard]] AlertFilterProxy* proxy() const { return m_proxy; }
    [[nodiscard]] AlertHistoryModel* historyModel() const { return m_history; }

    // The actions on one alert (the buttons, the context menu and the shortcuts call these).
    void acknowledgeAlert(const QString& alertId);
    void addNoteToAlert(const QString& alertId);
    void silenceAlert(const QString& alertId, AlertSilenceDialog::Preset preset = AlertSilenceDialog::Preset::OneHour);
    void unacknowledgeAlert(const QString& alertId);
    void openClient(const QString& alertId);
    // Reads the history of every alert again (the History view).
    void reloadHistory();

    void saveState() const;
    void restoreState();

signals:
    void tenantRequested(const QString& slug);
    // A write succeeded (acknowledge, silence, un-acknowledge, note).
    void alertWritten(const QString& alertId);
    // The person asked to see or change the alert rules (the "Rules…" button).
    void rulesRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onAlertsChanged();
    void styleDisabledPrimary();
    void updateTabs();
    void updateDetail();
    void loadDetailExtras(const Alert& alert);
    void renderNotes();
    void updateActions();
    void updateEmptyState();
    // Keeps the selected alert selected; when it left the list, selects its neighbour (or the first row).
    void ensureSelection(bool fallbackToFirst = false);
    void showContextMenu(const QPoint& pos);
    void reportWrite(const QString& alertId, const QString& error);
    [[nodiscard]] const Alert* selectedAlert() const;
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] QString monitoringSentence() const;

    ConsoleContext m_context;
    AlertTableModel* m_model;
    AlertFilterProxy* m_proxy;
    AlertHistoryModel* m_history; // every alert (the History view)
    AlertFilterProxy* m_historyProxy;
    AlertHistoryModel* m_alertHistory; // the selected alert's
    QLabel* m_subtitle;
    QTabBar* m_tabs;
    QLineEdit* m_search;
    QComboBox* m_severity;
    QLabel* m_count;
    Banner* m_banner;
    QStackedWidget* m_pages;
    QSplitter* m_splitter;
    QStackedWidget* m_listStack;
    QTableView* m_view;
    QLabel* m_empty;
    QWidget* m_detailPane = nullptr;
    QLabel* m_detail;
    QLabel* m_notes;
    QLabel* m_eventsTitle;
    QTableView* m_eventsView;
    QStackedWidget* m_historyStack;
    QTableView* m_historyView;
    QLabel* m_historyEmpty;
    QWidget* m_actionBar;
    QPushButton* m_acknowledge;
    QPushButton* m_note;
    QPushButton* m_silence;
    QPushButton* m_unacknowledge;
    QPushButton* m_openClient;
    QTimer m_historyCoalesce;
    QString m_selectedId; // kept across passes and filter changes
    QString m_extrasFor; // the alert whose notes and history are shown, and its state when they were read
    QString m_extrasKey;
    QList<AlertNote> m_noteList;
    QString m_notesError;
    bool m_notesLoaded = false;
    quint64 m_extrasGeneration = 0;
    quint64 m_historyGeneration = 0;
    bool m_historyLoaded = false;
};

} // namespace Fleetdeck
