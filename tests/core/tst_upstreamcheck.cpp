#include "core/connectors/upstreamcheck.h"
#include "sim/simfleet.h"
#include "sim/simtenant.h"

#include "tests/support/simfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fleetdeck;

namespace {
// For failure messages: QVERIFY2 evaluates its message even when the check passes.
QString describe(const Result<QString>& result)
{
    return result.hasValue() ? result.value() : result.error().toDisplayString();
}
} // namespace

// Runs one check and waits for its answer.
class CheckRun : public QObject
{
    Q_OBJECT
public:
    std::optional<Result<QString>> result;
    HttpClient::RequestId requestId = 0;
    void run(HttpClient& client, const UpstreamCheck::Input& input)
    {
        UpstreamCheck check(&client);
        requestId = check.run(input, this, [this](Result<QString> r) {
            result = std::move(r);
            emit done();
        });
        QSignalSpy spy(this, &CheckRun::done);
        if (!result)
            spy.wait(20000);
    }
signals:
    void done();
};

class TestUpstreamCheck : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void rightKeySucceedsForEveryUpstream_data();
    void rightKeySucceedsForEveryUpstream();
    void wrongKeyIsUnauthorizedAndNamesTheUpstream_data();
    void wrongKeyIsUnauthorizedAndNamesTheUpstream();
    void deadServerIsANetworkError_data();
    void deadServerIsANetworkError();
    void badUrlIsAConfigErrorWithoutARequest_data();
    void badUrlIsAConfigErrorWithoutARequest();
    void missingKeyIsAConfigError_data();
    void missingKeyIsAConfigError();
    void mauticSecretMustBeUserColonPassword();
    void mauticTestAcceptsAClientUrl();
    void mauticUnknownClientIsNotFound();
    void evolutionWarnsWhenTheServerRunsWithItsDefaultKey();
    void stripeRecommendsARestrictedKeyForAnSkKey();
    void stripeRestrictedKeyHasNoWarning();
    void answerFromAnotherServiceIsNotASuccess();
    void mauticForbiddenExplainsTheApiSettings();
    void sendsTheUpstreamsRealAuthentication();
    void neverRetries();
    void dropsTheAnswerWhenTheContextDies();

private:
    UpstreamCheck::Input input(const QString& upstream, const QByteArray& secret) const;
    QString firstSlug() const { return m_sim->simulator().fleet().tenants().constFirst().slug; }

    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<HttpClient> m_client;
};

UpstreamCheck::Input TestUpstreamCheck::input(const QString& upstream, const QByteArray& secret) const
{
    UpstreamCheck::Input in;
    in.upstream = upstream;
    in.config.enabled = true;
    in.config.url = m_sim->url(QLatin1Char('/') + upstream);
    in.config.timeoutMs = 5000;
    in.secret = secret;
    if (upstream == QLatin1String("mautic"))
        in.mauticTenant = firstSlug();
    return in;
}

void TestUpstreamCheck::init()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    QString error;
    QVERIFY2(m_sim->start({}, &error), qPrintable(error));
    m_client = std::make_unique<HttpClient>();
}

void TestUpstreamCheck::cleanup()
{
    m_client.reset();
    m_sim.reset();
}

void TestUpstreamCheck::rightKeySucceedsForEveryUpstream_data()
{
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("evolution") << "evolution" << QByteArray("fleetdeck-sim")
                               << "Evolution API at %1/evolution accepted the global API key.";
    QTest::newRow("n8n") << "n8n" << QByteArray("fleetdeck-sim") << "n8n at %1/n8n accepted the API key.";
    QTest::newRow("stripe") << "stripe" << QByteArray("fleetdeck-sim") << "Stripe at %1/stripe accepted the key.";
    QTest::newRow("prometheus") << "prometheus" << QByteArray() << "Prometheus 2.42.0 answered at %1/prometheus.";
    QTest::newRow("prometheus with token")
        << "prometheus" << QByteArray("tok") << "Prometheus 2.42.0 answered at %1/prometheus.";
    QTest::newRow("alertmanager") << "alertmanager" << QByteArray()
                                  << "Alertmanager 0.25.0 answered at %1/alertmanager.";
    QTest::newRow("mautic") << "mautic" << QByteArray("admin:fleetdeck-sim")
                            << "Mautic at %1/mautic/%2 accepted the user and password; it holds 0 contact(s).";
}

