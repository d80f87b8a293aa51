#include "core/fleet/fleetstate.h"
#include "ui/models/tenantfilterproxy.h"
#include "ui/models/tenanttablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Fleetdeck;

namespace {

Tenant makeTenant(int i, TenantStatus status = TenantStatus::Active)
{
    Tenant t;
    t.slug = QStringLiteral("client-%1").arg(i, 3, 10, QLatin1Char('0'));
    t.name = QStringLiteral("Client %1").arg(i, 3, 10, QLatin1Char('0'));
    t.status = status;
    t.plan = i % 2 ? QStringLiteral("growth") : QStringLiteral("starter");
    t.endpoints.append({TenantEndpoint::Kind::Health, QStringLiteral("https://c%1.example/health").arg(i)});
    t.endpoints.append({TenantEndpoint::Kind::Host, QStringLiteral("srv-%1").arg(i % 3)});
    return t;
}

HealthSample sample(const Tenant& t, HealthState state, int latency)
{
    HealthSample s;
    s.tenantSlug = t.slug;
    s.url = t.healthUrls().first();
    s.state = state;
    s.latencyMs = latency;
    s.httpStatus = state == HealthState::Down ? 503 : 200;
    s.checkedAt = QDateTime::currentDateTimeUtc();
    return s;
}

// The list as TenantFilterProxy must show it, worked out the slow and obvious way from the model's roles and
// the tenants' own fields: every word in the lower-case join of the fields, sorted by SortRole with ties by
// lower-case name, then by source row.
QList<int> expectedRows(const FleetState& fleet, const QAbstractItemModel& model, const QString& search,
    std::optional<int> status, TenantFilterProxy::HealthFilter health, int sortColumn, Qt::SortOrder order)
{
    using HF = TenantFilterProxy::HealthFilter;
    const QStringList words = search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Tenant& t = fleet.tenants().at(row);
        const QModelIndex index = model.index(row, 0);
        const int state = index.data(TenantTableModel::HealthStateRole).toInt();
        const bool stale = index.data(TenantTableModel::StaleRole).toBool();
        if (status && int(t.status) != *status)
            continue;
        const bool healthOk = health == HF::Any || (health == HF::Up && state == int(HealthState::Up))
            || (health == HF::Degraded && state == int(HealthState::Degraded))
            || (health == HF::Down && state == int(HealthState::Down))
            || (health == HF::Unknown && state == int(HealthState::Unknown))
            || (health == HF::Problems
                && (state == int(HealthState::Degraded) || state == int(HealthState::Down) || stale))
            || (health == HF::Stale && stale);
        if (!healthOk)
            continue;
        QStringList parts{
            t.name, t.slug, t.plan, t.contact, t.notes, tenantStatusName(t.status), tenantStatusDisplayName(t.status)};
        for (const TenantEndpoint& e : t.endpoints)
            parts << e.value;
        const QString text = parts.join(QLatin1Char(' ')).toLower();
        if (std::all_of(words.begin(), words.end(), [&](const QString& word) { return text.contains(word); }))
            rows << row;
    }
    if (sortColumn < 0)
        return rows;
    std::stable_sort(rows.begin(), rows.end(), [&](int left, int right) {
        const QPartialOrdering byKey = QVariant::compare(model.index(left, sortColumn).data(TenantTableModel::SortRole),
            model.index(right, sortColumn).data(TenantTableModel::SortRole));
        if (byKey != QPartialOrdering::Equivalent)
            return order == Qt::AscendingOrder ? byKey == QPartialOrdering::Less : byKey == QPartialOrdering::Greater;
        const QString leftName = model.index(left, 0).data(TenantTableModel::SortRole).toString();
        const QString rightName = model.index(right, 0).data(TenantTableModel::SortRole).toString();
        return leftName < rightName;
    });
    return rows;
}

QList<int> shownRows(const TenantFilterProxy& proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows << proxy.mapToSource(proxy.index(row, 0)).row();
    return rows;
}

QStringList shownSlugs(const TenantFilterProxy& proxy)
{
    QStringList slugs;
    for (int row = 0; row < proxy.rowCount(); ++row)
        slugs << proxy.index(row, 0).data(TenantTableModel::SlugRole).toString();
    return slugs;
}

} // namespace

class TestTenantTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fleet = std::make_unique<FleetState>();
        m_model = std::make_unique<TenantTableModel>(m_fleet.get());
        m_proxy = std::make_unique<TenantFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Tenant> tenants;
        for (int i = 0; i < 30; ++i)
            tenants << makeTenant(i, i == 29 ? TenantStatus::Suspended : TenantStatus::Active);
        m_fleet->setTenants(tenants);
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_fleet.reset();
    }

    void aRefreshEmitsPreciseRangesNotResets()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const auto& t = m_fleet->tenants();
        m_fleet->applyHealth({sample(t[3], HealthState::Up, 10), sample(t[4], HealthState::Up, 10),
            sample(t[9], HealthState::Down, -1)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 2); // rows 3-4, then row 9
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 9);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(TenantTableModel::HealthColumn));
    }

    void showsStatesInWordsAndNumbersWithUnits()
    {
        const auto& t = m_fleet->tenants();
        m_fleet->applyHealth({sample(t[0], HealthState::Degraded, 1234)});
        QCOMPARE(m_model->index(0, TenantTableModel::HealthColumn).data().toString(), QStringLiteral("degraded"));
        QVERIFY(m_model->index(0, TenantTableModel::LatencyColumn).data().toString().endsWith(QStringLiteral(" ms")));
        QCOMPARE(m_model->index(0, TenantTableModel::LatencyColumn).data(TenantTableModel::SortRole).toInt(), 1234);
        QVERIFY(m_model->index(0, TenantTableModel::LatencyColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
            & Qt::AlignRight);
        QCOMPARE(m_model->index(29, TenantTableModel::HealthColumn).data().toString(), QStringLiteral("paused"));
        QCOMPARE(m_model->index(5, TenantTableModel::CheckedColumn).data().toString(), QStringLiteral("never"));
    }

    void theListStaysSortedWhileResultsArrive()
    {
        m_proxy->sort(TenantTableModel::HealthColumn, Qt::DescendingOrder);
        const auto& t = m_fleet->tenants();
        // Results arrive in batches, in any order, as in a refresh.
        QList<HealthSample> batch;
        for (int n = 0; n < 29; ++n) {
            const int i = (n * 7) % 29; // scattered: one batch touches rows far apart
            const HealthState state = i % 7 == 3 ? HealthState::Degraded
                : i % 11 == 5                    ? HealthState::Down
                                                 : HealthState::Up;
            batch << sample(t[i], state, 100 + i);
            if (batch.size() == 4) {
                m_fleet->applyHealth(batch);
                batch.clear();
            }
        }
        m_fleet->applyHealth(batch);
        int previous = 100;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const int rank =
                m_proxy->index(row, TenantTableModel::HealthColumn).data(TenantTableModel::SortRole).toInt();
            QVERIFY2(rank <= previous,
                qPrintable(QStringLiteral("row %1 rank %2 after %3").arg(row).arg(rank).arg(previous)));
            previous = rank;
        }
        QCOMPARE(m_proxy->index(0, TenantTableModel::HealthColumn).data().toString(), QStringLiteral("down"));
    }

    void searchMatchesEveryWordAnywhere_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("rows");
        QTest::newRow("name") << QStringLiteral("client 007") << 1;
        QTest::newRow("slug") << QStringLiteral("client-01") << 10;
        QTest::newRow("host") << QStringLiteral("srv-2") << 10;
        QTest::newRow("url") << QStringLiteral("c12.example") << 1;
        QTest::newRow("plan and host") << QStringLiteral("growth srv-1") << 5;
        QTest::newRow("case") << QStringLiteral("CLIENT 007") << 1;
        QTest::newRow("nothing") << QStringLiteral("zebra") << 0;
    }
    void searchMatchesEveryWordAnywhere()
    {
        QFETCH(QString, query);
        QFETCH(int, rows);
        m_proxy->setSearchText(query);
        QCOMPARE(m_proxy->rowCount(), rows);
    }

    void filtersByStatusAndHealth()
    {
        const auto& t = m_fleet->tenants();
        m_fleet->applyHealth({sample(t[0], HealthState::Down, -1), sample(t[1], HealthState::Degraded, 1500),
            sample(t[2], HealthState::Up, 90)});
        m_proxy->setHealthFilter(TenantFilterProxy::HealthFilter::Problems);
        QCOMPARE(m_proxy->rowCount(), 2);
        m_proxy->setHealthFilter(TenantFilterProxy::HealthFilter::Down);
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setHealthFilter(TenantFilterProxy::HealthFilter::Any);
        m_proxy->setStatusFilter(int(TenantStatus::Suspended));
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, 0).data(TenantTableModel::SlugRole).toString(), QStringLiteral("client-029"));
    }

    void searchNarrowsAndWidensAsYouType();
    void searchMatchesLowerCaseTextBeyondAscii();
    void filterAndSortWorkTogether();
    void tiesAreSortedByNameEitherWayRound();
    void namesSortAsTheirLowerCaseText();
    void aHealthChangeMovesItsRowUnderALatencySort();
    void aHealthChangeShowsOrHidesRowsUnderAHealthFilter();
    void staleByAgeIsLookedAtAgainOnEveryFilterChange();
    void selectionStaysOnItsClientAcrossSearchChanges();
    void headersStayWhenNothingMatches();
    void everyChangeShowsWhatTheRulesSay();

