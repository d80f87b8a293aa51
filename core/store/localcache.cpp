#include "core/store/localcache.h"

#include "core/logging.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <limits>
#include <optional>

namespace Fleetdeck {

using namespace Qt::StringLiterals;

namespace {

const QString kMigrationFolder = u":/migrations/cache"_s;

template <typename T> Result<T, StoreError> fail(StoreError error)
{
    return Result<T, StoreError>::failure(std::move(error));
}

// SQLite result codes that say something about the machine (a lock, permissions, a full disk), not about
// the file. The cache must not be thrown away for those.
bool isEnvironmentalFailure(const StoreError& error)
{
    bool ok = false;
    const int code = error.nativeCode.toInt(&ok) & 0xff;
    if (!ok)
        return error.kind == StoreError::Kind::Connection;
    switch (code) {
    case 3: // PERM
    case 5: // BUSY
    case 6: // LOCKED
    case 7: // NOMEM
    case 8: // READONLY
    case 10: // IOERR
    case 13: // FULL
    case 14: // CANTOPEN
        return true;
    default:
        return false;
    }
}

enum class OpenOutcome
{
    Ready,
    Damaged, // move aside and start over
    TooNew, // written by a newer Fleetdeck: move aside too (the cache is disposable)
    Failed, // an error that a fresh file would not fix
};

struct Attempt
{
    OpenOutcome outcome = OpenOutcome::Failed;
    std::unique_ptr<Database> db;
    StoreError error;
};

Attempt tryOpen(const QString& filePath)
{
    Attempt attempt;
    // WAL only once the file has proved sound: switching modes rewrites the header, and a damaged or
    // foreign file must be moved aside exactly as it was found.
    Database::SqliteOptions options;
    options.wal = false;
    auto opened = Database::openSqlite(filePath, options);
    if (!opened) {
        attempt.error = opened.error();
        attempt.outcome = isEnvironmentalFailure(attempt.error) ? OpenOutcome::Failed : OpenOutcome::Damaged;
        return attempt;
    }
    std::unique_ptr<Database> db = std::move(opened).value();

    auto check = db->exec(u"PRAGMA quick_check"_s);
    if (!check) {
        attempt.error = check.error();
        attempt.outcome = isEnvironmentalFailure(attempt.error) ? OpenOutcome::Failed : OpenOutcome::Damaged;
        return attempt;
    }
    QStringList problems;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    check->finish();
    if (!problems.isEmpty()) {
        attempt.error =
            StoreError::make(StoreError::Kind::Connection, u"quick_check: %1"_s.arg(problems.mid(0, 3).join(u"; "_s)));
        attempt.outcome = OpenOutcome::Damaged;
        return attempt;
    }

    auto migrated = db->migrate(kMigrationFolder, u"cache"_s);
    if (!migrated) {
        attempt.error = migrated.error();
        if (attempt.error.kind == StoreError::Kind::SchemaTooNew)
            attempt.outcome = OpenOutcome::TooNew;
        else
            attempt.outcome = isEnvironmentalFailure(attempt.error) ? OpenOutcome::Failed : OpenOutcome::Damaged;
        return attempt;
    }
    if (auto wal = db->enableWal(); !wal) {
        attempt.error = wal.error();
        attempt.outcome = isEnvironmentalFailure(attempt.error) ? OpenOutcome::Failed : OpenOutcome::Damaged;
        return attempt;
    }
    attempt.outcome = OpenOutcome::Ready;
    attempt.db = std::move(db);
    return attempt;
}

// Renames the file and its -wal/-shm/-journal companions to "<name><suffix>"; returns the new main path.
Result<QString, StoreError> moveAside(const QString& filePath, const QString& suffixBase)
{
    QString target = filePath + suffixBase;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = filePath + suffixBase + u'-' + QString::number(n);
    if (QFileInfo::exists(filePath) && !QFile::rename(filePath, target)) {
        return fail<QString>(
            StoreError::make(StoreError::Kind::Connection, u"cannot move %1 aside to %2"_s.arg(filePath, target)));
    }
    for (const QString& companion : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(filePath + companion) && !QFile::rename(filePath + companion, target + companion))
            qCWarning(lcCache) << "could not move" << filePath + companion << "aside; removing it";
        QFile::remove(filePath + companion); // a stale -wal must never be replayed into the fresh file
    }
    return target;
}

HealthSample sampleFromRow(const QSqlQuery& row)
{
    HealthSample sample;
    sample.tenantSlug = row.value(0).toString();
    sample.url = row.value(1).toString();
    sample.checkedAt = Database::timeFrom(row.value(2));
    sample.state = healthStateFromName(row.value(3).toString());
    sample.latencyMs = row.value(4).toInt();
    sample.httpStatus = row.value(5).toInt();
    sample.tlsExpiresAt = Database::timeFrom(row.value(6));
    sample.error = row.value(7).toString();
    return sample;
}

// One subject's samples in one clock hour, counted (a row of health_rollups).
struct RollupCounts
{
    qint64 samples = 0;
    qint64 up = 0;
    qint64 degraded = 0;
    qint64 down = 0;
    qint64 latencySumMs = 0;
    qint64 latencyCount = 0;
};

constexpr qint64 kHour = 3600;

qint64 hourStart(qint64 seconds)
{
    return seconds - (((seconds % kHour) + kHour) % kHour);
}

constexpr int kRollupFields = 8;
constexpr int kHistoryFields = 6;

constexpr int kSampleFields = 8;
constexpr int kBatchRows = 64; // 512 parameters per statement, far below SQLite's limit
const QString kSampleColumns = u"tenant_slug, url, checked_at, state, latency_ms, http_status, tls_expires_at, error"_s;

} // namespace

