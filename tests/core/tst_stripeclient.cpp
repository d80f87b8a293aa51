// StripeClient over real HTTP against the simulated Stripe account: every list read to its last page (small pages
// reach every subscription exactly once), a subscription whose embedded item list was cut is completed, coupons and
// open invoices, 429s retried, a wrong key and a broken server as clear errors; and the MRR the engine computes from
// what the client read equals an independent computation over the simulator's own book.
#include "core/connectors/stripe/stripeclient.h"
#include "core/engine/mrrcalculator.h"
#include "core/fleet/revenuereport.h"
#include "sim/simbilling.h"
#include "sim/simulator.h"

#include "tests/support/simfixture.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <cmath>

using namespace Fleetdeck;
using namespace std::chrono_literals;

class StripeCallContext : public QObject
{
    Q_OBJECT
signals:
    void done();
};

namespace {

template <typename T, typename Start> std::optional<Result<T>> await(Start start, int timeoutMs = 30000)
{
    StripeCallContext context;
    std::optional<Result<T>> result;
    start(&context, [&result, &context](Result<T> r) {
        result = std::move(r);
        emit context.done();
    });
    if (!result) {
        QSignalSpy spy(&context, &StripeCallContext::done);
        spy.wait(timeoutMs);
    }
    return result;
}

} // namespace

class TestStripeClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void smallPagesReachEverySubscriptionOnce();
    void aCutItemListIsCompleted();
    void couponsAndOpenInvoicesAreRead();
    void rateLimitsAreRetried();
    void aWrongKeyIsUnauthorizedAndABrokenServerAClearError();
    void theEnginesTotalsMatchTheSimulatorsBook();

private:
    StripeClient client(int pageSize = 100, const QByteArray& key = {}) const;
    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<HttpClient> m_http;
};

void TestStripeClient::init()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    Sim::SimOptions options;
    options.latencyScale = 0;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    m_http = std::make_unique<HttpClient>();
    m_http->setDelayHook([](std::chrono::milliseconds) { return 0ms; });
}

void TestStripeClient::cleanup()
{
    m_http.reset();
    m_sim.reset();
}

StripeClient TestStripeClient::client(int pageSize, const QByteArray& key) const
{
    StripeClient::Options options;
    options.url = m_sim->url(QStringLiteral("/stripe"));
    options.apiKey = key.isEmpty() ? m_sim->simulator().options().secret.toUtf8() : key;
    options.pageSize = pageSize;
    options.maxRequestsPerSecond = 1000;
    options.timeout = 5s;
    return StripeClient(m_http.get(), options);
}

void TestStripeClient::smallPagesReachEverySubscriptionOnce()
{
    StripeClient big = client(100);
    const auto all = await<QList<Subscription>>([&](const QObject* c, auto cb) { big.subscriptions(c, cb); });
    QVERIFY(all && all->hasValue());
    StripeClient small = client(3);
    const auto paged = await<QList<Subscription>>([&](const QObject* c, auto cb) { small.subscriptions(c, cb); });
    QVERIFY2(paged && paged->hasValue(), paged && !paged->hasValue() ? qPrintable(paged->error().message) : "");
    QCOMPARE(paged->value().size(), all->value().size());
    QSet<QString> ids;
    for (const Subscription& s : paged->value())
        ids.insert(s.id);
    QCOMPARE(ids.size(), paged->value().size()); // no subscription twice
    QCOMPARE(ids.size(), int(m_sim->simulator().billing().subscriptions().size())); // and none missing
}

void TestStripeClient::aCutItemListIsCompleted()
{
    StripeClient c = client();
    const auto all = await<QList<Subscription>>([&](const QObject* ctx, auto cb) { c.subscriptions(ctx, cb); });
    QVERIFY(all && all->hasValue());
    bool found = false;
    for (const Subscription& s : all->value()) {
        QVERIFY(!s.itemsHaveMore);
        if (s.items.size() == 22)
            found = true;
    }
    QVERIFY2(found, "the 22-item subscription has all its items");
}

void TestStripeClient::couponsAndOpenInvoicesAreRead()
{
    StripeClient c = client(2);
    const auto book = await<StripeBook>([&](const QObject* ctx, auto cb) { c.book(ctx, cb); });
    QVERIFY2(book && book->hasValue(), book && !book->hasValue() ? qPrintable(book->error().message) : "");
    QVERIFY(book->value().coupons.contains(QStringLiteral("FOREVER20")));
    QCOMPARE(book->value().coupons.value(QStringLiteral("FOREVER20")).duration, Coupon::Duration::Forever);
    QVERIFY(!book->value().openInvoices.isEmpty());
    bool overdue = false;
    for (const OpenInvoice& invoice : book->value().openInvoices) {
        QVERIFY(invoice.amountRemainingMinor > 0);
        overdue = overdue || invoice.dueAt().daysTo(QDateTime::currentDateTimeUtc()) > 30;
    }
    QVERIFY2(overdue, "the book has an invoice more than 30 days overdue");
    QVERIFY(book->value().requests > 3); // pages of two
}

