#pragma once

#include "core/domain/alerthistoryentry.h"
#include "core/domain/healthrollup.h"
#include "core/domain/healthsample.h"
#include "core/domain/subjectuptime.h"
#include "core/result.h"
#include "core/store/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Fleetdeck {

class Database;

// The per-profile local cache (SQLite, WAL): health history and its hourly rollups, the last state of every
// endpoint, alert history and snapshots for an offline start (the alert engine's state is the snapshot
// AlertEngine::kStateSnapshotKey). Disposable: a damaged file is moved aside and rebuilt.
// It never touches the registry. Synchronous; one instance per thread.
class LocalCache
{
public:
    static constexpr int kSchemaVersion = 2;

    static Result<std::unique_ptr<LocalCache>, StoreError> open(const QString& filePath);
    ~LocalCache();

    // Non-empty after open() had to move a damaged file aside: says where the old file went.
    [[nodiscard]] QString recoveryNotice() const;
    [[nodiscard]] QString filePath() const;

    // Appends to the history, replaces the last sample per (tenant, url) and counts each sample into its hour's
    // rollup; one transaction. A component's samples (tenantSlug = "host:srv-2", ...) roll up the same way.
    Result<Done, StoreError> writeHealth(const QList<HealthSample>& samples);
    // The last sample of every endpoint ever probed.
    Result<QList<HealthSample>, StoreError> lastHealth() const;
    // Oldest first, [from, to].
    Result<QList<HealthSample>, StoreError> healthHistory(
        const QString& tenantSlug, const QDateTime& from, const QDateTime& to) const;
    Result<int, StoreError> pruneHealthHistory(const QDateTime& olderThan);

    // ---- uptime (health_rollups) ----
    // The hourly rollups of one subject whose hour starts in [from, to], oldest first; invalid = no bound.
    Result<QList<HealthRollup>, StoreError> healthRollups(
        const QString& subject, const QDateTime& from, const QDateTime& to) const;
    // Uptime over 24 h, 7 d and 30 d before `now`, from the rollups, by subject. Empty `subjects` = every subject
    // with samples in the last 30 days; a listed subject without samples is absent from the answer.
    Result<QHash<QString, SubjectUptime>, StoreError> uptime(
        const QDateTime& now, const QStringList& subjects = {}) const;
    // Rollups of hours that started before `olderThan` (raw samples have their own prune).
    Result<int, StoreError> pruneHealthRollups(const QDateTime& olderThan);

    // ---- alert history ----
    // Appends AlertEvent::toHistoryEntry() rows in one transaction.
    Result<Done, StoreError> appendAlertHistory(const QList<AlertHistoryEntry>& entries);
    // Newest first. Empty alertId = every alert; limit <= 0 = no limit.
    Result<QList<AlertHistoryEntry>, StoreError> alertHistory(const QString& alertId = {}, int limit = 200) const;
    Result<int, StoreError> pruneAlertHistory(const QDateTime& olderThan);

    struct Snapshot
    {
        QByteArray data;
        QDateTime savedAt;
    };
    Result<Done, StoreError> saveSnapshot(const QString& key, const QByteArray& data);
    Result<std::optional<Snapshot>, StoreError> loadSnapshot(const QString& key) const;

private:
    LocalCache();
    std::unique_ptr<Database> m_db;
    QString m_filePath;
    QString m_recoveryNotice;
};

} // namespace Fleetdeck
