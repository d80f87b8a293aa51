// MrrCalculator, one rule per row, each expected value computed by hand in the row's comment: Stripe's definition
// by default (active and past_due; trials, metered prices and other statuses out; yearly ÷ 12, weekly × 52/12, daily
// × 365/12, interval_count, quantity, several items; forever coupons reduce MRR, once/repeating do not; never below
// zero), and the two alternative policies (every active discount; past_due dropped after N days).
#include "core/engine/mrrcalculator.h"

#include <QTest>

using namespace Fleetdeck;

Q_DECLARE_METATYPE(Fleetdeck::Subscription)
Q_DECLARE_METATYPE(Fleetdeck::MrrPolicy)

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

SubscriptionItem item(qint64 unitAmount, BillingInterval interval = BillingInterval::Month, int count = 1,
    std::optional<qint64> quantity = 1, const QString& currency = QStringLiteral("usd"))
{
    static int next = 0;
    SubscriptionItem i;
    i.id = QStringLiteral("si_%1").arg(++next);
    i.price.id = QStringLiteral("price_%1").arg(next);
    i.price.currency = currency;
    i.price.unitAmountMinor = unitAmount;
    i.price.interval = interval;
    i.price.intervalCount = count;
    i.quantity = quantity;
    return i;
}

Subscription subscription(QList<SubscriptionItem> items, SubscriptionStatus status = SubscriptionStatus::Active,
    const QString& currency = QStringLiteral("usd"))
{
    Subscription s;
    s.id = QStringLiteral("sub_test");
    s.customer = QStringLiteral("cus_test");
    s.currency = currency;
    s.status = status;
    s.items = std::move(items);
    return s;
}

Coupon percentCoupon(const QString& id, double percent, Coupon::Duration duration)
{
    Coupon c;
    c.id = id;
    c.percentOff = percent;
    c.duration = duration;
    return c;
}

Coupon amountCoupon(const QString& id, qint64 amount, Coupon::Duration duration)
{
    Coupon c;
    c.id = id;
    c.amountOffMinor = amount;
    c.currency = QStringLiteral("usd");
    c.duration = duration;
    return c;
}

Discount discountOf(const Coupon& coupon, bool embedded = false)
{
    Discount d;
    d.id = QStringLiteral("di_") + coupon.id;
    d.couponId = coupon.id;
    if (embedded)
        d.coupon = coupon;
    d.start = kNow.addDays(-40);
    return d;
}

QHash<QString, Coupon> couponCache()
{
    return {{QStringLiteral("FOREVER20"), percentCoupon(QStringLiteral("FOREVER20"), 20, Coupon::Duration::Forever)},
        {QStringLiteral("ONCE50"), percentCoupon(QStringLiteral("ONCE50"), 50, Coupon::Duration::Once)},
        {QStringLiteral("REPEAT25"), percentCoupon(QStringLiteral("REPEAT25"), 25, Coupon::Duration::Repeating)},
        {QStringLiteral("OFF10"), amountCoupon(QStringLiteral("OFF10"), 1000, Coupon::Duration::Forever)},
        {QStringLiteral("OFF120"), amountCoupon(QStringLiteral("OFF120"), 12000, Coupon::Duration::Forever)},
        {QStringLiteral("OFF100"), amountCoupon(QStringLiteral("OFF100"), 10000, Coupon::Duration::Forever)}};
}

} // namespace

class TestMrrCalculator : public QObject
{
    Q_OBJECT
private slots:
    void oneRulePerRow_data();
    void oneRulePerRow();
    void currenciesAreNeverAddedTogether();
    void theExplanationNamesEveryStep();
    void monthsPerPeriodAreTheFixedFactors();
};

