// AlertmanagerClient over real HTTP against the simulator: alerts with their fingerprints and states, filters,
// groups, the silence lifecycle (create -> alert suppressed -> expire -> active again, update in place or
// replace), Alertmanager's own refusals as plain strings, and every transport fault as a clear ApiError.
#include "core/connectors/alertmanager/alertmanagerclient.h"
#include "sim/faultinjector.h"
#include "sim/simfleet.h"
#include "sim/simulator.h"

#include "tests/support/simfixture.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <chrono>

using namespace Fleetdeck;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Fleetdeck::SilenceMatcher)

class CallContext : public QObject
{
    Q_OBJECT
signals:
    void done();
};

namespace {

template <typename T, typename Start> std::optional<Result<T>> await(Start start, int timeoutMs = 20000)
{
    CallContext context;
    std::optional<Result<T>> result;
    start(&context, [&result, &context](Result<T> r) {
        result = std::move(r);
        emit context.done();
    });
    if (!result) {
        QSignalSpy spy(&context, &CallContext::done);
        spy.wait(timeoutMs);
    }
    return result;
}

QString describe(const ApiError& error)
{
    return ApiError::kindName(error.kind) + QLatin1Char(' ') + QString::number(error.httpStatus) + QLatin1Char(' ')
        + error.message;
}

const ExternalAlert* named(
    const QList<ExternalAlert>& alerts, const QString& name, const QString& label = {}, const QString& value = {})
{
    for (const ExternalAlert& alert : alerts) {
        if (alert.name() == name && (label.isEmpty() || alert.labels.value(label) == value))
            return &alert;
    }
    return nullptr;
}

SilenceMatcher equal(const char* name, const QString& value)
{
    return SilenceMatcher{QLatin1String(name), value, false, true};
}

} // namespace

class TestAlertmanagerClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void alertsAreFiringWithFingerprintsAndAFutureEnd();
    void theSeededSilenceSuppressesTheLegacyExporter();
    void filtersSelectAlerts();
    void groupsFollowTheRoute();
    void silenceLifecycle();
    void updatingASilenceKeepsOrReplacesIt();
    void invalidSilencesAreRefusedBeforeSending_data();
    void invalidSilencesAreRefusedBeforeSending();
    void alertmanagerRefusalsArePlainStrings();
    void unknownSilences();
    void criticalAlertInhibitsAWarningOnTheSameInstance();

    void alertmanagerDownIsANetworkError();
    void slowAlertmanagerIsATimeout();
    void serverErrorWithAPlainStringBody();
    void rateLimitKeepsRetryAfter();
    void unavailableWithRetryAfterWaitsAsAsked();
    void malformedTruncatedAndHugeBodies_data();
    void malformedTruncatedAndHugeBodies();
    void proxyHtmlErrorSaysSo();
    void creatingASilenceIsNeverRetried();

private:
    AlertmanagerClient client(AlertmanagerClient::Options options = {}) const;
    QList<ExternalAlert> alerts(const AlertmanagerClient::AlertFilter& filter = {});

    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<HttpClient> m_http;
    QList<std::chrono::milliseconds> m_plannedDelays;
};

AlertmanagerClient TestAlertmanagerClient::client(AlertmanagerClient::Options options) const
{
    if (options.url.isEmpty())
        options.url = m_sim->url(QStringLiteral("/alertmanager"));
    return AlertmanagerClient(m_http.get(), std::move(options));
}

QList<ExternalAlert> TestAlertmanagerClient::alerts(const AlertmanagerClient::AlertFilter& filter)
{
    AlertmanagerClient c = client();
    const auto result = await<QList<ExternalAlert>>([&](const QObject* ctx, auto cb) { c.alerts(filter, ctx, cb); });
    if (!result || !result->hasValue()) {
        qWarning() << "alerts failed" << (result ? describe(result->error()) : QStringLiteral("no answer"));
        return {};
    }
    return result->value();
}

void TestAlertmanagerClient::initTestCase()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    Sim::SimOptions options;
    options.tenants = 40;
    options.latencyScale = 0;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
}

void TestAlertmanagerClient::init()
{
    m_sim->clearFaults();
    m_plannedDelays.clear();
    m_http = std::make_unique<HttpClient>();
    m_http->setDelayHook([this](std::chrono::milliseconds planned) {
        m_plannedDelays << planned;
        return 0ms;
    });
}

