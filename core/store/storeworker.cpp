#include "core/store/storeworker.h"

#include "core/logging.h"
#include "core/store/localcache.h"
#include "core/store/registry.h"

#include <QCoreApplication>
#include <QSemaphore>

namespace Fleetdeck {

StoreWorker::StoreWorker(QObject* parent)
    : QObject(parent)
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("fleetdeck-store"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    // SQL connections must be closed on the thread that opened them.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            m_registry.reset();
            m_cache.reset();
            delete m_anchor;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

StoreError StoreWorker::notOpen(const QString& what)
{
    return StoreError::make(StoreError::Kind::Connection, QStringLiteral("%1 is not open").arg(what),
        QCoreApplication::translate("StoreWorker", "%1 is not open").arg(what));
}

void StoreWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_anchor, std::move(job), Qt::QueuedConnection);
}

void StoreWorker::openRegistry(const RegistryConnection& connection, const QString& actor, const QObject* context,
    Callback<Result<RegistryInfo, StoreError>> done)
{
    post([this, connection, actor, context = QPointer<const QObject>(context), hasContext = context != nullptr,
             done = std::move(done)]() mutable {
        m_registry.reset();
        auto opened = Registry::open(connection, actor);
        Result<RegistryInfo, StoreError> result = RegistryInfo{};
        if (opened) {
            m_registry = std::move(opened.value());
            result = RegistryInfo{m_registry->isReadOnly(), m_registry->connectionName(), m_registry->schemaVersion()};
        } else {
            result = Result<RegistryInfo, StoreError>::failure(opened.error());
        }
        answer(context, hasContext, std::move(done), std::move(result));
    });
}

void StoreWorker::openCache(const QString& filePath, const QObject* context, Callback<Result<QString, StoreError>> done)
{
    post([this, filePath, context = QPointer<const QObject>(context), hasContext = context != nullptr,
             done = std::move(done)]() mutable {
        m_cache.reset();
        auto opened = LocalCache::open(filePath);
        Result<QString, StoreError> result = QString();
        if (opened) {
            m_cache = std::move(opened.value());
            result = m_cache->recoveryNotice();
        } else {
            result = Result<QString, StoreError>::failure(opened.error());
        }
        answer(context, hasContext, std::move(done), std::move(result));
    });
}

void StoreWorker::writeHealth(const QList<HealthSample>& samples)
{
    if (samples.isEmpty())
        return;
    post([this, samples] {
        if (!m_cache)
            return;
        if (auto written = m_cache->writeHealth(samples); !written)
            qCWarning(lcCache).noquote() << "writing" << samples.size() << "samples failed:" << written.error().message;
    });
}

void StoreWorker::appendAlertHistory(const QList<AlertHistoryEntry>& entries)
{
    if (entries.isEmpty())
        return;
    post([this, entries] {
        if (!m_cache)
            return;
        if (auto written = m_cache->appendAlertHistory(entries); !written)
            qCWarning(lcCache).noquote() << "writing" << entries.size()
                                         << "alert events failed:" << written.error().message;
    });
}

void StoreWorker::waitForIdle()
{
    QSemaphore done;
    post([&done] { done.release(); });
    done.acquire();
}

} // namespace Fleetdeck
