#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Fleetdeck {

// Billing objects as Stripe describes them (API 2025-03-31.basil and later, older shapes mapped onto these).
// Amounts are integer minor units of the lower-case currency; times are UTC.

enum class BillingInterval
{
    Day,
    Week,
    Month,
    Year,
};

struct RecurringPrice
{
    QString id;
    QString currency;
    std::optional<qint64> unitAmountMinor; // null for tiered prices
    QString unitAmountDecimal; // "4900.5": sub-minor-unit precision, when Stripe gives it
    BillingInterval interval = BillingInterval::Month;
    int intervalCount = 1;
    bool metered = false; // usage_type "metered": not recurring revenue
    bool tiered = false; // billing_scheme "tiered": unit_amount is null
    QString product;
    QString nickname;
};

struct Coupon
{
    enum class Duration
    {
        Forever,
        Once,
        Repeating,
    };
    QString id;
    std::optional<double> percentOff; // 0..100
    std::optional<qint64> amountOffMinor; // per invoice, in `currency`
    QString currency;
    Duration duration = Duration::Once;
    int durationInMonths = 0;
    QString name;
};

// A coupon applied to a subscription or one of its items. Newer API versions give only the coupon's id (the
// caller looks it up in its coupon cache); older ones embed it.
struct Discount
{
    QString id;
    QString couponId;
    std::optional<Coupon> coupon;
    QDateTime start;
    QDateTime end; // invalid = no end (forever)
};

struct SubscriptionItem
{
    QString id;
    RecurringPrice price;
    std::optional<qint64> quantity; // absent for metered prices: 1 for licensed ones
    QDateTime periodStart;
    QDateTime periodEnd;
    QList<Discount> discounts; // on this item only
};

enum class SubscriptionStatus
{
    Unknown,
    Incomplete,
    IncompleteExpired,
    Trialing,
    Active,
    PastDue,
    Canceled,
    Unpaid,
    Paused,
};

struct Subscription
{
    QString id;
    QString customer; // cus_…
    QString currency;
    SubscriptionStatus status = SubscriptionStatus::Unknown;
    QDateTime created;
    QDateTime startDate;
    QDateTime canceledAt;
    QDateTime endedAt;
    QDateTime trialEnd;
    bool cancelAtPeriodEnd = false;
    QList<SubscriptionItem> items;
    bool itemsHaveMore = false; // the embedded list was cut: page /v1/subscription_items for the rest
    QList<Discount> discounts; // on the whole subscription
    // Since when the subscription's oldest unpaid invoice has been due (from its open invoices); invalid when none.
    QDateTime pastDueSince;
};

// An invoice Stripe still waits to be paid (status open).
struct OpenInvoice
{
    QString id;
    QString number;
    QString customer;
    QString subscription; // empty for an invoice outside a subscription
    QString currency;
    qint64 amountDueMinor = 0;
    qint64 amountRemainingMinor = 0;
    QDateTime created;
    QDateTime dueDate; // send_invoice only
    QDateTime nextPaymentAttempt; // charge_automatically
    int attemptCount = 0;
    QString hostedUrl;
    bool chargedAutomatically = true;

    // When it was due: the due date, or for automatic charges the day it was issued.
    [[nodiscard]] QDateTime dueAt() const { return dueDate.isValid() ? dueDate : created; }
};

// Stable names: Stripe's own words ("active", "past_due", …; "day", "week", …).
QString subscriptionStatusName(SubscriptionStatus status);
SubscriptionStatus subscriptionStatusFromName(QStringView name);
QString billingIntervalName(BillingInterval interval);
std::optional<BillingInterval> billingIntervalFromName(QStringView name);

} // namespace Fleetdeck
