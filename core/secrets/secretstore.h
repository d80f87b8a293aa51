#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Fleetdeck {

struct SecretError
{
    enum class Kind
    {
        NotFound,
        NoBackend, // no secret service is running / reachable
        AccessDenied, // the keyring is locked or the user said no
        Other,
    };
    Kind kind = Kind::Other;
    QString message; // never contains the secret

    [[nodiscard]] QString toDisplayString(const QString& secretName) const;
};

// Where API keys and passwords live. Asynchronous because the OS keychain may prompt the user.
// Callbacks run on `context`'s thread and are dropped when `context` is destroyed.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QByteArray, SecretError>)>;
    using DoneCallback = std::function<void(std::optional<SecretError>)>;

    using QObject::QObject;
    ~SecretStore() override;

    virtual void readSecret(const QString& name, const QObject* context, ReadCallback callback) = 0;
    virtual void writeSecret(
        const QString& name, const QByteArray& secret, const QObject* context, DoneCallback callback) = 0;
    virtual void deleteSecret(const QString& name, const QObject* context, DoneCallback callback) = 0;

    // FLEETDECK_SECRET_<NAME>: upper case, every non-alphanumeric character becomes '_'.
    static QString environmentVariableFor(const QString& name);
};

} // namespace Fleetdeck
