#include "core/secrets/memorysecretstore.h"

#include <QTimer>

namespace Fleetdeck {

void MemorySecretStore::readSecret(const QString& name, const QObject* context, ReadCallback callback)
{
    auto result = m_secrets.contains(name)
        ? Result<QByteArray, SecretError>(m_secrets.value(name))
        : Result<QByteArray, SecretError>::failure({SecretError::Kind::NotFound, QStringLiteral("no such entry")});
    QTimer::singleShot(0, context ? context : this, [callback = std::move(callback), result]() { callback(result); });
}

void MemorySecretStore::writeSecret(
    const QString& name, const QByteArray& secret, const QObject* context, DoneCallback callback)
{
    m_secrets.insert(name, secret);
    QTimer::singleShot(0, context ? context : this, [callback = std::move(callback)]() {
        if (callback)
            callback(std::nullopt);
    });
}

void MemorySecretStore::deleteSecret(const QString& name, const QObject* context, DoneCallback callback)
{
    m_secrets.remove(name);
    QTimer::singleShot(0, context ? context : this, [callback = std::move(callback)]() {
        if (callback)
            callback(std::nullopt);
    });
}

} // namespace Fleetdeck
