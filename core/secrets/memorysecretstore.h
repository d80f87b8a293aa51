#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>

namespace Fleetdeck {

// Secrets held in memory only: demo mode and tests. Answers asynchronously like the keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void readSecret(const QString& name, const QObject* context, ReadCallback callback) override;
    void writeSecret(
        const QString& name, const QByteArray& secret, const QObject* context, DoneCallback callback) override;
    void deleteSecret(const QString& name, const QObject* context, DoneCallback callback) override;

    void insert(const QString& name, const QByteArray& secret) { m_secrets.insert(name, secret); }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace Fleetdeck
