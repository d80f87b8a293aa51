#pragma once

#include "core/connectors/stripe/stripeclient.h"
#include "core/domain/tenant.h"
#include "core/engine/mrrcalculator.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace Fleetdeck {

// What Stripe's book adds up to, per currency, joined to the registry's clients by their Stripe customer id.
struct RevenueReport
{
    QList<MrrSubscriptionLine> lines; // every subscription, counting or not, with how it was computed
    QMap<QString, qint64> mrr; // currency -> minor units (never summed across currencies)
    QHash<QString, QMap<QString, qint64>> mrrByTenant; // slug -> currency -> minor units
    QHash<QString, QString> tenantByCustomer; // cus_… -> slug
    QStringList unmappedCustomers; // paying customers no client names
    int activeClients = 0; // clients (or unmapped customers) with MRR above zero
    int pendingInvoices = 0;
    QMap<QString, qint64> pendingAmount; // currency -> minor units still due
    int oldestPendingDays = 0;
    QList<OpenInvoice> openInvoices;

    static RevenueReport compute(
        const StripeBook& book, const QList<Tenant>& tenants, const MrrPolicy& policy, const QDateTime& now);
    // `fleetdeck revenue --json`: {"mrr":[{currency, amountMinor}], "activeClients", "pendingInvoices":{count,
    // amountMinor:[{currency, amountMinor}], oldestDays}, "tenants":[{slug, mrr:[{currency, amountMinor}]}],
    // "unmappedCustomers":[…], "policy":{discounts, dropPastDueAfterDays}}
    [[nodiscard]] QByteArray toJson(const MrrPolicy& policy) const;
    // The "How was this computed?" text for one client (its subscriptions, items, factors, discounts, result).
    [[nodiscard]] QString explain(const QString& slug) const;
};

} // namespace Fleetdeck
