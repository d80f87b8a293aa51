#include "sim/simbilling.h"

#include "sim/simfleet.h"
#include "sim/simrandom.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace Fleetdeck::Sim {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kCatalogCreated = 1669852800; // 2022-12-01: prices and coupons predate every customer

// How one active tenant's current subscription departs from the plain one (usd, monthly, quantity 1).
enum class Kind
{
    Plain,
    PastDueOverdue,
    PastDueRecent,
    Trial,
    ManyItems,
    Upgrade,
    Downgrade,
    Reactivation,
    SendInvoiceOverdue,
    SendInvoiceDue,
    CancelsAtPeriodEnd,
};

struct Variant
{
    Kind kind;
    const char* currency;
    const char* interval;
    int intervalCount;
    int quantity;
    bool addOn;
    bool metered;
    const char* coupon; // nullptr = none
};

// Handed out in this order to the active tenants (the named three excepted) in a seeded order: a small fleet gets
// the first ones. Coupons only go on monthly subscriptions, and amount coupons on single-item usd ones, so every
// discount is a whole number of minor units whatever the rounding rule.
constexpr std::array kVariants = {
    Variant{Kind::PastDueOverdue, "usd", "month", 1, 1, false, false, nullptr},
    Variant{Kind::PastDueRecent, "eur", "month", 1, 2, false, false, nullptr},
    Variant{Kind::Trial, "usd", "month", 1, 1, false, false, nullptr},
    Variant{Kind::ManyItems, "usd", "month", 1, 1, false, false, nullptr},
    Variant{Kind::Plain, "usd", "year", 1, 1, false, false, nullptr},
    Variant{Kind::Plain, "eur", "month", 1, 1, false, false, "FOREVER20"},
    Variant{Kind::Plain, "brl", "month", 1, 1, false, false, nullptr},
    Variant{Kind::Plain, "jpy", "month", 1, 1, false, false, nullptr},
    Variant{Kind::Plain, "usd", "week", 1, 1, false, false, nullptr},
    Variant{Kind::Plain, "usd", "month", 3, 1, false, false, nullptr},
    Variant{Kind::Plain, "usd", "month", 1, 1, false, false, "LAUNCH50"},
    Variant{Kind::Plain, "usd", "month", 1, 1, false, false, "ONCE10"},
    Variant{Kind::Plain, "usd", "month", 1, 1, false, false, "AMOUNT5"},
    Variant{Kind::Plain, "usd", "month", 1, 1, true, true, nullptr},
    Variant{Kind::Plain, "usd", "month", 1, 3, false, false, "FOREVER20"},
    Variant{Kind::Upgrade, "usd", "month", 1, 1, false, false, nullptr},
    Variant{Kind::Downgrade, "usd", "month", 1, 1, false, false, nullptr},
    Variant{Kind::Reactivation, "usd", "month", 1, 1, false, false, nullptr},
    Variant{Kind::SendInvoiceOverdue, "eur", "month", 1, 1, false, false, nullptr},
    Variant{Kind::SendInvoiceDue, "usd", "month", 1, 1, false, false, nullptr},
    Variant{Kind::Trial, "brl", "month", 1, 1, false, false, nullptr},
    Variant{Kind::Plain, "eur", "year", 1, 1, false, false, nullptr},
    Variant{Kind::Plain, "usd", "month", 1, 2, true, false, nullptr},
    Variant{Kind::Plain, "jpy", "year", 1, 1, false, false, nullptr},
    Variant{Kind::Trial, "usd", "year", 1, 1, false, false, nullptr},
    Variant{Kind::Plain, "brl", "month", 1, 5, false, false, "LAUNCH50"},
    Variant{Kind::Plain, "eur", "month", 1, 1, true, false, "FOREVER20"},
    Variant{Kind::Plain, "usd", "month", 1, 4, false, false, nullptr},
    Variant{Kind::CancelsAtPeriodEnd, "usd", "month", 1, 1, false, false, nullptr},
    Variant{Kind::Plain, "usd", "month", 1, 1, false, false, "AMOUNT5"},
};

struct PlanAmounts
{
    const char* currency;
    qint64 amounts[4]; // starter, growth, pro, agency, a month
    qint64 addOn;
};
constexpr std::array kPlanAmounts = {
    PlanAmounts{"usd", {4900, 14900, 39900, 99900}, 1500},
    PlanAmounts{"eur", {4500, 13900, 36900, 92900}, 1400},
    PlanAmounts{"brl", {24900, 74900, 199900, 499900}, 7900},
    PlanAmounts{"jpy", {9800, 29800, 79800, 198000}, 2400},
};
constexpr std::array kPlanCodes = {"starter", "growth", "pro", "agency"};
constexpr std::array kPlanNames = {"Starter", "Growth", "Pro", "Agency"};

