#pragma once

#include "core/domain/plan.h"
#include "core/domain/tenant.h"

#include <QString>
#include <QStringList>

namespace Fleetdeck {

// The rules a tenant or plan must meet before it is written, shared by the registry and the import
// preview so both say the same thing. Problems are translated phrases without a row prefix
// ("plan \"gold\" is unknown (known: starter, growth)").
class RecordValidator
{
public:
    // Trims text fields, lower-cases currency and interval, drops empty and repeated endpoints.
    static Tenant normalized(Tenant tenant);
    static Plan normalized(Plan plan);

    // `knownPlanCodes`: the plans a tenant may refer to.
    static QStringList problems(const Tenant& tenant, const QStringList& knownPlanCodes);
    static QStringList problems(const Plan& plan);

    static bool isValidHealthUrl(const QString& url);
    // Splits a cell or string holding several health URLs ("a | b", "a b", one per line).
    static QStringList splitHealthUrls(const QString& text);
    // "starter, growth" or "none defined", for messages.
    static QString knownPlansPhrase(const QStringList& knownPlanCodes);
};

} // namespace Fleetdeck