LocalCache::LocalCache() = default;
LocalCache::~LocalCache() = default;

Result<std::unique_ptr<LocalCache>, StoreError> LocalCache::open(const QString& filePath)
{
    using R = Result<std::unique_ptr<LocalCache>, StoreError>;
    const QFileInfo info(filePath);
    if (filePath.isEmpty() || !QDir().mkpath(info.absolutePath())) {
        return R::failure(
            StoreError::make(StoreError::Kind::Connection, u"cannot create the cache folder for %1"_s.arg(filePath)));
    }
    std::unique_ptr<LocalCache> cache(new LocalCache());
    cache->m_filePath = info.absoluteFilePath();

    Attempt attempt = tryOpen(cache->m_filePath);
    if (attempt.outcome == OpenOutcome::Damaged || attempt.outcome == OpenOutcome::TooNew) {
        const bool tooNew = attempt.outcome == OpenOutcome::TooNew;
        attempt.db.reset();
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-hhmmss"_s);
        auto moved = moveAside(cache->m_filePath, (tooNew ? u".newer-"_s : u".corrupt-"_s) + stamp);
        if (!moved)
            return R::failure(moved.error());
        qCWarning(lcCache).noquote() << "cache" << cache->m_filePath
                                     << (tooNew ? "is from a newer Fleetdeck" : "is damaged") << "("
                                     << attempt.error.message << "); moved to" << *moved;
        cache->m_recoveryNotice = tooNew
            ? QCoreApplication::translate("LocalCache",
                "The local cache %1 was written by a newer Fleetdeck. It was "
                "moved to %2 and a fresh cache was started; history fills "
                "again from the next refresh.")
                  .arg(QDir::toNativeSeparators(cache->m_filePath), QDir::toNativeSeparators(*moved))
            : QCoreApplication::translate("LocalCache",
                "The local cache %1 was damaged. It was moved to %2 and a "
                "fresh cache was started; history fills again from the next "
                "refresh.")
                  .arg(QDir::toNativeSeparators(cache->m_filePath), QDir::toNativeSeparators(*moved));
        attempt = tryOpen(cache->m_filePath);
    }
    if (attempt.outcome != OpenOutcome::Ready) {
        StoreError error = attempt.error;
        if (error.kind != StoreError::Kind::SchemaTooNew)
            error.kind = StoreError::Kind::Connection;
        error.message = u"cache %1: %2"_s.arg(cache->m_filePath, error.message);
        qCWarning(lcCache).noquote() << error.message;
        return R::failure(error);
    }
    cache->m_db = std::move(attempt.db);
    return cache;
}

