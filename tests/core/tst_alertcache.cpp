#include "core/store/database.h"
#include "core/store/localcache.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Fleetdeck;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

HealthSample sample(const QString& subject, const QDateTime& at, HealthState state, int latencyMs = 100)
{
    HealthSample s;
    s.tenantSlug = subject;
    s.url = u"https://%1.example.test/health"_s.arg(subject);
    s.checkedAt = at;
    s.state = state;
    s.latencyMs = state == HealthState::Down || state == HealthState::Unknown ? -1 : latencyMs;
    s.httpStatus = state == HealthState::Down ? 0 : 200;
    return s;
}

AlertHistoryEntry entry(
    const QString& id, const QDateTime& at, const QString& event, AlertSeverity severity, Alert::State state)
{
    AlertHistoryEntry e;
    e.alertId = id;
    e.at = at;
    e.event = event;
    e.severity = severity;
    e.state = state;
    e.summary = u"%1 %2"_s.arg(event, id);
    return e;
}

} // namespace

// What the local cache keeps for alerts: their history, and the hourly health rollups uptime is computed from.
class TestAlertCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"profile/cache.sqlite"_s);
    }

    void rollupsCountEverySampleByHourAsItIsWritten();
    void uptimeCoversTheLastDayWeekAndMonth();
    void pruningRawSamplesKeepsTheUptime();
    void upgradeCountsSamplesWrittenBeforeRollupsExisted();
    void alertHistoryIsNewestFirstPerAlertAndPrunable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAlertCache::rollupsCountEverySampleByHourAsItIsWritten()
{
    auto cache = LocalCache::open(m_path);
    QVERIFY(cache);
    const QDateTime ten = utc(u"2026-03-01T10:00:00.000Z"_s);
    // Two writes touch the same hour: the second adds to the first. Components roll up like tenants.
    QVERIFY((*cache)->writeHealth({sample(u"a"_s, ten.addSecs(60), HealthState::Up, 100),
        sample(u"a"_s, ten.addSecs(120), HealthState::Degraded, 900),
        sample(u"a"_s, ten.addSecs(3599), HealthState::Down),
        sample(u"host:srv-2"_s, ten.addSecs(30), HealthState::Up, 5)}));
    QVERIFY((*cache)->writeHealth({sample(u"a"_s, ten.addSecs(3600), HealthState::Up, 200),
        sample(u"a"_s, ten.addSecs(1800), HealthState::Unknown), sample(u"a"_s, QDateTime(), HealthState::Up)}));
    // Many subjects at once take the batched path.
    QList<HealthSample> many;
    for (int i = 0; i < 150; ++i)
        many << sample(u"t%1"_s.arg(i), ten.addSecs(i), HealthState::Up);
    QVERIFY((*cache)->writeHealth(many));
    QVERIFY((*cache)->writeHealth(many));

    auto rollups = (*cache)->healthRollups(u"a"_s, QDateTime(), QDateTime());
    QVERIFY(rollups);
    QCOMPARE(rollups->size(), 2);
    const HealthRollup& first = rollups->at(0);
    QCOMPARE(first.hourStart, ten);
    QCOMPARE(first.samples, 4); // the undated sample belongs to no hour
    QCOMPARE(first.up, 1);
    QCOMPARE(first.degraded, 1);
    QCOMPARE(first.down, 1);
    QCOMPARE(first.known(), 3);
    QCOMPARE(first.latencySumMs, 1000);
    QCOMPARE(first.latencyCount, 2);
    QCOMPARE(rollups->at(1).hourStart, ten.addSecs(3600));
    QCOMPARE(rollups->at(1).up, 1);

    QCOMPARE((*cache)->healthRollups(u"a"_s, ten.addSecs(1), QDateTime())->size(), 1);
    QCOMPARE((*cache)->healthRollups(u"host:srv-2"_s, QDateTime(), QDateTime())->first().up, 1);
    QCOMPARE((*cache)->healthRollups(u"t149"_s, QDateTime(), QDateTime())->first().samples, 2);
}

