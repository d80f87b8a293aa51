#include "sim/stripestub.h"

#include "sim/router.h"
#include "sim/simcontext.h"
#include "sim/upstreamerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <vector>

namespace Fleetdeck::Sim {

namespace {

// Stripe's own redaction of a key in its error message: the first 8 characters and the last 4.
QString redacted(const QString& key)
{
    if (key.size() <= 12)
        return QString(key.size(), QLatin1Char('*'));
    return key.left(8) + QString(key.size() - 12, QLatin1Char('*')) + key.right(4);
}

std::optional<SimResponse> checkAuth(const SimRequest& request, const QByteArray& secret)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return UpstreamErrors::error(Upstream::Stripe, 401,
            QStringLiteral("You did not provide an API key. You need to provide your API key in the Authorization "
                           "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
                           "https://stripe.com/docs/api#authentication for details, or we can help at "
                           "https://support.stripe.com/."));
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    const QByteArray key = authorization.startsWith(prefix) ? authorization.mid(prefix.size()) : authorization;
    if (key != secret)
        return UpstreamErrors::error(
            Upstream::Stripe, 401, QStringLiteral("Invalid API Key provided: ") + redacted(QString::fromUtf8(key)));
    return std::nullopt;
}

} // namespace

void StripeStub::install(Router& router, SimContext& context)
{
    // Customers newest first, as Stripe lists them; built once.
    auto customers = std::make_shared<std::vector<QJsonObject>>();
    const QList<SimTenant>& tenants = context.fleet.tenants();
    std::vector<int> order(std::size_t(tenants.size()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&tenants](int a, int b) {
        if (tenants[a].createdSecs != tenants[b].createdSecs)
            return tenants[a].createdSecs > tenants[b].createdSecs;
        return tenants[a].stripeCustomer < tenants[b].stripeCustomer;
    });
    for (int index : order) {
        const SimTenant& tenant = tenants[index];
        customers->push_back(QJsonObject{{QStringLiteral("id"), tenant.stripeCustomer},
            {QStringLiteral("object"), QStringLiteral("customer")}, {QStringLiteral("created"), tenant.createdSecs},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("delinquent"), tenant.status == TenantStatus::Suspended},
            {QStringLiteral("description"), QJsonValue::Null}, {QStringLiteral("email"), tenant.contact},
            {QStringLiteral("livemode"), false},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("tenant"), tenant.slug}}},
            {QStringLiteral("name"), tenant.name}});
    }

    const QByteArray secret = context.options.secret.toUtf8();
    router.get(
        QStringLiteral("/stripe/v1/customers"), [secret, customers](const SimRequest& request, const QStringList&) {
            if (std::optional<SimResponse> denied = checkAuth(request, secret))
                return *denied;
            int limit = 10;
            if (request.query.hasQueryItem(QStringLiteral("limit"))) {
                bool ok = false;
                const QString text = request.query.queryItemValue(QStringLiteral("limit"));
                limit = text.toInt(&ok);
                if (!ok || limit < 1 || limit > 100)
                    return UpstreamErrors::error(Upstream::Stripe, 400,
                        QStringLiteral("Invalid integer: ") + text
                            + QStringLiteral(" (limit must be between 1 and 100)"));
            }
            std::size_t start = 0;
            const QString after = request.query.queryItemValue(QStringLiteral("starting_after"));
            if (!after.isEmpty()) {
                auto it = std::find_if(customers->begin(), customers->end(), [&after](const QJsonObject& customer) {
                    return customer.value(QLatin1String("id")).toString() == after;
                });
                if (it == customers->end()) {
                    SimResponse missing = UpstreamErrors::error(
                        Upstream::Stripe, 400, QStringLiteral("No such customer: '") + after + QLatin1Char('\''));
                    return missing;
                }
                start = std::size_t(it - customers->begin()) + 1;
            }
            QJsonArray data;
            const std::size_t end = std::min(customers->size(), start + std::size_t(limit));
            for (std::size_t i = start; i < end; ++i)
                data.append(customers->at(i));
            const QJsonObject list{{QStringLiteral("object"), QStringLiteral("list")},
                {QStringLiteral("url"), QStringLiteral("/v1/customers")},
                {QStringLiteral("has_more"), end < customers->size()}, {QStringLiteral("data"), data}};
            SimResponse response = SimResponse::json(QJsonDocument(list).toJson(QJsonDocument::Compact));
            response.headers.append({QByteArrayLiteral("Request-Id"), QByteArrayLiteral("req_sim")});
            return response;
        });
}

} // namespace Fleetdeck::Sim
