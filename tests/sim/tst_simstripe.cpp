// The simulated Stripe API over real HTTP: the bearer check, Stripe's list envelope and paging, the status filter,
// discounts as ids or expanded objects, the 22-item subscription whose embedded list is cut, open invoices, coupons,
// Stripe's error shape, an injected 429; and the seeded book itself (SimBilling), which tests of the revenue panel
// reconcile against.
#include "sim/faultinjector.h"
#include "sim/simbilling.h"
#include "sim/simfleet.h"

#include "tests/sim/httpprobe.h"
#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Fleetdeck;
using namespace Fleetdeck::Sim;
using namespace Fleetdeck::Testing;

namespace {

const QByteArray kSecret = QByteArrayLiteral("sk_test_simStripeKey1234");
constexpr qint64 kDay = 86400;

QJsonObject json(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList ids(const QJsonArray& data)
{
    QStringList found;
    for (const QJsonValue& value : data)
        found << value.toObject().value(QLatin1String("id")).toString();
    return found;
}

} // namespace

class TestSimStripe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void everyRouteWantsTheBearerKey_data();
    void everyRouteWantsTheBearerKey();
    void subscriptionsPageThroughTheWholeBookOnce();
    void defaultListLeavesCanceledOut();
    void statusFilterKeepsOneStatus_data();
    void statusFilterKeepsOneStatus();
    void customerFilterGivesThatCustomersHistory();
    void badParametersAreStripeErrors();
    void discountsAreIdsUnlessExpanded();
    void expandedDiscountsNameTheirCoupon();
    void manyItemsSubscriptionIsCutAtTwenty();
    void subscriptionItemsNeedAKnownSubscription();
    void openInvoicesListThePastDueOnes();
    void sendInvoiceInvoicesHaveDueDates();
    void couponsListTheFour();
    void unknownCursorIsAStripeError();
    void rateLimitFaultAnswers429WithRetryAfter();

    void namedTenantsHaveFixedSubscriptions();
    void bookHasEveryShapeTheRevenueIssueNeeds();
    void timestampsFollowTheStart();
    void expectedMrrFollowsThePolicy();
    void httpAnswersAddUpToTheExpectedMrr();
    void bookIsDeterministic();
    void smallAndLargeFleetsGetABook();

private:
    HttpResult get(const QString& path, const QByteArray& key = kSecret)
    {
        HttpCall call;
        if (!key.isEmpty())
            call.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key});
        return fetch(*m_manager, m_sim.url(path), call);
    }
    // Every object of a list, following has_more with starting_after; `pages` counts the requests.
    QJsonArray all(const QString& path, int limit, int* pages = nullptr);
    const SimBilling& book() { return m_sim.simulator().billing(); }
    const SimFleet& fleet() { return m_sim.simulator().fleet(); }
    qint64 startSecs() { return book().generatedAt(); }

    SimFixture m_sim;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

QJsonArray TestSimStripe::all(const QString& path, int limit, int* pages)
{
    QJsonArray objects;
    QString after;
    int count = 0;
    const QChar joiner = path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    for (;;) {
        QString url = path + joiner + QStringLiteral("limit=%1").arg(limit);
        if (!after.isEmpty())
            url += QStringLiteral("&starting_after=") + after;
        const HttpResult result = get(url);
        if (result.status != 200) {
            qWarning().noquote() << url << result.status << result.body;
            return {};
        }
        const QJsonObject list = json(result.body);
        const QJsonArray data = list.value(QLatin1String("data")).toArray();
        for (const QJsonValue& value : data)
            objects.append(value);
        ++count;
        if (!list.value(QLatin1String("has_more")).toBool() || data.isEmpty() || count > 1000)
            break;
        after = data.last().toObject().value(QLatin1String("id")).toString();
    }
    if (pages)
        *pages = count;
    return objects;
}

void TestSimStripe::initTestCase()
{
    SimOptions options;
    options.secret = QString::fromLatin1(kSecret);
    options.latencyScale = 0;
    QString error;
    QVERIFY2(m_sim.start(options, &error), qPrintable(error));
}

void TestSimStripe::init()
{
    m_sim.clearFaults();
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestSimStripe::everyRouteWantsTheBearerKey_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("subscriptions") << QStringLiteral("/stripe/v1/subscriptions");
    QTest::newRow("subscription items") << QStringLiteral("/stripe/v1/subscription_items?subscription=sub_x");
    QTest::newRow("invoices") << QStringLiteral("/stripe/v1/invoices?status=open");
    QTest::newRow("coupons") << QStringLiteral("/stripe/v1/coupons");
    QTest::newRow("customers") << QStringLiteral("/stripe/v1/customers");
}

void TestSimStripe::everyRouteWantsTheBearerKey()
{
    QFETCH(QString, path);
    HttpResult result = get(path, QByteArray());
    QCOMPARE(result.status, 401);
    QVERIFY(str(json(result.body).value(QLatin1String("error")).toObject(), "message")
                .contains(QStringLiteral("did not provide an API key")));
    QVERIFY(result.header("Request-Id").startsWith("req_"));

    result = get(path, QByteArrayLiteral("sk_test_wrongwrongwrong9876"));
    QCOMPARE(result.status, 401);
    const QJsonObject error = json(result.body).value(QLatin1String("error")).toObject();
    QCOMPARE(str(error, "type"), QStringLiteral("invalid_request_error"));
    QVERIFY(str(error, "message").startsWith(QStringLiteral("Invalid API Key provided: sk_test_")));
    QVERIFY(!str(error, "message").contains(QStringLiteral("wrongwrong")));
}