int planRank(const QString& plan)
{
    for (std::size_t i = 0; i < kPlanCodes.size(); ++i) {
        if (plan == QLatin1String(kPlanCodes[i]))
            return int(i);
    }
    return -1;
}

const PlanAmounts* amountsFor(const QString& currency)
{
    for (const PlanAmounts& entry : kPlanAmounts) {
        if (currency == QLatin1String(entry.currency))
            return &entry;
    }
    return nullptr;
}

qint64 roundHalfAway(double value)
{
    return qint64(std::llround(value));
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// The start of period `k` counted from `anchor` (k may be negative).
qint64 periodStart(qint64 anchor, const QString& interval, int count, qint64 k)
{
    if (interval == QLatin1String("month"))
        return utc(anchor).addMonths(int(k * count)).toSecsSinceEpoch();
    if (interval == QLatin1String("year"))
        return utc(anchor).addYears(int(k * count)).toSecsSinceEpoch();
    if (interval == QLatin1String("week"))
        return anchor + k * count * 7 * kDay;
    return anchor + k * count * kDay;
}

// The billing period [start, end) that contains `t`, periods aligned on `anchor`.
std::pair<qint64, qint64> periodAt(qint64 anchor, const QString& interval, int count, qint64 t)
{
    // A first guess from a period a little longer than the real one, then step forward (or back).
    qint64 longest = count * kDay;
    if (interval == QLatin1String("month"))
        longest = count * 31 * kDay;
    else if (interval == QLatin1String("year"))
        longest = count * 366 * kDay;
    else if (interval == QLatin1String("week"))
        longest = count * 7 * kDay;
    qint64 k = (t - anchor) / longest;
    if (t < anchor)
        k -= 1;
    while (periodStart(anchor, interval, count, k) > t)
        --k;
    while (periodStart(anchor, interval, count, k + 1) <= t)
        ++k;
    return {periodStart(anchor, interval, count, k), periodStart(anchor, interval, count, k + 1)};
}

} // namespace

QString simBillingStoryName(SimBillingStory story)
{
    switch (story) {
    case SimBillingStory::Regular:
        return QStringLiteral("regular");
    case SimBillingStory::PastDueOverdue:
        return QStringLiteral("past-due-overdue");
    case SimBillingStory::PastDueRecent:
        return QStringLiteral("past-due-recent");
    case SimBillingStory::Trialing:
        return QStringLiteral("trialing");
    case SimBillingStory::ManyItems:
        return QStringLiteral("many-items");
    case SimBillingStory::Upgraded:
        return QStringLiteral("upgraded");
    case SimBillingStory::UpgradedFrom:
        return QStringLiteral("upgraded-from");
    case SimBillingStory::Downgraded:
        return QStringLiteral("downgraded");
    case SimBillingStory::DowngradedFrom:
        return QStringLiteral("downgraded-from");
    case SimBillingStory::Reactivated:
        return QStringLiteral("reactivated");
    case SimBillingStory::ReactivatedFrom:
        return QStringLiteral("reactivated-from");
    case SimBillingStory::SendInvoiceOverdue:
        return QStringLiteral("send-invoice-overdue");
    case SimBillingStory::SendInvoiceDue:
        return QStringLiteral("send-invoice-due");
    case SimBillingStory::CancelsAtPeriodEnd:
        return QStringLiteral("cancels-at-period-end");
    case SimBillingStory::Unpaid:
        return QStringLiteral("unpaid");
    case SimBillingStory::Churned:
        return QStringLiteral("churned");
    }
    return {};
}

bool SimSubscription::hasCoupon(const QString& coupon) const
{
    return std::any_of(discounts.cbegin(), discounts.cend(),
        [&coupon](const SimDiscount& discount) { return discount.coupon == coupon; });
}

// Fills a SimBilling: the price catalog on demand, ids from one seeded stream, subscriptions and their invoices.
class SimBillingBuilder
{
public:
    SimBillingBuilder(SimBilling& book, const SimFleet& fleet, quint64 seed)
        : m_book(book)
        , m_fleet(fleet)
        , m_ids(SimRandom::mix(seed, 0x7374726970654964ULL))
    {
    }

    // What a subscription is made of and when; the builder derives periods, discounts and invoices from it.
    struct Spec
    {
        int tenant = 0;
        QString plan;
        SimBillingStory story = SimBillingStory::Regular;
        QString status = QStringLiteral("active");
        QString currency = QStringLiteral("usd");
        QString interval = QStringLiteral("month");
        int intervalCount = 1;
        qint64 quantity = 1;
        bool addOn = false;
        bool metered = false;
        int extraLocations = 0;
        QString coupon;
        qint64 created = 0;
        qint64 anchor = 0; // billing cycle anchor; 0 = created
        std::optional<qint64> canceledAt;
        bool cancelAtPeriodEnd = false;
        bool sendInvoice = false;
    };

