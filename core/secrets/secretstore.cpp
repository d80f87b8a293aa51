#include "core/secrets/secretstore.h"

#include <QCoreApplication>

namespace Fleetdeck {

SecretStore::~SecretStore() = default;

QString SecretStore::environmentVariableFor(const QString& name)
{
    QString suffix;
    suffix.reserve(name.size());
    for (const QChar c : name) {
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        suffix += alnum ? c.toUpper() : QLatin1Char('_');
    }
    return QStringLiteral("FLEETDECK_SECRET_") + suffix;
}

QString SecretError::toDisplayString(const QString& secretName) const
{
    const QString variable = SecretStore::environmentVariableFor(secretName);
    switch (kind) {
    case Kind::NotFound:
        return QCoreApplication::translate("SecretError",
            "The secret \"%1\" is not in the keychain. Enter it in the "
            "profile editor, or set %2 for headless use.")
            .arg(secretName, variable);
    case Kind::NoBackend:
        return QCoreApplication::translate("SecretError",
            "No keychain (secret service) is available to read \"%1\" "
            "(%2). Unlock or start your desktop keyring, or set %3 "
            "for headless use.")
            .arg(secretName, message, variable);
    case Kind::AccessDenied:
        return QCoreApplication::translate("SecretError",
            "The keychain refused access to \"%1\" (%2). Unlock the "
            "keyring and try again.")
            .arg(secretName, message);
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("SecretError", "The keychain could not handle \"%1\": %2")
        .arg(secretName, message);
}

} // namespace Fleetdeck
