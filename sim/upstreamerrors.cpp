#include "sim/upstreamerrors.h"

#include "sim/simrequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Fleetdeck::Sim {

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Prefix
{
    const char* prefix;
    Upstream upstream;
};
constexpr Prefix kPrefixes[] = {
    {"/evolution", Upstream::Evolution},
    {"/n8n", Upstream::N8n},
    {"/stripe", Upstream::Stripe},
    {"/prometheus", Upstream::Prometheus},
    {"/alertmanager", Upstream::Alertmanager},
    {"/mautic", Upstream::Mautic},
    {"/sites", Upstream::Sites},
    {"/_sim", Upstream::Control},
};

} // namespace

Upstream UpstreamErrors::upstreamForPath(QStringView path)
{
    for (const Prefix& entry : kPrefixes) {
        const QLatin1String prefix(entry.prefix);
        if (path.startsWith(prefix) && (path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('/')))
            return entry.upstream;
    }
    return Upstream::Unknown;
}

QString UpstreamErrors::upstreamPath(const QString& path)
{
    const Upstream upstream = upstreamForPath(path);
    if (upstream == Upstream::Unknown || upstream == Upstream::Sites || upstream == Upstream::Control)
        return path;
    qsizetype cut = path.indexOf(QLatin1Char('/'), 1);
    if (upstream == Upstream::Mautic && cut > 0) // "/mautic/<slug>/api/..." -> "/api/..."
        cut = path.indexOf(QLatin1Char('/'), cut + 1);
    return cut < 0 ? QStringLiteral("/") : path.mid(cut);
}

QByteArray UpstreamErrors::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        break;
    }
    return QByteArrayLiteral("Error");
}

SimResponse UpstreamErrors::error(Upstream upstream, int status, const QString& message)
{
    switch (upstream) {
    case Upstream::Evolution:
        return SimResponse::json(
            compact({{QStringLiteral("status"), status},
                {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))},
                {QStringLiteral("response"), QJsonObject{{QStringLiteral("message"), QJsonArray{message}}}}}),
            status);
    case Upstream::N8n:
        return SimResponse::json(compact({{QStringLiteral("message"), message}}), status);
    case Upstream::Stripe: {
        QJsonObject error{{QStringLiteral("message"), message}};
        if (status == 429) {
            error.insert(QStringLiteral("type"), QStringLiteral("invalid_request_error"));
            error.insert(QStringLiteral("code"), QStringLiteral("rate_limit"));
        } else {
            error.insert(QStringLiteral("type"),
                status >= 500 ? QStringLiteral("api_error") : QStringLiteral("invalid_request_error"));
        }
        SimResponse response = SimResponse::json(compact({{QStringLiteral("error"), error}}), status);
        response.headers.append({QByteArrayLiteral("Request-Id"), QByteArrayLiteral("req_sim")});
        return response;
    }
    case Upstream::Prometheus: {
        QString type = QStringLiteral("bad_data");
        if (status == 404)
            type = QStringLiteral("not_found");
        else if (status == 422)
            type = QStringLiteral("execution");
        else if (status == 429 || status == 503)
            type = QStringLiteral("unavailable");
        else if (status >= 500)
            type = QStringLiteral("internal");
        return SimResponse::json(compact({{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("errorType"), type}, {QStringLiteral("error"), message}}),
            status);
    }
    case Upstream::Alertmanager: // errors are bare JSON strings
        return SimResponse::json(
            QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact).mid(1).chopped(1), status);
    case Upstream::Mautic:
        return SimResponse::json(
            compact({{QStringLiteral("errors"),
                QJsonArray{QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message},
                    {QStringLiteral("details"), QJsonArray{}}, {QStringLiteral("type"), QJsonValue::Null}}}}}),
            status);
    case Upstream::Sites:
    case Upstream::Control:
    case Upstream::Unknown:
        break;
    }
    return SimResponse::json(compact({{QStringLiteral("error"), message}}), status);
}

SimResponse UpstreamErrors::error(const SimRequest& request, int status, const QString& message)
{
    return error(upstreamForPath(request.path), status, message);
}

SimResponse UpstreamErrors::notFound(const SimRequest& request)
{
    const Upstream upstream = upstreamForPath(request.path);
    const QString path = upstreamPath(request.path);
    switch (upstream) {
    case Upstream::Evolution:
        return error(upstream, 404,
            QStringLiteral("Cannot ") + QString::fromLatin1(request.methodName) + QLatin1Char(' ') + path);
    case Upstream::N8n:
        return error(upstream, 404, QStringLiteral("Not Found"));
    case Upstream::Stripe:
        return error(upstream, 404,
            QStringLiteral("Unrecognized request URL (") + QString::fromLatin1(request.methodName)
                + QStringLiteral(": ") + path
                + QStringLiteral("). Please see https://stripe.com/docs or we can help at "
                                 "https://support.stripe.com/."));
    case Upstream::Prometheus:
    case Upstream::Alertmanager:
        return error(upstream, 404, QStringLiteral("not found: ") + path);
    case Upstream::Mautic:
        return error(upstream, 404, QStringLiteral("Item was not found."));
    case Upstream::Sites:
    case Upstream::Control:
    case Upstream::Unknown:
        break;
    }
    return error(upstream, 404, QStringLiteral("not found"));
}

SimResponse UpstreamErrors::rateLimited(const SimRequest& request, int retryAfterSeconds, bool asDate)
{
    const Upstream upstream = upstreamForPath(request.path);
    QString message = QStringLiteral("Too Many Requests");
    if (upstream == Upstream::Stripe)
        message = QStringLiteral("Too many requests hit the API too quickly. We recommend an exponential backoff "
                                 "of your requests.");
    else if (upstream == Upstream::Mautic)
        message = QStringLiteral("You exceeded the rate limit of 100 API calls per hour.");
    SimResponse response = error(upstream, 429, message);
    QByteArray value;
    if (asDate) {
        // Rounded up to the next whole second: an HTTP-date has no fractions, and it must not come early.
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const QDateTime at = QDateTime::fromSecsSinceEpoch((nowMs + 999) / 1000 + retryAfterSeconds, Qt::UTC);
        value = QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    } else {
        value = QByteArray::number(retryAfterSeconds);
    }
    response.headers.append({QByteArrayLiteral("Retry-After"), value});
    return response;
}

} // namespace Fleetdeck::Sim
