#pragma once

#include "core/domain/alerthistoryentry.h"
#include "core/domain/healthsample.h"
#include "core/result.h"
#include "core/store/registryconnection.h"
#include "core/store/storeerror.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace Fleetdeck {

class LocalCache;
class Registry;

// The registry and the local cache on their own thread, so the GUI thread never waits on a query or
// on the disk. Jobs run in the order they were given; each answer arrives on the caller's thread and
// is dropped when the caller's context object is gone.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    template <typename R> using Callback = std::function<void(R)>;

    struct RegistryInfo
    {
        bool readOnly = false;
        QString displayName;
        int schemaVersion = 0;
    };

    explicit StoreWorker(QObject* parent = nullptr);
    ~StoreWorker() override; // closes both databases on their thread, then stops it

    void openRegistry(const RegistryConnection& connection, const QString& actor, const QObject* context,
        Callback<Result<RegistryInfo, StoreError>> done);
    // The answer is the recovery notice (empty unless a damaged cache had to be moved aside).
    void openCache(const QString& filePath, const QObject* context, Callback<Result<QString, StoreError>> done);

    // Runs `job` on the worker thread with the open registry (`ifClosed` is the answer when it isn't open).
    template <typename R>
    void withRegistry(std::function<R(Registry&)> job, R ifClosed, const QObject* context, Callback<R> done)
    {
        post([this, job = std::move(job), ifClosed = std::move(ifClosed), context = QPointer<const QObject>(context),
                 hasContext = context != nullptr, done = std::move(done)]() mutable {
            R result = m_registry ? job(*m_registry) : std::move(ifClosed);
            answer(context, hasContext, std::move(done), std::move(result));
        });
    }
    template <typename R>
    void withCache(std::function<R(LocalCache&)> job, R ifClosed, const QObject* context, Callback<R> done)
    {
        post([this, job = std::move(job), ifClosed = std::move(ifClosed), context = QPointer<const QObject>(context),
                 hasContext = context != nullptr, done = std::move(done)]() mutable {
            R result = m_cache ? job(*m_cache) : std::move(ifClosed);
            answer(context, hasContext, std::move(done), std::move(result));
        });
    }

    // Fire and forget: appended to the cache's history when the cache is open.
    void writeHealth(const QList<HealthSample>& samples);
    // Fire and forget: appended to the cache's alert history when the cache is open.
    void appendAlertHistory(const QList<AlertHistoryEntry>& entries);
    // Blocks until every job given so far has run (tests and shutdown only; never on the GUI thread).
    void waitForIdle();

    static StoreError notOpen(const QString& what);

private:
    void post(std::function<void()> job);
    template <typename R>
    void answer(const QPointer<const QObject>& context, bool hasContext, Callback<R> done, R result)
    {
        QMetaObject::invokeMethod(
            this,
            [context, hasContext, done = std::move(done), result = std::move(result)]() mutable {
                if (hasContext && !context)
                    return;
                if (done)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    }

    QThread m_thread;
    QObject* m_anchor = nullptr; // lives on m_thread; jobs are posted to it
    // Touched only on m_thread.
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<LocalCache> m_cache;
};

} // namespace Fleetdeck
