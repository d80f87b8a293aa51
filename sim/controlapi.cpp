#include "sim/controlapi.h"

#include "sim/faultinjector.h"
#include "sim/router.h"
#include "sim/simfleet.h"
#include "sim/simulator.h"
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