void TestSimStripe::subscriptionsPageThroughTheWholeBookOnce()
{
    QStringList seen;
    QString after;
    qint64 lastCreated = std::numeric_limits<qint64>::max();
    int pages = 0;
    QSet<QByteArray> requestIds;
    for (;;) {
        const HttpResult result = get(QStringLiteral("/stripe/v1/subscriptions?status=all&limit=3")
            + (after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        requestIds.insert(result.header("Request-Id"));
        const QJsonObject list = json(result.body);
        QCOMPARE(str(list, "object"), QStringLiteral("list"));
        QCOMPARE(str(list, "url"), QStringLiteral("/v1/subscriptions"));
        QVERIFY(list.value(QLatin1String("has_more")).isBool());
        const QJsonArray data = list.value(QLatin1String("data")).toArray();
        QVERIFY(data.size() <= 3);
        for (const QJsonValue& value : data) {
            const QJsonObject s = value.toObject();
            QCOMPARE(str(s, "object"), QStringLiteral("subscription"));
            QVERIFY(str(s, "id").startsWith(QStringLiteral("sub_")));
            const qint64 created = s.value(QLatin1String("created")).toInteger();
            QVERIFY2(created <= lastCreated, "newest first");
            lastCreated = created;
            seen << str(s, "id");
            after = str(s, "id");
        }
        ++pages;
        if (!list.value(QLatin1String("has_more")).toBool())
            break;
        QCOMPARE(data.size(), 3);
        QVERIFY(pages < 100);
    }
    const qsizetype total = qsizetype(book().subscriptions().size());
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), total); // each exactly once
    QCOMPARE(pages, int((total + 2) / 3));
    QCOMPARE(requestIds.size(), pages); // a new Request-Id every time
    for (const SimSubscription& s : book().subscriptions())
        QVERIFY2(seen.contains(s.id), qPrintable(s.id));
    QVERIFY(total > fleet().size()); // the history of upgrades, downgrades and the reactivation
}

void TestSimStripe::defaultListLeavesCanceledOut()
{
    const QJsonArray subscriptions = all(QStringLiteral("/stripe/v1/subscriptions"), 100);
    qsizetype notCanceled = 0;
    for (const SimSubscription& s : book().subscriptions())
        notCanceled += s.status == QLatin1String("canceled") ? 0 : 1;
    QCOMPARE(subscriptions.size(), notCanceled);
    for (const QJsonValue& value : subscriptions)
        QVERIFY(str(value.toObject(), "status") != QLatin1String("canceled"));

    // Without limit: Stripe's default page of 10.
    const QJsonObject first = json(get(QStringLiteral("/stripe/v1/subscriptions")).body);
    QCOMPARE(first.value(QLatin1String("data")).toArray().size(), 10);
    QVERIFY(first.value(QLatin1String("has_more")).toBool());
}

void TestSimStripe::statusFilterKeepsOneStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("active") << QStringLiteral("active") << 20;
    QTest::newRow("past_due") << QStringLiteral("past_due") << 2;
    QTest::newRow("trialing") << QStringLiteral("trialing") << 3;
    QTest::newRow("unpaid") << QStringLiteral("unpaid") << 2;
    QTest::newRow("canceled") << QStringLiteral("canceled") << 4;
    QTest::newRow("paused") << QStringLiteral("paused") << 0;
}

void TestSimStripe::statusFilterKeepsOneStatus()
{
    QFETCH(QString, status);
    QFETCH(int, atLeast);
    const QJsonArray subscriptions = all(QStringLiteral("/stripe/v1/subscriptions?status=") + status, 7);
    QVERIFY2(subscriptions.size() >= atLeast, qPrintable(QString::number(subscriptions.size())));
    QCOMPARE(subscriptions.size(), book().withStatus(status).size());
    for (const QJsonValue& value : subscriptions)
        QCOMPARE(str(value.toObject(), "status"), status);
    if (status == QLatin1String("past_due"))
        QCOMPARE(subscriptions.size(), 2);
}

void TestSimStripe::customerFilterGivesThatCustomersHistory()
{
    const SimSubscription* upgraded = book().withStory(SimBillingStory::Upgraded).value(0);
    QVERIFY(upgraded);
    const QJsonArray history =
        all(QStringLiteral("/stripe/v1/subscriptions?status=all&customer=") + upgraded->customer, 10);
    QCOMPARE(history.size(), 2);
    QCOMPARE(str(history.at(0).toObject(), "id"), upgraded->id); // the new one first
    QCOMPARE(str(history.at(0).toObject(), "status"), QStringLiteral("active"));
    QCOMPARE(str(history.at(1).toObject(), "status"), QStringLiteral("canceled"));
    // Without status=all the canceled one is left out.
    QCOMPARE(all(QStringLiteral("/stripe/v1/subscriptions?customer=") + upgraded->customer, 10).size(), 1);
}

