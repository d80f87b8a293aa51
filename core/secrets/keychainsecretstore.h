#pragma once

#include "core/secrets/secretstore.h"

#include <chrono>

namespace Fleetdeck {

// The OS keychain through QtKeychain (libsecret on Linux). There is no plaintext fallback: when no
// keychain is available the caller gets NoBackend and says so.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Fleetdeck"), QObject* parent = nullptr);

    void readSecret(const QString& name, const QObject* context, ReadCallback callback) override;
    void writeSecret(
        const QString& name, const QByteArray& secret, const QObject* context, DoneCallback callback) override;
    void deleteSecret(const QString& name, const QObject* context, DoneCallback callback) override;

    // A keychain that does not answer (a prompt nobody sees, a hung bus) counts as unavailable.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout{20000};
};

} // namespace Fleetdeck