QString LocalCache::recoveryNotice() const
{
    return m_recoveryNotice;
}

QString LocalCache::filePath() const
{
    return m_filePath;
}

Result<Done, StoreError> LocalCache::writeHealth(const QList<HealthSample>& samples)
{
    if (samples.isEmpty())
        return Done{};
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<Done>(*transaction.beginError());
    // History rows go in kBatchRows at a time: one multi-row INSERT costs about what a one-row INSERT costs.
    auto insertSql = [](qsizetype rows) -> QString {
        QStringList values;
        for (qsizetype r = 0; r < rows; ++r)
            values << u"(?, ?, ?, ?, ?, ?, ?, ?)"_s;
        return u"INSERT INTO health_samples ("_s + kSampleColumns + u") VALUES "_s + values.join(u", "_s);
    };
    auto batch = m_db->prepare(insertSql(kBatchRows));
    if (!batch)
        return fail<Done>(batch.error());
    auto history = m_db->prepare(insertSql(1));
    if (!history)
        return fail<Done>(history.error());
    // Keeps the newest sample per endpoint, whatever order the samples arrive in.
    auto last = m_db->prepare(u"INSERT INTO health_last ("_s + kSampleColumns
        + u") VALUES (:slug, :url, :at, :state, :latency, :status, :tls, :error) "
          u"ON CONFLICT (tenant_slug, url) DO UPDATE SET checked_at = excluded.checked_at, state = excluded.state, "
          u"latency_ms = excluded.latency_ms, http_status = excluded.http_status, "
          u"tls_expires_at = excluded.tls_expires_at, error = excluded.error "
          u"WHERE health_last.checked_at IS NULL OR excluded.checked_at >= health_last.checked_at"_s);
    if (!last)
        return fail<Done>(last.error());
    auto bind = [](QSqlQuery& query, int first, const HealthSample& sample) {
        query.bindValue(first + 0, Database::textValue(sample.tenantSlug));
        query.bindValue(first + 1, Database::textValue(sample.url));
        query.bindValue(first + 2, Database::timeValue(sample.checkedAt));
        query.bindValue(first + 3, healthStateName(sample.state));
        query.bindValue(first + 4, sample.latencyMs);
        query.bindValue(first + 5, sample.httpStatus);
        query.bindValue(first + 6, Database::timeValue(sample.tlsExpiresAt));
        query.bindValue(first + 7, Database::textValue(sample.error));
    };
    qsizetype next = 0;
    for (; next + kBatchRows <= samples.size(); next += kBatchRows) {
        for (int r = 0; r < kBatchRows; ++r)
            bind(*batch, r * kSampleFields, samples.at(next + r));
        if (auto r = m_db->execPrepared(*batch); !r)
            return r;
    }
    for (; next < samples.size(); ++next) {
        bind(*history, 0, samples.at(next));
        if (auto r = m_db->execPrepared(*history); !r)
            return r;
    }

    // The newest sample of each endpoint in this batch (a later one wins a tie, an undated one never beats a
    // dated one); only those reach health_last, whose WHERE clause then compares them with what is stored.
    QHash<std::pair<QString, QString>, qsizetype> newest;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const HealthSample& sample = samples.at(i);
        const std::pair<QString, QString> key{sample.tenantSlug, sample.url};
        const auto found = newest.constFind(key);
        if (found == newest.cend()) {
            newest.insert(key, i);
        } else {
            const QDateTime& best = samples.at(*found).checkedAt;
            if (!best.isValid() || (sample.checkedAt.isValid() && sample.checkedAt >= best))
                newest.insert(key, i);
        }
    }
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        bind(*last, 0, samples.at(it.value()));
        if (auto r = m_db->execPrepared(*last); !r)
            return r;
    }

    // Hourly rollups, in the same transaction, so uptime always agrees with the samples. Undated samples belong
    // to no hour.
    QHash<std::pair<QString, qint64>, RollupCounts> rollups;
    for (const HealthSample& sample : samples) {
        if (!sample.checkedAt.isValid())
            continue;
        RollupCounts& counts = rollups[{sample.tenantSlug, hourStart(sample.checkedAt.toSecsSinceEpoch())}];
        ++counts.samples;
        counts.up += sample.state == HealthState::Up ? 1 : 0;
        counts.degraded += sample.state == HealthState::Degraded ? 1 : 0;
        counts.down += sample.state == HealthState::Down ? 1 : 0;
        if (sample.latencyMs >= 0) {
            counts.latencySumMs += sample.latencyMs;
            ++counts.latencyCount;
        }
    }
    auto rollupSql = [](qsizetype rows) -> QString {
        QStringList values;
        for (qsizetype r = 0; r < rows; ++r)
            values << u"(?, ?, ?, ?, ?, ?, ?, ?)"_s;
        return u"INSERT INTO health_rollups (subject, bucket_start, samples, up, degraded, down, latency_sum_ms, "
               u"latency_count) VALUES "_s
            + values.join(u", "_s)
            + u" ON CONFLICT (subject, bucket_start) DO UPDATE SET samples = samples + excluded.samples, "
              u"up = up + excluded.up, degraded = degraded + excluded.degraded, down = down + excluded.down, "
              u"latency_sum_ms = latency_sum_ms + excluded.latency_sum_ms, "
              u"latency_count = latency_count + excluded.latency_count"_s;
    };
    auto bindRollup = [](QSqlQuery& query, int first, const std::pair<QString, qint64>& key, const RollupCounts& c) {
        query.bindValue(first + 0, Database::textValue(key.first));
        query.bindValue(first + 1, key.second);
        query.bindValue(first + 2, c.samples);
        query.bindValue(first + 3, c.up);
        query.bindValue(first + 4, c.degraded);
        query.bindValue(first + 5, c.down);
        query.bindValue(first + 6, c.latencySumMs);
        query.bindValue(first + 7, c.latencyCount);
    };
    auto it = rollups.cbegin();
    qsizetype left = rollups.size();
    if (left >= kBatchRows) {
        auto rollupBatch = m_db->prepare(rollupSql(kBatchRows));
        if (!rollupBatch)
            return fail<Done>(rollupBatch.error());
        for (; left >= kBatchRows; left -= kBatchRows) {
            for (int r = 0; r < kBatchRows; ++r, ++it)
                bindRollup(*rollupBatch, r * kRollupFields, it.key(), it.value());
            if (auto r = m_db->execPrepared(*rollupBatch); !r)
                return r;
        }
    }
    if (left > 0) {
        auto one = m_db->prepare(rollupSql(1));
        if (!one)
            return fail<Done>(one.error());
        for (; it != rollups.cend(); ++it) {
            bindRollup(*one, 0, it.key(), it.value());
            if (auto r = m_db->execPrepared(*one); !r)
                return r;
        }
    }
    return transaction.commit();
}