void TestSimStripe::badParametersAreStripeErrors()
{
    HttpResult result = get(QStringLiteral("/stripe/v1/subscriptions?status=happy"));
    QCOMPARE(result.status, 400);
    QJsonObject error = json(result.body).value(QLatin1String("error")).toObject();
    QCOMPARE(str(error, "type"), QStringLiteral("invalid_request_error"));
    QCOMPARE(str(error, "param"), QStringLiteral("status"));

    for (const char* limit : {"0", "101", "ten"}) {
        result = get(QStringLiteral("/stripe/v1/invoices?limit=") + QLatin1String(limit));
        QCOMPARE(result.status, 400);
        error = json(result.body).value(QLatin1String("error")).toObject();
        QCOMPARE(str(error, "param"), QStringLiteral("limit"));
    }
    QCOMPARE(get(QStringLiteral("/stripe/v1/invoices?status=unknown")).status, 400);
    // Unknown expansions are ignored.
    QCOMPARE(
        get(QStringLiteral("/stripe/v1/subscriptions?expand[]=data.latest_invoice&expand[]=data.plan")).status, 200);
}

void TestSimStripe::discountsAreIdsUnlessExpanded()
{
    const QJsonArray subscriptions = all(QStringLiteral("/stripe/v1/subscriptions?status=all"), 100);
    int withDiscounts = 0;
    for (const QJsonValue& value : subscriptions) {
        const QJsonObject s = value.toObject();
        const QJsonArray discounts = s.value(QLatin1String("discounts")).toArray();
        QVERIFY(s.value(QLatin1String("discounts")).isArray());
        QCOMPARE(discounts.size(), book().subscription(str(s, "id"))->discounts.size());
        for (const QJsonValue& discount : discounts) {
            QVERIFY(discount.isString());
            QVERIFY(discount.toString().startsWith(QStringLiteral("di_")));
        }
        withDiscounts += discounts.isEmpty() ? 0 : 1;
        QVERIFY(!s.contains(QLatin1String("discount"))); // the singular field is gone since basil
        QVERIFY(!s.contains(QLatin1String("current_period_end"))); // on the items since basil
    }
    QVERIFY(withDiscounts >= 6);
}

void TestSimStripe::expandedDiscountsNameTheirCoupon()
{
    const QJsonArray subscriptions =
        all(QStringLiteral("/stripe/v1/subscriptions?status=all&expand[]=data.discounts"), 10);
    QCOMPARE(subscriptions.size(), qsizetype(book().subscriptions().size()));
    QSet<QString> coupons;
    for (const QJsonValue& value : subscriptions) {
        const QJsonObject s = value.toObject();
        const SimSubscription* expected = book().subscription(str(s, "id"));
        QVERIFY(expected);
        const QJsonArray discounts = s.value(QLatin1String("discounts")).toArray();
        QCOMPARE(discounts.size(), expected->discounts.size());
        for (qsizetype i = 0; i < discounts.size(); ++i) {
            const QJsonObject d = discounts.at(i).toObject();
            QCOMPARE(str(d, "object"), QStringLiteral("discount"));
            QCOMPARE(str(d, "id"), expected->discounts.at(i).id);
            QCOMPARE(str(d, "subscription"), expected->id);
            QVERIFY(d.value(QLatin1String("subscription_item")).isNull());
            QVERIFY(d.value(QLatin1String("promotion_code")).isNull());
            QCOMPARE(d.value(QLatin1String("start")).toInteger(), expected->discounts.at(i).start);
            const QJsonObject source = d.value(QLatin1String("source")).toObject();
            QCOMPARE(str(source, "type"), QStringLiteral("coupon"));
            QCOMPARE(str(source, "coupon"), expected->discounts.at(i).coupon);
            coupons.insert(str(source, "coupon"));
            if (str(source, "coupon") == QLatin1String("FOREVER20"))
                QVERIFY(d.value(QLatin1String("end")).isNull());
            if (str(source, "coupon") == QLatin1String("LAUNCH50"))
                QVERIFY(d.value(QLatin1String("end")).toInteger() > startSecs());
        }
    }
    QVERIFY(coupons
        == (QSet<QString>{QStringLiteral("FOREVER20"), QStringLiteral("LAUNCH50"), QStringLiteral("ONCE10"),
            QStringLiteral("AMOUNT5")}));
}

