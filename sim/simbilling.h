#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Fleetdeck::Sim {

class SimFleet;

// A recurring price of the simulated Stripe account. Amounts are integer minor units of `currency` (lower case).
struct SimPrice
{
    QString id; // price_…
    QString product; // prod_…
    QString nickname; // "Growth monthly"
    QString lookupKey; // "growth_usd_month_1"
    QString currency;
    qint64 unitAmount = 0;
    QString interval = QStringLiteral("month"); // day, week, month, year
    int intervalCount = 1;
    bool metered = false; // usage_type "metered": billed on usage, never recurring revenue
    qint64 created = 0;
};

struct SimCoupon
{
    QString id; // FOREVER20, LAUNCH50, ONCE10, AMOUNT5
    QString name;
    std::optional<double> percentOff;
    std::optional<qint64> amountOff; // per invoice, in `currency`
    QString currency; // empty for percent coupons
    QString duration; // forever, once, repeating
    int durationInMonths = 0; // repeating only
    qint64 created = 0;
};

// A coupon applied to a whole subscription (the book has no item-level discounts).
struct SimDiscount
{
    QString id; // di_…
    QString coupon;
    qint64 start = 0;
    std::optional<qint64> end; // none for forever coupons
};

struct SimSubscriptionItem
{
    QString id; // si_…
    int price = 0; // index into SimBilling::prices()
    std::optional<qint64> quantity; // none for metered prices
    qint64 created = 0;
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
};

// Why a subscription looks the way it does: the story the seeded book tells with it.
enum class SimBillingStory
{
    Regular, // the tenant's plan, nothing special beyond its currency, interval, quantity, coupon, add-ons
    PastDueOverdue, // past_due, two open invoices, the oldest created 38 days before the start (4 attempts)
    PastDueRecent, // past_due, one open invoice created 6 days before the start (2 attempts, next one in 3 days)
    Trialing, // trialing, created a few days before the start, trial_end 14 days after it was created
    ManyItems, // 22 items (the plan and 21 extra locations): the embedded list is cut at 20
    Upgraded, // active, created 20 days before the start with a plan one step above UpgradedFrom's
    UpgradedFrom, // canceled 20 days before the start, the same customer's lower plan
    Downgraded, // active, created 9 days before the start with a plan one step below DowngradedFrom's
    DowngradedFrom, // canceled 9 days before the start
    Reactivated, // active, created 15 days before the start
    ReactivatedFrom, // canceled 150 days before the start: the customer had left and came back
    SendInvoiceOverdue, // collection_method send_invoice, an open invoice whose due_date was 6 days before the start
    SendInvoiceDue, // collection_method send_invoice, an open invoice due 12 days after the start
    CancelsAtPeriodEnd, // active with cancel_at_period_end: still revenue until its period ends
    Unpaid, // a suspended tenant: unpaid after its retries failed, one open invoice
    Churned, // a churned tenant: canceled 12–80 days before the start
};

QString simBillingStoryName(SimBillingStory story); // "past-due-overdue", …

struct SimSubscription
{
    QString id; // sub_…
    int tenantIndex = 0;
    QString customer; // the tenant's stripeCustomer
    QString plan; // plan code of its first item: starter, growth, pro, agency
    SimBillingStory story = SimBillingStory::Regular;
    QString status; // active, trialing, past_due, unpaid, canceled
    QString currency;
    QString collectionMethod = QStringLiteral("charge_automatically");
    std::optional<int> daysUntilDue; // send_invoice only
    qint64 created = 0;
    qint64 startDate = 0;
    qint64 billingCycleAnchor = 0;
    std::optional<qint64> trialStart;
    std::optional<qint64> trialEnd;
    std::optional<qint64> canceledAt;
    std::optional<qint64> endedAt;
    std::optional<qint64> cancelAt;
    bool cancelAtPeriodEnd = false;
    QList<SimSubscriptionItem> items;
    QList<SimDiscount> discounts;
    QString latestInvoice; // in_…, empty when the book has none for it

    [[nodiscard]] bool hasCoupon(const QString& coupon) const;
};

struct SimInvoice
{
    QString id; // in_…
    QString number; // "<customer prefix>-0007"
    QString status; // open, paid
    QString customer;
    QString customerEmail;
    QString customerName;
    QString subscription; // empty for none
    QString currency;
    qint64 amountDue = 0;
    qint64 amountPaid = 0;
    qint64 amountRemaining = 0;
    qint64 created = 0;
    std::optional<qint64> dueDate; // send_invoice only
    QString collectionMethod;
    int attemptCount = 0;
    std::optional<qint64> nextPaymentAttempt;
    QString hostedInvoiceUrl;
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
};