void TestUpstreamCheck::rightKeySucceedsForEveryUpstream()
{
    QFETCH(QString, upstream);
    QFETCH(QByteArray, secret);
    QFETCH(QString, expected);
    CheckRun run;
    run.run(*m_client, input(upstream, secret));
    QVERIFY(run.result);
    QVERIFY2(run.result->hasValue(), qPrintable(describe(*run.result)));
    QCOMPARE(run.result->value(), expected.arg(m_sim->baseUrl().toString(), firstSlug()));
    QVERIFY(run.requestId != 0);
}

void TestUpstreamCheck::wrongKeyIsUnauthorizedAndNamesTheUpstream_data()
{
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::newRow("evolution") << "evolution" << QByteArray("wrong") << "Evolution API"
                               << "/evolution/verify-creds";
    QTest::newRow("n8n") << "n8n" << QByteArray("wrong") << "n8n"
                         << "/n8n/api/v1/workflows";
    QTest::newRow("stripe") << "stripe" << QByteArray("rk_live_wrong") << "Stripe"
                            << "/stripe/v1/customers";
    QTest::newRow("mautic") << "mautic" << QByteArray("admin:wrong") << "Mautic"
                            << "/mautic/%1/api/contacts";
}

void TestUpstreamCheck::wrongKeyIsUnauthorizedAndNamesTheUpstream()
{
    QFETCH(QString, upstream);
    QFETCH(QByteArray, secret);
    QFETCH(QString, name);
    QFETCH(QString, path);
    CheckRun run;
    run.run(*m_client, input(upstream, secret));
    QVERIFY(run.result && !run.result->hasValue());
    const ApiError& error = run.result->error();
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(error.httpStatus, 401);
    const QString expected = QStringLiteral("%1 at %2 answered 401: the credential was refused. Store a valid key "
                                            "for this upstream in the profile.")
                                 .arg(name, m_sim->baseUrl().toString() + path.arg(firstSlug()));
    QCOMPARE(error.toDisplayString(), expected);
    // The key never appears in what people or logs see.
    QVERIFY(!error.toDisplayString().contains(QString::fromUtf8(secret)));
    QVERIFY(!error.message.contains(QString::fromUtf8(secret)));
}

void TestUpstreamCheck::deadServerIsANetworkError_data()
{
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<QByteArray>("secret");
    for (const QString& upstream : ConnectionProfile::upstreamNames()) {
        const QByteArray secret =
            upstream == QLatin1String("mautic") ? QByteArray("admin:fleetdeck-sim") : QByteArray("fleetdeck-sim");
        QTest::newRow(qPrintable(upstream)) << upstream << secret;
    }
}