private:
    std::unique_ptr<FleetState> m_fleet;
    std::unique_ptr<TenantTableModel> m_model;
    std::unique_ptr<TenantFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestTenantTableModel::searchNarrowsAndWidensAsYouType()
{
    m_proxy->sort(TenantTableModel::NameColumn, Qt::DescendingOrder);
    QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);
    const auto expect = [this](const QString& query) {
        return expectedRows(*m_fleet, *m_model, query, std::nullopt, TenantFilterProxy::HealthFilter::Any,
            TenantTableModel::NameColumn, Qt::DescendingOrder);
    };
    for (const QString& query : {QStringLiteral("c"), QStringLiteral("cl"), QStringLiteral("client 0"),
             QStringLiteral("client 01"), QStringLiteral("client 015"), QStringLiteral("client 01"),
             QStringLiteral("client 0"), QStringLiteral("client 0 srv-2"), QStringLiteral("srv-2"), QString()}) {
        m_proxy->setSearchText(query);
        QCOMPARE(m_proxy->searchText(), query);
        QCOMPARE(shownRows(*m_proxy), expect(query));
    }
    QCOMPARE(m_proxy->rowCount(), 30);
    QCOMPARE(resets.count(), 0);
    QVERIFY(layouts.count() >= 5);
}

void TestTenantTableModel::searchMatchesLowerCaseTextBeyondAscii()
{
    QList<Tenant> tenants{makeTenant(1), makeTenant(2), makeTenant(3)};
    tenants[0].name = QStringLiteral("Émile Ångström Café");
    tenants[1].name = QStringLiteral("STRASSE 😀 Straße");
    tenants[2].notes = QStringLiteral("moved\tto the new host");
    m_fleet->setTenants(tenants);
    const auto count = [this](const QString& query) {
        m_proxy->setSearchText(query);
        return m_proxy->rowCount();
    };
    QCOMPARE(count(QStringLiteral("émile")), 1);
    QCOMPARE(count(QStringLiteral("ÉMILE ÅNG")), 1);
    QCOMPARE(count(QStringLiteral("café")), 1);
    QCOMPARE(count(QStringLiteral("cafe")), 0);
    QCOMPARE(count(QStringLiteral("straße")), 1);
    QCOMPARE(count(QStringLiteral("😀")), 1);
    QCOMPARE(count(QStringLiteral("strasse 😀")), 1);
    QCOMPARE(count(QStringLiteral("moved\tto")), 1);
    // A word never spans two fields or two rows.
    QCOMPARE(count(QStringLiteral("café client-001")), 1);
    QCOMPARE(count(QStringLiteral("caféclient")), 0);
    QCOMPARE(count(QStringLiteral("srv-1srv")), 0);
    QCOMPARE(m_model->index(0, 0).data(TenantTableModel::SearchTextRole).toString().left(19),
        QStringLiteral("émile ångström café"));
}