void TestSimStripe::manyItemsSubscriptionIsCutAtTwenty()
{
    const QList<const SimSubscription*> many = book().withStory(SimBillingStory::ManyItems);
    QCOMPARE(many.size(), 1);
    const SimSubscription& expected = *many.first();
    QCOMPARE(expected.items.size(), 22);

    const QJsonArray listed = all(QStringLiteral("/stripe/v1/subscriptions?customer=") + expected.customer, 10);
    QCOMPARE(listed.size(), 1);
    const QJsonObject items = listed.at(0).toObject().value(QLatin1String("items")).toObject();
    QCOMPARE(str(items, "object"), QStringLiteral("list"));
    QVERIFY(items.value(QLatin1String("has_more")).toBool());
    QCOMPARE(items.value(QLatin1String("data")).toArray().size(), 20);
    QCOMPARE(items.value(QLatin1String("total_count")).toInteger(), 22);

    int pages = 0;
    const QJsonArray rest =
        all(QStringLiteral("/stripe/v1/subscription_items?subscription=") + expected.id, 10, &pages);
    QCOMPARE(rest.size(), 22);
    QCOMPARE(pages, 3);
    QStringList expectedIds;
    for (const SimSubscriptionItem& item : expected.items)
        expectedIds << item.id;
    QCOMPARE(ids(rest), expectedIds);
    // The first 20 are the embedded ones, in the same order.
    QCOMPARE(ids(items.value(QLatin1String("data")).toArray()), expectedIds.mid(0, 20));
    for (const QJsonValue& value : rest) {
        const QJsonObject item = value.toObject();
        QCOMPARE(str(item, "object"), QStringLiteral("subscription_item"));
        QCOMPARE(str(item, "subscription"), expected.id);
        QVERIFY(item.value(QLatin1String("current_period_start")).toInteger() <= startSecs());
        QVERIFY(item.value(QLatin1String("current_period_end")).toInteger() > startSecs());
        QCOMPARE(str(item.value(QLatin1String("price")).toObject(), "currency"), expected.currency);
    }

    // A subscription with few items is whole in its embedded list.
    const SimSubscription* joe = book().currentSubscription(1);
    const QJsonObject joeItems = all(QStringLiteral("/stripe/v1/subscriptions?customer=") + joe->customer, 10)
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("items"))
                                     .toObject();
    QVERIFY(!joeItems.value(QLatin1String("has_more")).toBool());
    QCOMPARE(joeItems.value(QLatin1String("data")).toArray().size(), 1);
}

void TestSimStripe::subscriptionItemsNeedAKnownSubscription()
{
    HttpResult result = get(QStringLiteral("/stripe/v1/subscription_items"));
    QCOMPARE(result.status, 400);
    QJsonObject error = json(result.body).value(QLatin1String("error")).toObject();
    QCOMPARE(str(error, "type"), QStringLiteral("invalid_request_error"));
    QCOMPARE(str(error, "code"), QStringLiteral("parameter_missing"));
    QCOMPARE(str(error, "param"), QStringLiteral("subscription"));

    result = get(QStringLiteral("/stripe/v1/subscription_items?subscription=sub_nope"));
    QCOMPARE(result.status, 404);
    error = json(result.body).value(QLatin1String("error")).toObject();
    QCOMPARE(str(error, "code"), QStringLiteral("resource_missing"));
    QVERIFY(str(error, "message").contains(QStringLiteral("sub_nope")));
}

void TestSimStripe::openInvoicesListThePastDueOnes()
{
    const QJsonArray invoices = all(QStringLiteral("/stripe/v1/invoices?status=open"), 4);
    QVERIFY(!invoices.isEmpty());
    QHash<QString, QList<QJsonObject>> bySubscription;
    for (const QJsonValue& value : invoices) {
        const QJsonObject invoice = value.toObject();
        QCOMPARE(str(invoice, "object"), QStringLiteral("invoice"));
        QCOMPARE(str(invoice, "status"), QStringLiteral("open"));
        for (const char* key : {"id", "currency", "customer", "customer_email", "customer_name", "amount_due",
                 "amount_paid", "amount_remaining", "due_date", "created", "collection_method", "attempt_count",
                 "next_payment_attempt", "hosted_invoice_url", "number", "parent"})
            QVERIFY2(invoice.contains(QLatin1String(key)), key);
        QVERIFY(str(invoice, "hosted_invoice_url").startsWith(QStringLiteral("https://")));
        QCOMPARE(invoice.value(QLatin1String("amount_paid")).toInteger(), 0);
        QVERIFY(invoice.value(QLatin1String("amount_due")).toInteger() > 0);
        const QJsonObject parent = invoice.value(QLatin1String("parent")).toObject();
        QCOMPARE(str(parent, "type"), QStringLiteral("subscription_details"));
        const QString subscription =
            str(parent.value(QLatin1String("subscription_details")).toObject(), "subscription");
        QVERIFY(book().subscription(subscription));
        bySubscription[subscription].append(invoice);
    }
    const QList<const SimSubscription*> pastDue = book().withStatus(QStringLiteral("past_due"));
    QCOMPARE(pastDue.size(), 2);
    bool overdueOverThirtyDays = false;
    for (const SimSubscription* s : pastDue) {
        const QList<QJsonObject> open = bySubscription.value(s->id);
        QVERIFY2(!open.isEmpty(), qPrintable(s->id));
        for (const QJsonObject& invoice : open) {
            const qint64 attempts = invoice.value(QLatin1String("attempt_count")).toInteger();
            QVERIFY(attempts >= 2 && attempts <= 4);
            QCOMPARE(str(invoice, "collection_method"), QStringLiteral("charge_automatically"));
            QVERIFY(invoice.value(QLatin1String("due_date")).isNull());
            QCOMPARE(str(invoice, "customer"), s->customer);
            QCOMPARE(str(invoice, "currency"), s->currency);
            if (invoice.value(QLatin1String("created")).toInteger() < startSecs() - 30 * kDay)
                overdueOverThirtyDays = true;
        }
    }
    QVERIFY(overdueOverThirtyDays);

    // Filters by subscription and by customer.
    const SimSubscription* overdue = book().withStory(SimBillingStory::PastDueOverdue).value(0);
    QVERIFY(overdue);
    QCOMPARE(all(QStringLiteral("/stripe/v1/invoices?status=open&subscription=") + overdue->id, 10).size(), 2);
    QCOMPARE(all(QStringLiteral("/stripe/v1/invoices?subscription=") + overdue->id, 10).size(), 3); // + a paid one
    QCOMPARE(all(QStringLiteral("/stripe/v1/invoices?status=open&customer=") + overdue->customer, 10).size(), 2);
}