    QString newId(const char* prefix, int length)
    {
        static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        QString id;
        do {
            id = QLatin1String(prefix);
            for (int i = 0; i < length; ++i)
                id += QLatin1Char(kAlphabet[m_ids.below(sizeof(kAlphabet) - 1)]);
        } while (m_usedIds.contains(id));
        m_usedIds.insert(id);
        return id;
    }

    QString product(const QString& key)
    {
        auto found = m_products.constFind(key);
        if (found != m_products.constEnd())
            return found.value();
        const QString id = newId("prod_", 14);
        m_products.insert(key, id);
        return id;
    }

    int price(const QString& lookupKey, const QString& productKey, const QString& nickname, const QString& currency,
        qint64 amount, const QString& interval, int count, bool metered)
    {
        auto found = m_priceIndex.constFind(lookupKey);
        if (found != m_priceIndex.constEnd())
            return found.value();
        SimPrice p;
        p.id = QStringLiteral("price_1") + newId("", 23);
        p.product = product(productKey);
        p.nickname = nickname;
        p.lookupKey = lookupKey;
        p.currency = currency;
        p.unitAmount = amount;
        p.interval = interval;
        p.intervalCount = count;
        p.metered = metered;
        p.created = kCatalogCreated;
        m_book.m_prices.push_back(std::move(p));
        const int index = int(m_book.m_prices.size()) - 1;
        m_priceIndex.insert(lookupKey, index);
        return index;
    }

    int planPrice(const QString& plan, const QString& currency, const QString& interval, int count)
    {
        const int rank = std::max(0, planRank(plan));
        QString cadence = interval == QLatin1String("month") && count == 1 ? QStringLiteral("monthly")
            : interval == QLatin1String("year") && count == 1              ? QStringLiteral("yearly")
            : interval == QLatin1String("week") && count == 1              ? QStringLiteral("weekly")
                                                              : QStringLiteral("every %1 %2s").arg(count).arg(interval);
        return price(QStringLiteral("%1_%2_%3_%4").arg(plan, currency, interval).arg(count), plan,
            QLatin1String(kPlanNames[std::size_t(rank)]) + QLatin1Char(' ') + cadence, currency,
            SimBilling::planAmount(plan, currency, interval, count), interval, count, false);
    }

    int addOnPrice(const QString& currency)
    {
        return price(QStringLiteral("addon_%1_month_1").arg(currency), QStringLiteral("addon"),
            QStringLiteral("WhatsApp add-on monthly"), currency, SimBilling::addOnMonthlyAmount(currency),
            QStringLiteral("month"), 1, false);
    }

    int meteredPrice(const QString& currency)
    {
        // Per message sent, billed in arrears: never recurring revenue.
        const qint64 amount = currency == QLatin1String("jpy") ? 3 : 2;
        return price(QStringLiteral("messages_%1_month_1").arg(currency), QStringLiteral("messages"),
            QStringLiteral("Messages (metered)"), currency, amount, QStringLiteral("month"), 1, true);
    }

    int locationPrice(const QString& currency, int number)
    {
        // One price per location: a subscription can't hold the same price twice.
        return price(QStringLiteral("location_%1_%2_month_1").arg(number, 2, 10, QLatin1Char('0')).arg(currency),
            QStringLiteral("location"), QStringLiteral("Extra location %1").arg(number, 2, 10, QLatin1Char('0')),
            currency, SimBilling::addOnMonthlyAmount(currency), QStringLiteral("month"), 1, false);
    }

    void addCoupons()
    {
        auto coupon = [](const char* id, const char* name, std::optional<double> percent, std::optional<qint64> amount,
                          const char* currency, const char* duration, int months) {
            SimCoupon c;
            c.id = QLatin1String(id);
            c.name = QLatin1String(name);
            c.percentOff = percent;
            c.amountOff = amount;
            c.currency = QLatin1String(currency);
            c.duration = QLatin1String(duration);
            c.durationInMonths = months;
            c.created = kCatalogCreated;
            return c;
        };
        m_book.m_coupons = {coupon("FOREVER20", "Founders 20 %", 20.0, std::nullopt, "", "forever", 0),
            coupon("LAUNCH50", "Launch 50 % for 3 months", 50.0, std::nullopt, "", "repeating", 3),
            coupon("ONCE10", "$10 off the first invoice", std::nullopt, 1000, "usd", "once", 0),
            coupon("AMOUNT5", "$5 off every month", std::nullopt, 500, "usd", "forever", 0)};
    }

    // A regular start for a tenant's first subscription: shortly after its Stripe customer was created.
    qint64 firstStart(int tenant, SimRandom& random) const
    {
        return m_fleet.tenants().at(tenant).createdSecs + 60 + qint64(random.below(3600));
    }

