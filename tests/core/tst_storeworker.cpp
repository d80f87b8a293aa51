#include "core/store/localcache.h"
#include "core/store/registry.h"
#include "core/store/storeworker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Fleetdeck;

class TestStoreWorker : public QObject
{
    Q_OBJECT
private slots:
    void queriesRunOffTheCallersThreadAndAnswerOnIt()
    {
        QTemporaryDir dir;
        StoreWorker worker;
        RegistryConnection connection;
        connection.path = dir.filePath(QStringLiteral("registry.sqlite"));
        std::optional<Result<StoreWorker::RegistryInfo, StoreError>> opened;
        worker.openRegistry(connection, QStringLiteral("tester@host"), this, [&](auto r) { opened = std::move(r); });
        QTRY_VERIFY(opened.has_value());
        QVERIFY(opened->hasValue());
        QVERIFY(!opened->value().readOnly);

        QThread* jobThread = nullptr;
        QThread* answerThread = nullptr;
        Tenant t;
        t.slug = QStringLiteral("pizza-co");
        t.name = QStringLiteral("Pizza Co");
        worker.withRegistry<Result<Tenant, StoreError>>(
            [&](Registry& registry) {
                jobThread = QThread::currentThread();
                return registry.addTenant(t);
            },
            Result<Tenant, StoreError>::failure(StoreWorker::notOpen(QStringLiteral("registry"))), this,
            [&](Result<Tenant, StoreError> added) {
                answerThread = QThread::currentThread();
                QVERIFY(added.hasValue());
            });
        QTRY_VERIFY(answerThread != nullptr);
        QVERIFY(jobThread != QThread::currentThread());
        QCOMPARE(answerThread, QThread::currentThread());
    }

    void jobsRunInOrder()
    {
        QTemporaryDir dir;
        StoreWorker worker;
        worker.openCache(dir.filePath(QStringLiteral("cache.sqlite")), this, {});
        QList<int> order;
        for (int i = 0; i < 20; ++i)
            worker.withCache<int>([i](LocalCache&) { return i; }, -1, this, [&](int v) { order << v; });
        QTRY_COMPARE(order.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(order.at(i), i);
    }

    void aClosedStoreAnswersWithTheFallback()
    {
        StoreWorker worker;
        std::optional<int> answer;
        worker.withRegistry<int>([](Registry&) { return 1; }, -1, this, [&](int v) { answer = v; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, -1);
    }

    void anAnswerForADeadContextIsDropped()
    {
        QTemporaryDir dir;
        StoreWorker worker;
        worker.openCache(dir.filePath(QStringLiteral("cache.sqlite")), this, {});
        bool called = false;
        {
            QObject context;
            worker.withCache<int>([](LocalCache&) { return 1; }, 0, &context, [&](int) { called = true; });
        }
        worker.waitForIdle();
        QTest::qWait(20);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