void TestAlertmanagerClient::cleanup()
{
    m_sim->clearFaults();
    m_http.reset();
}

void TestAlertmanagerClient::alertsAreFiringWithFingerprintsAndAFutureEnd()
{
    const QList<ExternalAlert> list = alerts();
    QVERIFY(list.size() >= 6);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16}$"));
    QString previous;
    for (const ExternalAlert& alert : list) {
        QVERIFY2(hex.match(alert.fingerprint).hasMatch(), qPrintable(alert.fingerprint));
        QVERIFY(alert.fingerprint > previous); // Alertmanager lists them by fingerprint
        previous = alert.fingerprint;
        QVERIFY(alert.startsAt.isValid());
        QVERIFY(alert.endsAt > alert.updatedAt); // firing: a future end
        QVERIFY(alert.state != ExternalAlert::State::Unprocessed);
        QVERIFY(!alert.receivers.isEmpty());
        QVERIFY(alert.generatorUrl.contains(QStringLiteral("/prometheus/graph?g0.expr=")));
        QVERIFY(!alert.summary().isEmpty());
    }
    const Sim::Simulator& sim = m_sim->simulator();
    const ExternalAlert* disk = named(list, QStringLiteral("DiskUsageHigh"));
    QVERIFY(disk);
    QCOMPARE(disk->labels.value(QStringLiteral("instance")), sim.nearFullHost() + QStringLiteral(":9100"));
    QCOMPARE(disk->labels.value(QStringLiteral("mountpoint")), QStringLiteral("/"));
    QCOMPARE(disk->severity(), QStringLiteral("warning"));
    QCOMPARE(disk->receivers, QStringList{QStringLiteral("n8n-tickets")});
    QVERIFY(disk->annotations.value(QStringLiteral("description")).contains(QStringLiteral("92%")));
    const ExternalAlert* backup = named(list, QStringLiteral("BackupStale"));
    QVERIFY(backup);
    QCOMPARE(backup->labels.value(QStringLiteral("tenant")), sim.staleBackupTenant());
    const ExternalAlert* probe = named(list, QStringLiteral("ProbeFailed"), QStringLiteral("tenant"),
        sim.fleet().slugsWithMode(Sim::HealthMode::Down).first());
    QVERIFY(probe);
    QCOMPARE(probe->receivers, QStringList{QStringLiteral("n8n-oncall")});
}

void TestAlertmanagerClient::theSeededSilenceSuppressesTheLegacyExporter()
{
    const QList<ExternalAlert> list = alerts();
    const ExternalAlert* legacy =
        named(list, QStringLiteral("TargetDown"), QStringLiteral("job"), QStringLiteral("legacy-billing-exporter"));
    QVERIFY(legacy);
    QCOMPARE(legacy->state, ExternalAlert::State::Suppressed);
    QCOMPARE(legacy->silencedBy, QStringList{m_sim->simulator().seededSilenceId()});

    AlertmanagerClient c = client();
    const auto silences = await<QList<Silence>>([&](const QObject* ctx, auto cb) { c.silences(ctx, cb); });
    QVERIFY(silences && silences->hasValue());
    QVERIFY(!silences->value().isEmpty());
    const Silence& seeded = silences->value().first();
    QCOMPARE(seeded.id, m_sim->simulator().seededSilenceId());
    QCOMPARE(seeded.state, Silence::State::Active);
    QCOMPARE(seeded.matchers.size(), 2);
}

