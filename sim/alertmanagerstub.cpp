#include "sim/alertmanagerstub.h"

#include "sim/router.h"
#include "sim/simcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fleetdeck::Sim {

void AlertmanagerStub::install(Router& router, SimContext& context)
{
    auto ok = [](const SimRequest&, const QStringList&) {
        return SimResponse::text(QByteArrayLiteral("OK"));
    };
    router.get(QStringLiteral("/alertmanager/-/healthy"), ok);
    router.get(QStringLiteral("/alertmanager/-/ready"), ok);

    const QString webhook = context.url(QStringLiteral("/n8n/webhook/alertmanager-intake"));
    const QString config =
        QStringLiteral("global:\n  resolve_timeout: 5m\nroute:\n  receiver: n8n-oncall\n  group_by:\n"
                       "  - alertname\n  - severity\n  routes:\n  - receiver: n8n-tickets\n"
                       "    matchers:\n    - severity=\"warning\"\n  group_wait: 10s\n"
                       "  group_interval: 30s\n  repeat_interval: 4h\nreceivers:\n"
                       "- name: n8n-oncall\n  webhook_configs:\n  - send_resolved: true\n"
                       "    url: %1\n- name: n8n-tickets\n  webhook_configs:\n"
                       "  - send_resolved: false\n    url: %1\ntemplates: []\n")
            .arg(webhook);
    const QByteArray status =
        QJsonDocument(QJsonObject{{QStringLiteral("cluster"),
                                      QJsonObject{{QStringLiteral("peers"), QJsonArray{}},
                                          {QStringLiteral("status"), QStringLiteral("disabled")}}},
                          {QStringLiteral("config"), QJsonObject{{QStringLiteral("original"), config}}},
                          {QStringLiteral("uptime"), context.startedAt.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("versionInfo"),
                              QJsonObject{{QStringLiteral("branch"), QStringLiteral("debian/sid")},
                                  {QStringLiteral("buildDate"), QStringLiteral("20230409-09:50:43")},
                                  {QStringLiteral("buildUser"), QStringLiteral("team+pkg-go@tracker.debian.org")},
                                  {QStringLiteral("goVersion"), QStringLiteral("go1.19.8")},
                                  {QStringLiteral("revision"), QStringLiteral("0.25.0-1+b4")},
                                  {QStringLiteral("version"), QStringLiteral("0.25.0")}}}})
            .toJson(QJsonDocument::Compact);
    router.get(QStringLiteral("/alertmanager/api/v2/status"),
        [status](const SimRequest&, const QStringList&) { return SimResponse::json(status); });
}

} // namespace Fleetdeck::Sim