    SimSubscription& add(const Spec& spec)
    {
        const SimTenant& tenant = m_fleet.tenants().at(spec.tenant);
        const qint64 now = m_book.m_now;
        SimSubscription s;
        s.id = QStringLiteral("sub_1") + newId("", 23);
        s.tenantIndex = spec.tenant;
        s.customer = tenant.stripeCustomer;
        s.plan = spec.plan;
        s.story = spec.story;
        s.status = spec.status;
        s.currency = spec.currency;
        s.created = spec.created;
        s.startDate = spec.created;
        s.billingCycleAnchor = spec.anchor > 0 ? spec.anchor : spec.created;
        s.canceledAt = spec.canceledAt;
        s.endedAt = spec.canceledAt;
        if (spec.sendInvoice) {
            s.collectionMethod = QStringLiteral("send_invoice");
            s.daysUntilDue = 14;
        }

        // Trials run 14 days from the creation; the first period is the trial.
        std::pair<qint64, qint64> period;
        if (spec.status == QLatin1String("trialing")) {
            s.trialStart = spec.created;
            s.trialEnd = spec.created + 14 * kDay;
            s.billingCycleAnchor = *s.trialEnd;
            period = {*s.trialStart, *s.trialEnd};
        } else {
            const qint64 at = spec.canceledAt ? *spec.canceledAt - 1 : now;
            period = periodAt(s.billingCycleAnchor, spec.interval, spec.intervalCount, at);
        }
        if (spec.cancelAtPeriodEnd) {
            s.cancelAtPeriodEnd = true;
            s.cancelAt = period.second;
        }

        auto item = [&](int priceIndex, std::optional<qint64> quantity) {
            SimSubscriptionItem i;
            i.id = QStringLiteral("si_") + newId("", 14);
            i.price = priceIndex;
            i.quantity = quantity;
            i.created = spec.created;
            i.periodStart = period.first;
            i.periodEnd = period.second;
            s.items.append(i);
        };
        item(planPrice(spec.plan, spec.currency, spec.interval, spec.intervalCount), spec.quantity);
        if (spec.addOn)
            item(addOnPrice(spec.currency), 1);
        if (spec.metered)
            item(meteredPrice(spec.currency), std::nullopt);
        for (int n = 1; n <= spec.extraLocations; ++n)
            item(locationPrice(spec.currency, n), 1);

        if (!spec.coupon.isEmpty()) {
            SimDiscount d;
            d.id = QStringLiteral("di_1") + newId("", 23);
            d.coupon = spec.coupon;
            d.start = spec.created;
            if (spec.coupon == QLatin1String("LAUNCH50")) {
                // Applied 20 days ago (or at the creation when later) for 3 months: still running.
                d.start = std::max(spec.created, now - 20 * kDay);
                d.end = utc(d.start).addMonths(3).toSecsSinceEpoch();
            } else if (spec.coupon == QLatin1String("ONCE10")) {
                // Once: the next invoice, at the end of the current period.
                d.start = std::max(spec.created, now - 10 * kDay);
                d.end = period.second;
            }
            s.discounts.append(d);
        }
        m_book.m_subscriptions.push_back(std::move(s));
        return m_book.m_subscriptions.back();
    }

    // What an invoice for `s`'s period starting at `at` charges: licensed items, minus the discounts running then.
    qint64 invoiceAmount(const SimSubscription& s, qint64 at) const
    {
        qint64 total = 0;
        for (const SimSubscriptionItem& item : s.items) {
            const SimPrice& p = m_book.m_prices[std::size_t(item.price)];
            if (!p.metered)
                total += p.unitAmount * item.quantity.value_or(1);
        }
        for (const SimDiscount& d : s.discounts) {
            if (d.start > at || (d.end && *d.end <= at))
                continue;
            const SimCoupon* c = m_book.coupon(d.coupon);
            if (!c)
                continue;
            if (c->percentOff)
                total -= roundHalfAway(double(total) * *c->percentOff / 100.0);
            else if (c->amountOff && c->currency == s.currency)
                total -= *c->amountOff;
        }
        return std::max<qint64>(0, total);
    }

    struct InvoiceSpec
    {
        QString status = QStringLiteral("open");
        qint64 created = 0;
        int attemptCount = 0;
        std::optional<qint64> nextPaymentAttempt;
    };