void TestAlertmanagerClient::filtersSelectAlerts()
{
    const int all = int(alerts().size());
    AlertmanagerClient::AlertFilter onlySuppressed;
    onlySuppressed.active = false;
    const QList<ExternalAlert> suppressed = alerts(onlySuppressed);
    QVERIFY(!suppressed.isEmpty());
    for (const ExternalAlert& alert : suppressed)
        QCOMPARE(alert.state, ExternalAlert::State::Suppressed);

    AlertmanagerClient::AlertFilter notSilenced;
    notSilenced.silenced = false;
    const QList<ExternalAlert> loud = alerts(notSilenced);
    QCOMPARE(loud.size() + suppressed.size(), all);
    for (const ExternalAlert& alert : loud)
        QVERIFY(alert.silencedBy.isEmpty());

    AlertmanagerClient::AlertFilter byName;
    byName.matchers = {equal("alertname", QStringLiteral("DiskUsageHigh"))};
    QCOMPARE(alerts(byName).size(), 1);
    byName.matchers = {SilenceMatcher{QStringLiteral("alertname"), QStringLiteral("Probe.*|Target.*"), true, true},
        SilenceMatcher{QStringLiteral("severity"), QStringLiteral("warning"), false, false}};
    for (const ExternalAlert& alert : alerts(byName))
        QCOMPARE(alert.severity(), QStringLiteral("critical"));

    AlertmanagerClient::AlertFilter tickets;
    tickets.receiver = QStringLiteral("n8n-tick.*");
    const QList<ExternalAlert> warnings = alerts(tickets);
    QVERIFY(!warnings.isEmpty());
    for (const ExternalAlert& alert : warnings)
        QCOMPARE(alert.severity(), QStringLiteral("warning"));
}

void TestAlertmanagerClient::groupsFollowTheRoute()
{
    AlertmanagerClient c = client();
    const auto groups = await<QList<AlertGroup>>([&](const QObject* ctx, auto cb) { c.alertGroups({}, ctx, cb); });
    QVERIFY(groups && groups->hasValue());
    int total = 0;
    for (const AlertGroup& group : groups->value()) {
        QCOMPARE(group.labels.keys(), (QStringList{QStringLiteral("alertname"), QStringLiteral("severity")}));
        QCOMPARE(group.receiver,
            group.labels.value(QStringLiteral("severity")) == QLatin1String("warning") ? QStringLiteral("n8n-tickets")
                                                                                       : QStringLiteral("n8n-oncall"));
        for (const ExternalAlert& alert : group.alerts)
            QCOMPARE(alert.name(), group.labels.value(QStringLiteral("alertname")));
        total += int(group.alerts.size());
    }
    QCOMPARE(total, int(alerts().size()));
}

void TestAlertmanagerClient::silenceLifecycle()
{
    AlertmanagerClient c = client();
    const QDateTime now = m_sim->simulator().currentTime();
    const QString host = m_sim->simulator().nearFullHost() + QStringLiteral(":9100");
    const auto created = await<QString>([&](const QObject* ctx, auto cb) {
        c.createSilence({equal("alertname", QStringLiteral("DiskUsageHigh")), equal("instance", host)}, now,
            now.addSecs(2 * 3600), QStringLiteral("admin-console"), QStringLiteral("cleaning up old logs"), ctx, cb);
    });
    QVERIFY(created);
    QVERIFY2(created->hasValue(), qPrintable(created->hasValue() ? QString() : describe(created->error())));
    const QString id = created->value();
    QVERIFY(!id.isEmpty());

    const ExternalAlert* disk = nullptr;
    QList<ExternalAlert> list = alerts();
    disk = named(list, QStringLiteral("DiskUsageHigh"));
    QVERIFY(disk);
    QCOMPARE(disk->state, ExternalAlert::State::Suppressed);
    QCOMPARE(disk->silencedBy, QStringList{id});

    auto silences = await<QList<Silence>>([&](const QObject* ctx, auto cb) { c.silences(ctx, cb); });
    QVERIFY(silences && silences->hasValue());
    const Silence* mine = nullptr;
    for (const Silence& silence : silences->value()) {
        if (silence.id == id)
            mine = &silence;
    }
    QVERIFY(mine);
    QCOMPARE(mine->state, Silence::State::Active);
    QCOMPARE(mine->createdBy, QStringLiteral("admin-console"));
    QCOMPARE(mine->matchers.size(), 2);

    const auto expired = await<Done>([&](const QObject* ctx, auto cb) { c.expireSilence(id, ctx, cb); });
    QVERIFY(expired);
    QVERIFY2(expired->hasValue(), qPrintable(expired->hasValue() ? QString() : describe(expired->error())));
    list = alerts();
    disk = named(list, QStringLiteral("DiskUsageHigh"));
    QVERIFY(disk);
    QCOMPARE(disk->state, ExternalAlert::State::Active);
    QVERIFY(disk->silencedBy.isEmpty());

    silences = await<QList<Silence>>([&](const QObject* ctx, auto cb) { c.silences(ctx, cb); });
    QVERIFY(silences && silences->hasValue());
    bool sawExpired = false;
    for (const Silence& silence : silences->value())
        sawExpired = sawExpired || (silence.id == id && silence.state == Silence::State::Expired);
    QVERIFY(sawExpired);
    // Expiring it again (a retried DELETE) is still what was asked.
    const auto again = await<Done>([&](const QObject* ctx, auto cb) { c.expireSilence(id, ctx, cb); });
    QVERIFY(again && again->hasValue());
}