Result<QList<HealthSample>, StoreError> LocalCache::lastHealth() const
{
    auto rows = m_db->exec(u"SELECT "_s + kSampleColumns + u" FROM health_last ORDER BY tenant_slug, url"_s);
    if (!rows)
        return fail<QList<HealthSample>>(rows.error());
    QList<HealthSample> samples;
    while (rows->next())
        samples << sampleFromRow(*rows);
    return samples;
}

Result<QList<HealthSample>, StoreError> LocalCache::healthHistory(
    const QString& tenantSlug, const QDateTime& from, const QDateTime& to) const
{
    // An invalid bound means "no bound". ISO-8601 UTC text compares like the time it holds.
    const QString lowest = u"0000"_s;
    const QString highest = u"9999"_s;
    auto rows = m_db->exec(u"SELECT "_s + kSampleColumns
            + u" FROM health_samples WHERE tenant_slug = :slug AND checked_at >= :from "
              u"AND checked_at <= :to ORDER BY checked_at, rowid"_s,
        {{u":slug"_s, tenantSlug}, {u":from"_s, from.isValid() ? Database::timeValue(from) : QVariant(lowest)},
            {u":to"_s, to.isValid() ? Database::timeValue(to) : QVariant(highest)}});
    if (!rows)
        return fail<QList<HealthSample>>(rows.error());
    QList<HealthSample> samples;
    while (rows->next())
        samples << sampleFromRow(*rows);
    return samples;
}

