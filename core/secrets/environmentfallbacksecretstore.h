#pragma once

#include "core/secrets/secretstore.h"

#include <QPointer>

namespace Fleetdeck {

// Reads from the keychain first and, when the keychain has no entry or no keychain is running,
// from FLEETDECK_SECRET_<NAME> (for cron jobs and servers without a desktop session).
// The environment is only read, never written.
class EnvironmentFallbackSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit EnvironmentFallbackSecretStore(SecretStore* primary, QObject* parent = nullptr);

    void readSecret(const QString& name, const QObject* context, ReadCallback callback) override;
    void writeSecret(
        const QString& name, const QByteArray& secret, const QObject* context, DoneCallback callback) override;
    void deleteSecret(const QString& name, const QObject* context, DoneCallback callback) override;

private:
    QPointer<SecretStore> m_primary;
};

} // namespace Fleetdeck