void TestAlertmanagerClient::updatingASilenceKeepsOrReplacesIt()
{
    AlertmanagerClient c = client();
    const QDateTime now = m_sim->simulator().currentTime();
    Silence silence;
    silence.matchers = {equal("alertname", QStringLiteral("BackupStale"))};
    silence.startsAt = now;
    silence.endsAt = now.addSecs(3600);
    silence.createdBy = QStringLiteral("admin-console");
    silence.comment = QStringLiteral("restoring the backup job");
    const auto created = await<QString>([&](const QObject* ctx, auto cb) { c.updateSilence(silence, ctx, cb); });
    QVERIFY(created && created->hasValue());
    silence.id = created->value();

    // Same matchers: updated in place.
    silence.comment = QStringLiteral("restoring the backup job, ETA tonight");
    silence.endsAt = now.addSecs(7200);
    const auto updated = await<QString>([&](const QObject* ctx, auto cb) { c.updateSilence(silence, ctx, cb); });
    QVERIFY(updated && updated->hasValue());
    QCOMPARE(updated->value(), silence.id);

    // Other matchers: Alertmanager expires the old one and answers a new id.
    silence.matchers.append(equal("severity", QStringLiteral("warning")));
    const auto replaced = await<QString>([&](const QObject* ctx, auto cb) { c.updateSilence(silence, ctx, cb); });
    QVERIFY(replaced && replaced->hasValue());
    QVERIFY(replaced->value() != silence.id);

    const auto silences = await<QList<Silence>>([&](const QObject* ctx, auto cb) { c.silences(ctx, cb); });
    QVERIFY(silences && silences->hasValue());
    for (const Silence& s : silences->value()) {
        if (s.id == silence.id)
            QCOMPARE(s.state, Silence::State::Expired);
        if (s.id == replaced->value()) {
            QCOMPARE(s.state, Silence::State::Active);
            QCOMPARE(s.comment, QStringLiteral("restoring the backup job, ETA tonight"));
        }
    }
    const auto cleanup = await<Done>([&](const QObject* ctx, auto cb) { c.expireSilence(replaced->value(), ctx, cb); });
    QVERIFY(cleanup && cleanup->hasValue());
}

void TestAlertmanagerClient::invalidSilencesAreRefusedBeforeSending_data()
{
    QTest::addColumn<QList<SilenceMatcher>>("matchers");
    QTest::addColumn<int>("startOffset");
    QTest::addColumn<int>("endOffset");
    QTest::addColumn<QString>("createdBy");
    QTest::addColumn<QString>("comment");
    const QList<SilenceMatcher> good = {equal("alertname", QStringLiteral("DiskUsageHigh"))};
    QTest::newRow("no matcher") << QList<SilenceMatcher>{} << 0 << 3600 << "me"
                                << "why";
    QTest::newRow("bad label name") << QList<SilenceMatcher>{equal("1st", QStringLiteral("x"))} << 0 << 3600 << "me"
                                    << "why";
    QTest::newRow("bad regex") << QList<SilenceMatcher>{SilenceMatcher{
        QStringLiteral("job"), QStringLiteral("(("), true, true}}
                               << 0 << 3600 << "me"
                               << "why";
    QTest::newRow("matches everything") << QList<SilenceMatcher>{SilenceMatcher{
        QStringLiteral("job"), QStringLiteral(".*"), true, true}}
                                        << 0 << 3600 << "me"
                                        << "why";
    QTest::newRow("empty value") << QList<SilenceMatcher>{equal("job", QString())} << 0 << 3600 << "me"
                                 << "why";
    QTest::newRow("ends before it starts") << good << 3600 << 60 << "me"
                                           << "why";
    QTest::newRow("ended already") << good << -7200 << -3600 << "me"
                                   << "why";
    QTest::newRow("no author") << good << 0 << 3600 << ""
                               << "why";
    QTest::newRow("no comment") << good << 0 << 3600 << "me"
                                << " ";
}

