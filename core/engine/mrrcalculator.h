#pragma once

#include "core/domain/subscription.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fleetdeck {

// How MRR is counted. The default is Stripe's own definition (Billing analytics): active and past_due
// subscriptions; trials, metered prices, taxes and one-off charges left out; forever coupons reduce MRR,
// once/repeating ones do not. The alternatives are ChartMogul's and Baremetrics' choices.
struct MrrPolicy
{
    enum class Discounts
    {
        ForeverOnly, // Stripe: only coupons that last forever reduce MRR
        EveryActive, // ChartMogul / Baremetrics: every discount active now is deducted
    };
    Discounts discounts = Discounts::ForeverOnly;
    // A past_due subscription stops counting once its oldest unpaid invoice is this many days overdue
    // (Baremetrics uses 30); nullopt = it counts as long as Stripe says past_due (Stripe's default).
    std::optional<int> dropPastDueAfterDays;
};

// One item of a subscription, as the calculation saw it: what a person needs to check it against Stripe.
struct MrrItemLine
{
    QString itemId;
    QString priceId;
    QString description; // the price's nickname or product, for people
    double unitAmountMinor = 0; // per period, from unit_amount_decimal when given
    qint64 quantity = 1;
    BillingInterval interval = BillingInterval::Month;
    int intervalCount = 1;
    double monthsPerPeriod = 1; // 12 for yearly, 12/52 for weekly, 12/365 for daily, × interval_count
    qint64 grossMinor = 0; // unit amount × quantity, per period
    qint64 monthlyMinor = 0; // gross ÷ months per period, rounded half away from zero
    qint64 discountMinor = 0; // deducted from the monthly value
    qint64 mrrMinor = 0; // monthly − discount, never below zero
    QString excluded; // why this item adds nothing (metered, tiered, …), for people; empty when it counts
};

// One subscription: its items, the discounts applied (or not, and why), and the result.
struct MrrSubscriptionLine
{
    QString subscriptionId;
    QString customer;
    QString currency;
    SubscriptionStatus status = SubscriptionStatus::Unknown;
    QList<MrrItemLine> items;
    QStringList discountNotes; // "LAUNCH20: 20 % off forever, deducted" / "… once: not deducted (Stripe's rule)"
    qint64 mrrMinor = 0;
    QString excluded; // why the whole subscription adds nothing (trialing, canceled, …); empty when it counts
};

// Monthly recurring revenue from Stripe subscriptions, per currency in integer minor units. Pure: no I/O, the
// coupons come from the caller's cache.
class MrrCalculator
{
public:
    // Months in one billing period of `interval` × `count`: month 1, year 12, week 12/52, day 12/365.
    static double monthsPerPeriod(BillingInterval interval, int count);
    // How one subscription adds up, line by line. `now` decides which discounts are active and how long a
    // subscription has been past due.
    static MrrSubscriptionLine explain(const Subscription& subscription, const QHash<QString, Coupon>& coupons,
        const MrrPolicy& policy, const QDateTime& now);
    // The sum per currency (lower case) of the lines that count. Currencies are never added together.
    static QMap<QString, qint64> totals(const QList<MrrSubscriptionLine>& lines);
    static QList<MrrSubscriptionLine> explainAll(const QList<Subscription>& subscriptions,
        const QHash<QString, Coupon>& coupons, const MrrPolicy& policy, const QDateTime& now);
};

} // namespace Fleetdeck