    void addInvoice(SimSubscription& s, const InvoiceSpec& spec)
    {
        const SimTenant& tenant = m_fleet.tenants().at(s.tenantIndex);
        const SimPrice& main = m_book.m_prices[std::size_t(s.items.first().price)];
        SimInvoice invoice;
        invoice.id = QStringLiteral("in_1") + newId("", 23);
        invoice.status = spec.status;
        invoice.customer = s.customer;
        invoice.customerEmail = tenant.contact;
        invoice.customerName = tenant.name;
        invoice.subscription = s.id;
        invoice.currency = s.currency;
        invoice.created = spec.created;
        invoice.collectionMethod = s.collectionMethod;
        const auto period = periodAt(s.billingCycleAnchor, main.interval, main.intervalCount, spec.created);
        invoice.periodStart = period.first;
        invoice.periodEnd = period.second;
        invoice.amountDue = invoiceAmount(s, spec.created);
        const bool paid = spec.status == QLatin1String("paid");
        invoice.amountPaid = paid ? invoice.amountDue : 0;
        invoice.amountRemaining = invoice.amountDue - invoice.amountPaid;
        if (s.daysUntilDue)
            invoice.dueDate = spec.created + *s.daysUntilDue * kDay;
        invoice.attemptCount = spec.attemptCount;
        invoice.nextPaymentAttempt = spec.nextPaymentAttempt;
        invoice.hostedInvoiceUrl =
            QStringLiteral("https://invoice.stripe.com/i/acct_1FleetdeckSim00/live_") + newId("", 40);
        // Stripe numbers a customer's invoices <prefix>-0001, -0002, … ; here one a month since the customer began.
        const QDate first = utc(tenant.createdSecs).date();
        const QDate issued = utc(spec.created).date();
        const int months = std::max(0, (issued.year() - first.year()) * 12 + issued.month() - first.month());
        int sequence = months + 1;
        while (m_usedNumbers.contains(qMakePair(s.customer, sequence)))
            ++sequence;
        m_usedNumbers.insert(qMakePair(s.customer, sequence));
        invoice.number = s.customer.mid(4, 8).toUpper() + QStringLiteral("-%1").arg(sequence, 4, 10, QLatin1Char('0'));
        if (s.latestInvoice.isEmpty() || spec.created >= m_latestInvoiceCreated.value(s.id)) {
            s.latestInvoice = invoice.id;
            m_latestInvoiceCreated.insert(s.id, spec.created);
        }
        m_book.m_invoices.push_back(std::move(invoice));
    }

private:
    SimBilling& m_book;
    const SimFleet& m_fleet;
    SimRandom m_ids;
    QSet<QString> m_usedIds;
    QHash<QString, QString> m_products;
    QHash<QString, int> m_priceIndex;
    QSet<QPair<QString, int>> m_usedNumbers;
    QHash<QString, qint64> m_latestInvoiceCreated;
};

qint64 SimBilling::planMonthlyAmount(const QString& plan, const QString& currency)
{
    const int rank = planRank(plan);
    const PlanAmounts* amounts = amountsFor(currency);
    return rank < 0 || !amounts ? 0 : amounts->amounts[rank];
}

qint64 SimBilling::planAmount(const QString& plan, const QString& currency, const QString& interval, int count)
{
    const qint64 monthly = planMonthlyAmount(plan, currency);
    if (interval == QLatin1String("year"))
        return monthly * 10 * count;
    if (interval == QLatin1String("week"))
        return monthly / 4 / 100 * 100 * count;
    if (interval == QLatin1String("day"))
        return monthly / 30 * count;
    return monthly * count;
}

qint64 SimBilling::addOnMonthlyAmount(const QString& currency)
{
    const PlanAmounts* amounts = amountsFor(currency);
    return amounts ? amounts->addOn : 0;
}

double SimBilling::monthsPerPeriod(const QString& interval, int count)
{
    const double n = std::max(1, count);
    if (interval == QLatin1String("year"))
        return n * 12.0;
    if (interval == QLatin1String("week"))
        return n * 12.0 / 52.0;
    if (interval == QLatin1String("day"))
        return n * 12.0 / 365.0;
    return n;
}