void TestMrrCalculator::oneRulePerRow_data()
{
    QTest::addColumn<Subscription>("subscription");
    QTest::addColumn<MrrPolicy>("policy");
    QTest::addColumn<qint64>("expected");

    const MrrPolicy stripe;
    MrrPolicy everyDiscount;
    everyDiscount.discounts = MrrPolicy::Discounts::EveryActive;
    MrrPolicy dropAfter30;
    dropAfter30.dropPastDueAfterDays = 30;
    using I = BillingInterval;
    using S = SubscriptionStatus;

    // $49.00 a month × 3 seats = 3 × 4900
    QTest::newRow("monthly × quantity") << subscription({item(4900, I::Month, 1, 3)}) << stripe << qint64(14700);
    // $1,200.00 a year ÷ 12 = 10000
    QTest::newRow("yearly ÷ 12") << subscription({item(120000, I::Year)}) << stripe << qint64(10000);
    // $10.00 a week × 52 ÷ 12 = 4333.33 → 4333
    QTest::newRow("weekly × 52/12") << subscription({item(1000, I::Week)}) << stripe << qint64(4333);
    // $1.00 a day × 365 ÷ 12 = 3041.67 → 3042
    QTest::newRow("daily × 365/12") << subscription({item(100, I::Day)}) << stripe << qint64(3042);
    // $300.00 every 3 months ÷ 3 = 10000
    QTest::newRow("interval_count 3 months") << subscription({item(30000, I::Month, 3)}) << stripe << qint64(10000);
    // $240.00 every 2 years ÷ 24 = 1000
    QTest::newRow("interval_count 2 years") << subscription({item(24000, I::Year, 2)}) << stripe << qint64(1000);
    // No quantity on a licensed price: 1 × 4900
    QTest::newRow("missing quantity is one")
        << subscription({item(4900, I::Month, 1, std::nullopt)}) << stripe << qint64(4900);
    // 2 × 4900 + 12000 ÷ 12 = 9800 + 1000
    QTest::newRow("several items") << subscription({item(4900, I::Month, 1, 2), item(12000, I::Year)}) << stripe
                                   << qint64(10800);
    // "4900.5" × 2 = 9801 (sub-cent prices)
    {
        SubscriptionItem precise = item(4900, I::Month, 1, 2);
        precise.price.unitAmountDecimal = QStringLiteral("4900.5");
        QTest::newRow("unit_amount_decimal") << subscription({precise}) << stripe << qint64(9801);
    }
    // Trials, metered prices and other statuses add nothing.
    QTest::newRow("trialing is not revenue") << subscription({item(4900)}, S::Trialing) << stripe << qint64(0);
    QTest::newRow("canceled") << subscription({item(4900)}, S::Canceled) << stripe << qint64(0);
    QTest::newRow("unpaid") << subscription({item(4900)}, S::Unpaid) << stripe << qint64(0);
    QTest::newRow("incomplete") << subscription({item(4900)}, S::Incomplete) << stripe << qint64(0);
    QTest::newRow("paused") << subscription({item(4900)}, S::Paused) << stripe << qint64(0);
    {
        SubscriptionItem metered = item(25);
        metered.price.metered = true;
        metered.quantity.reset();
        // 4900 licensed + metered left out
        QTest::newRow("metered item left out") << subscription({item(4900), metered}) << stripe << qint64(4900);
    }
    // past_due counts (Stripe) …
    {
        Subscription late = subscription({item(4900)}, S::PastDue);
        late.pastDueSince = kNow.addDays(-31);
        QTest::newRow("past_due counts") << late << stripe << qint64(4900);
        // … unless the policy drops it after 30 days: 31 days late = 0, 29 days late = 4900
        QTest::newRow("past_due dropped after 30 days") << late << dropAfter30 << qint64(0);
        late.pastDueSince = kNow.addDays(-29);
        QTest::newRow("past_due within 30 days") << late << dropAfter30 << qint64(4900);
    }
    // Forever 20 % off 5000 = 5000 − 1000
    {
        Subscription s = subscription({item(5000)});
        s.discounts << discountOf(couponCache().value(QStringLiteral("FOREVER20")));
        QTest::newRow("forever percent") << s << stripe << qint64(4000);
    }
    // Once 50 %: Stripe does not deduct it (5000); "every active discount" does (2500)
    {
        Subscription s = subscription({item(5000)});
        s.discounts << discountOf(couponCache().value(QStringLiteral("ONCE50")));
        QTest::newRow("once coupon, Stripe") << s << stripe << qint64(5000);
        QTest::newRow("once coupon, every discount") << s << everyDiscount << qint64(2500);
    }
    // Repeating 25 % that ended last week: not deducted under any policy
    {
        Subscription s = subscription({item(5000)});
        Discount ended = discountOf(couponCache().value(QStringLiteral("REPEAT25")));
        ended.end = kNow.addDays(-7);
        s.discounts << ended;
        QTest::newRow("ended discount, every discount") << s << everyDiscount << qint64(5000);
        // Still running: 5000 × 0.75 = 3750
        Subscription running = subscription({item(5000)});
        Discount active = discountOf(couponCache().value(QStringLiteral("REPEAT25")));
        active.end = kNow.addDays(20);
        running.discounts << active;
        QTest::newRow("repeating discount, every discount") << running << everyDiscount << qint64(3750);
    }
    // $10 off forever split over items of 3000 and 1000: 750 and 250 → 2250 + 750
    {
        Subscription s = subscription({item(3000), item(1000)});
        s.discounts << discountOf(couponCache().value(QStringLiteral("OFF10")));
        QTest::newRow("amount off split across items") << s << stripe << qint64(3000);
    }
    // $120 off per yearly invoice = 1000 a month off 120000 ÷ 12 = 10000 → 9000
    {
        Subscription s = subscription({item(120000, I::Year)});
        s.discounts << discountOf(couponCache().value(QStringLiteral("OFF120")));
        QTest::newRow("amount off a yearly invoice") << s << stripe << qint64(9000);
    }
    // $100 off a $49 plan: never below zero
    {
        Subscription s = subscription({item(4900)});
        s.discounts << discountOf(couponCache().value(QStringLiteral("OFF100")));
        QTest::newRow("never below zero") << s << stripe << qint64(0);
    }
    // An item's own forever 20 % (embedded coupon, older API shape): 5000 × 0.8 + 1000
    {
        SubscriptionItem discounted = item(5000);
        discounted.discounts << discountOf(couponCache().value(QStringLiteral("FOREVER20")), true);
        QTest::newRow("item discount") << subscription({discounted, item(1000)}) << stripe << qint64(5000);
    }
    // A coupon nobody can find is not deducted (and the explanation says so)
    {
        Subscription s = subscription({item(5000)});
        Discount unknown;
        unknown.id = QStringLiteral("di_x");
        unknown.couponId = QStringLiteral("GONE");
        s.discounts << unknown;
        QTest::newRow("unknown coupon") << s << stripe << qint64(5000);
    }
    // Zero-decimal currency: ¥980 a month is 980 minor units
    QTest::newRow("zero-decimal currency")
        << subscription({item(980, I::Month, 1, 1, QStringLiteral("jpy"))}, S::Active, QStringLiteral("jpy")) << stripe
        << qint64(980);
}

