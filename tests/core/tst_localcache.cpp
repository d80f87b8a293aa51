#include "core/store/localcache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Fleetdeck;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

HealthSample sample(const QString& slug, const QString& url, const QDateTime& at, HealthState state = HealthState::Up)
{
    HealthSample s;
    s.tenantSlug = slug;
    s.url = url;
    s.checkedAt = at;
    s.state = state;
    s.latencyMs = state == HealthState::Down ? -1 : 120;
    s.httpStatus = state == HealthState::Down ? 0 : 200;
    s.error = state == HealthState::Down ? u"connection refused"_s : QString();
    return s;
}

// A direct look at the file, as another program would see it.
QVariant scalar(const QString& path, const QString& sql)
{
    const QString name = u"raw-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestLocalCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"cache/default.sqlite"_s);
    }

    void openCreatesAWalDatabaseWithTheSchema()
    {
        auto cache = LocalCache::open(m_path);
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().message));
        QVERIFY((*cache)->recoveryNotice().isEmpty());
        QCOMPARE((*cache)->filePath(), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(scalar(m_path, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(m_path, u"SELECT MAX(version) FROM schema_version"_s).toInt(), LocalCache::kSchemaVersion);
        QCOMPARE(scalar(m_path,
                     u"SELECT count(*) FROM sqlite_master WHERE name = "
                     u"'health_samples_tenant_checked_idx'"_s)
                     .toInt(),
            1);
    }

    void samplesRoundTripIncludingMissingValues()
    {
        auto cache = LocalCache::open(m_path);
        QVERIFY(cache);
        HealthSample up = sample(u"acme"_s, u"https://acme.test/health"_s, utc(u"2024-05-01T10:00:00.123Z"_s));
        up.latencyMs = 87;
        up.httpStatus = 204;
        up.tlsExpiresAt = utc(u"2024-08-01T00:00:00.000Z"_s);
        HealthSample down =
            sample(u"acme"_s, u"http://acme.test/legacy"_s, utc(u"2024-05-01T10:00:01.999Z"_s), HealthState::Down);
        HealthSample undated = sample(u"acme"_s, u"https://acme.test/undated"_s, QDateTime(), HealthState::Unknown);
        undated.latencyMs = -1;
        undated.error = u"clock was not set: \"quotes\", ünïcode, 'apostrophes'"_s;
        QVERIFY((*cache)->writeHealth({up, down, undated}));

        cache->reset(); // read back through a new connection
        cache = LocalCache::open(m_path);
        QVERIFY(cache);
        auto history = (*cache)->healthHistory(u"acme"_s, {}, {});
        QVERIFY(history);
        QCOMPARE(history->size(), 2); // an undated sample cannot be placed on a time axis
        const HealthSample& first = history->at(0);
        QCOMPARE(first.url, up.url);
        QCOMPARE(first.checkedAt, up.checkedAt);
        QCOMPARE(first.checkedAt.timeSpec(), Qt::UTC);
        QCOMPARE(first.state, HealthState::Up);
        QCOMPARE(first.latencyMs, 87);
        QCOMPARE(first.httpStatus, 204);
        QCOMPARE(first.tlsExpiresAt, up.tlsExpiresAt);
        QVERIFY(first.error.isEmpty());
        const HealthSample& second = history->at(1);
        QCOMPARE(second.state, HealthState::Down);
        QCOMPARE(second.latencyMs, -1);
        QCOMPARE(second.httpStatus, 0);
        QVERIFY(!second.tlsExpiresAt.isValid());
        QCOMPARE(second.error, down.error);

        auto last = (*cache)->lastHealth();
        QVERIFY(last);
        QCOMPARE(last->size(), 3);
        const auto undatedBack =
            std::find_if(last->cbegin(), last->cend(), [&](const HealthSample& s) { return s.url == undated.url; });
        QVERIFY(undatedBack != last->cend());
        QVERIFY(!undatedBack->checkedAt.isValid());
        QCOMPARE(undatedBack->state, HealthState::Unknown);
        QCOMPARE(undatedBack->error, undated.error);

        // Stored as ISO-8601 UTC with milliseconds, so text order is time order.
        QCOMPARE(
            scalar(m_path,
                u"SELECT checked_at FROM health_samples WHERE checked_at IS NOT NULL ORDER BY checked_at LIMIT 1"_s)
                .toString(),
            u"2024-05-01T10:00:00.123Z"_s);
    }

    void lastHealthKeepsTheNewestSamplePerEndpoint()
    {
        auto cache = LocalCache::open(m_path);
        QVERIFY(cache);
        const QString url = u"https://acme.test/health"_s;
        const QDateTime t0 = utc(u"2024-05-01T10:00:00.000Z"_s);
        // In one batch, the newer sample comes first.
        QVERIFY((*cache)->writeHealth(
            {sample(u"acme"_s, url, t0.addSecs(30), HealthState::Down), sample(u"acme"_s, url, t0, HealthState::Up)}));
        // A late, older answer arrives in a later batch.
        QVERIFY((*cache)->writeHealth({sample(u"acme"_s, url, t0.addSecs(10), HealthState::Degraded)}));
        auto last = (*cache)->lastHealth();
        QVERIFY(last);
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->first().state, HealthState::Down);
        QCOMPARE(last->first().checkedAt, t0.addSecs(30));

        QVERIFY((*cache)->writeHealth(
            {sample(u"acme"_s, url, t0.addSecs(60), HealthState::Up), sample(u"beta"_s, url, t0, HealthState::Up)}));
        last = (*cache)->lastHealth();
        QCOMPARE(last->size(), 2);
        QCOMPARE(last->first().tenantSlug, u"acme"_s);
        QCOMPARE(last->first().state, HealthState::Up);
        QCOMPARE(last->first().checkedAt, t0.addSecs(60));
        QCOMPARE((*cache)->healthHistory(u"acme"_s, {}, {})->size(), 4); // history keeps everything
    }

    void historyIsInclusiveOldestFirstAndPerTenant()
    {
        auto cache = LocalCache::open(m_path);
        QVERIFY(cache);
        const QDateTime t0 = utc(u"2024-05-01T10:00:00.000Z"_s);
        QList<HealthSample> samples;
        for (int minute = 9; minute >= 0; --minute) // written newest first on purpose
            samples << sample(u"acme"_s, u"https://acme.test/"_s, t0.addSecs(60 * minute));
        samples << sample(u"beta"_s, u"https://beta.test/"_s, t0.addSecs(120));
        QVERIFY((*cache)->writeHealth(samples));

        auto window = (*cache)->healthHistory(u"acme"_s, t0.addSecs(120), t0.addSecs(300));
        QVERIFY(window);
        QCOMPARE(window->size(), 4); // minutes 2, 3, 4, 5: both ends included
        QCOMPARE(window->first().checkedAt, t0.addSecs(120));
        QCOMPARE(window->last().checkedAt, t0.addSecs(300));
        for (qsizetype i = 1; i < window->size(); ++i)
            QVERIFY(window->at(i - 1).checkedAt < window->at(i).checkedAt);
        QCOMPARE((*cache)->healthHistory(u"acme"_s, t0.addSecs(480), {})->size(), 2);
        QCOMPARE((*cache)->healthHistory(u"nobody"_s, {}, {})->size(), 0);
    }

    void pruneRemovesOnlyOlderSamples()
    {
        auto cache = LocalCache::open(m_path);
        QVERIFY(cache);
        const QDateTime t0 = utc(u"2024-05-01T00:00:00.000Z"_s);
        QList<HealthSample> samples;
        for (int day = 0; day < 10; ++day)
            samples << sample(u"acme"_s, u"https://acme.test/"_s, t0.addDays(day));
        QVERIFY((*cache)->writeHealth(samples));
        auto pruned = (*cache)->pruneHealthHistory(t0.addDays(7));
        QVERIFY(pruned);
        QCOMPARE(*pruned, 7);
        auto left = (*cache)->healthHistory(u"acme"_s, {}, {});
        QCOMPARE(left->size(), 3);
        QCOMPARE(left->first().checkedAt, t0.addDays(7));
        QCOMPARE((*cache)->lastHealth()->size(), 1); // the last state stays
    }

    void writesTenThousandSamplesWellUnderASecond()
    {
        auto cache = LocalCache::open(m_path);
        QVERIFY(cache);
        const QDateTime t0 = utc(u"2024-05-01T00:00:00.000Z"_s);
        QList<HealthSample> samples;
        samples.reserve(10000);
        for (int i = 0; i < 10000; ++i) {
            samples << sample(u"tenant-%1"_s.arg(i % 100), u"https://t%1.example.test/health"_s.arg(i % 100),
                t0.addSecs(i), i % 7 == 0 ? HealthState::Down : HealthState::Up);
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY((*cache)->writeHealth(samples));
        const qint64 elapsed = timer.elapsed();
        qInfo("writeHealth: 10000 samples in %lld ms", elapsed);
        QVERIFY2(elapsed < 1000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        QCOMPARE(scalar(m_path, u"SELECT count(*) FROM health_samples"_s).toInt(), 10000);
        QCOMPARE((*cache)->lastHealth()->size(), 100);
    }

    void snapshotsRoundTrip()
    {
        auto cache = LocalCache::open(m_path);
        QVERIFY(cache);
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i)); // NULs and every other byte
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY((*cache)->saveSnapshot(u"fleet"_s, binary));
        QVERIFY((*cache)->saveSnapshot(u"empty"_s, QByteArray()));
        auto loaded = (*cache)->loadSnapshot(u"fleet"_s);
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE((*loaded)->data, binary);
        QVERIFY((*loaded)->savedAt >= before && (*loaded)->savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE((*(*cache)->loadSnapshot(u"empty"_s))->data, QByteArray());
        QVERIFY(!(*cache)->loadSnapshot(u"missing"_s)->has_value());

        QVERIFY((*cache)->saveSnapshot(u"fleet"_s, "v2"));
        QCOMPARE((*(*cache)->loadSnapshot(u"fleet"_s))->data, QByteArray("v2"));
        QCOMPARE(scalar(m_path, u"SELECT count(*) FROM snapshots"_s).toInt(), 2);
    }

    void damagedFileIsMovedAsideAndAFreshCacheStarts_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("text file, not a database") << u"text"_s;
        QTest::newRow("header zeroed") << u"header"_s;
        QTest::newRow("truncated to three pages") << u"truncated"_s;
        QTest::newRow("pages overwritten with garbage") << u"garbage"_s;
        QTest::newRow("data pages damaged, schema intact") << u"datapages"_s;
        QTest::newRow("tables of another program") << u"foreign"_s;
    }

    void damagedFileIsMovedAsideAndAFreshCacheStarts()
    {
        QFETCH(QString, damage);
        {
            auto cache = LocalCache::open(m_path);
            QVERIFY(cache);
            QList<HealthSample> samples;
            for (int i = 0; i < 5000; ++i)
                samples << sample(u"t%1"_s.arg(i % 50), u"https://t%1.test/"_s.arg(i % 50),
                    utc(u"2024-05-01T00:00:00.000Z"_s).addSecs(i));
            QVERIFY((*cache)->writeHealth(samples));
        } // closed: WAL checkpointed into the main file
        QByteArray bytes = readFile(m_path);
        QVERIFY(bytes.size() > 64 * 1024);
        if (damage == u"text"_s) {
            bytes = "slug,name\nacme,Acme\nThis is a CSV export that was saved over the cache by mistake.\n";
        } else if (damage == u"header"_s) {
            bytes.replace(0, 100, QByteArray(100, '\0'));
        } else if (damage == u"truncated"_s) {
            bytes.truncate(3 * 4096);
        } else if (damage == u"datapages"_s) {
            // Only quick_check notices this: the schema and schema_version still read fine.
            const qsizetype middle = (bytes.size() / 2 / 4096) * 4096;
            for (qsizetype i = middle; i < middle + 3 * 4096; ++i)
                bytes[i] = char(0x5a);
        } else if (damage == u"garbage"_s) {
            QRandomGenerator random(42);
            for (qsizetype i = 4096; i < bytes.size() - 4096; ++i)
                bytes[i] = char(random.bounded(256));
        }
        if (damage == u"foreign"_s) {
            QVERIFY(QFile::remove(m_path));
            QCOMPARE(scalar(m_path, u"CREATE TABLE health_samples (something_else TEXT)"_s), QVariant());
            bytes = readFile(m_path);
        } else {
            QVERIFY(writeFile(m_path, bytes));
        }

        auto cache = LocalCache::open(m_path);
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().message));
        const QString notice = (*cache)->recoveryNotice();
        QVERIFY2(notice.contains(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath())), qPrintable(notice));
        const QStringList moved =
            QDir(QFileInfo(m_path).absolutePath()).entryList({u"default.sqlite.corrupt-*"_s}, QDir::Files);
        QCOMPARE(moved.size(), 1);
        const QString movedPath = QFileInfo(m_path).absolutePath() + u'/' + moved.first();
        QVERIFY2(notice.contains(QDir::toNativeSeparators(movedPath)), qPrintable(notice));
        QVERIFY(QRegularExpression(u"\\.corrupt-\\d{8}-\\d{6}$"_s).match(movedPath).hasMatch());
        QCOMPARE(readFile(movedPath), bytes); // the old file is kept as it was, for a post-mortem

        // The fresh cache is empty and works.
        QCOMPARE((*cache)->lastHealth()->size(), 0);
        QVERIFY((*cache)->writeHealth({sample(u"acme"_s, u"https://acme.test/"_s, QDateTime::currentDateTimeUtc())}));
        cache->reset();
        auto again = LocalCache::open(m_path);
        QVERIFY(again);
        QVERIFY((*again)->recoveryNotice().isEmpty());
        QCOMPARE((*again)->lastHealth()->size(), 1);
    }

    void cacheFromANewerFleetdeckIsMovedAsideToo()
    {
        {
            auto cache = LocalCache::open(m_path);
            QVERIFY(cache);
        }
        QVERIFY(scalar(m_path, u"INSERT INTO schema_version (version, applied_at) VALUES (9, 'x') RETURNING version"_s)
                    .isValid());
        auto cache = LocalCache::open(m_path);
        QVERIFY(cache);
        QVERIFY2((*cache)->recoveryNotice().contains(u"newer Fleetdeck"_s), qPrintable((*cache)->recoveryNotice()));
        QCOMPARE(
            QDir(QFileInfo(m_path).absolutePath()).entryList({u"default.sqlite.newer-*"_s}, QDir::Files).size(), 1);
        QCOMPARE(scalar(m_path, u"SELECT MAX(version) FROM schema_version"_s).toInt(), LocalCache::kSchemaVersion);
    }

    void unreachableFolderIsAnErrorNotARecovery()
    {
        // A path below a regular file can never be created: an environment problem, nothing to move aside.
        QVERIFY(writeFile(m_dir->filePath(u"plain-file"_s), "x"));
        auto cache = LocalCache::open(m_dir->filePath(u"plain-file/cache.sqlite"_s));
        QVERIFY(!cache);
        QCOMPARE(cache.error().kind, StoreError::Kind::Connection);
        QCOMPARE(readFile(m_dir->filePath(u"plain-file"_s)), QByteArray("x"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
