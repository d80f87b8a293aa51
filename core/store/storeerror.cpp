#include "core/store/storeerror.h"

#include <QCoreApplication>

namespace Fleetdeck {

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::ReadOnly:
        return QStringLiteral("read-only");
    case Kind::SchemaTooNew:
        return QStringLiteral("schema-too-new");
    case Kind::Migration:
        return QStringLiteral("migration");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::Query:
        return QStringLiteral("query");
    }
    return QStringLiteral("unknown");
}

QString StoreError::toDisplayString() const
{
    // The specifics a person can act on; the technical message when nothing better was given.
    const QString specifics = detail.isEmpty() ? message : detail;
    switch (kind) {
    case Kind::Connection:
        return QCoreApplication::translate("StoreError", "Fleetdeck could not open the registry: %1").arg(specifics);
    case Kind::ReadOnly:
        if (knownSchema > foundSchema) {
            return QCoreApplication::translate("StoreError",
                "This is a read-only (support) connection and the registry "
                "needs an upgrade (schema %1, this version of Fleetdeck "
                "needs %2): connect once with a writable role to upgrade it.")
                .arg(foundSchema)
                .arg(knownSchema);
        }
        return QCoreApplication::translate("StoreError",
            "This is a read-only (support) connection: the change was not "
            "saved. Ask someone with write access to make it, or connect "
            "with a writable role.");
    case Kind::SchemaTooNew:
        return QCoreApplication::translate("StoreError",
            "The registry was upgraded by a newer Fleetdeck (schema %1, "
            "this version knows %2); update Fleetdeck.")
            .arg(foundSchema)
            .arg(knownSchema);
    case Kind::Migration:
        return QCoreApplication::translate("StoreError",
            "Fleetdeck could not upgrade the registry; the failed step was "
            "rolled back and the registry is unchanged by it: %1")
            .arg(specifics);
    case Kind::NotFound:
        return QCoreApplication::translate("StoreError", "Not found in the registry: %1").arg(specifics);
    case Kind::Conflict:
        return QCoreApplication::translate("StoreError", "The change was not saved: %1").arg(specifics);
    case Kind::Invalid:
        return QCoreApplication::translate("StoreError", "The change was not saved: %1").arg(specifics);
    case Kind::Query:
        return QCoreApplication::translate("StoreError", "The registry could not complete the request: %1")
            .arg(specifics);
    }
    return message;
}

} // namespace Fleetdeck