void TestSimStripe::sendInvoiceInvoicesHaveDueDates()
{
    const QJsonArray invoices =
        all(QStringLiteral("/stripe/v1/invoices?status=open&collection_method=send_invoice"), 10);
    QCOMPARE(invoices.size(), 2);
    int overdue = 0;
    for (const QJsonValue& value : invoices) {
        const QJsonObject invoice = value.toObject();
        QVERIFY(invoice.value(QLatin1String("due_date")).isDouble());
        QCOMPARE(invoice.value(QLatin1String("attempt_count")).toInteger(), 0);
        QVERIFY(invoice.value(QLatin1String("next_payment_attempt")).isNull());
        overdue += invoice.value(QLatin1String("due_date")).toInteger() < startSecs() ? 1 : 0;
    }
    QCOMPARE(overdue, 1);
}

void TestSimStripe::couponsListTheFour()
{
    int pages = 0;
    const QJsonArray coupons = all(QStringLiteral("/stripe/v1/coupons"), 3, &pages);
    QCOMPARE(pages, 2);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& value : coupons) {
        QCOMPARE(str(value.toObject(), "object"), QStringLiteral("coupon"));
        byId.insert(str(value.toObject(), "id"), value.toObject());
    }
    QCOMPARE(byId.size(), 4);
    const QJsonObject foreverCoupon = byId.value(QStringLiteral("FOREVER20"));
    QCOMPARE(foreverCoupon.value(QLatin1String("percent_off")).toDouble(), 20.0);
    QCOMPARE(str(foreverCoupon, "duration"), QStringLiteral("forever"));
    QVERIFY(foreverCoupon.value(QLatin1String("amount_off")).isNull());
    QVERIFY(foreverCoupon.value(QLatin1String("times_redeemed")).toInteger() >= 3);
    const QJsonObject launch = byId.value(QStringLiteral("LAUNCH50"));
    QCOMPARE(launch.value(QLatin1String("percent_off")).toDouble(), 50.0);
    QCOMPARE(str(launch, "duration"), QStringLiteral("repeating"));
    QCOMPARE(launch.value(QLatin1String("duration_in_months")).toInteger(), 3);
    const QJsonObject once = byId.value(QStringLiteral("ONCE10"));
    QCOMPARE(once.value(QLatin1String("amount_off")).toInteger(), 1000);
    QCOMPARE(str(once, "currency"), QStringLiteral("usd"));
    QCOMPARE(str(once, "duration"), QStringLiteral("once"));
    QVERIFY(once.value(QLatin1String("percent_off")).isNull());
    const QJsonObject amount = byId.value(QStringLiteral("AMOUNT5"));
    QCOMPARE(amount.value(QLatin1String("amount_off")).toInteger(), 500);
    QCOMPARE(str(amount, "duration"), QStringLiteral("forever"));
}

void TestSimStripe::unknownCursorIsAStripeError()
{
    for (const char* path :
        {"/stripe/v1/subscriptions?starting_after=sub_nope", "/stripe/v1/invoices?starting_after=in_nope",
            "/stripe/v1/coupons?starting_after=NOPE", "/stripe/v1/customers?starting_after=cus_nope"}) {
        const HttpResult result = get(QLatin1String(path));
        QCOMPARE(result.status, 400);
        QVERIFY(!result.header("Request-Id").isEmpty());
        const QJsonObject error = json(result.body).value(QLatin1String("error")).toObject();
        QCOMPARE(str(error, "type"), QStringLiteral("invalid_request_error"));
        QCOMPARE(str(error, "code"), QStringLiteral("resource_missing"));
        QCOMPARE(str(error, "param"), QStringLiteral("starting_after"));
        QVERIFY2(str(error, "message").startsWith(QStringLiteral("No such ")), qPrintable(str(error, "message")));
    }
    const HttpResult result = get(QStringLiteral("/stripe/v1/subscriptions?ending_before=sub_nope"));
    QCOMPARE(result.status, 400);
}

void TestSimStripe::rateLimitFaultAnswers429WithRetryAfter()
{
    const QString everyStripeRoute = QStringLiteral("/stripe/v1/") + QLatin1Char('*');
    QVERIFY(m_sim.addFault(QJsonObject{{QStringLiteral("path"), everyStripeRoute},
                {QStringLiteral("kind"), QStringLiteral("ratelimit")}, {QStringLiteral("retryAfter"), 2},
                {QStringLiteral("count"), 1}})
        > 0);
    HttpResult result = get(QStringLiteral("/stripe/v1/subscriptions?status=all"));
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), QByteArray("2"));
    const QJsonObject error = json(result.body).value(QLatin1String("error")).toObject();
    QCOMPARE(str(error, "code"), QStringLiteral("rate_limit"));
    result = get(QStringLiteral("/stripe/v1/subscriptions?status=all"));
    QCOMPARE(result.status, 200); // the fault was for one request
}