// The simulated Stripe account's book of business, generated from the fleet and a seed: the same (fleet, seed,
// start) always gives the same book, and every timestamp is relative to the start, so an invoice "38 days
// overdue" stays that. Built once when the simulator starts; the Stripe stub serves it, tests reconcile with it.
//
// Every tenant has one current subscription for its stripeCustomer following its plan (SimFleet::plans(), USD
// 4900/14900/39900/99900 a month): active tenants active (a few trialing, 2 past_due), suspended ones unpaid,
// churned ones canceled. The three named tenants are fixed whatever the seed:
//   pizza-co       growth, usd, monthly, + the 1500 add-on, FOREVER20       -> MRR 13120 usd
//   joes-plumbing  starter, usd, monthly                                    -> MRR 4900 usd
//   mikes-hvac     pro, usd, yearly (399000 a year)                         -> MRR 33250 usd
// The other active tenants get, in a seeded order, the variants of kVariants in simbilling.cpp (past_due, trials,
// the 22-item subscription, yearly/weekly/quarterly prices, eur/brl/jpy, quantities 2–5, add-ons, a metered item,
// coupons, the upgrade, downgrade and reactivation histories, send_invoice invoices); the rest are plain
// (usd, monthly, quantity 1). A fleet of 40 (the default) has room for every variant.
class SimBilling
{
public:
    static constexpr int kEmbeddedItems = 20; // items embedded in a subscription before its list is cut
    static constexpr qint64 kAddOnAmountUsd = 1500; // the add-on item, per month
    static constexpr int kManyItemsCount = 22;

    // nowSecs: the simulator's start (Unix seconds); every timestamp of the book is relative to it.
    static SimBilling generate(const SimFleet& fleet, quint64 seed, qint64 nowSecs);

    // A plan's monthly amount in minor units of `currency` (usd, eur, brl, jpy); 0 for an unknown plan/currency.
    static qint64 planMonthlyAmount(const QString& plan, const QString& currency);
    // The price of one period: yearly = 10 × monthly, weekly = monthly ÷ 4 (whole hundreds), every N months = N ×.
    static qint64 planAmount(const QString& plan, const QString& currency, const QString& interval, int count);
    static qint64 addOnMonthlyAmount(const QString& currency); // usd 1500, eur 1400, brl 7900, jpy 2400
    // Months in one period: month 1, year 12, week 12/52, day 12/365, × count (platform-apis.md §4.5).
    static double monthsPerPeriod(const QString& interval, int count);

    [[nodiscard]] qint64 generatedAt() const { return m_now; }
    [[nodiscard]] const std::vector<SimPrice>& prices() const { return m_prices; }
    [[nodiscard]] const std::vector<SimCoupon>& coupons() const { return m_coupons; }
    // Newest first by created (ties by id), as Stripe lists them.
    [[nodiscard]] const std::vector<SimSubscription>& subscriptions() const { return m_subscriptions; }
    // Newest first by created (ties by id).
    [[nodiscard]] const std::vector<SimInvoice>& invoices() const { return m_invoices; }

    [[nodiscard]] const SimPrice& price(const SimSubscriptionItem& item) const { return m_prices[item.price]; }
    [[nodiscard]] const SimCoupon* coupon(const QString& id) const;
    [[nodiscard]] int subscriptionIndex(const QString& id) const; // -1 when unknown
    [[nodiscard]] int invoiceIndex(const QString& id) const; // -1 when unknown
    [[nodiscard]] const SimSubscription* subscription(const QString& id) const;
    // The tenant's subscriptions, newest first; the first is its current one.
    [[nodiscard]] QList<const SimSubscription*> subscriptionsOf(int tenantIndex) const;
    [[nodiscard]] const SimSubscription* currentSubscription(int tenantIndex) const;
    [[nodiscard]] QList<const SimSubscription*> withStory(SimBillingStory story) const;
    [[nodiscard]] QList<const SimSubscription*> withStatus(const QString& status) const;
    [[nodiscard]] QList<const SimInvoice*> invoicesOf(const QString& subscriptionId) const; // newest first
    // The currency of the tenant's current subscription ("usd" when it has none).
    [[nodiscard]] QString currencyOf(int tenantIndex) const;

    // Expected MRR per currency at `atSecs` by platform-apis.md §4.5: active and past_due subscriptions, metered
    // items left out, each item's monthly value rounded half away from zero, then subscription discounts active
    // at `atSecs` (forever coupons only when `foreverCouponsOnly`; percentages per item, amounts per invoice ÷ the
    // period's months). A past_due subscription whose oldest open invoice has been due for more than
    // `dropPastDueAfterDays` calendar days is left out when that is set.
    [[nodiscard]] QMap<QString, qint64> expectedMrr(
        qint64 atSecs, bool foreverCouponsOnly = true, std::optional<int> dropPastDueAfterDays = {}) const;
    // One subscription's contribution, whatever its status (0 for metered-only); same rules as expectedMrr.
    [[nodiscard]] qint64 monthlyRecurring(
        const SimSubscription& subscription, qint64 atSecs, bool foreverCouponsOnly = true) const;

private:
    friend class SimBillingBuilder;

    qint64 m_now = 0;
    std::vector<SimPrice> m_prices;
    std::vector<SimCoupon> m_coupons;
    std::vector<SimSubscription> m_subscriptions;
    std::vector<SimInvoice> m_invoices;
    QHash<QString, int> m_subscriptionIndex;
    QHash<QString, int> m_invoiceIndex;
    QHash<int, QList<int>> m_subscriptionsByTenant; // newest first
};

} // namespace Fleetdeck::Sim