void TestTenantTableModel::filterAndSortWorkTogether()
{
    const auto& t = m_fleet->tenants();
    QList<HealthSample> samples;
    for (int i = 0; i < 29; ++i)
        samples << sample(t[i], i % 4 == 0 ? HealthState::Down : HealthState::Up, 300 - (i * 37) % 200);
    m_fleet->applyHealth(samples);
    m_proxy->setHealthFilter(TenantFilterProxy::HealthFilter::Up);
    m_proxy->setSearchText(QStringLiteral("srv-1"));
    m_proxy->sort(TenantTableModel::LatencyColumn, Qt::DescendingOrder);
    const QList<int> byLatency = expectedRows(*m_fleet, *m_model, QStringLiteral("srv-1"), std::nullopt,
        TenantFilterProxy::HealthFilter::Up, TenantTableModel::LatencyColumn, Qt::DescendingOrder);
    QVERIFY(byLatency.size() >= 5);
    QCOMPARE(shownRows(*m_proxy), byLatency);
    // Re-sorting keeps the filters; widening the search keeps the sort.
    m_proxy->sort(TenantTableModel::PlanColumn, Qt::AscendingOrder);
    QCOMPARE(shownRows(*m_proxy),
        expectedRows(*m_fleet, *m_model, QStringLiteral("srv-1"), std::nullopt, TenantFilterProxy::HealthFilter::Up,
            TenantTableModel::PlanColumn, Qt::AscendingOrder));
    m_proxy->setSearchText({});
    QCOMPARE(shownRows(*m_proxy),
        expectedRows(*m_fleet, *m_model, {}, std::nullopt, TenantFilterProxy::HealthFilter::Up,
            TenantTableModel::PlanColumn, Qt::AscendingOrder));
    QCOMPARE(m_proxy->sortColumn(), int(TenantTableModel::PlanColumn));
    QCOMPARE(m_proxy->sortOrder(), Qt::AscendingOrder);
}

void TestTenantTableModel::tiesAreSortedByNameEitherWayRound()
{
    // Every client "up" at the same latency, listed out of name order in the source.
    QList<Tenant> tenants;
    for (const int i : {7, 3, 9, 1, 5, 2, 8, 0, 6, 4})
        tenants << makeTenant(i);
    m_fleet->setTenants(tenants);
    QList<HealthSample> samples;
    for (const Tenant& tenant : tenants)
        samples << sample(tenant, HealthState::Up, 120);
    m_fleet->applyHealth(samples);
    QStringList byName;
    for (int i = 0; i < 10; ++i)
        byName << QStringLiteral("client-%1").arg(i, 3, 10, QLatin1Char('0'));
    for (const int column : {int(TenantTableModel::HealthColumn), int(TenantTableModel::LatencyColumn),
             int(TenantTableModel::StatusColumn), int(TenantTableModel::TlsExpiryColumn)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(column, order);
            QCOMPARE(shownSlugs(*m_proxy), byName);
        }
    }
    m_proxy->sort(TenantTableModel::NameColumn, Qt::DescendingOrder);
    QStringList reversed = byName;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(shownSlugs(*m_proxy), reversed);
    m_proxy->sort(-1);
    QCOMPARE(shownRows(*m_proxy), QList<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

void TestTenantTableModel::namesSortAsTheirLowerCaseText()
{
    const QStringList names{QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("alpha"),
        QStringLiteral("Émile"), QStringLiteral("emile"), QStringLiteral("Zoë"), QStringLiteral("zoe"),
        QStringLiteral("😀 Smile"), QStringLiteral("\uE000 private use"), QStringLiteral("ÆRØ"), QStringLiteral(""),
        QStringLiteral("Alpha")};
    QList<Tenant> tenants;
    for (int i = 0; i < names.size(); ++i) {
        tenants << makeTenant(i);
        tenants.last().name = names.at(i);
    }
    m_fleet->setTenants(tenants);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(TenantTableModel::NameColumn, order);
        QCOMPARE(shownRows(*m_proxy),
            expectedRows(*m_fleet, *m_model, {}, std::nullopt, TenantFilterProxy::HealthFilter::Any,
                TenantTableModel::NameColumn, order));
    }
}

void TestTenantTableModel::aHealthChangeMovesItsRowUnderALatencySort()
{
    const auto& t = m_fleet->tenants();
    QList<HealthSample> samples;
    for (int i = 0; i < 29; ++i)
        samples << sample(t[i], HealthState::Up, 100 + i);
    m_fleet->applyHealth(samples);
    m_proxy->sort(TenantTableModel::LatencyColumn, Qt::AscendingOrder);
    // The suspended client (no latency) comes first, then the fastest.
    QCOMPARE(m_proxy->index(1, 0).data(TenantTableModel::SlugRole).toString(), QStringLiteral("client-000"));
    QItemSelectionModel selection(m_proxy.get());
    selection.setCurrentIndex(m_proxy->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex followed = m_proxy->index(1, TenantTableModel::LatencyColumn);
    QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);

    // client-000 becomes the slowest; two others change without moving.
    m_fleet->applyHealth({sample(t[0], HealthState::Degraded, 5000), sample(t[10], HealthState::Up, 110),
        sample(t[20], HealthState::Up, 120)});
    QCOMPARE(layouts.count(), 1); // one re-sort for the whole batch
    QVERIFY(changed.count() >= 1);
    const int last = m_proxy->rowCount() - 1;
    QCOMPARE(m_proxy->index(last, 0).data(TenantTableModel::SlugRole).toString(), QStringLiteral("client-000"));
    QCOMPARE(followed.row(), last);
    QCOMPARE(followed.column(), int(TenantTableModel::LatencyColumn));
    QCOMPARE(selection.currentIndex().row(), last);
    QVERIFY(selection.isRowSelected(last, {}));
    QCOMPARE(shownRows(*m_proxy),
        expectedRows(*m_fleet, *m_model, {}, std::nullopt, TenantFilterProxy::HealthFilter::Any,
            TenantTableModel::LatencyColumn, Qt::AscendingOrder));

    // A change that moves nothing is only a dataChanged, at the row where the client is shown.
    layouts.clear();
    changed.clear();
    m_fleet->applyHealth({sample(t[15], HealthState::Up, 115)});
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    QCOMPARE(topLeft.data(TenantTableModel::SlugRole).toString(), QStringLiteral("client-015"));
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), topLeft.row());
}

