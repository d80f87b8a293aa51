// StripeDecoder on the list envelope and subscriptions in the three shapes Fleetdeck meets (basil, clover with
// expanded discounts, pre-basil with a singular discount), coupons, the rest of a cut item list, Stripe's error
// body and hostile bodies; and the same subscription in every shape gives the same MRR.
#include "core/connectors/stripe/stripedecoder.h"
#include "core/engine/mrrcalculator.h"

#include <QFile>
#include <QTest>

using namespace Fleetdeck;

namespace {

QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(FLEETDECK_TEST_DATA_DIR "/stripe/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

QHash<QString, Coupon> coupons()
{
    const auto page = StripeDecoder::decodeCoupons(sample(QStringLiteral("coupons.json")));
    QHash<QString, Coupon> cache;
    for (const Coupon& coupon : page->items)
        cache.insert(coupon.id, coupon);
    return cache;
}

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

} // namespace

class TestStripeDecoder : public QObject
{
    Q_OBJECT
private slots:
    void basilSubscriptionsWithItemPeriodsAndDiscountIds();
    void cloverDiscountsCarryTheirCouponUnderSource();
    void legacySingularDiscountAndSubscriptionPeriods();
    void theSameSubscriptionHasTheSameMrrInEveryShape();
    void couponsAndTheRestOfACutItemList();
    void stripesErrorBodyIsReadAndHostileBodiesRefused_data();
    void stripesErrorBodyIsReadAndHostileBodiesRefused();
};

void TestStripeDecoder::basilSubscriptionsWithItemPeriodsAndDiscountIds()
{
    const auto page = StripeDecoder::decodeSubscriptions(sample(QStringLiteral("subscriptions-basil.json")));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
    QVERIFY(page->hasMore);
    QCOMPARE(page->lastId, QStringLiteral("sub_basil2")); // starting_after for the next page
    QCOMPARE(page->items.size(), 2);
    const Subscription& active = page->items.at(0);
    QCOMPARE(active.status, SubscriptionStatus::Active);
    QCOMPARE(active.customer, QStringLiteral("cus_Q1"));
    QCOMPARE(active.currency, QStringLiteral("eur"));
    QCOMPARE(active.discounts.size(), 1);
    QCOMPARE(active.discounts.first().id, QStringLiteral("di_forever20"));
    QVERIFY(!active.discounts.first().coupon); // only an id: the caller expands it or looks it up
    QCOMPARE(active.items.size(), 2);
    QCOMPARE(active.items.at(0).quantity, std::optional<qint64>(3));
    QCOMPARE(active.items.at(0).price.unitAmountMinor, std::optional<qint64>(4900));
    QCOMPARE(active.items.at(0).periodEnd, QDateTime::fromSecsSinceEpoch(1765756800, Qt::UTC));
    QVERIFY(active.items.at(1).price.metered);
    QVERIFY(!active.items.at(1).quantity);
    const Subscription& trial = page->items.at(1);
    QCOMPARE(trial.status, SubscriptionStatus::Trialing);
    QVERIFY(trial.itemsHaveMore);
    QCOMPARE(trial.items.first().price.interval, BillingInterval::Year);
}

void TestStripeDecoder::cloverDiscountsCarryTheirCouponUnderSource()
{
    const auto page = StripeDecoder::decodeSubscriptions(sample(QStringLiteral("subscriptions-clover-expanded.json")));
    QVERIFY(page);
    const Subscription& s = page->items.first();
    QCOMPARE(s.customer, QStringLiteral("cus_Q3")); // expanded customer object
    QCOMPARE(s.status, SubscriptionStatus::PastDue);
    QVERIFY(s.cancelAtPeriodEnd);
    QCOMPARE(s.discounts.first().couponId, QStringLiteral("FOREVER20"));
    QVERIFY(s.discounts.first().coupon);
    QCOMPARE(s.discounts.first().coupon->duration, Coupon::Duration::Forever);
    QCOMPARE(s.discounts.first().coupon->percentOff, std::optional<double>(20.0));
}

void TestStripeDecoder::legacySingularDiscountAndSubscriptionPeriods()
{
    const auto page = StripeDecoder::decodeSubscriptions(sample(QStringLiteral("subscriptions-legacy.json")));
    QVERIFY(page);
    const Subscription& s = page->items.first();
    QCOMPARE(s.discounts.size(), 1);
    QCOMPARE(s.discounts.first().couponId, QStringLiteral("FOREVER20"));
    QVERIFY(s.discounts.first().coupon);
    // The subscription's period is given to its items.
    QCOMPARE(s.items.first().periodStart, QDateTime::fromSecsSinceEpoch(1763164800, Qt::UTC));
}

void TestStripeDecoder::theSameSubscriptionHasTheSameMrrInEveryShape()
{
    // 3 × 4900 with a forever 20 % coupon = 14700 − 2940 = 11760, whichever API version wrote it.
    for (const QString& file :
        {QStringLiteral("subscriptions-clover-expanded.json"), QStringLiteral("subscriptions-legacy.json")}) {
        const auto page = StripeDecoder::decodeSubscriptions(sample(file));
        QVERIFY(page);
        Subscription s = page->items.first();
        s.status = SubscriptionStatus::Active;
        QCOMPARE(MrrCalculator::explain(s, {}, MrrPolicy{}, kNow).mrrMinor, qint64(11760));
    }
    // Basil gives the discount's id only; with di_forever20 pointing at FOREVER20 (as the expanded call says):
    auto basil = StripeDecoder::decodeSubscriptions(sample(QStringLiteral("subscriptions-basil.json")));
    QVERIFY(basil);
    Subscription s = basil->items.first();
    s.discounts.first().couponId = QStringLiteral("FOREVER20");
    QCOMPARE(MrrCalculator::explain(s, coupons(), MrrPolicy{}, kNow).mrrMinor, qint64(11760)); // metered item left out
}

void TestStripeDecoder::couponsAndTheRestOfACutItemList()
{
    const QHash<QString, Coupon> cache = coupons();
    QCOMPARE(cache.size(), 3);
    QCOMPARE(cache.value(QStringLiteral("FOREVER20")).name, QStringLiteral("Founders"));
    QCOMPARE(cache.value(QStringLiteral("LAUNCH20")).duration, Coupon::Duration::Repeating);
    QCOMPARE(cache.value(QStringLiteral("LAUNCH20")).durationInMonths, 3);
    QCOMPARE(cache.value(QStringLiteral("TENOFF")).amountOffMinor, std::optional<qint64>(1000));
    QCOMPARE(cache.value(QStringLiteral("TENOFF")).currency, QStringLiteral("eur"));
    const auto items = StripeDecoder::decodeSubscriptionItems(sample(QStringLiteral("subscription-items.json")));
    QVERIFY(items);
    QCOMPARE(items->items.size(), 1);
    QCOMPARE(items->items.first().price.interval, BillingInterval::Week);
    QCOMPARE(items->items.first().quantity, std::optional<qint64>(2));
}

void TestStripeDecoder::stripesErrorBodyIsReadAndHostileBodiesRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("expired key") << sample(QStringLiteral("error-401-expired-key.json"))
                                 << QStringLiteral("Expired API Key provided: rk_live_****1234 (api_key_expired)");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("HTML");
    QTest::newRow("truncated") << QByteArray(R"({"object":"list","data":[{"id":"sub_)") << QStringLiteral("truncated");
    QTest::newRow("not a list") << QByteArray(R"({"object":"subscription","id":"sub_1"})")
                                << QStringLiteral("not a Stripe list");
    QTest::newRow("no items") << QByteArray(R"({"object":"list","has_more":false,"data":[{"id":"sub_1"}]})")
                              << QStringLiteral("no items list");
    QTest::newRow("one-off price") << QByteArray(
        R"({"object":"list","data":[{"id":"sub_1","items":{"data":[{"id":"si","price":{"id":"p"}}]}}]})")
                                   << QStringLiteral("not recurring");
}

void TestStripeDecoder::stripesErrorBodyIsReadAndHostileBodiesRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const auto page = StripeDecoder::decodeSubscriptions(body);
    QVERIFY(!page);
    QCOMPARE(page.error().kind, ApiError::Kind::Decode);
    QVERIFY2(page.error().message.contains(mentions), qPrintable(page.error().message));
    // A broken envelope is refused by every list decoder (the last two rows are lists, of something else).
    if (!QByteArray(QTest::currentDataTag()).contains("items")
        && !QByteArray(QTest::currentDataTag()).contains("price")) {
        QVERIFY(!StripeDecoder::decodeCoupons(body));
        QVERIFY(!StripeDecoder::decodeSubscriptionItems(body));
    }
}

QTEST_GUILESS_MAIN(TestStripeDecoder)
#include "tst_stripedecoder.moc"