void TestAlertmanagerClient::invalidSilencesAreRefusedBeforeSending()
{
    QFETCH(QList<SilenceMatcher>, matchers);
    QFETCH(int, startOffset);
    QFETCH(int, endOffset);
    QFETCH(QString, createdBy);
    QFETCH(QString, comment);
    AlertmanagerClient c = client();
    const QDateTime now = m_sim->simulator().currentTime();
    const auto result = await<QString>([&](const QObject* ctx, auto cb) {
        return c.createSilence(matchers, now.addSecs(startOffset), now.addSecs(endOffset), createdBy, comment, ctx, cb);
    });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Config);
    QCOMPARE(result->error().source, QStringLiteral("Alertmanager"));
    QVERIFY(!result->error().toDisplayString().isEmpty());
}

void TestAlertmanagerClient::alertmanagerRefusalsArePlainStrings()
{
    // Alertmanager's clock runs a day ahead of ours: a silence for the next hour is already over there, and it
    // says so in a plain JSON string with a 400.
    m_sim->simulator().advanceClockMsecs(24LL * 3600 * 1000);
    AlertmanagerClient c = client();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto result = await<QString>([&](const QObject* ctx, auto cb) {
        c.createSilence({equal("alertname", QStringLiteral("DiskUsageHigh"))}, now, now.addSecs(3600),
            QStringLiteral("me"), QStringLiteral("too late"), ctx, cb);
    });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().source, QStringLiteral("Alertmanager"));
    // Over QNetworkAccessManager (POST) HttpClient still reports an HTTP 400 as a network failure with the reply's
    // "server replied: Bad Request"; once it keeps HTTP answers as answers this is Alertmanager's own sentence.
    const ApiError& error = result->error();
    const bool answered = error.kind == ApiError::Kind::Http && error.httpStatus == 400
        && error.message == QLatin1String("Failed to create silence: end time can't be in the past");
    const bool mangled = error.kind == ApiError::Kind::Network && error.message.contains(QStringLiteral("Bad Request"));
    QVERIFY2(answered || mangled, qPrintable(describe(error)));
    QVERIFY(m_plannedDelays.isEmpty()); // never retried
}

void TestAlertmanagerClient::unknownSilences()
{
    AlertmanagerClient c = client();
    const QDateTime now = m_sim->simulator().currentTime();
    Silence silence;
    silence.id = QStringLiteral("0b0b0b0b-0000-4000-8000-000000000000");
    silence.matchers = {equal("alertname", QStringLiteral("DiskUsageHigh"))};
    silence.startsAt = now;
    silence.endsAt = now.addSecs(60);
    silence.createdBy = QStringLiteral("me");
    silence.comment = QStringLiteral("x");
    const auto update = await<QString>([&](const QObject* ctx, auto cb) { c.updateSilence(silence, ctx, cb); });
    QVERIFY(update && !update->hasValue());
    QCOMPARE(update->error().httpStatus, 404);
    QCOMPARE(update->error().message, QStringLiteral("silence not found"));

    const auto expire = await<Done>([&](const QObject* ctx, auto cb) { c.expireSilence(silence.id, ctx, cb); });
    QVERIFY(expire && !expire->hasValue());
    QCOMPARE(expire->error().httpStatus, 404);
    QVERIFY(expire->error().message.contains(silence.id));

    const auto invalid =
        await<Done>([&](const QObject* ctx, auto cb) { c.expireSilence(QStringLiteral("not-a-uuid"), ctx, cb); });
    QVERIFY(invalid && !invalid->hasValue());
    QCOMPARE(invalid->error().httpStatus, 422);
    QVERIFY(invalid->error().message.contains(QStringLiteral("must be of type uuid")));

    const auto empty = await<Done>([&](const QObject* ctx, auto cb) { c.expireSilence(QString(), ctx, cb); });
    QVERIFY(empty && !empty->hasValue());
    QCOMPARE(empty->error().kind, ApiError::Kind::Config);
}

