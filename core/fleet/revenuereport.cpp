#include "core/fleet/revenuereport.h"

#include "core/domain/money.h"

#include <QCoreApplication>
#include <QLocale>

#include <nlohmann/json.hpp>

namespace Fleetdeck {

namespace {

using Json = nlohmann::ordered_json;

std::string s(const QString& text)
{
    return text.toStdString();
}

Json moneyList(const QMap<QString, qint64>& amounts)
{
    Json list = Json::array();
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        list.push_back({{"currency", s(it.key())}, {"amountMinor", it.value()}});
    return list;
}

QString money(qint64 minor, const QString& currency)
{
    return moneyDisplayString(Money{minor, currency});
}

// "3 months", "1 year": a price's billing period in words.
QString periodText(BillingInterval interval, int count)
{
    switch (interval) {
    case BillingInterval::Day:
        return QCoreApplication::translate("RevenueReport", "%n day(s)", nullptr, count);
    case BillingInterval::Week:
        return QCoreApplication::translate("RevenueReport", "%n week(s)", nullptr, count);
    case BillingInterval::Month:
        return QCoreApplication::translate("RevenueReport", "%n month(s)", nullptr, count);
    case BillingInterval::Year:
        break;
    }
    return QCoreApplication::translate("RevenueReport", "%n year(s)", nullptr, count);
}

} // namespace

RevenueReport RevenueReport::compute(
    const StripeBook& book, const QList<Tenant>& tenants, const MrrPolicy& policy, const QDateTime& now)
{
    RevenueReport report;
    for (const Tenant& tenant : tenants) {
        for (const QString& customer : tenant.endpointValues(TenantEndpoint::Kind::StripeCustomer))
            report.tenantByCustomer.insert(customer, tenant.slug);
    }
    // A past_due subscription's oldest unpaid invoice says since when it has been late.
    QList<Subscription> subscriptions = book.subscriptions;
    QHash<QString, QDateTime> lateSince;
    for (const OpenInvoice& invoice : book.openInvoices) {
        if (invoice.subscription.isEmpty())
            continue;
        QDateTime& since = lateSince[invoice.subscription];
        if (!since.isValid() || invoice.dueAt() < since)
            since = invoice.dueAt();
    }
    for (Subscription& subscription : subscriptions)
        subscription.pastDueSince = lateSince.value(subscription.id);

    report.lines = MrrCalculator::explainAll(subscriptions, book.coupons, policy, now);
    report.mrr = MrrCalculator::totals(report.lines);
    QHash<QString, qint64> byPayer; // slug, or the customer id when no client names it
    for (const MrrSubscriptionLine& line : std::as_const(report.lines)) {
        if (!line.excluded.isEmpty() || line.mrrMinor <= 0)
            continue;
        const QString slug = report.tenantByCustomer.value(line.customer);
        if (slug.isEmpty()) {
            if (!report.unmappedCustomers.contains(line.customer))
                report.unmappedCustomers << line.customer;
        } else {
            report.mrrByTenant[slug][line.currency] += line.mrrMinor;
        }
        byPayer[slug.isEmpty() ? line.customer : slug] += line.mrrMinor;
    }
    for (auto it = byPayer.cbegin(); it != byPayer.cend(); ++it)
        report.activeClients += it.value() > 0 ? 1 : 0;
    report.openInvoices = book.openInvoices;
    for (const OpenInvoice& invoice : book.openInvoices) {
        if (invoice.amountRemainingMinor <= 0)
            continue;
        ++report.pendingInvoices;
        report.pendingAmount[invoice.currency] += invoice.amountRemainingMinor;
        if (invoice.dueAt().isValid())
            report.oldestPendingDays = std::max(report.oldestPendingDays, int(invoice.dueAt().daysTo(now)));
    }
    return report;
}

QByteArray RevenueReport::toJson(const MrrPolicy& policy) const
{
    Json root;
    root["mrr"] = moneyList(mrr);
    root["activeClients"] = activeClients;
    root["pendingInvoices"] = {
        {"count", pendingInvoices}, {"amountMinor", moneyList(pendingAmount)}, {"oldestDays", oldestPendingDays}};
    Json tenants = Json::array();
    QStringList slugs = mrrByTenant.keys();
    slugs.sort();
    for (const QString& slug : slugs)
        tenants.push_back({{"slug", s(slug)}, {"mrr", moneyList(mrrByTenant.value(slug))}});
    root["tenants"] = tenants;
    Json unmapped = Json::array();
    for (const QString& customer : unmappedCustomers)
        unmapped.push_back(s(customer));
    root["unmappedCustomers"] = unmapped;
    root["policy"] = {
        {"discounts", policy.discounts == MrrPolicy::Discounts::ForeverOnly ? "forever-only" : "every-active"},
        {"dropPastDueAfterDays", policy.dropPastDueAfterDays ? Json(*policy.dropPastDueAfterDays) : Json(nullptr)}};
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QString RevenueReport::explain(const QString& slug) const
{
    QString out;
    const QLocale locale;
    int shown = 0;
    for (const MrrSubscriptionLine& line : lines) {
        if (tenantByCustomer.value(line.customer) != slug)
            continue;
        ++shown;
        out += QCoreApplication::translate("RevenueReport", "Subscription %1 (%2, %3)")
                   .arg(line.subscriptionId, subscriptionStatusName(line.status), line.currency.toUpper())
            + QLatin1Char('\n');
        for (const MrrItemLine& item : line.items) {
            out += QCoreApplication::translate(
                       "RevenueReport", "  %1 %2: %3 × %4 every %5 = %6 per period ÷ %7 months = %8 a month")
                       .arg(item.itemId, item.priceId, money(qint64(item.unitAmountMinor), line.currency))
                       .arg(item.quantity)
                       .arg(periodText(item.interval, item.intervalCount), money(item.grossMinor, line.currency),
                           locale.toString(item.monthsPerPeriod, 'f', 4), money(item.monthlyMinor, line.currency))
                + QLatin1Char('\n');
            if (!item.excluded.isEmpty())
                out += QCoreApplication::translate("RevenueReport", "    left out: %1").arg(item.excluded)
                    + QLatin1Char('\n');
            else if (item.discountMinor > 0)
                out += QCoreApplication::translate("RevenueReport", "    − %1 discount = %2")
                           .arg(money(item.discountMinor, line.currency), money(item.mrrMinor, line.currency))
                    + QLatin1Char('\n');
        }
        for (const QString& note : line.discountNotes)
            out += QCoreApplication::translate("RevenueReport", "  discount %1").arg(note) + QLatin1Char('\n');
        out += line.excluded.isEmpty()
            ? QCoreApplication::translate("RevenueReport", "  MRR: %1").arg(money(line.mrrMinor, line.currency))
            : QCoreApplication::translate("RevenueReport", "  MRR: 0 (%1)").arg(line.excluded);
        out += QLatin1Char('\n');
    }
    if (shown == 0)
        return QCoreApplication::translate("RevenueReport",
                   "No Stripe subscription belongs to %1 (its record names no Stripe customer, or "
                   "the customer has none).")
                   .arg(slug)
            + QLatin1Char('\n');
    QStringList totals;
    const QMap<QString, qint64> own = mrrByTenant.value(slug);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        totals << money(it.value(), it.key());
    out += QCoreApplication::translate("RevenueReport", "Total MRR: %1")
               .arg(totals.isEmpty() ? money(0, QStringLiteral("usd")) : totals.join(QStringLiteral(" · ")))
        + QLatin1Char('\n');
    return out;
}

} // namespace Fleetdeck