void TestUpstreamCheck::deadServerIsANetworkError()
{
    QFETCH(QString, upstream);
    QFETCH(QByteArray, secret);
    const UpstreamCheck::Input in = input(upstream, secret);
    m_sim->stop();
    CheckRun run;
    run.run(*m_client, in);
    QVERIFY(run.result && !run.result->hasValue());
    QCOMPARE(run.result->error().kind, ApiError::Kind::Network);
    const QString text = run.result->error().toDisplayString();
    QVERIFY2(text.startsWith(UpstreamCheck::displayName(upstream) + QStringLiteral(" at ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("could not be reached (connection refused)")), qPrintable(text));
}

void TestUpstreamCheck::badUrlIsAConfigErrorWithoutARequest_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString()
                           << "n8n is not configured correctly: no URL is set; enter the address of the service";
    QTest::newRow("no scheme") << "n8n.example.com"
                               << "n8n is not configured correctly: \"n8n.example.com\" is not an http:// or "
                                  "https:// address";
    QTest::newRow("ftp") << "ftp://n8n.example.com"
                         << "n8n is not configured correctly: \"ftp://n8n.example.com\" is not an http:// or "
                            "https:// address";
    QTest::newRow("no host") << "http://"
                             << "n8n is not configured correctly: \"http://\" is not an http:// or https:// address";
}

void TestUpstreamCheck::badUrlIsAConfigErrorWithoutARequest()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    UpstreamCheck::Input in = input(QStringLiteral("n8n"), "fleetdeck-sim");
    in.config.url = QUrl(url);
    CheckRun run;
    run.run(*m_client, in);
    QVERIFY(run.result && !run.result->hasValue());
    QCOMPARE(run.result->error().kind, ApiError::Kind::Config);
    QCOMPARE(run.result->error().toDisplayString(), expected);
    QCOMPARE(run.requestId, HttpClient::RequestId(0));
}

void TestUpstreamCheck::missingKeyIsAConfigError_data()
{
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<QString>("what");
    QTest::newRow("evolution") << "evolution"
                               << "no key was given; enter the API key";
    QTest::newRow("n8n") << "n8n"
                         << "no key was given; enter the API key";
    QTest::newRow("stripe") << "stripe"
                            << "no key was given; enter the API key";
    QTest::newRow("mautic") << "mautic"
                            << "no user and password were given; enter them as user:password";
}

void TestUpstreamCheck::missingKeyIsAConfigError()
{
    QFETCH(QString, upstream);
    QFETCH(QString, what);
    CheckRun run;
    run.run(*m_client, input(upstream, {}));
    QVERIFY(run.result && !run.result->hasValue());
    QCOMPARE(run.result->error().kind, ApiError::Kind::Config);
    QVERIFY2(run.result->error().toDisplayString().startsWith(UpstreamCheck::displayName(upstream)),
        qPrintable(describe(*run.result)));
    QVERIFY2(run.result->error().toDisplayString().endsWith(QStringLiteral("is not configured correctly: ") + what),
        qPrintable(describe(*run.result)));
    QCOMPARE(run.requestId, HttpClient::RequestId(0));
}

void TestUpstreamCheck::mauticSecretMustBeUserColonPassword()
{
    CheckRun run;
    run.run(*m_client, input(QStringLiteral("mautic"), "just-a-password"));
    QVERIFY(run.result && !run.result->hasValue());
    QCOMPARE(run.result->error().kind, ApiError::Kind::Config);
    QVERIFY(run.result->error().toDisplayString().endsWith(
        QStringLiteral("the Mautic secret must be a Mautic user and password written as user:password")));
}

void TestUpstreamCheck::mauticTestAcceptsAClientUrl()
{
    UpstreamCheck::Input in = input(QStringLiteral("mautic"), "admin:fleetdeck-sim");
    in.config.url = QUrl(QStringLiteral("https://unused.invalid"));
    in.mauticTenant = m_sim->url(QStringLiteral("/mautic/") + firstSlug() + QLatin1Char('/')).toString();
    CheckRun run;
    run.run(*m_client, in);
    QVERIFY(run.result);
    QVERIFY2(run.result->hasValue(), qPrintable(describe(*run.result)));
    QVERIFY(run.result->value().startsWith(
        QStringLiteral("Mautic at %1 accepted").arg(m_sim->url(QStringLiteral("/mautic/") + firstSlug()).toString())));

    in.mauticTenant = QStringLiteral("not a slug/");
    CheckRun bad;
    bad.run(*m_client, in);
    QVERIFY(bad.result && !bad.result->hasValue());
    QCOMPARE(bad.result->error().kind, ApiError::Kind::Config);
}

void TestUpstreamCheck::mauticUnknownClientIsNotFound()
{
    UpstreamCheck::Input in = input(QStringLiteral("mautic"), "admin:fleetdeck-sim");
    in.mauticTenant = QStringLiteral("no-such-client");
    CheckRun run;
    run.run(*m_client, in);
    QVERIFY(run.result && !run.result->hasValue());
    QCOMPARE(run.result->error().kind, ApiError::Kind::Http);
    QCOMPARE(run.result->error().httpStatus, 404);
    QVERIFY(run.result->error().toDisplayString().contains(QStringLiteral("/mautic/no-such-client/api/contacts")));
}

void TestUpstreamCheck::evolutionWarnsWhenTheServerRunsWithItsDefaultKey()
{
    Testing::SimFixture insecure;
    Sim::SimOptions options;
    options.secret = QString::fromLatin1(UpstreamCheck::kEvolutionDefaultKey);
    QString error;
    QVERIFY2(insecure.start(options, &error), qPrintable(error));
    UpstreamCheck::Input in = input(QStringLiteral("evolution"), UpstreamCheck::kEvolutionDefaultKey);
    in.config.url = insecure.url(QStringLiteral("/evolution"));
    CheckRun run;
    run.run(*m_client, in);
    QVERIFY(run.result);
    QVERIFY2(run.result->hasValue(), qPrintable(describe(*run.result)));
    QCOMPARE(run.result->value(),
        QStringLiteral("Evolution API at %1 accepted the global API key. Warning: the server runs with Evolution's "
                       "well-known default key (BQYHJGJHJ), so anyone who can reach it can control it. Set "
                       "AUTHENTICATION_API_KEY on the server and store the new key here.")
            .arg(in.config.url.toString()));
    QVERIFY(UpstreamCheck::keyWarning(QStringLiteral("evolution"), UpstreamCheck::kEvolutionDefaultKey));
    QVERIFY(!UpstreamCheck::keyWarning(QStringLiteral("evolution"), "fleetdeck-sim"));
}

void TestUpstreamCheck::stripeRecommendsARestrictedKeyForAnSkKey()
{
    Testing::SimFixture sim;
    Sim::SimOptions options;
    options.secret = QStringLiteral("sk_test_51Hfleetdeck");
    QString error;
    QVERIFY2(sim.start(options, &error), qPrintable(error));
    UpstreamCheck::Input in = input(QStringLiteral("stripe"), options.secret.toUtf8());
    in.config.url = sim.url(QStringLiteral("/stripe"));
    CheckRun run;
    run.run(*m_client, in);
    QVERIFY(run.result);
    QVERIFY2(run.result->hasValue(), qPrintable(describe(*run.result)));
    QCOMPARE(run.result->value(),
        QStringLiteral("Stripe at %1 accepted the key. It is a test-mode key, so Fleetdeck will show test data, not "
                       "live billing. Warning: this is a full-access secret key (sk_…). A restricted key (rk_…) "
                       "with read access is safer for Fleetdeck.")
            .arg(in.config.url.toString()));
}

void TestUpstreamCheck::stripeRestrictedKeyHasNoWarning()
{
    Testing::SimFixture sim;
    Sim::SimOptions options;
    options.secret = QStringLiteral("rk_live_51Hfleetdeck");
    QString error;
    QVERIFY2(sim.start(options, &error), qPrintable(error));
    UpstreamCheck::Input in = input(QStringLiteral("stripe"), options.secret.toUtf8());
    in.config.url = sim.url(QStringLiteral("/stripe/"));
    CheckRun run;
    run.run(*m_client, in);
    QVERIFY(run.result);
    QVERIFY2(run.result->hasValue(), qPrintable(describe(*run.result)));
    QCOMPARE(run.result->value(),
        QStringLiteral("Stripe at %1 accepted the key.").arg(sim.url(QStringLiteral("/stripe")).toString()));
    QVERIFY(!UpstreamCheck::keyWarning(QStringLiteral("stripe"), options.secret.toUtf8()));
}

void TestUpstreamCheck::answerFromAnotherServiceIsNotASuccess()
{
    // A 200 that is not the upstream's API (a login page, another service) must not pass the test.
    UpstreamCheck::Input in = input(QStringLiteral("n8n"), "key");
    HttpResponse page;
    page.status = 200;
    page.body = QByteArrayLiteral("<!DOCTYPE html><html><body>n8n editor</body></html>");
    page.url = QUrl(QStringLiteral("https://n8n.example.com/api/v1/workflows?limit=1"));
    const Result<QString> result = UpstreamCheck::interpret(in, page);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind, ApiError::Kind::Decode);
    QVERIFY2(result.error().toDisplayString().contains(QStringLiteral("is the URL the n8n base URL?")),
        qPrintable(result.error().toDisplayString()));

    // Over HTTP too: Prometheus asked at the Alertmanager's address answers 404.
    UpstreamCheck::Input wrong = input(QStringLiteral("prometheus"), {});
    wrong.config.url = m_sim->url(QStringLiteral("/alertmanager"));
    CheckRun run;
    run.run(*m_client, wrong);
    QVERIFY(run.result && !run.result->hasValue());
    QCOMPARE(run.result->error().kind, ApiError::Kind::Http);
    QCOMPARE(run.result->error().httpStatus, 404);
}

