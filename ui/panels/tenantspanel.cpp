#include "ui/panels/tenantspanel.h"

#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"
#include "core/fleet/tenantreport.h"
#include "core/store/registry.h"
#include "core/store/storeworker.h"
#include "core/store/tenantimport.h"
#include "ui/dialogs/confirmdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/tenanteditordialog.h"
#include "ui/models/auditlogmodel.h"
#include "ui/models/tenanttablemodel.h"
#include "ui/preferences.h"
#include "ui/theme.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/healthdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Fleetdeck {

namespace {

// A plan's price per month in its minor units (yearly ÷ 12, weekly × 52 ÷ 12, daily × 365 ÷ 12).
qint64 monthlyMinor(const Plan& plan)
{
    const double count = std::max(1, plan.intervalCount);
    double perMonth = static_cast<double>(plan.amountMinor) / count;
    if (plan.interval == QLatin1String("year"))
        perMonth /= 12.0;
    else if (plan.interval == QLatin1String("week"))
        perMonth *= 52.0 / 12.0;
    else if (plan.interval == QLatin1String("day"))
        perMonth *= 365.0 / 12.0;
    return static_cast<qint64>(perMonth + 0.5);
}

QString cell(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

TenantsPanel::TenantsPanel(const ConsoleContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TenantTableModel(context.fleet, this))
    , m_proxy(new TenantFilterProxy(this))
    , m_history(new AuditLogModel(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_healthFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_banner(new Banner(this))
    , m_listStack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detail(new QLabel(this))
    , m_historyView(new QTableView(this))
    , m_add(new QPushButton(tr("&Add client"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_suspend(new QPushButton(tr("&Suspend"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_copy(new QPushButton(tr("&Copy status report"), this))
{
    setObjectName(QStringLiteral("tenantsPanel"));
    m_proxy->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("tenantFilterEdit"));
    m_search->setPlaceholderText(tr("Filter by name, slug, plan, host, URL…"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    m_statusFilter->addItem(tenantStatusDisplayName(TenantStatus::Active), static_cast<int>(TenantStatus::Active));
    m_statusFilter->addItem(
        tenantStatusDisplayName(TenantStatus::Suspended), static_cast<int>(TenantStatus::Suspended));
    m_statusFilter->addItem(tenantStatusDisplayName(TenantStatus::Churned), static_cast<int>(TenantStatus::Churned));
    m_healthFilter->setObjectName(QStringLiteral("healthFilter"));
    using HF = TenantFilterProxy::HealthFilter;
    m_healthFilter->addItem(tr("Any health"), static_cast<int>(HF::Any));
    m_healthFilter->addItem(tr("Needs attention"), static_cast<int>(HF::Problems));
    m_healthFilter->addItem(healthStateDisplayName(HealthState::Down), static_cast<int>(HF::Down));
    m_healthFilter->addItem(healthStateDisplayName(HealthState::Degraded), static_cast<int>(HF::Degraded));
    m_healthFilter->addItem(healthStateDisplayName(HealthState::Up), static_cast<int>(HF::Up));
    m_healthFilter->addItem(healthStateDisplayName(HealthState::Unknown), static_cast<int>(HF::Unknown));
    m_healthFilter->addItem(tr("Stale"), static_cast<int>(HF::Stale));
    m_count->setObjectName(QStringLiteral("muted"));

    m_add->setObjectName(QStringLiteral("primary"));
    m_add->setAccessibleName(QStringLiteral("addTenantButton"));
    m_import->setAccessibleName(QStringLiteral("importButton"));
    m_edit->setAccessibleName(QStringLiteral("editTenantButton"));
    m_suspend->setAccessibleName(QStringLiteral("suspendButton"));
    m_remove->setObjectName(QStringLiteral("danger"));
    m_remove->setAccessibleName(QStringLiteral("removeButton"));
    m_copy->setAccessibleName(QStringLiteral("copyReportButton"));
    m_add->setToolTip(tr("Add a client to the registry (Ctrl+N)"));
    m_import->setToolTip(tr("Import clients from a CSV or JSON file, with a preview first (Ctrl+I)"));
    m_copy->setToolTip(tr("Copy a Markdown summary of this client for a support ticket (Ctrl+Shift+C)"));

    m_view->setObjectName(QStringLiteral("tenantsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TenantTableModel::HealthColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setItemDelegateForColumn(TenantTableModel::HealthColumn, new HealthDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    const int charWidth = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(TenantTableModel::NameColumn, charWidth * 28);
    m_view->setColumnWidth(TenantTableModel::StatusColumn, charWidth * 11);
    m_view->setColumnWidth(TenantTableModel::PlanColumn, charWidth * 10);
    m_view->setColumnWidth(TenantTableModel::HealthColumn, charWidth * 20);
    m_view->setColumnWidth(TenantTableModel::LatencyColumn, charWidth * 14);
    m_view->setColumnWidth(TenantTableModel::TlsExpiryColumn, charWidth * 19);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    m_detail->setObjectName(QStringLiteral("tenantDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_detail->setOpenExternalLinks(false);
    m_detail->setContentsMargins(4, 4, 4, 4);
    m_historyView->setObjectName(QStringLiteral("tenantHistoryView"));
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setColumnHidden(AuditLogModel::TargetColumn, true);
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setShowGrid(false);
    m_historyView->setWordWrap(false);
    m_historyView->horizontalHeader()->setSectionResizeMode(AuditLogModel::WhenColumn, QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(AuditLogModel::ActorColumn, QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(AuditLogModel::ActionColumn, QHeaderView::ResizeToContents);
    auto* historyTitle = new QLabel(tr("History"), this);
    historyTitle->setObjectName(QStringLiteral("cardTitle"));

    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->setSpacing(8);
    auto* scroll = new QScrollArea(detailPane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_detail);
    detailLayout->addWidget(scroll, 3);
    detailLayout->addWidget(historyTitle);
    detailLayout->addWidget(m_historyView, 2);

    m_splitter->setObjectName(QStringLiteral("tenantsSplitter"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    detailPane->setMinimumWidth(charWidth * 44);
    m_splitter->setChildrenCollapsible(false);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_healthFilter);
    filters->addWidget(m_count);
    filters->addStretch(1);
    filters->addWidget(m_add);
    filters->addWidget(m_import);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addStretch(1);
    actions->addWidget(m_edit);
    actions->addWidget(m_suspend);
    actions->addWidget(m_remove);
    actions->addWidget(m_copy);

    auto* title = new QLabel(tr("Clients"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateEmptyState();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional<int>(status));
        updateEmptyState();
    });
    connect(m_healthFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setHealthFilter(static_cast<TenantFilterProxy::HealthFilter>(m_healthFilter->currentData().toInt()));
        updateEmptyState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    // Searching, filtering and sorting are layout changes: the selection stays on its client while it is
    // shown and is dropped, without currentRowChanged, when a filter hides it. Then the pane must say so.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_view->selectionModel()->currentIndex().isValid()) {
            updateDetail();
            updateActions();
        }
    });
    connect(m_context.fleet, &FleetState::healthChanged, this, [this](const QStringList& slugs) {
        if (slugs.contains(selectedSlug()))
            updateDetail();
        updateEmptyState();
    });
    connect(m_context.fleet, &FleetState::tenantsReset, this, [this] {
        updateEmptyState();
        updateDetail();
        updateActions();
    });
    connect(m_add, &QPushButton::clicked, this, &TenantsPanel::addTenant);
    connect(m_import, &QPushButton::clicked, this, &TenantsPanel::importTenants);
    connect(m_edit, &QPushButton::clicked, this, [this] { editTenant(selectedSlug()); });
    connect(m_suspend, &QPushButton::clicked, this, [this] {
        const Tenant* t = tenant(selectedSlug());
        if (t && t->status == TenantStatus::Active)
            suspendTenant(t->slug);
        else if (t)
            reactivateTenant(t->slug);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeTenant(selectedSlug()); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyStatusReport(selectedSlug()); });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QString slug = m_proxy->index(m_view->indexAt(pos).row(), 0).data(TenantTableModel::SlugRole).toString();
        const Tenant* t = tenant(slug);
        if (!t)
            return;
        QMenu menu(this);
        const bool writable = !m_context.isReadOnly();
        menu.addAction(tr("Edit…"), this, [this, slug] { editTenant(slug); })->setEnabled(writable);
        if (t->status == TenantStatus::Active)
            menu.addAction(tr("Suspend…"), this, [this, slug] { suspendTenant(slug); })->setEnabled(writable);
        else
            menu.addAction(tr("Reactivate"), this, [this, slug] { reactivateTenant(slug); })->setEnabled(writable);
        menu.addAction(tr("Remove…"), this, [this, slug] { removeTenant(slug); })->setEnabled(writable);
        menu.addSeparator();
        menu.addAction(tr("Copy status report"), this, [this, slug] { copyStatusReport(slug); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    updateEmptyState();
    updateDetail();
    updateActions();
}

const Tenant* TenantsPanel::tenant(const QString& slug) const
{
    return slug.isEmpty() ? nullptr : m_context.fleet->tenant(slug);
}

QString TenantsPanel::selectedSlug() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->index(current.row(), 0).data(TenantTableModel::SlugRole).toString() : QString();
}

void TenantsPanel::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
}

void TenantsPanel::setHealthFilter(TenantFilterProxy::HealthFilter filter)
{
    m_healthFilter->setCurrentIndex(m_healthFilter->findData(static_cast<int>(filter)));
}

void TenantsPanel::sortBy(int column, Qt::SortOrder order)
{
    m_view->sortByColumn(column, order);
}

void TenantsPanel::selectTenant(const QString& slug)
{
    const int sourceRow = m_model->rowOf(slug);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by a filter: clear the filters so the person sees what they asked for.
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_healthFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QString TenantsPanel::readOnlyReason() const
{
    return tr("This is a read-only (support) connection to the registry: changes are made by someone with write "
              "access.");
}

void TenantsPanel::updateActions()
{
    const bool readOnly = m_context.isReadOnly();
    const Tenant* t = tenant(selectedSlug());
    for (QPushButton* button : {m_add, m_import, m_edit, m_suspend, m_remove}) {
        const bool needsSelection = button != m_add && button != m_import;
        button->setEnabled(!readOnly && (!needsSelection || t));
        button->setToolTip(readOnly                     ? readOnlyReason()
                : button->toolTip() == readOnlyReason() ? QString()
                                                        : button->toolTip());
    }
    m_copy->setEnabled(t != nullptr);
    m_suspend->setText(t && t->status != TenantStatus::Active ? tr("Re&activate") : tr("&Suspend"));
    if (!readOnly) {
        m_add->setToolTip(tr("Add a client to the registry (Ctrl+N)"));
        m_import->setToolTip(tr("Import clients from a CSV or JSON file, with a preview first (Ctrl+I)"));
    }
}

void TenantsPanel::updateEmptyState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n client(s)", nullptr, total) : tr("%1 of %2 shown").arg(shown).arg(total));
    if (total == 0) {
        m_empty->setText(m_context.isReadOnly()
                ? tr("No clients in the registry yet.")
                : tr("No clients yet.\nAdd one with Ctrl+N, or import a list with Ctrl+I."));
        m_listStack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("No client matches these filters.\nClear the search (Esc) or choose \"Any health\"."));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_view);
    }
}

void TenantsPanel::updateDetail()
{
    const QString slug = selectedSlug();
    const Tenant* t = tenant(slug);
    if (!t) {
        m_detail->setText(
            QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(Theme::mutedText().name(), tr("Select a client to see everything Fleetdeck knows about it.")));
        m_history->setEntries({});
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TenantHealth h = m_context.fleet->health(slug);
    const QString muted = Theme::mutedText().name();
    const QString state = t->isMonitored() ? healthStateDisplayName(h.state) : tr("not monitored");
    const QColor colour = t->isMonitored() ? Theme::stateColor(h.state) : Theme::mutedText();
    QString html;
    html += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(cell(t->name));
    html += QStringLiteral("<p style=\"color:%1; margin-top:0\">%2 · %3</p>")
                .arg(muted, cell(t->slug), cell(tenantStatusDisplayName(t->status)));
    html += QStringLiteral("<p><span style=\"color:%1; font-size:13pt; font-weight:600\">● %2</span>")
                .arg(colour.name(), cell(state));
    if (t->isMonitored() && !h.error.isEmpty())
        html += QStringLiteral(" <span>— %1</span>").arg(cell(h.error));
    html += QStringLiteral("</p>");
    if (h.stale && t->isMonitored())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(Theme::warning().name(), cell(tr("Stale: %1").arg(h.staleReason)));

    const auto row = [&](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style=\"color:%1; padding-right:14px\">%2</td><td>%3</td></tr>")
            .arg(muted, cell(label), value);
    };
    html += QStringLiteral("<table cellspacing=\"3\">");
    if (t->isMonitored()) {
        html += row(tr("Last checked"),
            h.checkedAt.isValid() ? cell(tr("%1 (%2)").arg(StatusReport::ageText(h.checkedAt, now),
                QLocale().toString(h.checkedAt.toLocalTime(), QLocale::ShortFormat)))
                                  : cell(tr("never")));
        html += row(
            tr("Latency"), h.latencyMs >= 0 ? cell(tr("%1 ms").arg(QLocale().toString(h.latencyMs))) : cell(tr("—")));
        html += row(tr("TLS certificate"),
            h.tlsExpiresAt.isValid() ? cell(tr("%1 (%2)").arg(StatusReport::expiryText(h.tlsExpiresAt, now),
                QLocale().toString(h.tlsExpiresAt.toLocalTime().date(), QLocale::ShortFormat)))
                                     : cell(tr("—")));
    }
    html += row(tr("Plan"), cell(t->plan.isEmpty() ? tr("none") : t->plan));
    if (!t->contact.isEmpty())
        html += row(tr("Contact"), cell(t->contact));
    if (t->createdAt.isValid())
        html +=
            row(tr("Client since"), cell(QLocale().toString(t->createdAt.toLocalTime().date(), QLocale::LongFormat)));
    const QList<QPair<QString, TenantEndpoint::Kind>> where = {{tr("Host"), TenantEndpoint::Kind::Host},
        {tr("Mautic"), TenantEndpoint::Kind::Mautic},
        {tr("Evolution instance"), TenantEndpoint::Kind::EvolutionInstance},
        {tr("n8n tag"), TenantEndpoint::Kind::N8nTag}, {tr("Stripe customer"), TenantEndpoint::Kind::StripeCustomer},
        {tr("GHL location"), TenantEndpoint::Kind::GhlLocation}};
    for (const auto& [label, kind] : where) {
        const QString value = t->endpointValue(kind);
        if (!value.isEmpty())
            html += row(label, cell(value));
    }
    if (!t->notes.isEmpty())
        html += row(tr("Notes"), cell(t->notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("</table>");

    if (!h.endpoints.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"3\">").arg(cell(tr("Health endpoints")));
        for (const HealthSample& e : h.endpoints) {
            QStringList facts;
            if (e.httpStatus > 0)
                facts << tr("HTTP %1").arg(e.httpStatus);
            if (e.latencyMs >= 0)
                facts << tr("%1 ms").arg(QLocale().toString(e.latencyMs));
            if (e.tlsExpiresAt.isValid())
                facts << tr("TLS %1").arg(StatusReport::expiryText(e.tlsExpiresAt, now));
            if (!e.error.isEmpty())
                facts << e.error;
            html += QStringLiteral("<tr><td><span style=\"color:%1\">●</span> %2</td></tr><tr><td style=\"color:%3; "
                                   "padding-left:16px\">%4 · %5</td></tr>")
                        .arg(Theme::stateColor(e.state).name(), cell(e.url), muted,
                            cell(healthStateDisplayName(e.state)), cell(facts.join(QStringLiteral(" · "))));
        }
        html += QStringLiteral("</table>");
    } else if (t->healthUrls().isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, cell(tr("No health URL: add one (Edit) so Fleetdeck can check this client.")));
    }
    m_detail->setText(html);

    const quint64 generation = ++m_historyGeneration;
    m_context.store->withRegistry<Result<QList<AuditEntry>, StoreError>>(
        [slug](Registry& registry) { return registry.auditLog(slug, 50); },
        Result<QList<AuditEntry>, StoreError>::failure(StoreWorker::notOpen(tr("The registry"))), this,
        [this, generation](Result<QList<AuditEntry>, StoreError> entries) {
            if (generation == m_historyGeneration)
                m_history->setEntries(entries.valueOr(QList<AuditEntry>()));
        });
}

void TenantsPanel::registryOpened()
{
    loadPlans();
    updateActions();
    updateEmptyState();
}

void TenantsPanel::loadPlans()
{
    m_context.store->withRegistry<Result<QList<Plan>, StoreError>>([](Registry& registry) { return registry.plans(); },
        Result<QList<Plan>, StoreError>::failure(StoreWorker::notOpen(tr("The registry"))), this,
        [this](Result<QList<Plan>, StoreError> plans) { m_plans = plans.valueOr(QList<Plan>()); });
}

bool TenantsPanel::needsTypedConfirmation(const Tenant& t) const
{
    for (const Plan& plan : m_plans) {
        if (plan.code == t.plan)
            return monthlyMinor(plan) >= m_context.preferences->typedConfirmationMinor();
    }
    return false;
}

void TenantsPanel::reload(const QString& selectSlug)
{
    if (!m_context.reloadFleet)
        return;
    m_context.reloadFleet([this, selectSlug](Result<int, QString> loaded) {
        if (!loaded)
            m_banner->showMessage(Banner::Kind::Error, loaded.error());
        if (!selectSlug.isEmpty())
            selectTenant(selectSlug);
        updateDetail();
        updateActions();
    });
}

void TenantsPanel::runWrite(const QString& success, std::function<Result<Done, StoreError>(Registry&)> write)
{
    const QString selected = selectedSlug();
    m_context.store->withRegistry<Result<Done, StoreError>>(std::move(write),
        Result<Done, StoreError>::failure(StoreWorker::notOpen(tr("The registry"))), this,
        [this, success, selected](Result<Done, StoreError> done) {
            if (!done) {
                m_banner->showMessage(Banner::Kind::Error, done.error().toDisplayString());
                return;
            }
            m_banner->showMessage(Banner::Kind::Info, {});
            emit statusMessage(success);
            emit registryChanged();
            reload(selected);
        });
}

void TenantsPanel::addTenant()
{
    if (m_context.isReadOnly()) {
        m_banner->showMessage(Banner::Kind::Warning, readOnlyReason());
        return;
    }
    auto* dialog = new TenantEditorDialog(m_plans, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TenantEditorDialog::submitted, this, [this, dialog](const Tenant& t) {
        dialog->setBusy(true);
        m_context.store->withRegistry<Result<Tenant, StoreError>>(
            [t](Registry& registry) { return registry.addTenant(t); },
            Result<Tenant, StoreError>::failure(StoreWorker::notOpen(tr("The registry"))), dialog,
            [this, dialog](Result<Tenant, StoreError> added) {
                if (!added) {
                    dialog->showError(added.error().toDisplayString());
                    return;
                }
                dialog->accept();
                emit statusMessage(tr("Added %1.").arg(added->name));
                emit registryChanged();
                reload(added->slug);
            });
    });
    dialog->open();
}

void TenantsPanel::editTenant(const QString& slug)
{
    const Tenant* t = tenant(slug);
    if (!t || m_context.isReadOnly())
        return;
    auto* dialog = new TenantEditorDialog(m_plans, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTenant(*t);
    connect(dialog, &TenantEditorDialog::submitted, this, [this, dialog](const Tenant& edited) {
        dialog->setBusy(true);
        m_context.store->withRegistry<Result<Done, StoreError>>(
            [edited](Registry& registry) { return registry.updateTenant(edited); },
            Result<Done, StoreError>::failure(StoreWorker::notOpen(tr("The registry"))), dialog,
            [this, dialog, edited](Result<Done, StoreError> done) {
                if (!done) {
                    dialog->showError(done.error().toDisplayString());
                    return;
                }
                dialog->accept();
                emit statusMessage(tr("Saved %1.").arg(edited.name));
                emit registryChanged();
                reload(edited.slug);
            });
    });
    dialog->open();
}

void TenantsPanel::suspendTenant(const QString& slug)
{
    const Tenant* t = tenant(slug);
    if (!t || m_context.isReadOnly())
        return;
    const QString name = t->name;
    auto* dialog = new ConfirmDialog(tr("Suspend %1?").arg(name),
        tr("%1 will no longer be checked and is shown as paused. Its data stays; you can reactivate it later.")
            .arg(name),
        tr("Suspend"), needsTypedConfirmation(*t) ? name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, slug, name] {
        runWrite(tr("Suspended %1.").arg(name),
            [slug](Registry& registry) { return registry.setTenantStatus(slug, TenantStatus::Suspended); });
    });
    dialog->open();
}

void TenantsPanel::reactivateTenant(const QString& slug)
{
    const Tenant* t = tenant(slug);
    if (!t || m_context.isReadOnly())
        return;
    runWrite(tr("Reactivated %1.").arg(t->name),
        [slug](Registry& registry) { return registry.setTenantStatus(slug, TenantStatus::Active); });
}

void TenantsPanel::removeTenant(const QString& slug)
{
    const Tenant* t = tenant(slug);
    if (!t)
        return;
    if (m_context.isReadOnly()) {
        m_banner->showMessage(Banner::Kind::Warning, readOnlyReason());
        return;
    }
    const QString name = t->name;
    auto* dialog = new ConfirmDialog(tr("Remove %1?").arg(name),
        tr("%1 and its endpoints will be removed from the registry. The audit log keeps a record of the removal. "
           "This cannot be undone from Fleetdeck.")
            .arg(name),
        tr("Remove"), needsTypedConfirmation(*t) ? name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, slug, name] {
        runWrite(tr("Removed %1.").arg(name), [slug](Registry& registry) { return registry.removeTenant(slug); });
    });
    dialog->open();
}

void TenantsPanel::importTenants()
{
    if (m_context.isReadOnly()) {
        m_banner->showMessage(Banner::Kind::Warning, readOnlyReason());
        return;
    }
    auto* dialog = new ImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::fileChosen, this, [this, dialog](const QString& path) {
        // Reading and checking a file can take a while: it runs on the store thread, next to the registry.
        m_context.store->withRegistry<TenantImport::Preview>(
            [path](Registry& registry) {
                TenantImport::Preview preview;
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    preview.fileError =
                        QCoreApplication::translate("TenantsPanel", "Cannot read %1: %2").arg(path, file.errorString());
                    return preview;
                }
                QStringList slugs, plans;
                for (const Tenant& t : registry.tenants().valueOr(QList<Tenant>()))
                    slugs << t.slug;
                for (const Plan& p : registry.plans().valueOr(QList<Plan>()))
                    plans << p.code;
                return TenantImport::parse(
                    file.read(64 * 1024 * 1024), TenantImport::formatForFileName(path), slugs, plans);
            },
            TenantImport::Preview{}, dialog,
            [dialog, path](
                const TenantImport::Preview& preview) { dialog->setPreview(QFileInfo(path).fileName(), preview); });
    });
    connect(dialog, &ImportDialog::importRequested, this, [this, dialog] {
        const TenantImport::Preview preview = dialog->preview();
        QList<Tenant> tenants;
        for (const auto& accepted : preview.accepted)
            tenants << accepted.tenant;
        dialog->setBusy(true, tr("Importing…"));
        m_context.store->withRegistry<Result<int, StoreError>>(
            [tenants, plans = preview.plans](Registry& registry) { return registry.importTenants(tenants, plans); },
            Result<int, StoreError>::failure(StoreWorker::notOpen(tr("The registry"))), dialog,
            [this, dialog, count = tenants.size()](Result<int, StoreError> imported) {
                if (!imported) {
                    dialog->showError(imported.error().toDisplayString());
                    return;
                }
                dialog->accept();
                emit statusMessage(tr("Imported %n client(s).", nullptr, static_cast<int>(count)));
                emit registryChanged();
                reload();
            });
    });
    dialog->open();
}

void TenantsPanel::copyStatusReport(const QString& slug)
{
    if (!tenant(slug))
        return;
    QApplication::clipboard()->setText(TenantReport::markdown(*m_context.fleet, slug));
    emit statusMessage(tr("Copied the status report of %1.").arg(tenant(slug)->name));
}

void TenantsPanel::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/tenantsHeader"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/tenantsSplitter"), m_splitter->saveState());
}

void TenantsPanel::restoreState()
{
    QSettings settings;
    const QByteArray header = settings.value(QStringLiteral("window/tenantsHeader")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(QStringLiteral("window/tenantsSplitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

} // namespace Fleetdeck
