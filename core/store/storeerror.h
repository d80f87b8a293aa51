#pragma once

#include <QString>

namespace Fleetdeck {

// A failure of the registry or the local cache.
struct StoreError
{
    enum class Kind
    {
        Connection, // could not open / connect
        ReadOnly, // the connection may not write (support role, read-only file)
        SchemaTooNew, // the database was migrated by a newer Fleetdeck
        Migration, // a migration failed (rolled back)
        NotFound,
        Conflict, // e.g. the slug exists already
        Invalid, // the input breaks a rule (bad slug, unknown plan, ...)
        Query, // any other SQL failure
    };
    Kind kind = Kind::Query;
    QString message; // untranslated, for logs (never contains a password)
    QString detail; // translated specifics for people; empty = use message
    QString nativeCode; // the driver's error code (SQLSTATE / SQLite code), for mapping
    int foundSchema = 0; // SchemaTooNew / pending upgrade: the database's schema
    int knownSchema = 0; // ... and the one this Fleetdeck knows

    static StoreError make(Kind kind, QString message, QString detail = {})
    {
        StoreError e;
        e.kind = kind;
        e.message = std::move(message);
        e.detail = std::move(detail);
        return e;
    }
    static QString kindName(Kind kind);
    // Translated sentence that says what happened and what to do.
    [[nodiscard]] QString toDisplayString() const;
};

} // namespace Fleetdeck