void TestAlertCache::uptimeCoversTheLastDayWeekAndMonth()
{
    auto cache = LocalCache::open(m_path);
    QVERIFY(cache);
    const QDateTime now = utc(u"2026-03-31T12:30:00.000Z"_s);
    const QDateTime currentHour = utc(u"2026-03-31T12:00:00.000Z"_s);
    // One probe a quarter past every hour for 40 days; down in a few hours of each window.
    QList<HealthSample> samples;
    int downDay = 0;
    int downWeek = 0;
    int downMonth = 0;
    for (int hoursAgo = 40 * 24; hoursAgo >= 0; --hoursAgo) {
        const QDateTime at = currentHour.addSecs(-qint64(hoursAgo) * 3600 + 15 * 60);
        bool down = false;
        if (hoursAgo >= 2 && hoursAgo < 5) { // 3 hours this morning
            down = true;
            ++downDay;
        } else if (hoursAgo >= 48 && hoursAgo < 58) { // 10 hours two days ago
            down = true;
            ++downWeek;
        } else if (hoursAgo >= 200 && hoursAgo < 220) { // 20 hours last fortnight
            down = true;
            ++downMonth;
        } else if (hoursAgo >= 800 && hoursAgo < 850) { // 50 hours more than 30 days ago: not counted
            down = true;
        }
        samples << sample(u"a"_s, at, down ? HealthState::Down : HealthState::Up);
        samples << sample(u"a"_s, at.addSecs(60), HealthState::Unknown); // unknown samples do not count
        if (hoursAgo < 10)
            samples << sample(u"host:srv-2"_s, at, HealthState::Up);
    }
    QVERIFY((*cache)->writeHealth(samples));
    QVERIFY((*cache)->writeHealth({sample(u"old"_s, now.addDays(-45), HealthState::Up)}));

    auto uptime = (*cache)->uptime(now);
    QVERIFY(uptime);
    QCOMPARE(uptime->size(), 2); // "old" has nothing in the last 30 days
    const SubjectUptime a = uptime->value(u"a"_s);
    QCOMPARE(a.day.known, 25); // the current hour and the 24 before it
    QCOMPARE(a.day.available, 25 - downDay);
    QCOMPARE(a.week.known, 7 * 24 + 1);
    QCOMPARE(a.week.available, 7 * 24 + 1 - downDay - downWeek);
    QCOMPARE(a.month.known, 30 * 24 + 1);
    QCOMPARE(a.month.available, 30 * 24 + 1 - downDay - downWeek - downMonth);
    QCOMPARE(*a.day.ratio(), 22.0 / 25.0);
    QCOMPARE(*uptime->value(u"host:srv-2"_s).month.ratio(), 1.0);

    auto some = (*cache)->uptime(now, {u"a"_s, u"nobody"_s});
    QVERIFY(some);
    QCOMPARE(some->keys(), QStringList{u"a"_s});
    QCOMPARE(some->value(u"a"_s).month.known, a.month.known);
    QVERIFY(!SubjectUptime::Window{}.ratio());
}

void TestAlertCache::pruningRawSamplesKeepsTheUptime()
{
    auto cache = LocalCache::open(m_path);
    QVERIFY(cache);
    const QDateTime now = utc(u"2026-03-31T12:30:00.000Z"_s);
    QVERIFY((*cache)->writeHealth({sample(u"a"_s, now.addDays(-3), HealthState::Down),
        sample(u"a"_s, now.addDays(-2), HealthState::Up), sample(u"a"_s, now.addSecs(-60), HealthState::Up)}));
    const SubjectUptime before = (*cache)->uptime(now)->value(u"a"_s);
    QCOMPARE(before.week.known, 3);

    QCOMPARE(*(*cache)->pruneHealthHistory(now), 3);
    QCOMPARE((*cache)->healthHistory(u"a"_s, QDateTime(), QDateTime())->size(), 0);
    const SubjectUptime after = (*cache)->uptime(now)->value(u"a"_s);
    QCOMPARE(after.week.known, before.week.known);
    QCOMPARE(after.week.available, before.week.available);

    QCOMPARE(*(*cache)->pruneHealthRollups(now.addDays(-1)), 2);
    QCOMPARE((*cache)->uptime(now)->value(u"a"_s).week.known, 1);
    QVERIFY(!(*cache)->pruneHealthRollups(QDateTime()));
}