void TestSimStripe::namedTenantsHaveFixedSubscriptions()
{
    const qint64 now = startSecs();
    const SimSubscription* pizza = book().currentSubscription(fleet().indexOf(QStringLiteral("pizza-co")));
    QVERIFY(pizza);
    QCOMPARE(pizza->plan, QStringLiteral("growth"));
    QCOMPARE(pizza->currency, QStringLiteral("usd"));
    QCOMPARE(pizza->status, QStringLiteral("active"));
    QCOMPARE(pizza->items.size(), 2);
    QVERIFY(pizza->hasCoupon(QStringLiteral("FOREVER20")));
    QCOMPARE(book().monthlyRecurring(*pizza, now), 13120); // (14900 + 1500) × 0.8

    const SimSubscription* joe = book().currentSubscription(fleet().indexOf(QStringLiteral("joes-plumbing")));
    QCOMPARE(joe->plan, QStringLiteral("starter"));
    QCOMPARE(book().monthlyRecurring(*joe, now), 4900);

    const SimSubscription* mike = book().currentSubscription(fleet().indexOf(QStringLiteral("mikes-hvac")));
    QCOMPARE(mike->plan, QStringLiteral("pro"));
    QCOMPARE(book().price(mike->items.first()).interval, QStringLiteral("year"));
    QCOMPARE(book().price(mike->items.first()).unitAmount, 399000);
    QCOMPARE(book().monthlyRecurring(*mike, now), 33250);

    // The customers list gives each customer its subscription's currency.
    const QJsonArray customers = all(QStringLiteral("/stripe/v1/customers"), 100);
    QCOMPARE(customers.size(), fleet().size());
    for (const QJsonValue& value : customers) {
        const QJsonObject customer = value.toObject();
        const int tenant = fleet().indexOf(str(customer.value(QLatin1String("metadata")).toObject(), "tenant"));
        QVERIFY(tenant >= 0);
        QCOMPARE(str(customer, "currency"), book().currencyOf(tenant));
    }
}

void TestSimStripe::bookHasEveryShapeTheRevenueIssueNeeds()
{
    QSet<QString> currencies;
    QSet<QString> cadences;
    bool metered = false;
    bool quantity = false;
    bool addOn = false;
    for (const SimSubscription& s : book().subscriptions()) {
        currencies.insert(s.currency);
        QVERIFY(!s.items.isEmpty());
        for (const SimSubscriptionItem& item : s.items) {
            const SimPrice& p = book().price(item);
            QCOMPARE(p.currency, s.currency);
            cadences.insert(p.interval + QString::number(p.intervalCount));
            if (p.metered) {
                metered = true;
                QVERIFY(!item.quantity);
            } else {
                QVERIFY(item.quantity);
            }
            quantity = quantity || (item.quantity && *item.quantity >= 2 && *item.quantity <= 5);
            addOn = addOn || p.unitAmount == SimBilling::kAddOnAmountUsd;
        }
    }
    QVERIFY(currencies.contains(QStringLiteral("usd")));
    QVERIFY(currencies.contains(QStringLiteral("eur")));
    QVERIFY(currencies.contains(QStringLiteral("brl")));
    QVERIFY(currencies.contains(QStringLiteral("jpy")));
    QVERIFY(cadences.contains(QStringLiteral("month1")));
    QVERIFY(cadences.contains(QStringLiteral("year1")));
    QVERIFY(cadences.contains(QStringLiteral("week1")));
    QVERIFY(cadences.contains(QStringLiteral("month3")));
    QVERIFY(metered);
    QVERIFY(quantity);
    QVERIFY(addOn);

    // JPY is zero-decimal: whole yen.
    for (const SimSubscription& s : book().subscriptions()) {
        if (s.currency == QLatin1String("jpy"))
            QCOMPARE(book().price(s.items.first()).unitAmount % 100, 0);
    }
    // Each story the revenue panel has to show.
    for (SimBillingStory story :
        {SimBillingStory::PastDueOverdue, SimBillingStory::PastDueRecent, SimBillingStory::ManyItems,
            SimBillingStory::Upgraded, SimBillingStory::UpgradedFrom, SimBillingStory::Downgraded,
            SimBillingStory::DowngradedFrom, SimBillingStory::Reactivated, SimBillingStory::ReactivatedFrom,
            SimBillingStory::SendInvoiceOverdue, SimBillingStory::SendInvoiceDue, SimBillingStory::CancelsAtPeriodEnd})
        QVERIFY2(book().withStory(story).size() == 1, qPrintable(simBillingStoryName(story)));
    QVERIFY(book().withStory(SimBillingStory::Trialing).size() >= 3);

    // Upgrade: the old plan was lower; downgrade: higher. Same customer, the new one starts when the old ends.
    const QStringList ranks{
        QStringLiteral("starter"), QStringLiteral("growth"), QStringLiteral("pro"), QStringLiteral("agency")};
    const SimSubscription* up = book().withStory(SimBillingStory::Upgraded).first();
    const SimSubscription* upFrom = book().withStory(SimBillingStory::UpgradedFrom).first();
    QCOMPARE(up->customer, upFrom->customer);
    QVERIFY(ranks.indexOf(up->plan) > ranks.indexOf(upFrom->plan));
    QVERIFY(up->created >= *upFrom->canceledAt);
    const SimSubscription* down = book().withStory(SimBillingStory::Downgraded).first();
    const SimSubscription* downFrom = book().withStory(SimBillingStory::DowngradedFrom).first();
    QCOMPARE(down->customer, downFrom->customer);
    QVERIFY(ranks.indexOf(down->plan) < ranks.indexOf(downFrom->plan));
    const SimSubscription* back = book().withStory(SimBillingStory::Reactivated).first();
    const SimSubscription* left = book().withStory(SimBillingStory::ReactivatedFrom).first();
    QCOMPARE(back->customer, left->customer);
    QVERIFY(back->created - *left->endedAt > 90 * kDay);

    // Statuses follow the tenants'.
    for (const SimTenant& tenant : fleet().tenants()) {
        const SimSubscription* current = book().currentSubscription(tenant.index);
        QVERIFY(current);
        QCOMPARE(current->customer, tenant.stripeCustomer);
        QCOMPARE(current->plan, tenant.plan);
        if (tenant.status == TenantStatus::Suspended)
            QCOMPARE(current->status, QStringLiteral("unpaid"));
        else if (tenant.status == TenantStatus::Churned)
            QCOMPARE(current->status, QStringLiteral("canceled"));
        else
            QVERIFY(current->status == QLatin1String("active") || current->status == QLatin1String("trialing")
                || current->status == QLatin1String("past_due"));
    }
}

