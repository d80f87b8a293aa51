// The fleetdeck-sim executable: its first stdout line, its options, and a clean exit on SIGTERM/SIGINT.
#include "tests/sim/httpprobe.h"
#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>

using namespace Fleetdeck::Testing;

class TestSimProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(SimProcess::executablePath()), qPrintable(SimProcess::executablePath()));
    }

    void firstLineIsExactlyListeningOn()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--tenants"), QStringLiteral("12"), QStringLiteral("--seed"),
                               QStringLiteral("7"), QStringLiteral("--hosts"), QStringLiteral("2"),
                               QStringLiteral("--latency-scale"), QStringLiteral("0")},
                     15000, &error),
            qPrintable(error));
        static const QRegularExpression exact(QStringLiteral("^listening on http://127\\.0\\.0\\.1:[1-9][0-9]*$"));
        QVERIFY2(exact.match(sim.firstLine()).hasMatch(), qPrintable(sim.firstLine()));
        QVERIFY(sim.baseUrl().isValid());

        QNetworkAccessManager manager;
        HttpResult result = fetch(manager, QUrl(sim.baseUrl().toString() + QStringLiteral("/_sim/tenants")));
        QCOMPARE(result.status, 200);
        QCOMPARE(QJsonDocument::fromJson(result.body).object().value(QLatin1String("tenants")).toArray().size(), 12);
        result = fetch(manager, QUrl(sim.baseUrl().toString() + QStringLiteral("/_sim/hosts")));
        QCOMPARE(QJsonDocument::fromJson(result.body).object().value(QLatin1String("hosts")).toArray().size(), 2);

        QVERIFY(sim.terminate());
        QCOMPARE(sim.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.process().exitCode(), 0);
        const QString rest = QString::fromLocal8Bit(sim.process().readAllStandardOutput());
        QVERIFY2(rest.contains(QStringLiteral("hosts: srv-1=")), qPrintable(rest));
        QVERIFY(rest.contains(QStringLiteral("tls expired: https://localhost:")));
    }

    void secretAndFaultsOptionsApply()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--secret"), QStringLiteral("other-secret"), QStringLiteral("--faults"),
                               QStringLiteral("/n8n/healthz=status:503*1")},
                     15000, &error),
            qPrintable(error));
        QNetworkAccessManager manager;
        const QString base = sim.baseUrl().toString();
        QCOMPARE(fetch(manager, QUrl(base + QStringLiteral("/n8n/healthz"))).status, 503);
        QCOMPARE(fetch(manager, QUrl(base + QStringLiteral("/n8n/healthz"))).status, 200);
        HttpCall call;
        call.headers = {{"X-N8N-API-KEY", "other-secret"}};
        QCOMPARE(fetch(manager, QUrl(base + QStringLiteral("/n8n/api/v1/workflows")), call).status, 200);
        // SIGINT is a clean exit too.
        ::kill(pid_t(sim.process().processId()), SIGINT);
        QVERIFY(sim.process().waitForFinished(10000));
        QCOMPARE(sim.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.process().exitCode(), 0);
    }

    void badFaultSpecIsRefused()
    {
        SimProcess sim;
        QString error;
        QVERIFY(!sim.start({QStringLiteral("--faults"), QStringLiteral("/stripe/*=explode")}, 15000, &error));
        QVERIFY2(error.contains(QStringLiteral("unknown kind \"explode\"")), qPrintable(error));
        QVERIFY(sim.process().exitCode() != 0);
    }

    void badNumberIsRefused()
    {
        SimProcess sim;
        QString error;
        QVERIFY(!sim.start({QStringLiteral("--tenants"), QStringLiteral("many")}, 15000, &error));
        QVERIFY2(error.contains(QStringLiteral("--tenants")), qPrintable(error));
        QCOMPARE(sim.process().exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSimProcess)
#include "tst_simprocess.moc"