void TestAlertmanagerClient::criticalAlertInhibitsAWarningOnTheSameInstance()
{
    Sim::Simulator& sim = m_sim->simulator();
    const QString slug = sim.tlsTenant(1); // certificate expires in 5 days: SSLCertExpiringSoon (warning)
    QVERIFY(!slug.isEmpty());
    const QString instance = sim.healthUrl(slug).toString();
    QVERIFY(m_sim->setTenantHealthMode(slug, QStringLiteral("down")));
    // ProbeFailed needs 30 s before it fires: pending first, so nothing is inhibited yet.
    QList<ExternalAlert> list = alerts();
    QVERIFY(!named(list, QStringLiteral("ProbeFailed"), QStringLiteral("instance"), instance));
    const ExternalAlert* warning =
        named(list, QStringLiteral("SSLCertExpiringSoon"), QStringLiteral("instance"), instance);
    QVERIFY(warning);
    QCOMPARE(warning->state, ExternalAlert::State::Active);

    sim.advanceClockMsecs(31 * 1000);
    list = alerts();
    QVERIFY(m_sim->setTenantHealthMode(slug, QStringLiteral("auto")));
    const ExternalAlert* critical = named(list, QStringLiteral("ProbeFailed"), QStringLiteral("instance"), instance);
    QVERIFY(critical);
    warning = named(list, QStringLiteral("SSLCertExpiringSoon"), QStringLiteral("instance"), instance);
    QVERIFY(warning);
    QCOMPARE(warning->state, ExternalAlert::State::Suppressed);
    QCOMPARE(warning->inhibitedBy, QStringList{critical->fingerprint});
    QVERIFY(warning->silencedBy.isEmpty());
    // Back up: the probe alert resolves and the warning is active again.
    list = alerts();
    QVERIFY(!named(list, QStringLiteral("ProbeFailed"), QStringLiteral("instance"), instance));
    QCOMPARE(named(list, QStringLiteral("SSLCertExpiringSoon"), QStringLiteral("instance"), instance)->state,
        ExternalAlert::State::Active);
}

