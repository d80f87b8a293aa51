#pragma once

#include "core/domain/healthsample.h"
#include "core/result.h"
#include "core/store/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Fleetdeck {

class Database;

// The per-profile local cache (SQLite, WAL): health history, the last state of every endpoint and
// snapshots for an offline start. Disposable: a damaged file is moved aside and rebuilt.
// It never touches the registry. Synchronous; one instance per thread.
class LocalCache
{
public:
    static constexpr int kSchemaVersion = 1;

    static Result<std::unique_ptr<LocalCache>, StoreError> open(const QString& filePath);
    ~LocalCache();

    // Non-empty after open() had to move a damaged file aside: says where the old file went.
    [[nodiscard]] QString recoveryNotice() const;
    [[nodiscard]] QString filePath() const;

    // Appends to the history and replaces the last sample per (tenant, url); one transaction.
    Result<Done, StoreError> writeHealth(const QList<HealthSample>& samples);
    // The last sample of every endpoint ever probed.
    Result<QList<HealthSample>, StoreError> lastHealth() const;
    // Oldest first, [from, to].
    Result<QList<HealthSample>, StoreError> healthHistory(
        const QString& tenantSlug, const QDateTime& from, const QDateTime& to) const;
    Result<int, StoreError> pruneHealthHistory(const QDateTime& olderThan);

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
