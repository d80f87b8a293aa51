#include "sim/evolutionstub.h"

#include "sim/router.h"
#include "sim/simcontext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Fleetdeck::Sim {

namespace {
const QByteArray kUnauthorized =
    QByteArrayLiteral(R"({"status":401,"error":"Unauthorized","response":{"message":"Unauthorized"}})");
} // namespace

void EvolutionStub::install(Router& router, SimContext& context)
{
    const QByteArray welcome =
        QJsonDocument(QJsonObject{{QStringLiteral("status"), 200},
                          {QStringLiteral("message"), QStringLiteral("Welcome to the Evolution API, it is working!")},
                          {QStringLiteral("version"), QStringLiteral("2.3.7")},
                          {QStringLiteral("clientName"), QStringLiteral("fleetdeck_sim")},
                          {QStringLiteral("manager"), context.url(QStringLiteral("/evolution/manager"))},
                          {QStringLiteral("documentation"), QStringLiteral("https://doc.evolution-api.com")},
                          {QStringLiteral("whatsappWebVersion"), QStringLiteral("2.3000.1029560483")}})
            .toJson(QJsonDocument::Compact);
    auto welcomeHandler = [welcome](const SimRequest&, const QStringList&) {
        return SimResponse::json(welcome);
    };
    router.get(QStringLiteral("/evolution"), welcomeHandler);
    router.get(QStringLiteral("/evolution/"), welcomeHandler);

    const QByteArray secret = context.options.secret.toUtf8();
    router.post(QStringLiteral("/evolution/verify-creds"), [secret](const SimRequest& request, const QStringList&) {
        if (request.header("apikey") != secret)
            return SimResponse::json(kUnauthorized, 401);
        return SimResponse::json(QByteArrayLiteral(R"({"status":200,"message":"Credentials are valid",)"
                                                   R"("facebookAppId":null,"facebookConfigId":null,)"
                                                   R"("facebookUserToken":null})"));
    });
}

} // namespace Fleetdeck::Sim
