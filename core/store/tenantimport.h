#pragma once

#include "core/domain/plan.h"
#include "core/domain/tenant.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fleetdeck {

// Parsing and validation of a tenant import file (CSV or JSON), before anything is written.
// Formats are documented in README.md ("Import format").
class TenantImport
{
public:
    enum class Format
    {
        Auto, // JSON when the first non-blank character is '{' or '[', CSV otherwise
        Csv,
        Json,
    };
    struct Accepted
    {
        int line = 0; // 1-based line (CSV) or 1-based array index (JSON)
        Tenant tenant;
    };
    struct Rejected
    {
        int line = 0;
        QString slug; // when it could be read
        QString reason; // translated, names the field: "row 4: plan \"gold\" is unknown (known: ...)"
    };
    struct Preview
    {
        QList<Accepted> accepted;
        QList<Rejected> rejected;
        QList<Plan> plans; // plans defined in the file (JSON "plans" key)
        QString fileError; // the whole file could not be read (empty when fine)
    };

    // `existingSlugs` are already in the registry (duplicates are rejected), `knownPlans` the registry's
    // plan codes (plans defined in the same file count as known).
    static Preview parse(
        const QByteArray& data, Format format, const QStringList& existingSlugs, const QStringList& knownPlans);
    static Format formatForFileName(const QString& fileName);
};

} // namespace Fleetdeck
