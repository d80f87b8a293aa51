#include "core/connectors/upstreamcheck.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

namespace Fleetdeck {

namespace {

using Json = nlohmann::json;

QString shownUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        .toString();
}

ApiError configError(const UpstreamCheck::Input& input, const QString& message, const QUrl& url = {})
{
    ApiError error = ApiError::make(ApiError::Kind::Config, message);
    error.source = UpstreamCheck::displayName(input.upstream);
    if (!url.isEmpty())
        error.url = shownUrl(url);
    return error;
}

bool isHttpUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QUrl endpoint(const QUrl& base, const QString& path, const QString& query = {})
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

Json parseObject(const QByteArray& body)
{
    Json parsed = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return Json();
    return parsed;
}

QString stringAt(const Json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

Result<QString> notThisApi(const UpstreamCheck::Input& input, const HttpResponse& response, const QString& expected)
{
    ApiError error = ApiError::make(ApiError::Kind::Decode,
        QStringLiteral("the answer is not %1 (HTTP %2, %3 bytes); is the URL the %4 base URL?")
            .arg(expected)
            .arg(response.status)
            .arg(response.body.size())
            .arg(UpstreamCheck::displayName(input.upstream)),
        response.status);
    error.source = UpstreamCheck::displayName(input.upstream);
    error.url = shownUrl(response.url);
    return Result<QString>::failure(error);
}

QString joinSentences(QString text, const std::optional<QString>& more)
{
    if (more)
        text += QLatin1Char(' ') + *more;
    return text;
}

} // namespace

UpstreamCheck::UpstreamCheck(HttpClient* http)
    : m_http(http)
{
}

QString UpstreamCheck::displayName(const QString& upstream)
{
    if (upstream == QLatin1String("evolution"))
        return QStringLiteral("Evolution API");
    if (upstream == QLatin1String("n8n"))
        return QStringLiteral("n8n");
    if (upstream == QLatin1String("stripe"))
        return QStringLiteral("Stripe");
    if (upstream == QLatin1String("prometheus"))
        return QStringLiteral("Prometheus");
    if (upstream == QLatin1String("alertmanager"))
        return QStringLiteral("Alertmanager");
    if (upstream == QLatin1String("mautic"))
        return QStringLiteral("Mautic");
    return upstream;
}

bool UpstreamCheck::requiresSecret(const QString& upstream)
{
    return upstream == QLatin1String("evolution") || upstream == QLatin1String("n8n")
        || upstream == QLatin1String("stripe") || upstream == QLatin1String("mautic");
}

std::optional<QString> UpstreamCheck::keyWarning(const QString& upstream, const QByteArray& secret)
{
    if (upstream == QLatin1String("evolution") && secret == kEvolutionDefaultKey)
        return QCoreApplication::translate("UpstreamCheck",
            "Warning: the server runs with Evolution's well-known default key (BQYHJGJHJ), so anyone who can "
            "reach it can control it. Set AUTHENTICATION_API_KEY on the server and store the new key here.");
    if (upstream == QLatin1String("stripe") && secret.startsWith("sk_"))
        return QCoreApplication::translate("UpstreamCheck",
            "Warning: this is a full-access secret key (sk_…). A restricted key (rk_…) with read access is "
            "safer for Fleetdeck.");
    return std::nullopt;
}

Result<QUrl> UpstreamCheck::baseUrl(const Input& input)
{
    using R = Result<QUrl>;
    const QUrl& url = input.config.url;
    if (url.isEmpty())
        return R::failure(configError(
            input, QCoreApplication::translate("UpstreamCheck", "no URL is set; enter the address of the service")));
    if (!isHttpUrl(url))
        return R::failure(configError(input,
            QCoreApplication::translate("UpstreamCheck", "\"%1\" is not an http:// or https:// address")
                .arg(url.toString())));
    if (input.upstream != QLatin1String("mautic"))
        return R(url);

    const QString tenant = input.mauticTenant.trimmed();
    if (tenant.isEmpty())
        return R(url);
    if (tenant.contains(QLatin1String("://"))) {
        const QUrl tenantUrl(tenant, QUrl::StrictMode);
        if (!isHttpUrl(tenantUrl))
            return R::failure(configError(input,
                QCoreApplication::translate("UpstreamCheck",
                    "the client's Mautic address \"%1\" is not an "
                    "http:// or https:// address")
                    .arg(tenant)));
        return R(tenantUrl);
    }
    static const QRegularExpression slug(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!slug.match(tenant).hasMatch())
        return R::failure(configError(input,
            QCoreApplication::translate(
                "UpstreamCheck", "\"%1\" is neither a client slug nor a Mautic address (https://…)")
                .arg(tenant)));
    return R(endpoint(url, QLatin1Char('/') + tenant));
}

Result<HttpRequest> UpstreamCheck::buildRequest(const Input& input)
{
    using R = Result<HttpRequest>;
    if (!ConnectionProfile::upstreamNames().contains(input.upstream)) {
        return R::failure(configError(input,
            QCoreApplication::translate("UpstreamCheck", "unknown upstream \"%1\" (known: %2)")
                .arg(input.upstream, ConnectionProfile::upstreamNames().join(QStringLiteral(", ")))));
    }
    const auto base = baseUrl(input);
    if (!base)
        return R::failure(base.error());

    if (requiresSecret(input.upstream) && input.secret.isEmpty()) {
        return R::failure(configError(input,
            input.upstream == QLatin1String("mautic")
                ? QCoreApplication::translate(
                    "UpstreamCheck", "no user and password were given; enter them as user:password")
                : QCoreApplication::translate("UpstreamCheck", "no key was given; enter the API key"),
            *base));
    }

    HttpRequest request;
    request.source = displayName(input.upstream);
    request.timeout = std::chrono::milliseconds(input.config.timeoutMs > 0 ? input.config.timeoutMs : 15000);
    request.maxRetries = 0; // a test reports the first answer
    request.maxBodyBytes = 4 * 1024 * 1024;
    const QString& u = input.upstream;
    if (u == QLatin1String("evolution")) {
        request.method = QByteArrayLiteral("POST");
        request.url = endpoint(*base, QStringLiteral("/verify-creds"));
        request.credential = Credential::headerKey(QByteArrayLiteral("apikey"), input.secret);
    } else if (u == QLatin1String("n8n")) {
        request.url = endpoint(*base, QStringLiteral("/api/v1/workflows"), QStringLiteral("limit=1"));
        request.credential = Credential::headerKey(QByteArrayLiteral("X-N8N-API-KEY"), input.secret);
    } else if (u == QLatin1String("stripe")) {
        request.url = endpoint(*base, QStringLiteral("/v1/customers"), QStringLiteral("limit=1"));
        request.credential = Credential::bearer(input.secret);
    } else if (u == QLatin1String("mautic")) {
        const qsizetype colon = input.secret.indexOf(':');
        if (colon <= 0)
            return R::failure(configError(input,
                QCoreApplication::translate(
                    "UpstreamCheck", "the Mautic secret must be a Mautic user and password written as user:password"),
                *base));
        request.url = endpoint(*base, QStringLiteral("/api/contacts"), QStringLiteral("limit=1"));
        request.credential = Credential::basic(input.secret.left(colon), input.secret.mid(colon + 1));
    } else {
        const bool prometheus = u == QLatin1String("prometheus");
        request.url =
            endpoint(*base, prometheus ? QStringLiteral("/api/v1/status/buildinfo") : QStringLiteral("/api/v2/status"));
        // Both usually run without auth; a proxy in front of them may want a token or a user and password.
        if (!input.secret.isEmpty()) {
            const qsizetype colon = input.secret.indexOf(':');
            request.credential = colon > 0 ? Credential::basic(input.secret.left(colon), input.secret.mid(colon + 1))
                                           : Credential::bearer(input.secret);
        }
    }
    return R(request);
}

Result<QString> UpstreamCheck::interpret(const Input& input, const HttpResponse& response)
{
    using R = Result<QString>;
    const auto base = baseUrl(input);
    const QString where = base ? shownUrl(*base) : shownUrl(input.config.url);
    const Json body = parseObject(response.body);
    const QString& u = input.upstream;
    const std::optional<QString> warning = keyWarning(u, input.secret);

    if (u == QLatin1String("evolution")) {
        if (!body.is_object() || !body.contains("message"))
            return notThisApi(input, response, QStringLiteral("Evolution API's /verify-creds answer"));
        const QString version = stringAt(body, "version");
        const QString text = version.isEmpty()
            ? QCoreApplication::translate("UpstreamCheck", "Evolution API at %1 accepted the global API key.")
                  .arg(where)
            : QCoreApplication::translate("UpstreamCheck", "Evolution API %1 at %2 accepted the global API key.")
                  .arg(version, where);
        return R(joinSentences(text, warning));
    }
    if (u == QLatin1String("n8n")) {
        if (!body.is_object() || !body.contains("data") || !body["data"].is_array())
            return notThisApi(input, response, QStringLiteral("n8n's public API v1"));
        return R(QCoreApplication::translate("UpstreamCheck", "n8n at %1 accepted the API key.").arg(where));
    }
    if (u == QLatin1String("stripe")) {
        if (stringAt(body, "object") != QLatin1String("list"))
            return notThisApi(input, response, QStringLiteral("a Stripe list"));
        QString text = QCoreApplication::translate("UpstreamCheck", "Stripe at %1 accepted the key.").arg(where);
        if (input.secret.contains("_test_"))
            text += QLatin1Char(' ')
                + QCoreApplication::translate(
                    "UpstreamCheck", "It is a test-mode key, so Fleetdeck will show test data, not live billing.");
        return R(joinSentences(text, warning));
    }
    if (u == QLatin1String("prometheus")) {
        if (stringAt(body, "status") != QLatin1String("success") || !body.contains("data"))
            return notThisApi(input, response, QStringLiteral("Prometheus' build information"));
        const QString version = stringAt(body["data"], "version");
        return R(version.isEmpty()
                ? QCoreApplication::translate("UpstreamCheck", "Prometheus answered at %1.").arg(where)
                : QCoreApplication::translate("UpstreamCheck", "Prometheus %1 answered at %2.").arg(version, where));
    }
    if (u == QLatin1String("alertmanager")) {
        if (!body.is_object() || (!body.contains("versionInfo") && !body.contains("cluster")))
            return notThisApi(input, response, QStringLiteral("Alertmanager's v2 status"));
        const QString version = body.contains("versionInfo") ? stringAt(body["versionInfo"], "version") : QString();
        return R(version.isEmpty()
                ? QCoreApplication::translate("UpstreamCheck", "Alertmanager answered at %1.").arg(where)
                : QCoreApplication::translate("UpstreamCheck", "Alertmanager %1 answered at %2.").arg(version, where));
    }
    if (u == QLatin1String("mautic")) {
        if (!body.is_object() || (!body.contains("contacts") && !body.contains("total")))
            return notThisApi(input, response, QStringLiteral("Mautic's contact list"));
        // Mautic sends "total" as a string; accept a number too.
        std::optional<qint64> total;
        if (const auto it = body.find("total"); it != body.end()) {
            if (it->is_number_integer()) {
                total = it->get<qint64>();
            } else if (it->is_string()) {
                bool ok = false;
                const qint64 parsed = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
                if (ok)
                    total = parsed;
            }
        }
        if (!total)
            return R(QCoreApplication::translate("UpstreamCheck", "Mautic at %1 accepted the user and password.")
                         .arg(where));
        const int contacts = int(std::min<qint64>(*total, std::numeric_limits<int>::max()));
        return R(QCoreApplication::translate(
            "UpstreamCheck", "Mautic at %1 accepted the user and password; it holds %n contact(s).", nullptr, contacts)
                     .arg(where));
    }
    return R::failure(configError(input,
        QCoreApplication::translate("UpstreamCheck", "unknown upstream \"%1\" (known: %2)")
            .arg(u, ConnectionProfile::upstreamNames().join(QStringLiteral(", ")))));
}

ApiError UpstreamCheck::explainFailure(const Input& input, ApiError error)
{
    // Mautic answers 403 when its API or HTTP basic auth is switched off: the key may well be right.
    if (input.upstream == QLatin1String("mautic") && error.kind == ApiError::Kind::Unauthorized
        && error.httpStatus == 403) {
        error.kind = ApiError::Kind::Config;
        error.message = QCoreApplication::translate("UpstreamCheck",
            "it refused the request (HTTP 403). Switch on the API and \"HTTP basic auth\" in Mautic's "
            "Configuration → API Settings, and check the user's role");
    }
    return error;
}

HttpClient::RequestId UpstreamCheck::run(const Input& input, const QObject* context, Callback callback)
{
    auto request = buildRequest(input);
    if (!request) {
        // Answer asynchronously like a request would, and only while the context lives.
        QPointer<const QObject> guard(context);
        QMetaObject::invokeMethod(
            m_http,
            [guard, hasContext = context != nullptr, callback = std::move(callback), error = request.error()] {
                if (hasContext && !guard)
                    return;
                if (callback)
                    callback(Result<QString>::failure(error));
            },
            Qt::QueuedConnection);
        return 0;
    }
    return m_http->send(
        std::move(request).value(), context, [input, callback = std::move(callback)](Result<HttpResponse> response) {
            if (!callback)
                return;
            if (!response) {
                callback(Result<QString>::failure(explainFailure(input, response.error())));
                return;
            }
            callback(interpret(input, response.value()));
        });
}

} // namespace Fleetdeck
