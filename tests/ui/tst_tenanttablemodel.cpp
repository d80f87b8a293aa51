#include "core/fleet/fleetstate.h"
#include "ui/models/tenantfilterproxy.h"
#include "ui/models/tenanttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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

private:
    std::unique_ptr<FleetState> m_fleet;
    std::unique_ptr<TenantTableModel> m_model;
    std::unique_ptr<TenantFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestTenantTableModel)
#include "tst_tenanttablemodel.moc"