SimBilling SimBilling::generate(const SimFleet& fleet, quint64 seed, qint64 nowSecs)
{
    SimBilling book;
    book.m_now = nowSecs;
    SimBillingBuilder builder(book, fleet, seed);
    builder.addCoupons();
    using Spec = SimBillingBuilder::Spec;
    using InvoiceSpec = SimBillingBuilder::InvoiceSpec;
    const QList<SimTenant>& tenants = fleet.tenants();
    const qint64 now = nowSecs;

    // Which variant each active tenant gets: the named three are fixed, the others take kVariants in a seeded order.
    std::vector<int> variantOf(std::size_t(tenants.size()), -1);
    {
        std::vector<int> pool;
        for (const SimTenant& tenant : tenants) {
            if (tenant.index >= 3 && tenant.status == TenantStatus::Active)
                pool.push_back(tenant.index);
        }
        SimRandom order(SimRandom::mix(seed, 0x62696c6c696e67ULL));
        for (std::size_t i = pool.size(); i > 1; --i)
            std::swap(pool[i - 1], pool[std::size_t(order.below(i))]);
        for (std::size_t v = 0; v < kVariants.size(); ++v) {
            const Kind kind = kVariants[v].kind;
            const auto fits = [&tenants, kind](int index) {
                const int rank = planRank(tenants.at(index).plan);
                if (kind == Kind::Upgrade)
                    return rank > 0; // a plan below it to come from
                if (kind == Kind::Downgrade)
                    return rank >= 0 && rank + 1 < int(kPlanCodes.size());
                return true;
            };
            const auto it = std::find_if(pool.begin(), pool.end(), fits);
            if (it == pool.end())
                continue;
            variantOf[std::size_t(*it)] = int(v);
            pool.erase(it);
        }
    }

    for (const SimTenant& tenant : tenants) {
        SimRandom random(SimRandom::mix(seed ^ 0x626f6f6bULL, quint64(tenant.index) + 1));
        Spec spec;
        spec.tenant = tenant.index;
        spec.plan = planRank(tenant.plan) < 0 ? QStringLiteral("starter") : tenant.plan;
        spec.created = builder.firstStart(tenant.index, random);
        // Stories that need a past keep their start well before it.
        const auto startBefore = [&spec](qint64 moment) {
            spec.created = std::min(spec.created, moment - 60 * kDay);
        };

        if (tenant.status == TenantStatus::Suspended) {
            spec.story = SimBillingStory::Unpaid;
            spec.status = QStringLiteral("unpaid");
            spec.anchor = now - qint64(random.between(35, 60)) * kDay;
            startBefore(spec.anchor);
            SimSubscription& s = builder.add(spec);
            builder.addInvoice(s, InvoiceSpec{QStringLiteral("open"), spec.anchor, 4, std::nullopt});
            continue;
        }
        if (tenant.status == TenantStatus::Churned) {
            spec.story = SimBillingStory::Churned;
            spec.status = QStringLiteral("canceled");
            spec.canceledAt = now - qint64(random.between(12, 80)) * kDay - qint64(random.below(kDay));
            startBefore(*spec.canceledAt);
            builder.add(spec);
            continue;
        }
        if (tenant.index == 0) { // Pizza Co
            spec.addOn = true;
            spec.coupon = QStringLiteral("FOREVER20");
            builder.add(spec);
            continue;
        }
        if (tenant.index == 1) { // Joe's Plumbing
            builder.add(spec);
            continue;
        }
        if (tenant.index == 2) { // Mike's HVAC
            spec.interval = QStringLiteral("year");
            builder.add(spec);
            continue;
        }
        const int v = variantOf[std::size_t(tenant.index)];
        if (v < 0) {
            builder.add(spec);
            continue;
        }
        const Variant& variant = kVariants[std::size_t(v)];
        spec.currency = QLatin1String(variant.currency);
        spec.interval = QLatin1String(variant.interval);
        spec.intervalCount = variant.intervalCount;
        spec.quantity = variant.quantity;
        spec.addOn = variant.addOn;
        spec.metered = variant.metered;
        spec.coupon = variant.coupon ? QLatin1String(variant.coupon) : QString();
        const QString plan = spec.plan;
        const int rank = planRank(plan);
        switch (variant.kind) {
        case Kind::Plain:
            builder.add(spec);
            break;
        case Kind::PastDueOverdue: {
            // A period began 38 days ago and its invoice was never paid; the next period's invoice failed too.
            spec.story = SimBillingStory::PastDueOverdue;
            spec.status = QStringLiteral("past_due");
            spec.anchor = now - 38 * kDay;
            startBefore(spec.anchor);
            SimSubscription& s = builder.add(spec);
            const qint64 previous = periodStart(spec.anchor, spec.interval, 1, -1);
            const qint64 next = periodStart(spec.anchor, spec.interval, 1, 1);
            builder.addInvoice(s, InvoiceSpec{QStringLiteral("paid"), previous, 1, std::nullopt});
            builder.addInvoice(s, InvoiceSpec{QStringLiteral("open"), spec.anchor, 4, std::nullopt});
            builder.addInvoice(s, InvoiceSpec{QStringLiteral("open"), next, 2, now + 2 * kDay});
            break;
        }
        case Kind::PastDueRecent: {
            spec.story = SimBillingStory::PastDueRecent;
            spec.status = QStringLiteral("past_due");
            spec.anchor = now - 6 * kDay;
            startBefore(spec.anchor);
            SimSubscription& s = builder.add(spec);
            builder.addInvoice(s,
                InvoiceSpec{QStringLiteral("paid"), periodStart(spec.anchor, spec.interval, 1, -1), 1, std::nullopt});
            builder.addInvoice(s, InvoiceSpec{QStringLiteral("open"), spec.anchor, 2, now + 3 * kDay});
            break;
        }
        case Kind::Trial:
            spec.story = SimBillingStory::Trialing;
            spec.status = QStringLiteral("trialing");
            spec.created = now - qint64(random.between(2, 10)) * kDay - qint64(random.below(kDay));
            builder.add(spec);
            break;
        case Kind::ManyItems:
            spec.story = SimBillingStory::ManyItems;
            spec.extraLocations = SimBilling::kManyItemsCount - 1;
            builder.add(spec);
            break;
        case Kind::Upgrade:
        case Kind::Downgrade:
        case Kind::Reactivation: {
            const bool upgrade = variant.kind == Kind::Upgrade;
            const bool downgrade = variant.kind == Kind::Downgrade;
            const qint64 canceled = now - (upgrade ? 20 : downgrade ? 9 : 150) * kDay - qint64(random.below(3600));
            const qint64 restarted =
                variant.kind == Kind::Reactivation ? now - 15 * kDay - qint64(random.below(3600)) : canceled + 5;
            Spec old = spec;
            old.story = upgrade ? SimBillingStory::UpgradedFrom
                : downgrade     ? SimBillingStory::DowngradedFrom
                                : SimBillingStory::ReactivatedFrom;
            old.status = QStringLiteral("canceled");
            old.plan = upgrade ? QLatin1String(kPlanCodes[std::size_t(rank - 1)])
                : downgrade    ? QLatin1String(kPlanCodes[std::size_t(rank + 1)])
                               : plan;
            old.canceledAt = canceled;
            old.created = std::min(spec.created, canceled - 120 * kDay);
            builder.add(old);
            spec.story = upgrade ? SimBillingStory::Upgraded
                : downgrade      ? SimBillingStory::Downgraded
                                 : SimBillingStory::Reactivated;
            spec.created = restarted;
            builder.add(spec);
            break;
        }
        case Kind::SendInvoiceOverdue:
        case Kind::SendInvoiceDue: {
            // Invoiced with 14 days to pay: one was due 6 days ago, the other is due in 12 days.
            const bool overdue = variant.kind == Kind::SendInvoiceOverdue;
            spec.story = overdue ? SimBillingStory::SendInvoiceOverdue : SimBillingStory::SendInvoiceDue;
            spec.sendInvoice = true;
            spec.anchor = now - (overdue ? 20 : 2) * kDay;
            startBefore(spec.anchor);
            SimSubscription& s = builder.add(spec);
            builder.addInvoice(s,
                InvoiceSpec{QStringLiteral("paid"), periodStart(spec.anchor, spec.interval, 1, -1), 0, std::nullopt});
            builder.addInvoice(s, InvoiceSpec{QStringLiteral("open"), spec.anchor, 0, std::nullopt});
            break;
        }
        case Kind::CancelsAtPeriodEnd:
            spec.story = SimBillingStory::CancelsAtPeriodEnd;
            spec.cancelAtPeriodEnd = true;
            builder.add(spec);
            break;
        }
    }

    // Newest first, as Stripe lists them; the indexes follow the order.
    std::sort(book.m_subscriptions.begin(), book.m_subscriptions.end(),
        [](const SimSubscription& a, const SimSubscription& b) {
            return a.created != b.created ? a.created > b.created : a.id > b.id;
        });
    std::sort(book.m_invoices.begin(), book.m_invoices.end(), [](const SimInvoice& a, const SimInvoice& b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    book.m_subscriptionIndex.reserve(qsizetype(book.m_subscriptions.size()));
    for (std::size_t i = 0; i < book.m_subscriptions.size(); ++i) {
        const SimSubscription& s = book.m_subscriptions[i];
        book.m_subscriptionIndex.insert(s.id, int(i));
        book.m_subscriptionsByTenant[s.tenantIndex].append(int(i));
    }
    for (std::size_t i = 0; i < book.m_invoices.size(); ++i)
        book.m_invoiceIndex.insert(book.m_invoices[i].id, int(i));
    return book;
}

const SimCoupon* SimBilling::coupon(const QString& id) const
{
    const auto it =
        std::find_if(m_coupons.cbegin(), m_coupons.cend(), [&id](const SimCoupon& coupon) { return coupon.id == id; });
    return it == m_coupons.cend() ? nullptr : &*it;
}

int SimBilling::subscriptionIndex(const QString& id) const
{
    return m_subscriptionIndex.value(id, -1);
}

int SimBilling::invoiceIndex(const QString& id) const
{
    return m_invoiceIndex.value(id, -1);
}

const SimSubscription* SimBilling::subscription(const QString& id) const
{
    const int index = subscriptionIndex(id);
    return index < 0 ? nullptr : &m_subscriptions[std::size_t(index)];
}

QList<const SimSubscription*> SimBilling::subscriptionsOf(int tenantIndex) const
{
    QList<const SimSubscription*> found;
    for (int index : m_subscriptionsByTenant.value(tenantIndex))
        found.append(&m_subscriptions[std::size_t(index)]);
    return found;
}

const SimSubscription* SimBilling::currentSubscription(int tenantIndex) const
{
    const QList<int> indexes = m_subscriptionsByTenant.value(tenantIndex);
    return indexes.isEmpty() ? nullptr : &m_subscriptions[std::size_t(indexes.first())];
}

QList<const SimSubscription*> SimBilling::withStory(SimBillingStory story) const
{
    QList<const SimSubscription*> found;
    for (const SimSubscription& s : m_subscriptions) {
        if (s.story == story)
            found.append(&s);
    }
    return found;
}

QList<const SimSubscription*> SimBilling::withStatus(const QString& status) const
{
    QList<const SimSubscription*> found;
    for (const SimSubscription& s : m_subscriptions) {
        if (s.status == status)
            found.append(&s);
    }
    return found;
}

QList<const SimInvoice*> SimBilling::invoicesOf(const QString& subscriptionId) const
{
    QList<const SimInvoice*> found;
    for (const SimInvoice& invoice : m_invoices) {
        if (invoice.subscription == subscriptionId)
            found.append(&invoice);
    }
    return found;
}

QString SimBilling::currencyOf(int tenantIndex) const
{
    const SimSubscription* s = currentSubscription(tenantIndex);
    return s ? s->currency : QStringLiteral("usd");
}

qint64 SimBilling::monthlyRecurring(const SimSubscription& subscription, qint64 atSecs, bool foreverCouponsOnly) const
{
    struct Row
    {
        qint64 monthly = 0;
        qint64 discount = 0;
        double months = 1;
    };
    QList<Row> rows;
    for (const SimSubscriptionItem& item : subscription.items) {
        const SimPrice& p = price(item);
        if (p.metered)
            continue;
        Row row;
        row.months = monthsPerPeriod(p.interval, p.intervalCount);
        row.monthly = roundHalfAway(double(p.unitAmount * item.quantity.value_or(1)) / row.months);
        rows.append(row);
    }
    if (rows.isEmpty())
        return 0;
    for (const SimDiscount& d : subscription.discounts) {
        const SimCoupon* c = coupon(d.coupon);
        if (!c || d.start > atSecs || (d.end && *d.end <= atSecs))
            continue;
        if (foreverCouponsOnly && c->duration != QLatin1String("forever"))
            continue;
        if (c->percentOff) {
            for (Row& row : rows)
                row.discount += roundHalfAway(double(row.monthly - row.discount) * *c->percentOff / 100.0);
            continue;
        }
        if (!c->amountOff || c->currency != subscription.currency)
            continue;
        // Per invoice, so ÷ the period's months, split over the items in proportion to what is left of each.
        qint64 leftTotal = 0;
        for (const Row& row : std::as_const(rows))
            leftTotal += std::max<qint64>(0, row.monthly - row.discount);
        if (leftTotal <= 0)
            continue;
        const double monthlyOff = double(*c->amountOff) / rows.first().months;
        qint64 given = 0;
        for (qsizetype k = 0; k < rows.size(); ++k) {
            Row& row = rows[k];
            const qint64 left = std::max<qint64>(0, row.monthly - row.discount);
            qint64 share = k + 1 == rows.size() ? roundHalfAway(monthlyOff) - given
                                                : roundHalfAway(monthlyOff * double(left) / double(leftTotal));
            share = std::clamp<qint64>(share, 0, left);
            given += share;
            row.discount += share;
        }
    }
    qint64 total = 0;
    for (const Row& row : std::as_const(rows))
        total += std::max<qint64>(0, row.monthly - std::min(row.discount, row.monthly));
    return total;
}

QMap<QString, qint64> SimBilling::expectedMrr(
    qint64 atSecs, bool foreverCouponsOnly, std::optional<int> dropPastDueAfterDays) const
{
    QMap<QString, qint64> totals;
    for (const SimSubscription& s : m_subscriptions) {
        if (s.status != QLatin1String("active") && s.status != QLatin1String("past_due"))
            continue;
        if (s.status == QLatin1String("past_due") && dropPastDueAfterDays) {
            std::optional<qint64> since;
            for (const SimInvoice* invoice : invoicesOf(s.id)) {
                if (invoice->status != QLatin1String("open"))
                    continue;
                const qint64 due = invoice->dueDate.value_or(invoice->created);
                since = since ? std::min(*since, due) : due;
            }
            if (since && utc(*since).daysTo(utc(atSecs)) > *dropPastDueAfterDays)
                continue;
        }
        totals[s.currency] += monthlyRecurring(s, atSecs, foreverCouponsOnly);
    }
    return totals;
}

} // namespace Fleetdeck::Sim