void TestUpstreamCheck::mauticForbiddenExplainsTheApiSettings()
{
    ApiError forbidden = ApiError::make(ApiError::Kind::Unauthorized, QStringLiteral("API authorization denied."), 403);
    forbidden.source = QStringLiteral("Mautic");
    const ApiError explained = UpstreamCheck::explainFailure(input(QStringLiteral("mautic"), "a:b"), forbidden);
    QCOMPARE(explained.kind, ApiError::Kind::Config);
    QVERIFY(explained.toDisplayString().contains(QStringLiteral("HTTP basic auth")));
    // Other upstreams keep their refusal as it is.
    QCOMPARE(
        UpstreamCheck::explainFailure(input(QStringLiteral("n8n"), "a"), forbidden).kind, ApiError::Kind::Unauthorized);
}

void TestUpstreamCheck::sendsTheUpstreamsRealAuthentication()
{
    struct Case
    {
        const char* upstream;
        QByteArray secret;
        QByteArray method;
        QString path;
        Credential::Scheme scheme;
        QByteArray header;
    };
    const QList<Case> cases = {
        {"evolution", "k", "POST", QStringLiteral("/evolution/verify-creds"), Credential::Scheme::HeaderKey, "apikey"},
        {"n8n", "k", "GET", QStringLiteral("/n8n/api/v1/workflows"), Credential::Scheme::HeaderKey, "X-N8N-API-KEY"},
        {"stripe", "k", "GET", QStringLiteral("/stripe/v1/customers"), Credential::Scheme::Bearer, {}},
        {"prometheus", {}, "GET", QStringLiteral("/prometheus/api/v1/status/buildinfo"), Credential::Scheme::None, {}},
        {"prometheus", "u:p", "GET", QStringLiteral("/prometheus/api/v1/status/buildinfo"), Credential::Scheme::Basic,
            {}},
        {"alertmanager", {}, "GET", QStringLiteral("/alertmanager/api/v2/status"), Credential::Scheme::None, {}},
        {"mautic", "admin:pw", "GET", QStringLiteral("/mautic/%1/api/contacts"), Credential::Scheme::Basic, {}},
    };
    for (const Case& c : cases) {
        const auto request = UpstreamCheck::buildRequest(input(QLatin1String(c.upstream), c.secret));
        QVERIFY(request);
        QCOMPARE(request->method, c.method);
        QCOMPARE(request->url.path(), c.path.arg(firstSlug()));
        QCOMPARE(request->credential.scheme, c.scheme);
        QCOMPARE(request->credential.headerName, c.header);
        QCOMPARE(request->maxRetries, 0);
        QCOMPARE(request->source, UpstreamCheck::displayName(QLatin1String(c.upstream)));
    }
    const auto mautic = UpstreamCheck::buildRequest(input(QStringLiteral("mautic"), "admin:pa:ss"));
    QCOMPARE(mautic->credential.user, QByteArray("admin"));
    QCOMPARE(mautic->credential.value, QByteArray("pa:ss"));
    QCOMPARE(mautic->url.query(), QStringLiteral("limit=1"));
}

