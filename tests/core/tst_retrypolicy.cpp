#include "core/net/httpclient.h"
#include "core/net/retrypolicy.h"

#include <QTest>

using namespace Fleetdeck;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void backoffDoublesWithinJitter();
    void extractsErrorMessages_data();
    void extractsErrorMessages();
};

void TestRetryPolicy::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds"); // -1 = not understood
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("padded") << QByteArray(" 5 ") << 5;
    QTest::newRow("imf date") << QByteArray("Sat, 21 Nov 2026 12:00:30 GMT") << 30;
    QTest::newRow("past date") << QByteArray("Sat, 21 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("asctime") << QByteArray("Sat Nov 21 12:01:00 2026") << 60;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestRetryPolicy::parsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0, 0), Qt::UTC);
    const auto parsed = RetryPolicy::parseRetryAfter(value, now);
    if (seconds < 0)
        QVERIFY(!parsed);
    else {
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), seconds);
    }
}

void TestRetryPolicy::backoffDoublesWithinJitter()
{
    RetryPolicy policy;
    QCOMPARE(policy.backoff(1, 0.5), 1000ms);
    QCOMPARE(policy.backoff(2, 0.5), 2000ms);
    QCOMPARE(policy.backoff(3, 0.5), 4000ms);
    QCOMPARE(policy.backoff(1, 0.0), 800ms);
    QCOMPARE(policy.backoff(3, 1.0), 4800ms);
}

void TestRetryPolicy::extractsErrorMessages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("n8n") << QByteArray(R"({"message":"Unauthorized"})") << QStringLiteral("Unauthorized");
    QTest::newRow("stripe") << QByteArray(R"({"error":{"type":"invalid_request_error","message":"No such customer"}})")
                            << QStringLiteral("No such customer");
    QTest::newRow("evolution") << QByteArray(R"({"status":404,"error":"Not Found","response":{"message":["a","b"]}})")
                               << QStringLiteral("a; b");
    QTest::newRow("alertmanager string") << QByteArray(R"("silence invalid: no matchers")")
                                         << QStringLiteral("silence invalid: no matchers");
    QTest::newRow("plain text") << QByteArray("Service Unavailable\n") << QStringLiteral("Service Unavailable");
    QTest::newRow("html") << QByteArray("<html><body>502</body></html>") << QString();
    QTest::newRow("malformed") << QByteArray("{\"message\": ") << QStringLiteral("{\"message\":");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestRetryPolicy::extractsErrorMessages()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(errorMessageFromBody(body), message);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
