#include "ui/panels/auditpanel.h"

#include "core/store/registry.h"
#include "core/store/storeworker.h"
#include "ui/models/auditlogmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fleetdeck {

AuditPanel::AuditPanel(const ConsoleContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AuditLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("auditPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(AuditLogModel::SortRole);
    m_filter->setObjectName(QStringLiteral("auditFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by person, action, client or detail…"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("muted"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::WhenColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int w = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(AuditLogModel::WhenColumn, w * 20);
    m_view->setColumnWidth(AuditLogModel::ActorColumn, w * 22);
    m_view->setColumnWidth(AuditLogModel::ActionColumn, w * 22);
    m_view->setColumnWidth(AuditLogModel::TargetColumn, w * 24);

    auto* title = new QLabel(tr("Audit log"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    auto* subtitle = new QLabel(tr("Every change made to the registry, by whom and when. Kept in the registry, so the "
                                   "whole team sees the same history."),
        this);
    subtitle->setObjectName(QStringLiteral("panelSubtitle"));
    subtitle->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    const QByteArray header = QSettings().value(QStringLiteral("window/auditHeader")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &AuditPanel::saveState);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &AuditPanel::saveState);
}

void AuditPanel::saveState() const
{
    QSettings().setValue(QStringLiteral("window/auditHeader"), m_view->horizontalHeader()->saveState());
}

void AuditPanel::reload()
{
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Loading…"));
    m_context.store->withRegistry<Result<QList<AuditEntry>, StoreError>>(
        [](Registry& registry) { return registry.auditLog({}, 2000); },
        Result<QList<AuditEntry>, StoreError>::failure(StoreWorker::notOpen(tr("The registry"))), this,
        [this, generation](Result<QList<AuditEntry>, StoreError> entries) {
            if (generation != m_generation)
                return;
            if (!entries) {
                m_status->setText(entries.error().toDisplayString());
                return;
            }
            m_model->setEntries(entries.value());
            m_status->setText(tr("%n change(s)", nullptr, static_cast<int>(entries->size())));
        });
}

} // namespace Fleetdeck