void TestUpstreamCheck::neverRetries()
{
    QVERIFY(m_sim->addFault(
                QByteArrayLiteral(R"({"path":"/n8n/api/v1/workflows","kind":"status","status":503,"count":-1})"))
        > 0);
    int planned = 0;
    m_client->setDelayHook([&planned](std::chrono::milliseconds) {
        ++planned;
        return std::chrono::milliseconds(0);
    });
    CheckRun run;
    run.run(*m_client, input(QStringLiteral("n8n"), "fleetdeck-sim"));
    QVERIFY(run.result && !run.result->hasValue());
    QCOMPARE(run.result->error().kind, ApiError::Kind::Http);
    QCOMPARE(run.result->error().httpStatus, 503);
    QCOMPARE(planned, 0);
}

void TestUpstreamCheck::dropsTheAnswerWhenTheContextDies()
{
    bool called = false;
    UpstreamCheck check(m_client.get());
    {
        QObject context;
        check.run(
            input(QStringLiteral("n8n"), "fleetdeck-sim"), &context, [&called](Result<QString>) { called = true; });
        check.run(input(QStringLiteral("n8n"), {}), &context, [&called](Result<QString>) { called = true; });
    }
    QTest::qWait(300); // long enough for both answers to have arrived, had the context lived
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestUpstreamCheck)
#include "tst_upstreamcheck.moc"