void TestAlertCache::upgradeCountsSamplesWrittenBeforeRollupsExisted()
{
    // A cache as the previous Fleetdeck left it: schema 1, with samples.
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const QString oldMigrations = m_dir->filePath(u"schema-1"_s);
    QVERIFY(QDir().mkpath(oldMigrations));
    QVERIFY(QFile::copy(u":/migrations/cache/0001_initial.sql"_s, oldMigrations + u"/0001_initial.sql"_s));
    {
        auto db = Database::openSqlite(m_path, {});
        QVERIFY(db);
        QCOMPARE(*(*db)->migrate(oldMigrations, u"cache"_s), 1);
        for (const auto& [at, state] :
            {std::pair{u"2026-03-01T10:05:00.000Z"_s, u"up"_s}, std::pair{u"2026-03-01T10:35:00.000Z"_s, u"down"_s},
                std::pair{u"2026-03-01T11:05:00.000Z"_s, u"up"_s}}) {
            QVERIFY((*db)->exec(u"INSERT INTO health_samples (tenant_slug, url, checked_at, state, latency_ms) "
                                u"VALUES ('a', 'https://a.test/', :at, :state, :latency)"_s,
                {{u":at"_s, at}, {u":state"_s, state}, {u":latency"_s, state == u"down"_s ? -1 : 50}}));
        }
    }
    auto cache = LocalCache::open(m_path);
    QVERIFY(cache);
    QVERIFY((*cache)->recoveryNotice().isEmpty()); // upgraded in place, not thrown away
    auto rollups = (*cache)->healthRollups(u"a"_s, QDateTime(), QDateTime());
    QVERIFY(rollups);
    QCOMPARE(rollups->size(), 2);
    QCOMPARE(rollups->at(0).hourStart, utc(u"2026-03-01T10:00:00.000Z"_s));
    QCOMPARE(rollups->at(0).up, 1);
    QCOMPARE(rollups->at(0).down, 1);
    QCOMPARE(rollups->at(0).latencySumMs, 50); // down samples had -1: not counted
    QCOMPARE(rollups->at(1).up, 1);
    // New samples add to the backfilled hour.
    QVERIFY((*cache)->writeHealth({sample(u"a"_s, utc(u"2026-03-01T10:50:00.000Z"_s), HealthState::Up)}));
    QCOMPARE((*cache)->healthRollups(u"a"_s, QDateTime(), QDateTime())->at(0).up, 2);
}

void TestAlertCache::alertHistoryIsNewestFirstPerAlertAndPrunable()
{
    auto cache = LocalCache::open(m_path);
    QVERIFY(cache);
    const QDateTime t0 = utc(u"2026-03-01T10:00:00.000Z"_s);
    const QString down = u"endpoint_down:pizza-co"_s;
    const QString disk = u"disk_usage:host:srv-2"_s;
    QList<AlertHistoryEntry> entries{
        entry(down, t0, u"pending"_s, AlertSeverity::Critical, Alert::State::Pending),
        entry(down, t0.addSecs(30), u"fired"_s, AlertSeverity::Critical, Alert::State::Firing),
        entry(disk, t0.addSecs(40), u"fired"_s, AlertSeverity::Medium, Alert::State::Firing),
        entry(disk, t0.addSecs(50), u"escalated"_s, AlertSeverity::High, Alert::State::Firing),
        entry(down, t0.addSecs(600), u"resolved"_s, AlertSeverity::Critical, Alert::State::Resolved),
    };
    for (int i = 0; i < 70; ++i) // a big pass takes the batched path
        entries << entry(u"endpoint_down:t%1"_s.arg(i), t0.addSecs(700), u"suppressed"_s, AlertSeverity::Critical,
            Alert::State::Firing);
    QVERIFY((*cache)->appendAlertHistory(entries));
    QVERIFY((*cache)->appendAlertHistory({}));

    auto history = (*cache)->alertHistory(down);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).event, u"resolved"_s);
    QCOMPARE(history->at(0).state, Alert::State::Resolved);
    QCOMPARE(history->at(0).at, t0.addSecs(600));
    QCOMPARE(history->at(0).summary, u"resolved "_s + down);
    QCOMPARE(history->at(2).event, u"pending"_s);
    QCOMPARE((*cache)->alertHistory(disk)->first().severity, AlertSeverity::High);
    QCOMPARE((*cache)->alertHistory({}, 0)->size(), 75);
    QCOMPARE((*cache)->alertHistory({}, 2)->size(), 2);

    QCOMPARE(*(*cache)->pruneAlertHistory(t0.addSecs(45)), 3);
    QCOMPARE((*cache)->alertHistory(down)->size(), 1);
    cache->reset(); // and it is still there after a restart
    auto again = LocalCache::open(m_path);
    QVERIFY(again);
    QCOMPARE((*again)->alertHistory({}, 0)->size(), 72);
}

QTEST_GUILESS_MAIN(TestAlertCache)
#include "tst_alertcache.moc"