void TestTenantTableModel::aHealthChangeShowsOrHidesRowsUnderAHealthFilter()
{
    const auto& t = m_fleet->tenants();
    m_fleet->applyHealth({sample(t[0], HealthState::Down, -1), sample(t[1], HealthState::Up, 100)});
    m_proxy->sort(TenantTableModel::NameColumn, Qt::AscendingOrder);
    m_proxy->setHealthFilter(TenantFilterProxy::HealthFilter::Problems);
    QCOMPARE(shownSlugs(*m_proxy), QStringList{QStringLiteral("client-000")});
    m_fleet->applyHealth({sample(t[0], HealthState::Up, 90), sample(t[1], HealthState::Degraded, 2000),
        sample(t[2], HealthState::Down, -1)});
    QCOMPARE(shownSlugs(*m_proxy), QStringList({QStringLiteral("client-001"), QStringLiteral("client-002")}));
    m_fleet->markHealthStale({QStringLiteral("client-005")}, QStringLiteral("probe failed"));
    QCOMPARE(shownSlugs(*m_proxy),
        QStringList({QStringLiteral("client-001"), QStringLiteral("client-002"), QStringLiteral("client-005")}));
}

void TestTenantTableModel::staleByAgeIsLookedAtAgainOnEveryFilterChange()
{
    const auto& t = m_fleet->tenants();
    m_fleet->applyHealth({sample(t[1], HealthState::Up, 80), sample(t[2], HealthState::Up, 90)});
    m_proxy->setHealthFilter(TenantFilterProxy::HealthFilter::Stale);
    m_proxy->setSearchText(QStringLiteral("client 00"));
    QCOMPARE(m_proxy->rowCount(), 0);
    // Time passes without news: both are too old now. A longer search looks at every row again.
    m_model->setNow(QDateTime::currentDateTimeUtc().addSecs(3600));
    m_proxy->setSearchText(QStringLiteral("client 001"));
    QCOMPARE(shownSlugs(*m_proxy), QStringList{QStringLiteral("client-001")});
    m_proxy->setSearchText(QStringLiteral("client 00"));
    QCOMPARE(shownSlugs(*m_proxy), QStringList({QStringLiteral("client-001"), QStringLiteral("client-002")}));
}