Result<int, StoreError> LocalCache::pruneHealthHistory(const QDateTime& olderThan)
{
    if (!olderThan.isValid())
        return fail<int>(StoreError::make(StoreError::Kind::Invalid, u"prune needs a valid time"_s));
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<int>(*transaction.beginError());
    // Samples without a time can never be charted; they go too.
    auto removed = m_db->exec(u"DELETE FROM health_samples WHERE checked_at IS NULL OR checked_at < :before"_s,
        {{u":before"_s, Database::timeValue(olderThan)}});
    if (!removed)
        return fail<int>(removed.error());
    const int count = removed->numRowsAffected();
    if (auto r = transaction.commit(); !r)
        return fail<int>(r.error());
    return count;
}

Result<QList<HealthRollup>, StoreError> LocalCache::healthRollups(
    const QString& subject, const QDateTime& from, const QDateTime& to) const
{
    auto rows = m_db->exec(u"SELECT bucket_start, samples, up, degraded, down, latency_sum_ms, latency_count "
                           u"FROM health_rollups WHERE subject = :subject AND bucket_start >= :from "
                           u"AND bucket_start <= :to ORDER BY bucket_start"_s,
        {{u":subject"_s, Database::textValue(subject)},
            {u":from"_s, from.isValid() ? from.toSecsSinceEpoch() : std::numeric_limits<qint64>::min()},
            {u":to"_s, to.isValid() ? to.toSecsSinceEpoch() : std::numeric_limits<qint64>::max()}});
    if (!rows)
        return fail<QList<HealthRollup>>(rows.error());
    QList<HealthRollup> rollups;
    while (rows->next()) {
        HealthRollup rollup;
        rollup.subject = subject;
        rollup.hourStart = QDateTime::fromSecsSinceEpoch(rows->value(0).toLongLong(), Qt::UTC);
        rollup.samples = rows->value(1).toLongLong();
        rollup.up = rows->value(2).toLongLong();
        rollup.degraded = rows->value(3).toLongLong();
        rollup.down = rows->value(4).toLongLong();
        rollup.latencySumMs = rows->value(5).toLongLong();
        rollup.latencyCount = rows->value(6).toLongLong();
        rollups << rollup;
    }
    return rollups;
}