void TestAlertmanagerClient::alertmanagerDownIsANetworkError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    AlertmanagerClient::Options options;
    options.url = QUrl(QStringLiteral("http://127.0.0.1:%1/alertmanager").arg(port));
    AlertmanagerClient c = client(options);
    const auto result = await<QList<ExternalAlert>>([&](const QObject* ctx, auto cb) { c.alerts({}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Network);
    QCOMPARE(result->error().source, QStringLiteral("Alertmanager"));
}

void TestAlertmanagerClient::slowAlertmanagerIsATimeout()
{
    QVERIFY(m_sim->addFault(
                QByteArrayLiteral(R"({"path":"/alertmanager/api/v2/silences","kind":"latency","latencyMs":5000})"))
        > 0);
    AlertmanagerClient::Options options;
    options.timeout = 300ms;
    options.maxRetries = 0;
    AlertmanagerClient c = client(options);
    const auto result = await<QList<Silence>>([&](const QObject* ctx, auto cb) { c.silences(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
}

void TestAlertmanagerClient::serverErrorWithAPlainStringBody()
{
    // The body is a JSON string, as Alertmanager's errors are.
    QVERIFY(m_sim->addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/alertmanager/api/v2/alerts")},
                {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 500},
                {QStringLiteral("body"), QStringLiteral("\"failed to get alerts: store closed\"")}})
        > 0);
    AlertmanagerClient c = client();
    const auto result = await<QList<ExternalAlert>>([&](const QObject* ctx, auto cb) { c.alerts({}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Http);
    QCOMPARE(result->error().httpStatus, 500);
    QCOMPARE(result->error().message, QStringLiteral("failed to get alerts: store closed"));
    QCOMPARE(m_plannedDelays.size(), c.options().maxRetries); // a read is retried
}

void TestAlertmanagerClient::rateLimitKeepsRetryAfter()
{
    QVERIFY(m_sim->addFault(
                QByteArrayLiteral(R"({"path":"/alertmanager/api/v2/alerts","kind":"ratelimit","retryAfter":3})"))
        > 0);
    AlertmanagerClient c = client();
    const auto result = await<QList<ExternalAlert>>([&](const QObject* ctx, auto cb) { c.alerts({}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(result->error().retryAfterSeconds, 3);
    QVERIFY(m_plannedDelays.contains(3000ms));
}

void TestAlertmanagerClient::unavailableWithRetryAfterWaitsAsAsked()
{
    QVERIFY(m_sim->addFault(QByteArrayLiteral(
                R"({"path":"/alertmanager/api/v2/silences","kind":"status","status":503,"retryAfter":4})"))
        > 0);
    AlertmanagerClient c = client();
    const auto result = await<QList<Silence>>([&](const QObject* ctx, auto cb) { c.silences(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().httpStatus, 503);
    QCOMPARE(result->error().retryAfterSeconds, 4);
    QCOMPARE(result->error().message, QStringLiteral("Service Unavailable")); // Alertmanager's shape: a JSON string
    QVERIFY(m_plannedDelays.contains(4000ms));
}

void TestAlertmanagerClient::malformedTruncatedAndHugeBodies_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<qint64>("maxBodyBytes");
    QTest::addColumn<QList<int>>("kinds");
    QTest::newRow("malformed") << QByteArray(R"({"path":"/alertmanager/api/v2/alerts","kind":"malformed"})")
                               << qint64(0) << QList<int>{int(ApiError::Kind::Decode)};
    QTest::newRow("truncated") << QByteArray(R"({"path":"/alertmanager/api/v2/alerts","kind":"truncated"})")
                               << qint64(0) << QList<int>{int(ApiError::Kind::Network), int(ApiError::Kind::Decode)};
    QTest::newRow("huge") << QByteArray(R"({"path":"/alertmanager/api/v2/alerts","kind":"huge","bytes":2097152})")
                          << qint64(1024 * 1024) << QList<int>{int(ApiError::Kind::TooLarge)};
    QTest::newRow("huge under the cap") << QByteArray(
        R"({"path":"/alertmanager/api/v2/alerts","kind":"huge","bytes":65536})")
                                        << qint64(0) << QList<int>{int(ApiError::Kind::Decode)};
    QTest::newRow("reset") << QByteArray(R"({"path":"/alertmanager/api/v2/alerts","kind":"reset"})") << qint64(0)
                           << QList<int>{int(ApiError::Kind::Network)};
}

void TestAlertmanagerClient::malformedTruncatedAndHugeBodies()
{
    QFETCH(QByteArray, fault);
    QFETCH(qint64, maxBodyBytes);
    QFETCH(QList<int>, kinds);
    QVERIFY(m_sim->addFault(fault) > 0);
    AlertmanagerClient::Options options;
    if (maxBodyBytes > 0)
        options.maxBodyBytes = maxBodyBytes;
    AlertmanagerClient c = client(options);
    const auto result = await<QList<ExternalAlert>>([&](const QObject* ctx, auto cb) { c.alerts({}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QVERIFY2(kinds.contains(int(result->error().kind)), qPrintable(describe(result->error())));
    QCOMPARE(result->error().source, QStringLiteral("Alertmanager"));
}

void TestAlertmanagerClient::proxyHtmlErrorSaysSo()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(
            R"({"path":"/alertmanager/api/v2/silences","kind":"status","status":502,"body":"<html><body>Bad Gateway</body></html>"})"))
        > 0);
    AlertmanagerClient c = client();
    const auto result = await<QList<Silence>>([&](const QObject* ctx, auto cb) { c.silences(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().httpStatus, 502);
    QVERIFY(result->error().message.contains(QStringLiteral("proxy")));
}

void TestAlertmanagerClient::creatingASilenceIsNeverRetried()
{
    QVERIFY(m_sim->addFault(QByteArrayLiteral(
                R"({"path":"/alertmanager/api/v2/silences","method":"POST","kind":"status","status":503})"))
        > 0);
    AlertmanagerClient c = client();
    const QDateTime now = m_sim->simulator().currentTime();
    const auto result = await<QString>([&](const QObject* ctx, auto cb) {
        c.createSilence({equal("alertname", QStringLiteral("DiskUsageHigh"))}, now, now.addSecs(60),
            QStringLiteral("me"), QStringLiteral("x"), ctx, cb);
    });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().httpStatus, 503);
    QVERIFY(m_plannedDelays.isEmpty());
    QCOMPARE(m_sim->simulator().faults().faults().first().hits, 1);
}

QTEST_GUILESS_MAIN(TestAlertmanagerClient)
#include "tst_alertmanagerclient.moc"
