#include "core/secrets/environmentfallbacksecretstore.h"

#include "core/logging.h"

namespace Fleetdeck {

EnvironmentFallbackSecretStore::EnvironmentFallbackSecretStore(SecretStore* primary, QObject* parent)
    : SecretStore(parent)
    , m_primary(primary)
{
}

void EnvironmentFallbackSecretStore::readSecret(const QString& name, const QObject* context, ReadCallback callback)
{
    m_primary->readSecret(
        name, context, [name, callback = std::move(callback)](Result<QByteArray, SecretError> result) {
            if (!result
                && (result.error().kind == SecretError::Kind::NotFound
                    || result.error().kind == SecretError::Kind::NoBackend)) {
                const QString variable = SecretStore::environmentVariableFor(name);
                const QByteArray value = qgetenv(variable.toLatin1().constData());
                if (!value.isEmpty()) {
                    qCInfo(lcSecrets).noquote() << "secret" << name << "taken from" << variable;
                    return callback(Result<QByteArray, SecretError>(value));
                }
            }
            callback(std::move(result));
        });
}

void EnvironmentFallbackSecretStore::writeSecret(
    const QString& name, const QByteArray& secret, const QObject* context, DoneCallback callback)
{
    m_primary->writeSecret(name, secret, context, std::move(callback));
}

void EnvironmentFallbackSecretStore::deleteSecret(const QString& name, const QObject* context, DoneCallback callback)
{
    m_primary->deleteSecret(name, context, std::move(callback));
}

} // namespace Fleetdeck