Result<QHash<QString, SubjectUptime>, StoreError> LocalCache::uptime(
    const QDateTime& now, const QStringList& subjects) const
{
    using R = Result<QHash<QString, SubjectUptime>, StoreError>;
    // Whole hours: the current one and the 24 (7 × 24, 30 × 24) before it.
    const qint64 current = hourStart((now.isValid() ? now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
    const qint64 dayStart = current - 24 * kHour;
    const qint64 weekStart = current - 7 * 24 * kHour;
    const qint64 monthStart = current - 30 * 24 * kHour;
    // One pass over 30 days of hourly rows, summed three ways; available = up + degraded.
    const QString head = u"SELECT subject, "
                         u"SUM(CASE WHEN bucket_start >= ? THEN up + degraded ELSE 0 END), "
                         u"SUM(CASE WHEN bucket_start >= ? THEN up + degraded + down ELSE 0 END), "
                         u"SUM(CASE WHEN bucket_start >= ? THEN up + degraded ELSE 0 END), "
                         u"SUM(CASE WHEN bucket_start >= ? THEN up + degraded + down ELSE 0 END), "
                         u"SUM(up + degraded), SUM(up + degraded + down) "
                         u"FROM health_rollups WHERE bucket_start >= ? AND bucket_start <= ?"_s;
    QHash<QString, SubjectUptime> result;
    auto run = [&](const QStringList& chunk) -> std::optional<StoreError> {
        QString sql = head;
        if (!chunk.isEmpty()) {
            QStringList marks;
            marks.fill(u"?"_s, chunk.size());
            sql += u" AND subject IN ("_s + marks.join(u", "_s) + u')';
        }
        sql += u" GROUP BY subject"_s;
        auto query = m_db->prepare(sql);
        if (!query)
            return query.error();
        int position = 0;
        for (qint64 bound : {dayStart, dayStart, weekStart, weekStart, monthStart, current})
            query->bindValue(position++, bound);
        for (const QString& subject : chunk)
            query->bindValue(position++, subject);
        if (auto r = m_db->execPrepared(*query); !r)
            return r.error();
        while (query->next()) {
            SubjectUptime uptime;
            uptime.subject = query->value(0).toString();
            uptime.day = {query->value(1).toLongLong(), query->value(2).toLongLong()};
            uptime.week = {query->value(3).toLongLong(), query->value(4).toLongLong()};
            uptime.month = {query->value(5).toLongLong(), query->value(6).toLongLong()};
            result.insert(uptime.subject, uptime);
        }
        return std::nullopt;
    };
    if (subjects.isEmpty()) {
        if (auto error = run({}))
            return R::failure(*error);
        return result;
    }
    constexpr qsizetype kChunk = 500; // bound parameters per statement, far below SQLite's limit
    for (qsizetype first = 0; first < subjects.size(); first += kChunk) {
        if (auto error = run(subjects.mid(first, kChunk)))
            return R::failure(*error);
    }
    return result;
}

Result<int, StoreError> LocalCache::pruneHealthRollups(const QDateTime& olderThan)
{
    if (!olderThan.isValid())
        return fail<int>(StoreError::make(StoreError::Kind::Invalid, u"prune needs a valid time"_s));
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<int>(*transaction.beginError());
    auto removed = m_db->exec(
        u"DELETE FROM health_rollups WHERE bucket_start < :before"_s, {{u":before"_s, olderThan.toSecsSinceEpoch()}});
    if (!removed)
        return fail<int>(removed.error());
    const int count = removed->numRowsAffected();
    if (auto r = transaction.commit(); !r)
        return fail<int>(r.error());
    return count;
}

Result<Done, StoreError> LocalCache::appendAlertHistory(const QList<AlertHistoryEntry>& entries)
{
    if (entries.isEmpty())
        return Done{};
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<Done>(*transaction.beginError());
    auto insertSql = [](qsizetype rows) -> QString {
        QStringList values;
        for (qsizetype r = 0; r < rows; ++r)
            values << u"(?, ?, ?, ?, ?, ?)"_s;
        return u"INSERT INTO alert_history (alert_id, at, event, severity, state, summary) VALUES "_s
            + values.join(u", "_s);
    };
    auto bind = [](QSqlQuery& query, int first, const AlertHistoryEntry& entry) {
        query.bindValue(first + 0, Database::textValue(entry.alertId));
        query.bindValue(first + 1, Database::timeValue(entry.at.isValid() ? entry.at : Database::nowUtc()));
        query.bindValue(first + 2, Database::textValue(entry.event));
        query.bindValue(first + 3, alertSeverityName(entry.severity));
        query.bindValue(first + 4, alertStateName(entry.state));
        query.bindValue(first + 5, Database::textValue(entry.summary));
    };
    qsizetype next = 0;
    if (entries.size() >= kBatchRows) {
        auto batch = m_db->prepare(insertSql(kBatchRows));
        if (!batch)
            return fail<Done>(batch.error());
        for (; next + kBatchRows <= entries.size(); next += kBatchRows) {
            for (int r = 0; r < kBatchRows; ++r)
                bind(*batch, r * kHistoryFields, entries.at(next + r));
            if (auto r = m_db->execPrepared(*batch); !r)
                return r;
        }
    }
    if (next < entries.size()) {
        auto one = m_db->prepare(insertSql(1));
        if (!one)
            return fail<Done>(one.error());
        for (; next < entries.size(); ++next) {
            bind(*one, 0, entries.at(next));
            if (auto r = m_db->execPrepared(*one); !r)
                return r;
        }
    }
    return transaction.commit();
}

Result<QList<AlertHistoryEntry>, StoreError> LocalCache::alertHistory(const QString& alertId, int limit) const
{
    QString sql = u"SELECT id, alert_id, at, event, severity, state, summary FROM alert_history"_s;
    Database::Bindings bindings;
    if (!alertId.isEmpty()) {
        sql += u" WHERE alert_id = :id"_s;
        bindings.append({u":id"_s, alertId});
    }
    sql += u" ORDER BY at DESC, id DESC"_s;
    if (limit > 0) {
        sql += u" LIMIT :limit"_s;
        bindings.append({u":limit"_s, limit});
    }
    auto rows = m_db->exec(sql, bindings);
    if (!rows)
        return fail<QList<AlertHistoryEntry>>(rows.error());
    QList<AlertHistoryEntry> entries;
    while (rows->next()) {
        AlertHistoryEntry entry;
        entry.id = rows->value(0).toLongLong();
        entry.alertId = rows->value(1).toString();
        entry.at = Database::timeFrom(rows->value(2));
        entry.event = rows->value(3).toString();
        entry.severity = alertSeverityFromName(rows->value(4).toString()).value_or(AlertSeverity::Medium);
        entry.state = alertStateFromName(rows->value(5).toString()).value_or(Alert::State::Firing);
        entry.summary = rows->value(6).toString();
        entries << entry;
    }
    return entries;
}

Result<int, StoreError> LocalCache::pruneAlertHistory(const QDateTime& olderThan)
{
    if (!olderThan.isValid())
        return fail<int>(StoreError::make(StoreError::Kind::Invalid, u"prune needs a valid time"_s));
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<int>(*transaction.beginError());
    auto removed =
        m_db->exec(u"DELETE FROM alert_history WHERE at < :before"_s, {{u":before"_s, Database::timeValue(olderThan)}});
    if (!removed)
        return fail<int>(removed.error());
    const int count = removed->numRowsAffected();
    if (auto r = transaction.commit(); !r)
        return fail<int>(r.error());
    return count;
}

Result<Done, StoreError> LocalCache::saveSnapshot(const QString& key, const QByteArray& data)
{
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<Done>(*transaction.beginError());
    auto saved = m_db->exec(u"INSERT INTO snapshots (key, data, saved_at) VALUES (:key, :data, :at) "
                            u"ON CONFLICT (key) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at"_s,
        {{u":key"_s, Database::textValue(key)}, {u":data"_s, data.isNull() ? QByteArray("") : data},
            {u":at"_s, Database::timeValue(Database::nowUtc())}});
    if (!saved)
        return fail<Done>(saved.error());
    return transaction.commit();
}

Result<std::optional<LocalCache::Snapshot>, StoreError> LocalCache::loadSnapshot(const QString& key) const
{
    using R = Result<std::optional<Snapshot>, StoreError>;
    auto row =
        m_db->exec(u"SELECT data, saved_at FROM snapshots WHERE key = :key"_s, {{u":key"_s, Database::textValue(key)}});
    if (!row)
        return R::failure(row.error());
    if (!row->next())
        return std::optional<Snapshot>();
    return std::optional<Snapshot>(Snapshot{row->value(0).toByteArray(), Database::timeFrom(row->value(1))});
}

} // namespace Fleetdeck