void TestTenantTableModel::selectionStaysOnItsClientAcrossSearchChanges()
{
    m_proxy->sort(TenantTableModel::NameColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(m_proxy.get());
    const QModelIndex client12 =
        m_proxy->mapFromSource(m_model->index(m_model->rowOf(QStringLiteral("client-012")), 0));
    selection.setCurrentIndex(client12, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const auto current = [&] {
        return selection.currentIndex().data(TenantTableModel::SlugRole).toString();
    };

    for (const QString& query : {QStringLiteral("client"), QStringLiteral("client-01"), QStringLiteral("client-012"),
             QStringLiteral("client-01"), QString()}) {
        m_proxy->setSearchText(query);
        QCOMPARE(current(), QStringLiteral("client-012"));
        QVERIFY(selection.isRowSelected(selection.currentIndex().row(), {}));
    }
    // Hidden by the search, it is no longer current: nothing else is selected in its place.
    m_proxy->setSearchText(QStringLiteral("client-02"));
    QVERIFY(!selection.currentIndex().isValid());
    QVERIFY(!selection.hasSelection());
}

void TestTenantTableModel::headersStayWhenNothingMatches()
{
    m_proxy->setSearchText(QStringLiteral("zebra"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->columnCount(), int(TenantTableModel::ColumnCount));
    QVERIFY(!m_proxy->hasChildren());
    QCOMPARE(m_proxy->headerData(TenantTableModel::LatencyColumn, Qt::Horizontal).toString(),
        m_model->headerData(TenantTableModel::LatencyColumn, Qt::Horizontal).toString());
}

void TestTenantTableModel::everyChangeShowsWhatTheRulesSay()
{
    // Names with ties, case differences and non-ASCII; some clients paused.
    const QStringList names{QStringLiteral("Pinecrest Coffee"), QStringLiteral("pinecrest coffee"),
        QStringLiteral("Émile Bakery"), QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("Zoë Dental"),
        QStringLiteral("Harbor Dental"), QStringLiteral("Pine Hardware")};
    QList<Tenant> tenants;
    for (int i = 0; i < 60; ++i) {
        tenants << makeTenant(i,
            i % 9 == 4        ? TenantStatus::Suspended
                : i % 13 == 6 ? TenantStatus::Churned
                              : TenantStatus::Active);
        tenants.last().name = names.at(i % names.size()) + (i % 3 ? QStringLiteral(" %1").arg(i % 5) : QString());
        tenants.last().plan = i % 4 == 0 ? QString() : i % 4 == 1 ? QStringLiteral("Growth") : QStringLiteral("growth");
    }
    m_fleet->setTenants(tenants);

    QRandomGenerator random(20240611);
    const QStringList queries{QStringLiteral("p"), QStringLiteral("pi"), QStringLiteral("pine"),
        QStringLiteral("pine c"), QStringLiteral("pine co"), QStringLiteral("émile"), QStringLiteral("DENTAL"),
        QStringLiteral("srv-1"), QStringLiteral("client-03"), QStringLiteral("growth 2"), QStringLiteral("paused"),
        QStringLiteral("suspended"), QStringLiteral("xyz"), QString()};
    QString search;
    std::optional<int> status;
    auto health = TenantFilterProxy::HealthFilter::Any;
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    for (int step = 0; step < 400; ++step) {
        switch (random.bounded(6)) {
        case 0:
            // Often nothing or a short prefix, so most rows stay in view and a misplaced one shows.
            search = random.bounded(2) ? QString() : queries.at(random.bounded(int(queries.size())));
            m_proxy->setSearchText(search);
            break;
        case 1:
            health = random.bounded(2) ? TenantFilterProxy::HealthFilter::Any
                                       : static_cast<TenantFilterProxy::HealthFilter>(random.bounded(7));
            m_proxy->setHealthFilter(health);
            break;
        case 2:
            status = random.bounded(4) == 0 ? std::optional<int>(random.bounded(3)) : std::nullopt;
            m_proxy->setStatusFilter(status);
            break;
        case 3:
            column = random.bounded(-1, int(TenantTableModel::ColumnCount));
            order = random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
            m_proxy->sort(column, order);
            break;
        case 4: {
            QList<HealthSample> samples;
            for (int n = random.bounded(2) ? random.bounded(1, 4) : random.bounded(4, 20); n > 0; --n) {
                const Tenant& t = tenants.at(random.bounded(int(tenants.size())));
                HealthSample s = sample(t, static_cast<HealthState>(random.bounded(4)), random.bounded(-1, 400));
                if (random.bounded(3))
                    s.tlsExpiresAt = s.checkedAt.addDays(random.bounded(90));
                samples << s;
            }
            m_fleet->applyHealth(samples);
            break;
        }
        default:
            m_fleet->markHealthStale({tenants.at(random.bounded(int(tenants.size()))).slug}, QStringLiteral("timeout"));
            break;
        }
        const QList<int> expected = expectedRows(*m_fleet, *m_model, search, status, health, column, order);
        QVERIFY2(shownRows(*m_proxy) == expected, qPrintable(QStringLiteral("step %1").arg(step)));
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(m_proxy->mapFromSource(m_proxy->mapToSource(m_proxy->index(row, 1))), m_proxy->index(row, 1));
    }
}

QTEST_MAIN(TestTenantTableModel)
#include "tst_tenanttablemodel.moc"