void TestMrrCalculator::oneRulePerRow()
{
    QFETCH(Subscription, subscription);
    QFETCH(MrrPolicy, policy);
    QFETCH(qint64, expected);
    const MrrSubscriptionLine line = MrrCalculator::explain(subscription, couponCache(), policy, kNow);
    QCOMPARE(line.mrrMinor, expected);
    QCOMPARE(MrrCalculator::totals({line}).value(subscription.currency), expected);
    if (expected == 0 && line.excluded.isEmpty()) {
        bool explained = false;
        for (const MrrItemLine& item : line.items)
            explained = explained || !item.excluded.isEmpty() || item.discountMinor > 0;
        QVERIFY2(explained, "a subscription that adds nothing says why");
    }
}

void TestMrrCalculator::currenciesAreNeverAddedTogether()
{
    const QList<Subscription> book = {subscription({item(4900)}),
        subscription({item(3900, BillingInterval::Month, 1, 1, QStringLiteral("eur"))}, SubscriptionStatus::Active,
            QStringLiteral("eur")),
        subscription({item(980, BillingInterval::Month, 1, 1, QStringLiteral("jpy"))}, SubscriptionStatus::Active,
            QStringLiteral("jpy")),
        subscription({item(12000, BillingInterval::Year)}), subscription({item(4900)}, SubscriptionStatus::Trialing)};
    const QMap<QString, qint64> totals =
        MrrCalculator::totals(MrrCalculator::explainAll(book, couponCache(), MrrPolicy{}, kNow));
    QCOMPARE(totals.size(), 3);
    QCOMPARE(totals.value(QStringLiteral("usd")), qint64(4900 + 1000)); // the trial adds nothing
    QCOMPARE(totals.value(QStringLiteral("eur")), qint64(3900));
    QCOMPARE(totals.value(QStringLiteral("jpy")), qint64(980));
}

void TestMrrCalculator::theExplanationNamesEveryStep()
{
    Subscription s = subscription({item(120000, BillingInterval::Year), item(4900)});
    s.discounts << discountOf(couponCache().value(QStringLiteral("FOREVER20")))
                << discountOf(couponCache().value(QStringLiteral("ONCE50")));
    const MrrSubscriptionLine line = MrrCalculator::explain(s, couponCache(), MrrPolicy{}, kNow);
    QCOMPARE(line.items.size(), 2);
    const MrrItemLine& yearly = line.items.at(0);
    QCOMPARE(yearly.grossMinor, qint64(120000));
    QCOMPARE(yearly.monthsPerPeriod, 12.0);
    QCOMPARE(yearly.monthlyMinor, qint64(10000));
    QCOMPARE(yearly.discountMinor, qint64(2000));
    QCOMPARE(yearly.mrrMinor, qint64(8000));
    QCOMPARE(line.items.at(1).mrrMinor, qint64(3920)); // 4900 − 20 %
    QCOMPARE(line.mrrMinor, qint64(11920));
    QCOMPARE(line.discountNotes.size(), 2);
    QVERIFY2(line.discountNotes.at(0).contains(QLatin1String("deducted")), qPrintable(line.discountNotes.at(0)));
    QVERIFY2(line.discountNotes.at(1).contains(QLatin1String("not deducted")), qPrintable(line.discountNotes.at(1)));
    const MrrSubscriptionLine trial =
        MrrCalculator::explain(subscription({item(4900)}, SubscriptionStatus::Trialing), {}, MrrPolicy{}, kNow);
    QVERIFY2(trial.excluded.contains(QLatin1String("trial")), qPrintable(trial.excluded));
}

void TestMrrCalculator::monthsPerPeriodAreTheFixedFactors()
{
    QCOMPARE(MrrCalculator::monthsPerPeriod(BillingInterval::Month, 1), 1.0);
    QCOMPARE(MrrCalculator::monthsPerPeriod(BillingInterval::Year, 1), 12.0);
    QCOMPARE(MrrCalculator::monthsPerPeriod(BillingInterval::Week, 1), 12.0 / 52.0);
    QCOMPARE(MrrCalculator::monthsPerPeriod(BillingInterval::Day, 1), 12.0 / 365.0);
    QCOMPARE(MrrCalculator::monthsPerPeriod(BillingInterval::Month, 0), 1.0); // a missing count is one
}

QTEST_GUILESS_MAIN(TestMrrCalculator)
#include "tst_mrrcalculator.moc"
