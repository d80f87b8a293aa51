#include "ui/panels/alertspanel.h"

#include "core/engine/alertsummary.h"
#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/fleet/refreshscheduler.h"
#include "core/fleet/statusreport.h"
#include "ui/dialogs/alertacknowledgedialog.h"
#include "ui/dialogs/alertnotedialog.h"
#include "ui/models/alertfilterproxy.h"
#include "ui/models/alerthistorymodel.h"
#include "ui/models/alerttablemodel.h"
#include "ui/theme.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/healthdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <chrono>

namespace Fleetdeck {

namespace {

using Category = AlertTableModel::Category;

QString cell(const QString& text)
{
    return text.toHtmlEscaped();
}

QString exactTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// What the detail pane and the notes were built from: when it changes, the notes and history are read again.
QString extrasKey(const Alert& a)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(a.id, a.lastChange.toString(Qt::ISODateWithMs), a.annotatedAt.toString(Qt::ISODateWithMs))
        .arg(int(a.state))
        .arg(int(a.acknowledged) * 4 + int(a.silenced) * 2 + int(a.suppressed));
}

} // namespace

AlertsPanel::AlertsPanel(const ConsoleContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AlertTableModel(context.alerts, this))
    , m_proxy(new AlertFilterProxy(this))
    , m_history(new AlertHistoryModel(this))
    , m_historyProxy(new AlertFilterProxy(this))
    , m_alertHistory(new AlertHistoryModel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabBar(this))
    , m_search(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_banner(new Banner(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_listStack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_eventsTitle(new QLabel(tr("History of this alert"), this))
    , m_eventsView(new QTableView(this))
    , m_historyStack(new QStackedWidget(this))
    , m_historyView(new QTableView(this))
    , m_historyEmpty(new QLabel(this))
    , m_actionBar(new QWidget(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge…"), this))
    , m_note(new QPushButton(tr("Add &note…"), this))
    , m_silence(new QPushButton(tr("&Silence…"), this))
    , m_unacknowledge(new QPushButton(tr("&Un-acknowledge"), this))
    , m_openClient(new QPushButton(tr("&Open client"), this))
{
    setObjectName(QStringLiteral("alertsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setCategory(static_cast<int>(Category::NeedsAttention));
    m_historyProxy->setSourceModel(m_history);
    const auto labeler = [this](const QString& alertId) {
        const Alert* a = m_context.alerts ? m_context.alerts->alert(alertId) : nullptr;
        return a ? AlertTableModel::subjectText(*a) : QString();
    };
    m_history->setLabeler(labeler);
    m_alertHistory->setLabeler(labeler);

    auto* title = new QLabel(tr("Alerts"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_subtitle->setObjectName(QStringLiteral("panelSubtitle"));
    m_subtitle->setWordWrap(true);

    // One tab per list, in View order.
    m_tabs->setObjectName(QStringLiteral("alertViewTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    for (int i = 0; i <= static_cast<int>(View::History); ++i)
        m_tabs->addTab(QString());
    m_tabs->setTabToolTip(int(View::NeedsAttention), tr("Firing, and nobody has acknowledged or silenced it"));
    m_tabs->setTabToolTip(
        int(View::Pending), tr("The condition holds, but not yet long enough to fire (a blip does not page anyone)"));
    m_tabs->setTabToolTip(int(View::Acknowledged), tr("Someone handles it; Fleetdeck no longer reminds anyone"));
    m_tabs->setTabToolTip(int(View::Silenced),
        tr("Silenced until a time, silenced in Alertmanager, or suppressed because the server it runs on is down"));
    m_tabs->setTabToolTip(int(View::Resolved), tr("Resolved recently"));
    m_tabs->setTabToolTip(int(View::All), tr("Every alert Fleetdeck knows about now"));
    m_tabs->setTabToolTip(int(View::History), tr("Every change of every alert, newest first"));
    m_tabs->setStyleSheet(
        QStringLiteral("QTabBar::tab { padding: 6px 14px; margin-right: 4px; border: none; border-bottom: 2px solid "
                       "transparent; background: transparent; }"
                       "QTabBar::tab:selected { color: palette(link); border-bottom: 2px solid palette(link); }"
                       "QTabBar::tab:hover:!selected { border-bottom: 2px solid palette(mid); }"));

    m_search->setObjectName(QStringLiteral("alertSearchEdit"));
    m_search->setPlaceholderText(tr("Filter by client, component, rule or text…"));
    m_search->setClearButtonEnabled(true);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->addItem(tr("Any severity"), -1);
    m_severity->addItem(tr("Critical"), static_cast<int>(AlertSeverity::Critical));
    m_severity->addItem(tr("High and worse"), static_cast<int>(AlertSeverity::High));
    m_severity->addItem(tr("Medium and worse"), static_cast<int>(AlertSeverity::Medium));
    m_count->setObjectName(QStringLiteral("muted"));

    const int charWidth = fontMetrics().averageCharWidth();
    m_view->setObjectName(QStringLiteral("alertsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(AlertTableModel::SummaryColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(AlertTableModel::SeverityColumn, new HealthDelegate(m_view));
    m_view->setItemDelegateForColumn(AlertTableModel::StateColumn, new HealthDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Never narrower than the bold header with its sort arrow, in any language.
    QFont headerFont = m_view->horizontalHeader()->font();
    headerFont.setWeight(QFont::DemiBold);
    const QFontMetrics headerMetrics(headerFont);
    const auto setWidth = [&](int column, int chars) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, std::max(charWidth * chars, headerMetrics.horizontalAdvance(header) + 30));
    };
    setWidth(AlertTableModel::SeverityColumn, 12);
    setWidth(AlertTableModel::StateColumn, 22);
    setWidth(AlertTableModel::SubjectColumn, 22);
    setWidth(AlertTableModel::MoneyColumn, 12);
    setWidth(AlertTableModel::SinceColumn, 11);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    // The detail pane: the alert, its notes, its history.
    m_detail->setObjectName(QStringLiteral("alertDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setContentsMargins(4, 4, 4, 4);
    m_notes->setObjectName(QStringLiteral("alertNotes"));
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setContentsMargins(4, 0, 4, 4);
    auto* detailContent = new QWidget(this);
    auto* detailContentLayout = new QVBoxLayout(detailContent);
    detailContentLayout->setContentsMargins(0, 0, 0, 0);
    detailContentLayout->setSpacing(4);
    detailContentLayout->addWidget(m_detail);
    detailContentLayout->addWidget(m_notes);
    detailContentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(detailContent);
    m_eventsTitle->setObjectName(QStringLiteral("cardTitle"));
    m_eventsView->setObjectName(QStringLiteral("alertEventsView"));
    m_eventsView->setModel(m_alertHistory);
    m_eventsView->verticalHeader()->hide();
    m_eventsView->setColumnHidden(AlertHistoryModel::AlertColumn, true);
    m_eventsView->setColumnHidden(AlertHistoryModel::SeverityColumn, true);
    m_eventsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_eventsView->setShowGrid(false);
    m_eventsView->setWordWrap(false);
    m_eventsView->horizontalHeader()->setStretchLastSection(true);
    m_eventsView->horizontalHeader()->setSectionResizeMode(
        AlertHistoryModel::TimeColumn, QHeaderView::ResizeToContents);
    m_eventsView->horizontalHeader()->setSectionResizeMode(
        AlertHistoryModel::EventColumn, QHeaderView::ResizeToContents);
    m_detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(m_detailPane);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->setSpacing(8);
    detailLayout->addWidget(scroll, 3);
    detailLayout->addWidget(m_eventsTitle);
    detailLayout->addWidget(m_eventsView, 2);
    m_detailPane->setMinimumWidth(charWidth * 46);

    m_splitter->setObjectName(QStringLiteral("alertsSplitter"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    // What the team does about the selected alert.
    m_acknowledge->setObjectName(QStringLiteral("primary"));
    styleDisabledPrimary();
    m_acknowledge->setAccessibleName(QStringLiteral("acknowledgeAlertButton"));
    m_note->setAccessibleName(QStringLiteral("addAlertNoteButton"));
    m_silence->setAccessibleName(QStringLiteral("silenceAlertButton"));
    m_unacknowledge->setAccessibleName(QStringLiteral("unacknowledgeAlertButton"));
    m_openClient->setAccessibleName(QStringLiteral("openClientButton"));
    auto* actions = new QHBoxLayout(m_actionBar);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->setSpacing(8);
    actions->addStretch(1);
    actions->addWidget(m_openClient);
    actions->addWidget(m_unacknowledge);
    actions->addWidget(m_silence);
    actions->addWidget(m_note);
    actions->addWidget(m_acknowledge);

    auto* alertsPage = new QWidget(this);
    auto* alertsLayout = new QVBoxLayout(alertsPage);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->setSpacing(12);
    alertsLayout->addWidget(m_splitter, 1);
    alertsLayout->addWidget(m_actionBar);

    // The history of every alert.
    m_historyView->setObjectName(QStringLiteral("alertHistoryView"));
    m_historyView->setModel(m_historyProxy);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(AlertHistoryModel::TimeColumn, Qt::DescendingOrder);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setShowGrid(false);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_historyView->horizontalHeader()->setHighlightSections(false);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for a full date and time in this locale.
    m_historyView->setColumnWidth(AlertHistoryModel::TimeColumn,
        fontMetrics().horizontalAdvance(
            QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat))
            + charWidth * 4);
    m_historyView->setColumnWidth(AlertHistoryModel::AlertColumn, charWidth * 28);
    m_historyView->setColumnWidth(AlertHistoryModel::EventColumn, charWidth * 20);
    m_historyView->setColumnWidth(AlertHistoryModel::SeverityColumn, charWidth * 12);
    m_historyEmpty->setObjectName(QStringLiteral("emptyState"));
    m_historyEmpty->setAlignment(Qt::AlignCenter);
    m_historyEmpty->setWordWrap(true);
    m_historyStack->addWidget(m_historyView);
    m_historyStack->addWidget(m_historyEmpty);

    m_pages->addWidget(alertsPage);
    m_pages->addWidget(m_historyStack);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_severity);
    filters->addWidget(m_count);
    filters->addStretch(1);
    auto* rules = new QPushButton(tr("&Rules…"), this);
    rules->setObjectName(QStringLiteral("alertRulesButton"));
    rules->setToolTip(tr("Thresholds and timing of the alerts, for every client or one"));
    connect(rules, &QPushButton::clicked, this, &AlertsPanel::rulesRequested);
    filters->addWidget(rules);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(m_subtitle);
    layout->addLayout(heading);
    layout->addWidget(m_tabs);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) { setView(static_cast<View>(index)); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        m_historyProxy->setSearchText(text);
        ensureSelection();
        updateEmptyState();
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_search, &QLineEdit::clear);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_severity->currentData().toInt();
        const std::optional<AlertSeverity> minimum =
            value < 0 ? std::nullopt : std::optional<AlertSeverity>(static_cast<AlertSeverity>(value));
        m_proxy->setMinimumSeverity(minimum);
        m_historyProxy->setMinimumSeverity(minimum);
        ensureSelection();
        updateEmptyState();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                m_selectedId = current.data(AlertTableModel::AlertIdRole).toString();
            updateDetail();
            updateActions();
        });
    // A row that leaves the list (acknowledged from "Needs attention") hands the selection to its neighbour.
    const auto ensureSoon = [this] {
        QTimer::singleShot(0, this, [this] { ensureSelection(); });
    };
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, ensureSoon);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, ensureSoon);
    connect(m_view, &QTableView::customContextMenuRequested, this, &AlertsPanel::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { openClient(index.data(AlertTableModel::AlertIdRole).toString()); });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { acknowledgeAlert(selectedAlertId()); });
    connect(m_note, &QPushButton::clicked, this, [this] { addNoteToAlert(selectedAlertId()); });
    connect(m_silence, &QPushButton::clicked, this, [this] { silenceAlert(selectedAlertId()); });
    connect(m_unacknowledge, &QPushButton::clicked, this, [this] { unacknowledgeAlert(selectedAlertId()); });
    connect(m_openClient, &QPushButton::clicked, this, [this] { openClient(selectedAlertId()); });

    // Keyboard: single letters on the list (they never fire while typing in the search field).
    const auto shortcut = [this](
                              const QKeySequence& keys, QPushButton* button, std::function<void(const QString&)> run) {
        auto* s = new QShortcut(keys, m_view);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, [this, button, run] {
            const QString id = selectedAlertId();
            if (id.isEmpty())
                return;
            // On a read-only registry the action explains why instead of doing nothing.
            if (button->isEnabled() || (m_context.isReadOnly() && button != m_openClient))
                run(id);
        });
    };
    shortcut(QKeySequence(Qt::Key_A), m_acknowledge, [this](const QString& id) { acknowledgeAlert(id); });
    shortcut(QKeySequence(Qt::Key_N), m_note, [this](const QString& id) { addNoteToAlert(id); });
    shortcut(QKeySequence(Qt::Key_S), m_silence, [this](const QString& id) { silenceAlert(id); });
    shortcut(QKeySequence(Qt::Key_U), m_unacknowledge, [this](const QString& id) { unacknowledgeAlert(id); });
    shortcut(QKeySequence(Qt::Key_Return), m_openClient, [this](const QString& id) { openClient(id); });
    shortcut(QKeySequence(Qt::Key_Enter), m_openClient, [this](const QString& id) { openClient(id); });

    m_historyCoalesce.setSingleShot(true);
    m_historyCoalesce.setInterval(std::chrono::seconds(5));
    connect(&m_historyCoalesce, &QTimer::timeout, this, &AlertsPanel::reloadHistory);
    connect(m_history, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateEmptyState);
    connect(m_history, &QAbstractItemModel::rowsInserted, this, &AlertsPanel::updateEmptyState);
    connect(m_history, &QAbstractItemModel::rowsRemoved, this, &AlertsPanel::updateEmptyState);
    if (m_context.alerts)
        connect(m_context.alerts, &AlertService::alertsChanged, this, &AlertsPanel::onAlertsChanged);
    if (m_context.fleet)
        connect(m_context.fleet, &FleetState::sourcesChanged, this, &AlertsPanel::updateEmptyState);

    restoreState();
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &AlertsPanel::saveState);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &AlertsPanel::saveState);
    connect(m_splitter, &QSplitter::splitterMoved, this, &AlertsPanel::saveState);
    onAlertsChanged();
}

// ---- lists ----

void AlertsPanel::setView(View view)
{
    if (m_tabs->currentIndex() != static_cast<int>(view)) {
        m_tabs->setCurrentIndex(static_cast<int>(view)); // comes back here through currentChanged
        return;
    }
    if (view == View::History) {
        m_pages->setCurrentIndex(1);
        reloadHistory();
        updateEmptyState();
        return;
    }
    m_pages->setCurrentIndex(0);
    const QString keep = m_selectedId;
    m_proxy->setCategory(view == View::All ? std::nullopt : std::optional<int>(static_cast<int>(view)));
    // The selected alert stays selected when it is in the new list; otherwise the list's first.
    m_selectedId = keep;
    ensureSelection(true);
    updateEmptyState();
    updateDetail();
    updateActions();
}

AlertsPanel::View AlertsPanel::view() const
{
    return static_cast<View>(m_tabs->currentIndex());
}

void AlertsPanel::setMinimumSeverity(std::optional<AlertSeverity> severity)
{
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(severity ? static_cast<int>(*severity) : -1)));
}

void AlertsPanel::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void AlertsPanel::selectAlert(const QString& alertId)
{
    const int row = m_model->rowOf(alertId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        setView(View::All); // not in this list: show it where it is
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_selectedId = alertId;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
}

QString AlertsPanel::selectedAlertId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.data(AlertTableModel::AlertIdRole).toString();
}

const Alert* AlertsPanel::selectedAlert() const
{
    const QString id = selectedAlertId();
    if (id.isEmpty())
        return nullptr;
    const int row = m_model->rowOf(id);
    return row < 0 ? nullptr : &m_model->alertAt(row);
}

void AlertsPanel::ensureSelection(bool fallbackToFirst)
{
    if (view() == View::History)
        return;
    QItemSelectionModel* selection = m_view->selectionModel();
    if (!m_selectedId.isEmpty()) {
        const int row = m_model->rowOf(m_selectedId);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            if (selection->currentIndex().row() != index.row() || !selection->isRowSelected(index.row(), {}))
                selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    if (m_proxy->rowCount() == 0) {
        if (selection->hasSelection() || selection->currentIndex().isValid())
            selection->clear();
        m_selectedId.clear();
        updateDetail();
        updateActions();
        return;
    }
    // The selected alert left this list: the row that took its place (or the first).
    const QModelIndex current = selection->currentIndex();
    const int row = current.isValid() && !fallbackToFirst ? std::min(current.row(), m_proxy->rowCount() - 1) : 0;
    selection->setCurrentIndex(m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selectedId = m_proxy->index(row, 0).data(AlertTableModel::AlertIdRole).toString();
    updateDetail();
    updateActions();
}

void AlertsPanel::onAlertsChanged()
{
    updateTabs();
    ensureSelection();
    updateEmptyState();
    updateDetail();
    updateActions();
    if (view() == View::History && !m_historyCoalesce.isActive())
        m_historyCoalesce.start();
}

void AlertsPanel::updateTabs()
{
    const auto count = [this](Category c) {
        return m_model->categoryCount(c);
    };
    m_tabs->setTabText(int(View::NeedsAttention), tr("Needs attention (%1)").arg(count(Category::NeedsAttention)));
    m_tabs->setTabText(int(View::Pending), tr("Pending (%1)").arg(count(Category::Pending)));
    m_tabs->setTabText(int(View::Acknowledged), tr("Acknowledged (%1)").arg(count(Category::Acknowledged)));
    m_tabs->setTabText(int(View::Silenced), tr("Silenced (%1)").arg(count(Category::Silenced)));
    m_tabs->setTabText(int(View::Resolved), tr("Resolved (%1)").arg(count(Category::Resolved)));
    m_tabs->setTabText(int(View::All), tr("All (%1)").arg(m_model->rowCount()));
    m_tabs->setTabText(int(View::History), tr("History"));
    // The list that needs someone is red while it has anything in it.
    m_tabs->setTabTextColor(
        int(View::NeedsAttention), count(Category::NeedsAttention) > 0 ? Theme::danger() : QColor());

    const int attention = count(Category::NeedsAttention);
    QStringList parts;
    parts << (attention == 0 ? tr("Nothing needs attention")
            : attention == 1 ? tr("1 needs attention")
                             : tr("%1 need attention").arg(attention));
    if (count(Category::Pending) > 0)
        parts << tr("%n pending", nullptr, count(Category::Pending));
    if (count(Category::Acknowledged) > 0)
        parts << tr("%n acknowledged", nullptr, count(Category::Acknowledged));
    if (count(Category::Silenced) > 0)
        parts << tr("%n silenced or suppressed", nullptr, count(Category::Silenced));
    QString text = parts.join(QStringLiteral(" · "));
    if (m_context.alerts && m_context.alerts->lastEvaluatedAt().isValid())
        text += QStringLiteral(" — ")
            + tr("evaluated %1")
                  .arg(StatusReport::ageText(m_context.alerts->lastEvaluatedAt(), QDateTime::currentDateTimeUtc()));
    m_subtitle->setText(text);
}

QString AlertsPanel::monitoringSentence() const
{
    QString sentence;
    if (m_context.fleet) {
        const int clients = m_context.fleet->summary().monitored;
        const int interval = m_context.scheduler ? m_context.scheduler->healthConfig().intervalSeconds : 30;
        sentence = tr("Fleetdeck checks %n client(s) every %1 s", nullptr, clients).arg(interval);
    }
    const auto stateOf = [this](const QString& id, bool configured) {
        if (!configured)
            return tr("not configured");
        switch (m_context.fleet ? m_context.fleet->source(id).state : SourceStatus::State::Unknown) {
        case SourceStatus::State::Ok:
            return tr("answering");
        case SourceStatus::State::Failing:
            return tr("failing (see Data sources)");
        case SourceStatus::State::Disabled:
            return tr("turned off");
        case SourceStatus::State::Unknown:
            break;
        }
        return tr("not asked yet");
    };
    const QString prometheus =
        stateOf(PlatformMonitor::kPrometheusSource, m_context.monitor && m_context.monitor->hasPrometheus());
    const QString alertmanager =
        stateOf(PlatformMonitor::kAlertmanagerSource, m_context.monitor && m_context.monitor->hasAlertmanager());
    const QString platform = prometheus == alertmanager
        ? tr("Prometheus and Alertmanager are %1.").arg(prometheus)
        : tr("Prometheus is %1; Alertmanager is %2.").arg(prometheus, alertmanager);
    return sentence.isEmpty() ? platform : tr("%1; %2").arg(sentence, platform);
}

void AlertsPanel::updateEmptyState()
{
    if (view() == View::History) {
        const int shown = m_historyProxy->rowCount();
        m_count->setText(tr("%n event(s)", nullptr, shown));
        if (!m_historyLoaded) {
            m_historyEmpty->setText(tr("Reading the history…"));
            m_historyStack->setCurrentWidget(m_historyEmpty);
        } else if (m_history->rowCount() == 0) {
            m_historyEmpty->setText(tr("No alert history yet.\nEvery change of an alert (fired, acknowledged, "
                                       "silenced, resolved) is recorded here."));
            m_historyStack->setCurrentWidget(m_historyEmpty);
        } else if (shown == 0) {
            m_historyEmpty->setText(
                tr("No event matches these filters.\nClear the search (Esc) or choose \"Any severity\"."));
            m_historyStack->setCurrentWidget(m_historyEmpty);
        } else {
            m_historyStack->setCurrentWidget(m_historyView);
        }
        return;
    }

    const int shown = m_proxy->rowCount();
    m_count->setText(tr("%1 of %n alert(s)", nullptr, m_model->rowCount()).arg(shown));
    // An empty list has nothing to describe: its message gets the whole width.
    m_detailPane->setVisible(shown > 0);
    if (shown > 0) {
        m_listStack->setCurrentWidget(m_view);
        return;
    }
    QString text;
    if (m_context.alerts && !m_context.alerts->isStarted()) {
        text =
            tr("Fleetdeck is reading the first checks…\nAlerts appear here as soon as the first evaluation is done.");
    } else if (m_proxy->isNarrowed() && m_model->rowCount() > 0) {
        text = tr("No alert matches these filters.\nClear the search (Esc) or choose \"Any severity\".");
    } else {
        switch (view()) {
        case View::NeedsAttention: {
            text = tr("No alert is firing.") + QLatin1Char('\n') + monitoringSentence();
            const int waiting = m_model->categoryCount(Category::Pending);
            const int taken = m_model->categoryCount(Category::Acknowledged);
            if (waiting + taken > 0)
                text +=
                    QLatin1Char('\n') + tr("%1 pending and %2 acknowledged: see their tabs.").arg(waiting).arg(taken);
            break;
        }
        case View::Pending:
            text =
                tr("Nothing is pending.\nAn alert waits here while its condition has not lasted long enough to fire, "
                   "so a single slow answer pages nobody.");
            break;
        case View::Acknowledged:
            text = tr("Nobody has acknowledged an alert.\nSelect a firing alert and press A to take it: the team sees "
                      "who handles it.");
            break;
        case View::Silenced:
            text = tr("No alert is silenced or suppressed.\nPress S on a firing alert to silence it for 1, 8 or 24 "
                      "hours, or until a time you choose.");
            break;
        case View::Resolved:
            text = tr("No alert resolved recently.\nOlder changes are under History.");
            break;
        case View::All:
        case View::History:
            text = tr("No alerts.") + QLatin1Char('\n') + monitoringSentence();
            break;
        }
    }
    m_empty->setText(text);
    m_listStack->setCurrentWidget(m_empty);
}

void AlertsPanel::reloadHistory()
{
    if (!m_context.alerts)
        return;
    const quint64 generation = ++m_historyGeneration;
    m_context.alerts->history({}, 500, this, [this, generation](Result<QList<AlertHistoryEntry>, QString> read) {
        if (generation != m_historyGeneration)
            return;
        m_historyLoaded = true;
        if (!read) {
            m_banner->showMessage(Banner::Kind::Error, tr("The alert history cannot be read: %1").arg(read.error()));
            updateEmptyState();
            return;
        }
        m_history->setEntries(read.value());
        updateEmptyState();
    });
}

// ---- detail ----

void AlertsPanel::updateDetail()
{
    const Alert* a = selectedAlert();
    const QString muted = Theme::mutedText().name();
    if (!a) {
        const QString text =
            QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(muted,
                    cell(m_proxy->rowCount() == 0 ? tr("Nothing to show in this list.")
                                                  : tr("Select an alert to see what it is about, who handles it and "
                                                       "what happened.")));
        if (m_detail->text() != text)
            m_detail->setText(text);
        m_notes->clear();
        m_eventsTitle->hide();
        m_eventsView->hide();
        m_extrasFor.clear();
        m_extrasKey.clear();
        m_alertHistory->setEntries({});
        return;
    }
    m_eventsTitle->show();
    m_eventsView->show();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QColor severity = AlertTableModel::severityColour(a->severity);
    const QColor state = AlertTableModel::stateColour(*a);

    QString kind;
    if (a->subjectIsTenant)
        kind = tr("client · %1").arg(a->subject);
    else if (a->affectedTenants > 1)
        kind = tr("platform · %n client(s) depend on it", nullptr, a->affectedTenants);
    else
        kind = tr("platform");
    kind += QStringLiteral(" · ")
        + (a->origin == Alert::Origin::Alertmanager ? tr("from Alertmanager (%1)").arg(a->ruleId)
                                                    : tr("rule %1").arg(a->ruleId));

    QString html;
    html += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(cell(AlertTableModel::subjectText(*a)));
    html += QStringLiteral("<p style=\"color:%1; margin-top:0\">%2</p>").arg(muted, cell(kind));
    html += QStringLiteral("<p><span style=\"color:%1; font-size:13pt; font-weight:600\">● %2</span>"
                           "<span style=\"color:%3; font-size:13pt\"> · %4</span></p>")
                .arg(a->state == Alert::State::Resolved ? muted : severity.name(),
                    cell(alertSeverityDisplayName(a->severity)), state.name(), cell(AlertTableModel::stateText(*a)));
    html += QStringLiteral("<p>%1</p>").arg(cell(a->summary));

    const auto row = [&](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style=\"color:%1; padding-right:14px\">%2</td><td>%3</td></tr>")
            .arg(muted, cell(label), value);
    };
    const auto when = [&](const QDateTime& at) {
        return cell(tr("%1 (%2)").arg(StatusReport::ageText(at, now), exactTime(at)));
    };
    html += QStringLiteral("<table cellspacing=\"3\">");
    if (!a->detail.isEmpty())
        html += row(tr("Observed"), cell(a->detail));
    if (a->since.isValid())
        html += row(tr("Since"), when(a->since));
    if (a->firedAt.isValid())
        html += row(tr("Fired"), when(a->firedAt));
    if (a->resolvedAt.isValid())
        html += row(tr("Resolved"), when(a->resolvedAt));
    if (a->moneyAtStake && a->moneyAtStake->isValid()) {
        const QString money = moneyDisplayString(*a->moneyAtStake);
        html += row(tr("At stake"),
            cell(a->affectedTenants > 1 ? tr("%1 MRR of %n client(s)", nullptr, a->affectedTenants).arg(money)
                                        : tr("%1 MRR").arg(money)));
    }
    if (a->acknowledged) {
        html += row(tr("Owner"), QStringLiteral("<b>%1</b>").arg(cell(a->owner.isEmpty() ? a->annotatedBy : a->owner)));
        html += row(tr("Acknowledged"),
            cell(tr("by %1, %2 (%3)")
                     .arg(a->annotatedBy, StatusReport::ageText(a->annotatedAt, now), exactTime(a->annotatedAt))));
    }
    if (a->silencedUntil.isValid()) {
        html += row(tr("Silenced until"),
            cell(tr("%1 (ends in %2)")
                     .arg(exactTime(a->silencedUntil),
                         AlertSummary::duration(std::max<qint64>(0, now.secsTo(a->silencedUntil))))));
        html +=
            row(tr("Silenced"), cell(tr("by %1, %2").arg(a->annotatedBy, StatusReport::ageText(a->annotatedAt, now))));
    } else if (a->silenced && !a->suppressed) {
        html += row(tr("Silenced"), cell(tr("in Alertmanager (lift it there)")));
    }
    if (a->suppressed)
        html += row(tr("Suppressed"), cell(tr("%1: the server's own alert speaks for it").arg(a->suppressedReason)));
    if (!a->note.isEmpty())
        html += row(tr("Note"), cell(a->note).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("</table>");

    if (!a->labels.isEmpty()) {
        html += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4><table cellspacing=\"2\">")
                    .arg(cell(tr("Alertmanager labels")));
        for (auto it = a->labels.cbegin(); it != a->labels.cend(); ++it)
            html += QStringLiteral("<tr><td style=\"color:%1; padding-right:14px\">%2</td><td>%3</td></tr>")
                        .arg(muted, cell(it.key()), cell(it.value()));
        html += QStringLiteral("</table>");
    }
    if (m_detail->text() != html)
        m_detail->setText(html);

    if (a->id != m_extrasFor || extrasKey(*a) != m_extrasKey)
        loadDetailExtras(*a);
}

void AlertsPanel::loadDetailExtras(const Alert& alert)
{
    const bool sameAlert = alert.id == m_extrasFor;
    m_extrasFor = alert.id;
    m_extrasKey = extrasKey(alert);
    if (!m_context.alerts)
        return;
    const quint64 generation = ++m_extrasGeneration;
    if (!sameAlert) {
        // Another alert: no stale notes from the previous one while the new ones load.
        m_noteList.clear();
        m_notesError.clear();
        m_notesLoaded = false;
        m_alertHistory->setEntries({});
        renderNotes();
    }
    m_context.alerts->notes(alert.id, this, [this, generation](Result<QList<AlertNote>, QString> read) {
        if (generation != m_extrasGeneration)
            return;
        m_notesLoaded = true;
        m_notesError = read ? QString() : read.error();
        m_noteList = read.valueOr(QList<AlertNote>());
        renderNotes();
    });
    m_context.alerts->history(alert.id, 50, this, [this, generation](Result<QList<AlertHistoryEntry>, QString> read) {
        if (generation == m_extrasGeneration)
            m_alertHistory->setEntries(read.valueOr(QList<AlertHistoryEntry>()));
    });
}

void AlertsPanel::renderNotes()
{
    const QString muted = Theme::mutedText().name();
    QString html = QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>").arg(cell(tr("Notes")));
    if (!m_notesLoaded) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, cell(tr("Reading the notes…")));
    } else if (!m_notesError.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, cell(m_notesError));
    } else if (m_noteList.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, cell(tr("No notes yet. Press N to leave one for the team.")));
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<AlertNote> notes = m_noteList;
        std::sort(notes.begin(), notes.end(), [](const AlertNote& a, const AlertNote& b) { return a.at > b.at; });
        for (const AlertNote& n : std::as_const(notes)) {
            html += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:4px\"><b>%1</b> "
                                   "<span style=\"color:%2\">· %3 (%4)</span><br>%5</p>")
                        .arg(cell(n.author), muted, cell(StatusReport::ageText(n.at, now)), cell(exactTime(n.at)),
                            cell(n.note).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
    }
    m_notes->setText(html);
}

// ---- actions ----

QString AlertsPanel::readOnlyReason() const
{
    const QString name = m_context.registryName();
    return name.isEmpty() ? tr("The registry is read-only (a support connection): acknowledging, silencing and "
                               "notes are disabled. Ask someone with write access.")
                          : tr("The registry %1 is read-only (a support connection): acknowledging, silencing and "
                               "notes are disabled. Ask someone with write access.")
                                .arg(name);
}

void AlertsPanel::updateActions()
{
    const Alert* a = selectedAlert();
    const bool readOnly = m_context.isReadOnly();
    const bool active = a && a->isActive();
    const bool liftable = a && (a->acknowledged || a->silencedUntil.isValid());
    const bool silenceOnly = a && !a->acknowledged && a->silencedUntil.isValid();
    m_unacknowledge->setText(silenceOnly ? tr("Lift &silence") : tr("&Un-acknowledge"));
    m_acknowledge->setEnabled(!readOnly && active && !a->acknowledged);
    m_note->setEnabled(!readOnly && a);
    m_silence->setEnabled(!readOnly && active);
    m_unacknowledge->setEnabled(!readOnly && liftable);
    m_openClient->setEnabled(a && a->subjectIsTenant);
    if (readOnly) {
        const QString why = readOnlyReason();
        for (QPushButton* b : {m_acknowledge, m_note, m_silence, m_unacknowledge})
            b->setToolTip(why);
    } else {
        m_acknowledge->setToolTip(a && a->acknowledged
                ? tr("Already acknowledged by %1").arg(a->owner)
                : tr("Take the alert: the team sees who handles it, and nobody is reminded (A)"));
        m_note->setToolTip(tr("Leave a note on the alert for the team (N)"));
        m_silence->setToolTip(tr("Quieten the alert for 1, 8 or 24 hours, or until a time (S)"));
        m_unacknowledge->setToolTip(a && a->silenced && !liftable
                ? tr("Silenced in Alertmanager: lift the silence there")
                : silenceOnly ? tr("End the silence now: the alert notifies again if it still fires (U)")
                              : tr("Give the alert back: it needs attention again if it still fires (U)"));
    }
    m_openClient->setToolTip(a && !a->subjectIsTenant ? tr("This alert is about the platform, not one client")
                                                      : tr("Show the client in the client list (Enter)"));
}

void AlertsPanel::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    selectAlert(index.data(AlertTableModel::AlertIdRole).toString());
    const QString id = selectedAlertId();
    if (id.isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("alertContextMenu"));
    const auto add = [&](QPushButton* button, const QString& text, const QString& keys, std::function<void()> run) {
        QAction* action = menu.addAction(text, this, std::move(run));
        action->setShortcut(QKeySequence(keys));
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
        return action;
    };
    add(m_acknowledge, tr("Acknowledge…"), QStringLiteral("A"), [this, id] { acknowledgeAlert(id); });
    add(m_note, tr("Add note…"), QStringLiteral("N"), [this, id] { addNoteToAlert(id); });
    QMenu* silence = menu.addMenu(tr("Silence"));
    silence->setEnabled(m_silence->isEnabled());
    silence->addAction(tr("For 1 hour…"), this, [this, id] { silenceAlert(id, AlertSilenceDialog::Preset::OneHour); });
    silence->addAction(
        tr("For 8 hours…"), this, [this, id] { silenceAlert(id, AlertSilenceDialog::Preset::EightHours); });
    silence->addAction(tr("For 24 hours…"), this, [this, id] { silenceAlert(id, AlertSilenceDialog::Preset::OneDay); });
    silence->addAction(
        tr("Until a date and time…"), this, [this, id] { silenceAlert(id, AlertSilenceDialog::Preset::Custom); });
    add(m_unacknowledge, m_unacknowledge->text().remove(QLatin1Char('&')), QStringLiteral("U"),
        [this, id] { unacknowledgeAlert(id); });
    menu.addSeparator();
    add(m_openClient, tr("Open client"), QStringLiteral("Return"), [this, id] { openClient(id); });
    menu.setToolTipsVisible(true);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void AlertsPanel::reportWrite(const QString& alertId, const QString& error)
{
    if (!error.isEmpty()) {
        m_banner->showMessage(Banner::Kind::Error, error);
        return;
    }
    m_banner->showMessage(Banner::Kind::Info, {});
    if (alertId == m_extrasFor)
        m_extrasKey.clear(); // read the notes and history again on the next update
    if (const Alert* a = selectedAlert(); a && a->id == alertId)
        loadDetailExtras(*a);
    emit alertWritten(alertId);
}

void AlertsPanel::acknowledgeAlert(const QString& alertId)
{
    const Alert* a = m_context.alerts ? m_context.alerts->alert(alertId) : nullptr;
    if (!a)
        return;
    if (m_context.isReadOnly()) {
        m_banner->showMessage(Banner::Kind::Warning, readOnlyReason());
        return;
    }
    auto* dialog = new AlertAcknowledgeDialog(a->summary, m_context.alerts->actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertAcknowledgeDialog::submitted, this,
        [this, alertId, guard = QPointer<AlertAcknowledgeDialog>(dialog)](const QString& owner, const QString& note) {
            m_context.alerts->acknowledge(
                alertId, owner, note, this, [this, alertId, guard](Result<AlertAnnotation, QString> done) {
                    if (!done) {
                        if (guard)
                            guard->showError(done.error());
                        reportWrite(alertId, done.error());
                        return;
                    }
                    if (guard)
                        guard->accept();
                    reportWrite(alertId, {});
                });
        });
    dialog->open();
}

void AlertsPanel::addNoteToAlert(const QString& alertId)
{
    const Alert* a = m_context.alerts ? m_context.alerts->alert(alertId) : nullptr;
    if (!a)
        return;
    if (m_context.isReadOnly()) {
        m_banner->showMessage(Banner::Kind::Warning, readOnlyReason());
        return;
    }
    auto* dialog = new AlertNoteDialog(a->summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertNoteDialog::submitted, this,
        [this, alertId, guard = QPointer<AlertNoteDialog>(dialog)](const QString& note) {
            m_context.alerts->addNote(alertId, note, this, [this, alertId, guard](Result<AlertNote, QString> done) {
                if (!done) {
                    if (guard)
                        guard->showError(done.error());
                    reportWrite(alertId, done.error());
                    return;
                }
                if (guard)
                    guard->accept();
                reportWrite(alertId, {});
            });
        });
    dialog->open();
}

void AlertsPanel::silenceAlert(const QString& alertId, AlertSilenceDialog::Preset preset)
{
    const Alert* a = m_context.alerts ? m_context.alerts->alert(alertId) : nullptr;
    if (!a)
        return;
    if (m_context.isReadOnly()) {
        m_banner->showMessage(Banner::Kind::Warning, readOnlyReason());
        return;
    }
    auto* dialog = new AlertSilenceDialog(a->summary, a->origin == Alert::Origin::Alertmanager, preset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertSilenceDialog::submitted, this,
        [this, alertId, guard = QPointer<AlertSilenceDialog>(dialog)](
            const QDateTime& until, const QString& note, bool pushToAlertmanager) {
            m_context.alerts->silence(alertId, until, note, pushToAlertmanager, this,
                [this, alertId, guard](Result<AlertAnnotation, QString> done) {
                    if (!done) {
                        if (guard)
                            guard->showError(done.error());
                        reportWrite(alertId, done.error());
                        return;
                    }
                    if (guard)
                        guard->accept();
                    reportWrite(alertId, {});
                });
        });
    dialog->open();
}

void AlertsPanel::unacknowledgeAlert(const QString& alertId)
{
    const Alert* a = m_context.alerts ? m_context.alerts->alert(alertId) : nullptr;
    if (!a)
        return;
    if (m_context.isReadOnly()) {
        m_banner->showMessage(Banner::Kind::Warning, readOnlyReason());
        return;
    }
    if (!a->acknowledged && !a->silencedUntil.isValid())
        return;
    m_context.alerts->unacknowledge(alertId, this,
        [this, alertId](Result<Done, QString> done) { reportWrite(alertId, done ? QString() : done.error()); });
}

void AlertsPanel::openClient(const QString& alertId)
{
    const Alert* a = m_context.alerts ? m_context.alerts->alert(alertId) : nullptr;
    if (a && a->subjectIsTenant)
        emit tenantRequested(a->subject);
}

// ---- state ----

void AlertsPanel::styleDisabledPrimary()
{
    // The theme paints the primary button in the accent colour in every state; a disabled one must look disabled.
    m_acknowledge->setStyleSheet(
        QStringLiteral("QPushButton:disabled { background: %1; color: %2; border: 1px solid %3; }")
            .arg(Theme::cardBackground().name(), Theme::mutedText().name(), Theme::border().name()));
}

void AlertsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        styleDisabledPrimary(); // the theme changed
    QWidget::changeEvent(event);
}

void AlertsPanel::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/alertsHeader"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/alertsSplitter"), m_splitter->saveState());
}

void AlertsPanel::restoreState()
{
    QSettings settings;
    const QByteArray header = settings.value(QStringLiteral("window/alertsHeader")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(QStringLiteral("window/alertsSplitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

} // namespace Fleetdeck
