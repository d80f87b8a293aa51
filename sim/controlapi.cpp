#include "sim/controlapi.h"

#include "sim/faultinjector.h"
#include "sim/router.h"
#include "sim/simfleet.h"
#include "sim/simulator.h"
#include "sim/simwhatsapp.h"
#include "sim/upstreamerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace Fleetdeck::Sim {

namespace {

SimResponse jsonObject(const QJsonObject& object, int status = 200)
{
    return SimResponse::json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

SimResponse controlError(int status, const QString& message)
{
    return UpstreamErrors::error(Upstream::Control, status, message);
}

std::optional<QJsonObject> bodyObject(const SimRequest& request, SimResponse* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        *error = controlError(400, QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

QJsonObject tenantHealth(const Simulator& simulator, const QString& slug)
{
    return {{QStringLiteral("slug"), slug}, {QStringLiteral("mode"), simulator.tenantHealthMode(slug)},
        {QStringLiteral("effective"), simulator.tenantEffectiveHealth(slug)},
        {QStringLiteral("url"), simulator.healthUrl(slug).toString()}};
}

QJsonObject hostState(const Simulator& simulator, const QString& name)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("port"), simulator.hostPort(name)},
        {QStringLiteral("up"), !simulator.isHostDown(name)}};
}

// An empty body is {} (every field of the Evolution control routes is optional).
std::optional<QJsonObject> optionalBodyObject(const SimRequest& request, SimResponse* error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject{};
    return bodyObject(request, error);
}

QJsonValue nullable(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject evolutionEntry(SimWhatsApp& whatsApp, SimWhatsApp::Instance& instance)
{
    const bool ready = instance.pairing.active && instance.pairing.count > 0;
    return {{QStringLiteral("name"), instance.name}, {QStringLiteral("tenant"), nullable(instance.tenant)},
        {QStringLiteral("state"), SimWhatsApp::stateName(instance.state)}, {QStringLiteral("zombie"), instance.zombie},
        {QStringLiteral("code"), nullable(whatsApp.currentCode(instance))},
        {QStringLiteral("count"), instance.pairing.count},
        {QStringLiteral("pairingCode"), ready ? nullable(instance.pairing.pairingCode) : QJsonValue()},
        {QStringLiteral("ownerJid"), nullable(instance.ownerJid)},
        {QStringLiteral("connectionStatus"), instance.connectionStatus},
        {QStringLiteral("disconnectionReasonCode"),
            instance.disconnectionReasonCode ? QJsonValue(*instance.disconnectionReasonCode) : QJsonValue()},
        {QStringLiteral("withImage"), instance.withImage}, {QStringLiteral("deleting"), instance.deleteAtMs != 0}};
}

QJsonObject evolutionConfig(const SimWhatsApp::Config& config)
{
    return {{QStringLiteral("rotateMs"), config.rotateMs}, {QStringLiteral("limit"), config.limit},
        {QStringLiteral("notReadyMs"), config.notReadyMs}, {QStringLiteral("deleteDelayMs"), config.deleteDelayMs},
        {QStringLiteral("reconnectMs"), config.reconnectMs}};
}

SimResponse noInstance(const QString& name)
{
    return controlError(404, QStringLiteral("no Evolution instance \"%1\"").arg(name));
}

void installEvolution(Router& router, Simulator* sim)
{
    router.get(QStringLiteral("/_sim/evolution"), [sim](const SimRequest&, const QStringList&) {
        SimWhatsApp& whatsApp = sim->whatsApp();
        QJsonArray entries;
        for (SimWhatsApp::Instance* instance : whatsApp.instances())
            entries.append(evolutionEntry(whatsApp, *instance));
        return SimResponse::json(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    });
    // Registered before /_sim/evolution/<name>: an instance called "config" is not reachable here.
    router.get(QStringLiteral("/_sim/evolution/config"),
        [sim](const SimRequest&, const QStringList&) { return jsonObject(evolutionConfig(sim->whatsApp().config())); });
    router.post(QStringLiteral("/_sim/evolution/config"), [sim](const SimRequest& request, const QStringList&) {
        SimResponse error;
        const std::optional<QJsonObject> body = optionalBodyObject(request, &error);
        if (!body)
            return error;
        SimWhatsApp::Config config = sim->whatsApp().config();
        const struct
        {
            const char* key;
            int* value;
            int minimum;
        } fields[] = {{"rotateMs", &config.rotateMs, 1}, {"limit", &config.limit, 1},
            {"notReadyMs", &config.notReadyMs, 0}, {"deleteDelayMs", &config.deleteDelayMs, 0},
            {"reconnectMs", &config.reconnectMs, 0}};
        for (const auto& field : fields) {
            const QJsonValue value = body->value(QLatin1String(field.key));
            if (value.isUndefined())
                continue;
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number < field.minimum || number > 86400000 || number != double(qint64(number)))
                return controlError(400,
                    QStringLiteral("\"%1\" must be a whole number from %2 to 86400000")
                        .arg(QLatin1String(field.key))
                        .arg(field.minimum));
            *field.value = int(number);
        }
        sim->whatsApp().setConfig(config);
        return jsonObject(evolutionConfig(config));
    });
    router.get(QStringLiteral("/_sim/evolution/<name>"), [sim](const SimRequest&, const QStringList& captures) {
        SimWhatsApp::Instance* instance = sim->whatsApp().find(captures.at(0));
        if (!instance)
            return noInstance(captures.at(0));
        return jsonObject(evolutionEntry(sim->whatsApp(), *instance));
    });
    router.get(QStringLiteral("/_sim/evolution/<name>/config"), [sim](const SimRequest&, const QStringList& captures) {
        SimWhatsApp::Instance* instance = sim->whatsApp().find(captures.at(0));
        if (!instance)
            return noInstance(captures.at(0));
        return jsonObject({{QStringLiteral("withImage"), instance->withImage}});
    });
    router.post(QStringLiteral("/_sim/evolution/<name>/<action>"),
        [sim](const SimRequest& request, const QStringList& captures) {
            const QString& action = captures.at(1);
            static const QStringList kActions{
                QStringLiteral("scan"), QStringLiteral("drop"), QStringLiteral("zombie"), QStringLiteral("config")};
            if (!kActions.contains(action))
                return controlError(404, QStringLiteral("use /_sim/evolution/<name>/scan, /drop, /zombie or /config"));
            SimResponse error;
            const std::optional<QJsonObject> body = optionalBodyObject(request, &error);
            if (!body)
                return error;
            SimWhatsApp& whatsApp = sim->whatsApp();
            SimWhatsApp::Instance* instance = whatsApp.find(captures.at(0));
            if (!instance)
                return noInstance(captures.at(0));
            QString message;
            bool done = true;
            if (action == QLatin1String("scan")) {
                done = whatsApp.scan(*instance, body->value(QLatin1String("code")).toString(),
                    body->value(QLatin1String("pairingCode")).toString(), &message);
            } else if (action == QLatin1String("drop")) {
                const QJsonValue reason = body->value(QLatin1String("reason"));
                if (!reason.isUndefined() && !reason.isDouble())
                    return controlError(400, QStringLiteral("\"reason\" must be a status code such as 401 or 428"));
                done = whatsApp.drop(*instance, reason.toInt(401), &message);
            } else if (action == QLatin1String("zombie")) {
                const QJsonValue zombie = body->value(QLatin1String("zombie"));
                if (!zombie.isUndefined() && !zombie.isBool())
                    return controlError(400, QStringLiteral("\"zombie\" must be true or false"));
                done = whatsApp.setZombie(*instance, zombie.toBool(true), &message);
            } else {
                const QJsonValue withImage = body->value(QLatin1String("withImage"));
                if (!withImage.isBool())
                    return controlError(400, QStringLiteral("\"withImage\" (true or false) is required"));
                instance->withImage = withImage.toBool();
            }
            if (!done)
                return controlError(409, message);
            return jsonObject(evolutionEntry(whatsApp, *instance));
        });
}

} // namespace

void ControlApi::install(Router& router, Simulator& simulator)
{
    Simulator* sim = &simulator;
    router.get(QStringLiteral("/_sim/profile"),
        [sim](const SimRequest&, const QStringList&) { return SimResponse::json(sim->profileJson()); });
    router.get(QStringLiteral("/_sim/tenants"),
        [sim](const SimRequest&, const QStringList&) { return SimResponse::json(sim->tenantsJson()); });
    router.get(QStringLiteral("/_sim/ca.pem"), [sim](const SimRequest&, const QStringList&) {
        SimResponse response;
        response.contentType = QByteArrayLiteral("application/x-pem-file");
        response.body = sim->caCertificatePem();
        return response;
    });
    router.add(QHttpServerRequest::Method::AnyKnown, QStringLiteral("/_sim/echo"),
        [](const SimRequest& request, const QStringList&) {
            QJsonObject headers;
            for (const auto& [name, value] : request.headers) {
                const QString key = QString::fromLatin1(name).toLower();
                const QString text = QString::fromLatin1(value);
                const QString previous = headers.value(key).toString();
                headers.insert(key, previous.isEmpty() ? text : previous + QStringLiteral(", ") + text);
            }
            return jsonObject({{QStringLiteral("method"), QString::fromLatin1(request.methodName)},
                {QStringLiteral("connection"), qint64(request.connectionId)}, {QStringLiteral("path"), request.path},
                {QStringLiteral("query"), request.query.toString(QUrl::FullyEncoded)},
                {QStringLiteral("headers"), headers}, {QStringLiteral("body"), QString::fromUtf8(request.body)}});
        });

    // Faults.
    router.get(QStringLiteral("/_sim/faults"),
        [sim](const SimRequest&, const QStringList&) { return SimResponse::json(sim->faults().toJson()); });
    router.post(QStringLiteral("/_sim/faults"), [sim](const SimRequest& request, const QStringList&) {
        QString error;
        const std::optional<int> id = sim->faults().addJson(request.body, &error);
        if (!id)
            return controlError(400, error);
        return jsonObject({{QStringLiteral("id"), *id}});
    });
    router.add(QHttpServerRequest::Method::Delete, QStringLiteral("/_sim/faults"),
        [sim](const SimRequest&, const QStringList&) {
            return jsonObject({{QStringLiteral("cleared"), sim->faults().clear()}});
        });
    router.add(QHttpServerRequest::Method::Delete, QStringLiteral("/_sim/faults/<id>"),
        [sim](const SimRequest&, const QStringList& captures) {
            bool ok = false;
            const int id = captures.at(0).toInt(&ok);
            if (!ok || !sim->faults().remove(id))
                return controlError(404, QStringLiteral("no fault with id ") + captures.at(0));
            return jsonObject({{QStringLiteral("deleted"), id}});
        });

    // Simulated clock.
    auto clockState = [sim]() {
        return jsonObject({{QStringLiteral("now"), sim->currentTime().toString(Qt::ISODateWithMs)},
            {QStringLiteral("offsetSeconds"), double(sim->clockOffsetMsecs()) / 1000.0}});
    };
    router.get(
        QStringLiteral("/_sim/clock"), [clockState](const SimRequest&, const QStringList&) { return clockState(); });
    router.post(QStringLiteral("/_sim/clock"), [sim, clockState](const SimRequest& request, const QStringList&) {
        SimResponse error;
        const std::optional<QJsonObject> body = bodyObject(request, &error);
        if (!body)
            return error;
        const QJsonValue advance = body->value(QLatin1String("advanceSeconds"));
        if (!advance.isDouble())
            return controlError(400, QStringLiteral("\"advanceSeconds\" (a number) is required"));
        sim->advanceClockMsecs(qint64(advance.toDouble() * 1000.0));
        return clockState();
    });

    // Tenant health.
    router.get(QStringLiteral("/_sim/tenants/<slug>/health"), [sim](const SimRequest&, const QStringList& captures) {
        if (sim->fleet().indexOf(captures.at(0)) < 0)
            return controlError(404, QStringLiteral("no tenant \"%1\"").arg(captures.at(0)));
        return jsonObject(tenantHealth(*sim, captures.at(0)));
    });
    router.post(
        QStringLiteral("/_sim/tenants/<slug>/health"), [sim](const SimRequest& request, const QStringList& captures) {
            SimResponse error;
            const std::optional<QJsonObject> body = bodyObject(request, &error);
            if (!body)
                return error;
            if (sim->fleet().indexOf(captures.at(0)) < 0)
                return controlError(404, QStringLiteral("no tenant \"%1\"").arg(captures.at(0)));
            QString message;
            if (!sim->setTenantHealthMode(captures.at(0), body->value(QLatin1String("mode")).toString(), &message))
                return controlError(400, message);
            return jsonObject(tenantHealth(*sim, captures.at(0)));
        });

    // The monitoring stack: disks, exporters, backups (registered before /_sim/hosts/<name>/<state>).
    auto diskState = [sim](const QString& host, const QString& mountpoint) {
        return jsonObject({{QStringLiteral("host"), host}, {QStringLiteral("mountpoint"), mountpoint},
            {QStringLiteral("nearFullHost"), sim->nearFullHost()}});
    };
    router.get(QStringLiteral("/_sim/hosts/<name>/disk"),
        [sim, diskState](const SimRequest& request, const QStringList& captures) {
            if (sim->hostPort(captures.at(0)) == 0)
                return controlError(404, QStringLiteral("no host \"%1\"").arg(captures.at(0)));
            const QString mountpoint = request.query.queryItemValue(QStringLiteral("mountpoint"), QUrl::FullyDecoded);
            return diskState(captures.at(0), mountpoint.isEmpty() ? QStringLiteral("/") : mountpoint);
        });
    router.post(QStringLiteral("/_sim/hosts/<name>/disk"),
        [sim, diskState](const SimRequest& request, const QStringList& captures) {
            SimResponse error;
            const std::optional<QJsonObject> body = bodyObject(request, &error);
            if (!body)
                return error;
            if (sim->hostPort(captures.at(0)) == 0)
                return controlError(404, QStringLiteral("no host \"%1\"").arg(captures.at(0)));
            const QJsonValue ratio = body->value(QLatin1String("usedRatio"));
            if (!ratio.isDouble() && !ratio.isNull())
                return controlError(
                    400, QStringLiteral("\"usedRatio\" must be a number from 0 to 1, or null for the simulated value"));
            const QString mountpoint = body->value(QLatin1String("mountpoint")).toString(QStringLiteral("/"));
            QString message;
            if (!sim->setDiskUsedRatio(captures.at(0), mountpoint,
                    ratio.isDouble() ? std::optional<double>(ratio.toDouble()) : std::nullopt, &message))
                return controlError(400, message);
            return diskState(captures.at(0), mountpoint);
        });
    router.get(QStringLiteral("/_sim/exporters"), [](const SimRequest&, const QStringList&) {
        return jsonObject({{QStringLiteral("jobs"), QJsonArray::fromStringList(Simulator::exporterJobs())}});
    });
    router.post(QStringLiteral("/_sim/exporters/<job>/<state>"), [sim](const SimRequest&, const QStringList& captures) {
        const QString& state = captures.at(1);
        std::optional<bool> up;
        if (state == QLatin1String("up"))
            up = true;
        else if (state == QLatin1String("down"))
            up = false;
        else if (state != QLatin1String("auto"))
            return controlError(404, QStringLiteral("use /_sim/exporters/<job>/up, /down or /auto"));
        QString message;
        if (!sim->setExporterUp(captures.at(0), up, &message))
            return controlError(404, message);
        return jsonObject({{QStringLiteral("job"), captures.at(0)}, {QStringLiteral("state"), state}});
    });
    auto backupState = [sim](const QString& slug) {
        const QDateTime last = sim->lastBackup(slug);
        return jsonObject({{QStringLiteral("slug"), slug},
            {QStringLiteral("lastSuccess"), last.isValid() ? QJsonValue(last.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("ageSeconds"),
                last.isValid() ? QJsonValue(double(last.secsTo(sim->currentTime()))) : QJsonValue()},
            {QStringLiteral("staleTenant"), sim->staleBackupTenant()}});
    };
    router.get(QStringLiteral("/_sim/tenants/<slug>/backup"),
        [sim, backupState](const SimRequest&, const QStringList& captures) {
            if (sim->fleet().indexOf(captures.at(0)) < 0)
                return controlError(404, QStringLiteral("no tenant \"%1\"").arg(captures.at(0)));
            return backupState(captures.at(0));
        });
    router.post(QStringLiteral("/_sim/tenants/<slug>/backup"),
        [sim, backupState](const SimRequest& request, const QStringList& captures) {
            SimResponse error;
            const std::optional<QJsonObject> body = bodyObject(request, &error);
            if (!body)
                return error;
            const QJsonValue age = body->value(QLatin1String("ageSeconds"));
            if (!age.isDouble() && !age.isNull())
                return controlError(
                    400, QStringLiteral("\"ageSeconds\" must be a number, or null for nightly backups"));
            QString message;
            if (!sim->setBackupAge(captures.at(0),
                    age.isDouble() ? std::optional<qint64>(qint64(age.toDouble())) : std::nullopt, &message))
                return controlError(sim->fleet().indexOf(captures.at(0)) < 0 ? 404 : 400, message);
            return backupState(captures.at(0));
        });

    installEvolution(router, sim);

    // Hosts.
    router.get(QStringLiteral("/_sim/hosts"), [sim](const SimRequest&, const QStringList&) {
        QJsonArray hosts;
        for (const QString& name : sim->hostNames())
            hosts.append(hostState(*sim, name));
        return jsonObject({{QStringLiteral("hosts"), hosts}});
    });
    router.post(QStringLiteral("/_sim/hosts/<name>/<state>"), [sim](const SimRequest&, const QStringList& captures) {
        const QString& name = captures.at(0);
        const QString& state = captures.at(1);
        if (state != QLatin1String("down") && state != QLatin1String("up"))
            return controlError(404, QStringLiteral("use /_sim/hosts/<name>/down or /up"));
        if (sim->hostPort(name) == 0)
            return controlError(404,
                QStringLiteral("no host \"%1\" (hosts: %2)").arg(name, sim->hostNames().join(QStringLiteral(", "))));
        QString message;
        if (!sim->setHostDown(name, state == QLatin1String("down"), &message))
            return controlError(500, message);
        return jsonObject(hostState(*sim, name));
    });
}

} // namespace Fleetdeck::Sim