void TestStripeClient::rateLimitsAreRetried()
{
    QVERIFY(m_sim->addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/stripe/v1/coupons")},
                {QStringLiteral("kind"), QStringLiteral("ratelimit")}, {QStringLiteral("retryAfter"), 1},
                {QStringLiteral("count"), 2}})
        > 0);
    StripeClient c = client();
    const auto coupons = await<QList<Coupon>>([&](const QObject* ctx, auto cb) { c.coupons(ctx, cb); });
    QVERIFY2(
        coupons && coupons->hasValue(), coupons && !coupons->hasValue() ? qPrintable(coupons->error().message) : "");
    QVERIFY(!coupons->value().isEmpty());
    // Rate-limited for good: a clear RateLimited error, not a hang.
    QVERIFY(m_sim->addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/stripe/v1/coupons")},
                {QStringLiteral("kind"), QStringLiteral("ratelimit")}, {QStringLiteral("retryAfter"), 1}})
        > 0);
    const auto limited = await<QList<Coupon>>([&](const QObject* ctx, auto cb) { c.coupons(ctx, cb); });
    QVERIFY(limited && !limited->hasValue());
    QCOMPARE(limited->error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(limited->error().source, QStringLiteral("Stripe"));
}

void TestStripeClient::aWrongKeyIsUnauthorizedAndABrokenServerAClearError()
{
    StripeClient wrong = client(100, QByteArrayLiteral("rk_test_wrong"));
    const auto refused = await<StripeBook>([&](const QObject* ctx, auto cb) { wrong.book(ctx, cb); });
    QVERIFY(refused && !refused->hasValue());
    QCOMPARE(refused->error().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!refused->error().message.contains(QLatin1String("rk_test_wrong"))); // the key is never repeated
    QVERIFY(m_sim->addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/stripe/v1/subscriptions")},
                {QStringLiteral("kind"), QStringLiteral("malformed")}})
        > 0);
    StripeClient c = client();
    const auto broken = await<QList<Subscription>>([&](const QObject* ctx, auto cb) { c.subscriptions(ctx, cb); });
    QVERIFY(broken && !broken->hasValue());
    QCOMPARE(broken->error().kind, ApiError::Kind::Decode);
    QCOMPARE(broken->error().source, QStringLiteral("Stripe"));
}

void TestStripeClient::theEnginesTotalsMatchTheSimulatorsBook()
{
    StripeClient c = client();
    const auto book = await<StripeBook>([&](const QObject* ctx, auto cb) { c.book(ctx, cb); });
    QVERIFY(book && book->hasValue());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QMap<QString, qint64> engine =
        MrrCalculator::totals(MrrCalculator::explainAll(book->value().subscriptions, book->value().coupons, {}, now));

    // Independently, straight from the simulator's own book (its data structures, not the wire): Stripe's
    // definition computed a second way, rounding each item to the minor unit as the rule says.
    const Sim::SimBilling& billing = m_sim->simulator().billing();
    QMap<QString, qint64> expected;
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    for (const Sim::SimSubscription& s : billing.subscriptions()) {
        if (s.status != QLatin1String("active") && s.status != QLatin1String("past_due"))
            continue;
        double percent = 0;
        qint64 amountOff = 0;
        for (const Sim::SimDiscount& d : s.discounts) {
            const Sim::SimCoupon* coupon = billing.coupon(d.coupon);
            if (!coupon || coupon->duration != QLatin1String("forever") || (d.end && *d.end <= nowSeconds))
                continue;
            if (coupon->percentOff)
                percent += *coupon->percentOff;
            if (coupon->amountOff && coupon->currency == s.currency)
                amountOff += *coupon->amountOff;
        }
        qint64 total = 0;
        double months = 1;
        for (const Sim::SimSubscriptionItem& item : s.items) {
            const Sim::SimPrice& price = billing.prices().at(item.price);
            if (price.metered)
                continue;
            const double perMonth = price.interval == QLatin1String("year") ? 12.0 * price.intervalCount
                : price.interval == QLatin1String("week")                   ? 12.0 / 52.0 * price.intervalCount
                : price.interval == QLatin1String("day")                    ? 12.0 / 365.0 * price.intervalCount
                                                                            : double(price.intervalCount);
            months = perMonth;
            const qint64 monthly = std::llround(double(price.unitAmount * item.quantity.value_or(1)) / perMonth);
            total += monthly - std::llround(double(monthly) * percent / 100.0);
        }
        total -= std::llround(double(amountOff) / months);
        expected[s.currency] += std::max<qint64>(0, total);
    }
    QCOMPARE(engine, expected);
    // And the simulator's own reckoning of its book agrees.
    QCOMPARE(engine, billing.expectedMrr(nowSeconds, true));
    MrrPolicy everyDiscount;
    everyDiscount.discounts = MrrPolicy::Discounts::EveryActive;
    QCOMPARE(MrrCalculator::totals(
                 MrrCalculator::explainAll(book->value().subscriptions, book->value().coupons, everyDiscount, now)),
        billing.expectedMrr(nowSeconds, false));
    QVERIFY(engine.size() >= 3); // several currencies, never added together
}

QTEST_GUILESS_MAIN(TestStripeClient)
#include "tst_stripeclient.moc"