void TestSimStripe::timestampsFollowTheStart()
{
    const qint64 now = startSecs();
    QVERIFY(qAbs(now - QDateTime::currentSecsSinceEpoch()) < 3600);
    for (const SimSubscription& s : book().subscriptions()) {
        QVERIFY(s.created <= now);
        if (s.status == QLatin1String("trialing")) {
            QVERIFY(*s.trialEnd > now);
            QCOMPARE(s.items.first().periodEnd, *s.trialEnd);
        } else if (s.status == QLatin1String("canceled")) {
            QVERIFY(*s.canceledAt < now);
            QCOMPARE(*s.endedAt, *s.canceledAt);
            QVERIFY(s.items.first().periodStart < *s.canceledAt);
        } else {
            QVERIFY2(s.items.first().periodStart <= now && s.items.first().periodEnd > now, qPrintable(s.id));
        }
        for (const SimDiscount& d : s.discounts) {
            if (d.coupon == QLatin1String("LAUNCH50") || d.coupon == QLatin1String("ONCE10"))
                QVERIFY(d.end && *d.end > now);
        }
    }
    const SimSubscription* overdue = book().withStory(SimBillingStory::PastDueOverdue).first();
    qint64 oldestOpen = now;
    for (const SimInvoice* invoice : book().invoicesOf(overdue->id)) {
        if (invoice->status == QLatin1String("open"))
            oldestOpen = std::min(oldestOpen, invoice->created);
    }
    QVERIFY(now - oldestOpen > 30 * kDay);
}

void TestSimStripe::expectedMrrFollowsThePolicy()
{
    const qint64 now = startSecs();
    const QMap<QString, qint64> stripe = book().expectedMrr(now);
    QCOMPARE(stripe.keys(),
        (QStringList{QStringLiteral("brl"), QStringLiteral("eur"), QStringLiteral("jpy"), QStringLiteral("usd")}));
    // Every discount active now: less; past due for more than 30 days dropped: less again.
    const QMap<QString, qint64> everyDiscount = book().expectedMrr(now, false);
    QVERIFY(everyDiscount.value(QStringLiteral("usd")) < stripe.value(QStringLiteral("usd")));
    const QMap<QString, qint64> dropped = book().expectedMrr(now, true, 30);
    const SimSubscription* overdue = book().withStory(SimBillingStory::PastDueOverdue).first();
    QCOMPARE(
        dropped.value(overdue->currency), stripe.value(overdue->currency) - book().monthlyRecurring(*overdue, now));

    // By hand for the shapes with a rule of their own.
    for (const SimSubscription& s : book().subscriptions()) {
        const SimPrice& p = book().price(s.items.first());
        if (s.items.size() != 1 || !s.discounts.isEmpty())
            continue;
        const qint64 gross = p.unitAmount * s.items.first().quantity.value_or(1);
        if (p.interval == QLatin1String("week"))
            QCOMPARE(book().monthlyRecurring(s, now), qint64(std::llround(double(gross) * 52.0 / 12.0)));
        else if (p.interval == QLatin1String("month"))
            QCOMPARE(book().monthlyRecurring(s, now), gross / p.intervalCount);
    }
    // Metered items add nothing; trials, unpaid and canceled are not in the totals.
    qint64 usd = 0;
    for (const SimSubscription& s : book().subscriptions()) {
        if (s.currency == QLatin1String("usd")
            && (s.status == QLatin1String("active") || s.status == QLatin1String("past_due")))
            usd += book().monthlyRecurring(s, now);
    }
    QCOMPARE(stripe.value(QStringLiteral("usd")), usd);
}

