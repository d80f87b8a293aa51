#pragma once

#include "core/store/registry.h"
#include "core/store/registryconnection.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Fleetdeck::Testing {

// The registry behaviour, written once and run against both drivers: tst_registry (SQLite) and
// tst_registry_postgres (a private PostgreSQL cluster) derive from it and say how to get a database.
class RegistrySuite : public QObject
{
    Q_OBJECT

protected:
    // A fresh, empty registry database the test may write to as its owner.
    virtual RegistryConnection freshRegistry() = 0;
    // A read-only way into `owner`'s registry after its migrations ran: a read-only file or a
    // SELECT-only support role.
    virtual RegistryConnection readOnlyView(const RegistryConnection& owner) = 0;
    // A read-only way into a database whose migrations have not run yet.
    virtual RegistryConnection readOnlyViewOfUnmigrated() = 0;

    // Direct SQL beside the registry (as the owner), to plant triggers, fake versions and count rows.
    static QString rawExec(const RegistryConnection& connection, const QString& sql);
    static QVariant rawScalar(const RegistryConnection& connection, const QString& sql);
    // Makes every INSERT into `table` whose `column` equals `value` fail inside the database.
    static QString plantRejectTrigger(const RegistryConnection& connection, const QString& name, const QString& table,
        const QString& column, const QString& value);
    static QString dropRejectTrigger(const RegistryConnection& connection, const QString& name, const QString& table);

    static Tenant sampleTenant(const QString& slug, const QString& name);
    static Plan samplePlan(const QString& code);
    static int rowCount(const RegistryConnection& connection, const QString& table);

private slots:
    void migrationsCreateTheSchemaOnce();
    void schemaTooNewIsRefusedAndNothingIsWritten();
    void failingMigrationRollsBackAndNamesTheFile();
    void addedTenantRoundTripsEveryField();
    void tenantsAreSortedByNameIgnoringCase();
    void everyWriteLeavesExactlyOneAuditRow();
    void unchangedWritesLeaveNoAuditRow();
    void invalidInputIsRefusedBeforeWriting_data();
    void invalidInputIsRefusedBeforeWriting();
    void unknownSlugIsNotFound();
    void failedWriteLeavesNeitherTheChangeNorAnAuditRow();
    void importIsAllOrNothing();
    void importRefusesInvalidTenantsWithoutWriting();
    void removeTenantRemovesItsEndpoints();
    void auditLogIsNewestFirstAndFiltersByTarget();
    void auditDetailsNeverHoldNotesOrTheConnectionPassword();
    void plansRoundTripAndAreValidated();
    void readOnlyConnectionRefusesEveryWrite();
    void serverRefusalIsMappedToReadOnlyAndRolledBack();
    void readOnlyConnectionDoesNotMigrate();

    // Alert acknowledgements, silences and notes (schema 2).
    void alertAcknowledgementRoundTripsWithItsAuditRow();
    void twoConsolesSeeEachOthersAcknowledgementsAndNotes();
    void silenceNeedsAFutureEndAndReplacesAnAcknowledgement();
    void invalidAlertInputIsRefusedBeforeWriting();
    void readOnlyConnectionSeesButRefusesAlertWrites();
    void failedAlertAuditRowLeavesNoAcknowledgement();
};

} // namespace Fleetdeck::Testing
