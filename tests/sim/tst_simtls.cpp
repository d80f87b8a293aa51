// The HTTPS listeners: certificates made at start-up, signed by the simulator's CA, with the chosen
// expiry; the expired one fails verification with CertificateExpired.
#include "sim/simfleet.h"

#include "tests/sim/httpprobe.h"
#include "tests/support/simfixture.h"

#include <QSslCertificate>
#include <QtTest>

using namespace Fleetdeck;
using namespace Fleetdeck::Sim;
using namespace Fleetdeck::Testing;

class TestSimTls : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;

    QSslConfiguration trustingSimCa()
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromData(m_sim.simulator().caCertificatePem(), QSsl::Pem));
        return configuration;
    }
    HttpResult fetchTls(const QUrl& url, std::optional<QSslConfiguration> ssl)
    {
        QNetworkAccessManager manager;
        HttpCall call;
        call.ssl = std::move(ssl);
        return fetch(manager, url, call);
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        SimOptions options;
        options.latencyScale = 0;
        QString error;
        QVERIFY2(m_sim.start(options, &error), qPrintable(error));
        QVERIFY(m_sim.simulator().caCertificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    }

    void caIsValidForAboutEightHundredDays()
    {
        const QList<QSslCertificate> ca = QSslCertificate::fromData(m_sim.simulator().caCertificatePem(), QSsl::Pem);
        QCOMPARE(ca.size(), 1);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(ca.at(0).effectiveDate().secsTo(now.addDays(-1))) < 3600);
        QVERIFY(qAbs(ca.at(0).expiryDate().secsTo(now.addDays(800))) < 3600);
    }

    void trustedListenersAnswerWithTheChosenExpiry_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<int>("days");
        QTest::newRow("expires-5d") << 1 << 5;
        QTest::newRow("expires-12d") << 2 << 12;
        QTest::newRow("expires-400d") << 3 << 400;
    }

    void trustedListenersAnswerWithTheChosenExpiry()
    {
        QFETCH(int, slot);
        QFETCH(int, days);
        const QString slug = m_sim.simulator().tlsTenant(slot);
        QVERIFY(!slug.isEmpty());
        const QUrl url = m_sim.simulator().healthUrl(slug);
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("localhost"));
        QCOMPARE(url.port(), int(m_sim.simulator().tlsPort(slot)));

        const HttpResult result = fetchTls(url, trustingSimCa());
        QVERIFY2(result.error == QNetworkReply::NoError, qPrintable(result.errorString));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray(R"({"status":"ok","tenant":")" + slug.toUtf8() + R"("})"));
        QVERIFY(result.sslErrors.isEmpty());
        const QDateTime expected = QDateTime::currentDateTimeUtc().addDays(days);
        QVERIFY(!result.peerCertificate.isNull());
        QVERIFY2(qAbs(result.peerCertificate.expiryDate().secsTo(expected)) <= 86400,
            qPrintable(result.peerCertificate.expiryDate().toString(Qt::ISODate)));
        QCOMPARE(result.peerCertificate.expiryDate(), m_sim.simulator().tlsExpiry(slot));
        QVERIFY(result.peerCertificate.subjectAlternativeNames()
                    .values(QSsl::DnsEntry)
                    .contains(QStringLiteral("localhost")));
    }

    void expiredCertificateFailsVerification()
    {
        const QString slug = m_sim.simulator().tlsTenant(0);
        QVERIFY(!slug.isEmpty());
        QVERIFY(slug != m_sim.simulator().fleet().slugsWithMode(HealthMode::Down).constFirst());
        const HttpResult result = fetchTls(m_sim.simulator().healthUrl(slug), trustingSimCa());
        QCOMPARE(result.status, 0);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
        bool expired = false;
        for (const QSslError& error : result.sslErrors)
            expired |= error.error() == QSslError::CertificateExpired;
        QVERIFY2(expired, qPrintable(result.errorString));
        const QDateTime expiry = m_sim.simulator().tlsExpiry(0);
        QVERIFY(qAbs(expiry.secsTo(QDateTime::currentDateTimeUtc().addDays(-3))) <= 86400);
    }

    void untrustedCaFailsVerification()
    {
        const HttpResult result = fetchTls(m_sim.simulator().healthUrl(m_sim.simulator().tlsTenant(3)), std::nullopt);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!result.sslErrors.isEmpty());
    }

    void tlsListenerServesOnlyItsTenantAndTakesFaults()
    {
        const quint16 port = m_sim.simulator().tlsPort(3);
        const QUrl other(QStringLiteral("https://localhost:%1/sites/pizza-co/health").arg(port));
        QCOMPARE(fetchTls(other, trustingSimCa()).status, 404);

        const QString slug = m_sim.simulator().tlsTenant(3);
        QVERIFY(m_sim.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/sites/%1/health").arg(slug)},
                    {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 503},
                    {QStringLiteral("count"), 1}})
            > 0);
        QCOMPARE(fetchTls(m_sim.simulator().healthUrl(slug), trustingSimCa()).status, 503);
        QCOMPARE(fetchTls(m_sim.simulator().healthUrl(slug), trustingSimCa()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimTls)
#include "tst_simtls.moc"