// What a client computes from the wire (platform-apis.md §4.5) equals SimBilling::expectedMrr, for both policies.
void TestSimStripe::httpAnswersAddUpToTheExpectedMrr()
{
    const qint64 now = startSecs();
    QHash<QString, QJsonObject> coupons;
    for (const QJsonValue& value : all(QStringLiteral("/stripe/v1/coupons"), 100))
        coupons.insert(str(value.toObject(), "id"), value.toObject());
    const QJsonArray subscriptions =
        all(QStringLiteral("/stripe/v1/subscriptions?status=all&expand[]=data.discounts"), 100);
    for (const bool foreverOnly : {true, false}) {
        QMap<QString, qint64> totals;
        for (const QJsonValue& value : subscriptions) {
            const QJsonObject s = value.toObject();
            if (str(s, "status") != QLatin1String("active") && str(s, "status") != QLatin1String("past_due"))
                continue;
            QJsonArray items = s.value(QLatin1String("items")).toObject().value(QLatin1String("data")).toArray();
            if (s.value(QLatin1String("items")).toObject().value(QLatin1String("has_more")).toBool())
                items = all(QStringLiteral("/stripe/v1/subscription_items?subscription=") + str(s, "id"), 100);
            struct Row
            {
                qint64 monthly;
                qint64 off;
                double months;
            };
            QList<Row> rows;
            for (const QJsonValue& itemValue : items) {
                const QJsonObject item = itemValue.toObject();
                const QJsonObject price = item.value(QLatin1String("price")).toObject();
                const QJsonObject recurring = price.value(QLatin1String("recurring")).toObject();
                if (str(recurring, "usage_type") == QLatin1String("metered"))
                    continue;
                const double months = SimBilling::monthsPerPeriod(
                    str(recurring, "interval"), int(recurring.value(QLatin1String("interval_count")).toInteger()));
                const double gross = str(price, "unit_amount_decimal").toDouble()
                    * double(item.value(QLatin1String("quantity")).toInteger(1));
                rows.append({qint64(std::llround(gross / months)), 0, months});
            }
            for (const QJsonValue& discountValue : s.value(QLatin1String("discounts")).toArray()) {
                const QJsonObject discount = discountValue.toObject();
                const QJsonObject coupon =
                    coupons.value(str(discount.value(QLatin1String("source")).toObject(), "coupon"));
                if (foreverOnly && str(coupon, "duration") != QLatin1String("forever"))
                    continue;
                if (!discount.value(QLatin1String("end")).isNull()
                    && discount.value(QLatin1String("end")).toInteger() <= now)
                    continue;
                if (coupon.value(QLatin1String("percent_off")).isDouble()) {
                    for (Row& row : rows)
                        row.off += std::llround(double(row.monthly - row.off)
                            * coupon.value(QLatin1String("percent_off")).toDouble() / 100.0);
                } else { // the book puts amount coupons on single-item subscriptions only
                    QCOMPARE(rows.size(), 1);
                    rows[0].off +=
                        std::llround(double(coupon.value(QLatin1String("amount_off")).toInteger()) / rows[0].months);
                }
            }
            for (const Row& row : std::as_const(rows))
                totals[str(s, "currency")] += std::max<qint64>(0, row.monthly - row.off);
        }
        QCOMPARE(totals, book().expectedMrr(now, foreverOnly));
    }
}

void TestSimStripe::bookIsDeterministic()
{
    const SimFleet fleet40 = SimFleet::generate(40, 7, 4);
    const SimBilling a = SimBilling::generate(fleet40, 7, 1795000000);
    const SimBilling b = SimBilling::generate(fleet40, 7, 1795000000);
    QCOMPARE(a.subscriptions().size(), b.subscriptions().size());
    for (std::size_t i = 0; i < a.subscriptions().size(); ++i) {
        QCOMPARE(a.subscriptions()[i].id, b.subscriptions()[i].id);
        QCOMPARE(a.subscriptions()[i].created, b.subscriptions()[i].created);
        QCOMPARE(a.subscriptions()[i].items.size(), b.subscriptions()[i].items.size());
    }
    QVERIFY(a.expectedMrr(1795000000) == b.expectedMrr(1795000000));
    // Another start moves every timestamp, not the book's shape.
    const SimBilling later = SimBilling::generate(fleet40, 7, 1795000000 + 10 * kDay);
    QCOMPARE(later.subscriptions().size(), a.subscriptions().size());
    QCOMPARE(later.withStory(SimBillingStory::PastDueOverdue).first()->id,
        a.withStory(SimBillingStory::PastDueOverdue).first()->id);
    // Another seed, another book.
    const SimBilling other = SimBilling::generate(SimFleet::generate(40, 8, 4), 8, 1795000000);
    QVERIFY(other.subscriptions().front().id != a.subscriptions().front().id);
}

void TestSimStripe::smallAndLargeFleetsGetABook()
{
    for (int tenants : {1, 3, 5, 12}) {
        const SimFleet small = SimFleet::generate(tenants, 3, 2);
        const SimBilling book = SimBilling::generate(small, 3, 1795000000);
        QVERIFY(qsizetype(book.subscriptions().size()) >= small.size());
        for (const SimTenant& tenant : small.tenants())
            QVERIFY(book.currentSubscription(tenant.index));
    }
    const SimFleet large = SimFleet::generate(5000, 3, 4);
    const SimBilling book = SimBilling::generate(large, 3, 1795000000);
    QVERIFY(qsizetype(book.subscriptions().size()) >= large.size());
    QCOMPARE(book.withStatus(QStringLiteral("past_due")).size(), 2);
}

QTEST_GUILESS_MAIN(TestSimStripe)
#include "tst_simstripe.moc"
