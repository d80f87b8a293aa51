#include "core/connectors/evolution/evolutionclient.h"

#include "core/connectors/connectorsupport.h"
#include "core/logging.h"
#include "core/net/retrypolicy.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Fleetdeck {

namespace {

const QString kSource = QStringLiteral("Evolution API");
const QString kNotOnWhatsApp = QStringLiteral("not on WhatsApp: ");

ApiError configError(const QString& message, const QUrl& url = {})
{
    return ConnectorSupport::configError(kSource, message, url);
}

std::string toStd(const QString& text)
{
    return text.toStdString();
}

Result<HttpRequest> buildRequest(const EvolutionClient::Options& options, const QByteArray& method, const QString& path,
    const QString& query = {}, const QByteArray& body = {})
{
    const QUrl& base = options.url;
    const QString scheme = base.scheme().toLower();
    if (base.isEmpty())
        return Result<HttpRequest>::failure(configError(QCoreApplication::translate(
            "EvolutionClient", "no URL is set; enter the address of the Evolution API server")));
    if (!base.isValid() || base.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Result<HttpRequest>::failure(
            configError(QCoreApplication::translate("EvolutionClient", "\"%1\" is not an http:// or https:// address")
                            .arg(base.toString())));
    if (options.apiKey.isEmpty())
        return Result<HttpRequest>::failure(configError(QCoreApplication::translate(
            "EvolutionClient", "no API key is stored; store the server's global API key in the profile")));
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    // The instance name in `path` is percent-encoded already ("Loja do Zé #2"): encode nothing twice.
    url.setPath(url.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    HttpRequest request;
    request.method = method;
    request.url = url;
    // Evolution's errors carry what a person needs (which instance, "Connection Closed", a number not on
    // WhatsApp): every status is read here. GETs take the lean transport, which keeps bodies of any status.
    request.acceptAnyStatus = true;
    if (method == "GET")
        request.lightweight = true;
    if (!body.isEmpty()) {
        request.body = body;
        request.contentType = QByteArrayLiteral("application/json");
    }
    request.source = kSource;
    request.timeout = options.timeout;
    // Nothing that changes an instance is retried: a retried connect or delete could act twice.
    request.idempotent = method == "GET";
    request.maxRetries = method == "GET" ? std::max(0, options.maxRetries) : 0;
    request.maxBodyBytes = options.maxBodyBytes;
    request.credential = Credential::headerKey(QByteArrayLiteral("apikey"), options.apiKey);
    return Result<HttpRequest>(std::move(request));
}

QString instancePath(const QString& prefix, const QString& name)
{
    return prefix + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

// The error an answer of 300 or more stands for, in Evolution's words where it gave some.
ApiError statusError(const HttpResponse& response, const QString& instance)
{
    const int status = response.status;
    const EvolutionDecoder::ErrorBody body = EvolutionDecoder::decodeError(response.body);
    QString text = body.messages.join(QStringLiteral("; "));
    ApiError error;
    if (!body.notOnWhatsApp.isEmpty()) {
        error = ApiError::make(
            ApiError::Kind::Http, kNotOnWhatsApp + body.notOnWhatsApp.join(QStringLiteral(", ")), status);
    } else if (status == 429 || (status == 503 && !response.header("Retry-After").isEmpty())) {
        // Evolution itself never limits; a proxy in front of it may.
        error = ApiError::make(status == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::Http,
            text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : text, status);
        if (const auto wait =
                RetryPolicy::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc()))
            error.retryAfterSeconds = int(wait->count());
    } else if (status == 401) {
        error = ApiError::make(
            ApiError::Kind::Unauthorized, text.isEmpty() ? QStringLiteral("the API key was refused") : text, status);
    } else if (status == 404 && text.startsWith(QLatin1String("Cannot "))) {
        error = ApiError::make(ApiError::Kind::Http,
            QStringLiteral("%1: the URL does not point at Evolution API v2 (its server root, without /api)").arg(text),
            status);
    } else if (status == 404 && body.isEmpty()) {
        error = ApiError::make(ApiError::Kind::Http,
            QStringLiteral("HTTP 404 without Evolution's error message; the URL does not point at Evolution API"),
            status);
    } else if (status >= 300 && status < 400) {
        error = ApiError::make(ApiError::Kind::Http,
            QStringLiteral("HTTP %1: redirected to %2; use the final address as the Evolution API URL")
                .arg(status)
                .arg(QString::fromLatin1(response.header("Location"))),
            status);
    } else if (status == 503 && response.body.contains("LICENSE_REQUIRED")) {
        error = ApiError::make(ApiError::Kind::Http,
            QStringLiteral("Evolution API is not activated (LICENSE_REQUIRED, version 2.4): activate it in its "
                           "manager or run a 2.3.x release"),
            status);
    } else {
        if (text.isEmpty())
            text = errorMessageFromBody(response.body);
        error =
            ApiError::make(ApiError::Kind::Http, text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : text, status);
    }
    if (!instance.isEmpty() && error.kind == ApiError::Kind::Http && !error.message.contains(instance))
        error.message = QStringLiteral("instance \"%1\": %2").arg(instance, error.message);
    error.source = kSource;
    error.url = ConnectorSupport::shownUrl(response.url);
    return error;
}

template <typename T, typename Decode>
HttpClient::RequestId sendAndDecode(HttpClient* http, Result<HttpRequest> request, const QString& instance,
    const QObject* context, Decode decode, EvolutionClient::Callback<T> callback)
{
    if (!request) {
        ConnectorSupport::failLater<T>(http, context, std::move(callback), request.error());
        return 0;
    }
    return http->send(std::move(request).value(), context,
        [decode = std::move(decode), instance, callback = std::move(callback)](Result<HttpResponse> response) {
            if (!callback)
                return;
            if (!response) {
                ApiError error = response.error();
                error.source = kSource;
                callback(Result<T>::failure(std::move(error)));
                return;
            }
            if (response.value().status >= 300) {
                ApiError error = statusError(response.value(), instance);
                qCInfo(lcEvolution).noquote()
                    << "answer of" << error.url << "was HTTP" << error.httpStatus << ":" << error.message;
                callback(Result<T>::failure(std::move(error)));
                return;
            }
            Result<T> decoded = decode(response.value().body);
            if (!decoded) {
                ApiError error = decoded.error();
                error.source = kSource;
                error.url = ConnectorSupport::shownUrl(response.value().url);
                error.httpStatus = response.value().status;
                qCInfo(lcEvolution).noquote() << "answer of" << error.url << "refused:" << error.message;
                callback(Result<T>::failure(std::move(error)));
                return;
            }
            callback(std::move(decoded));
        });
}

} // namespace

EvolutionClient::EvolutionClient(HttpClient* http, Options options)
    : m_http(http)
    , m_options(std::move(options))
{
}

QString EvolutionClient::digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

bool EvolutionClient::isConnectionClosed(const ApiError& error)
{
    return error.httpStatus >= 400 && error.message.contains(QLatin1String("Connection Closed"), Qt::CaseInsensitive);
}

QString EvolutionClient::numberNotOnWhatsApp(const ApiError& error)
{
    const qsizetype at = error.message.indexOf(kNotOnWhatsApp);
    return at < 0 ? QString() : error.message.mid(at + kNotOnWhatsApp.size());
}

QByteArray EvolutionClient::createBody(const CreateRequest& request)
{
    nlohmann::ordered_json body;
    body["instanceName"] = toStd(request.name);
    body["integration"] = "WHATSAPP-BAILEYS"; // effectively required: without it the server answers 400
    body["qrcode"] = request.qrcode;
    const QString number = digitsOf(request.pairingNumber);
    if (!number.isEmpty())
        body["number"] = toStd(number);
    if (!request.token.isEmpty())
        body["token"] = toStd(request.token);
    if (!request.webhookUrl.isEmpty()) {
        nlohmann::ordered_json events = nlohmann::ordered_json::array(); // must be an array: [] = every event
        for (const QString& event : request.webhookEvents)
            events.push_back(toStd(event));
        body["webhook"] = {
            {"url", toStd(request.webhookUrl)}, {"byEvents", false}, {"base64", false}, {"events", std::move(events)}};
    }
    return QByteArray::fromStdString(body.dump());
}

QByteArray EvolutionClient::sendTextBody(const QString& number, const QString& text)
{
    nlohmann::ordered_json body;
    const QString digits = number.contains(QLatin1Char('@')) ? number : digitsOf(number);
    body["number"] = toStd(digits);
    body["text"] = toStd(text);
    return QByteArray::fromStdString(body.dump());
}

HttpClient::RequestId EvolutionClient::fetchInstances(
    const QObject* context, Callback<QList<WhatsAppInstance>> callback)
{
    return sendAndDecode<QList<WhatsAppInstance>>(m_http,
        buildRequest(m_options, QByteArrayLiteral("GET"), QStringLiteral("/instance/fetchInstances")), QString(),
        context, &EvolutionDecoder::decodeInstances, std::move(callback));
}

HttpClient::RequestId EvolutionClient::connectionState(
    const QString& name, const QObject* context, Callback<WhatsAppState> callback)
{
    return sendAndDecode<WhatsAppState>(m_http,
        buildRequest(
            m_options, QByteArrayLiteral("GET"), instancePath(QStringLiteral("/instance/connectionState/"), name)),
        name, context, &EvolutionDecoder::decodeConnectionState, std::move(callback));
}

HttpClient::RequestId EvolutionClient::connect(
    const QString& name, const QString& pairingNumber, const QObject* context, Callback<WhatsAppConnectAnswer> callback)
{
    const QString number = digitsOf(pairingNumber);
    const QString query = number.isEmpty() ? QString() : QStringLiteral("number=") + number;
    // A GET that starts the socket: retrying it is harmless (a second call returns the cached QR).
    return sendAndDecode<WhatsAppConnectAnswer>(m_http,
        buildRequest(
            m_options, QByteArrayLiteral("GET"), instancePath(QStringLiteral("/instance/connect/"), name), query),
        name, context, &EvolutionDecoder::decodeConnect, std::move(callback));
}

HttpClient::RequestId EvolutionClient::create(
    const CreateRequest& request, const QObject* context, Callback<WhatsAppCreated> callback)
{
    if (request.name.trimmed().isEmpty()) {
        ConnectorSupport::failLater<WhatsAppCreated>(m_http, context, std::move(callback),
            configError(QCoreApplication::translate("EvolutionClient", "the new instance needs a name")));
        return 0;
    }
    return sendAndDecode<WhatsAppCreated>(m_http,
        buildRequest(
            m_options, QByteArrayLiteral("POST"), QStringLiteral("/instance/create"), QString(), createBody(request)),
        request.name, context, &EvolutionDecoder::decodeCreated, std::move(callback));
}

HttpClient::RequestId EvolutionClient::restart(
    const QString& name, const QObject* context, Callback<WhatsAppConnectAnswer> callback)
{
    return sendAndDecode<WhatsAppConnectAnswer>(m_http,
        buildRequest(m_options, QByteArrayLiteral("POST"), instancePath(QStringLiteral("/instance/restart/"), name)),
        name, context, &EvolutionDecoder::decodeConnect, std::move(callback));
}

HttpClient::RequestId EvolutionClient::setPresence(
    const QString& name, const QString& presence, const QObject* context, Callback<Done> callback)
{
    const QByteArray body = QByteArray::fromStdString(nlohmann::json{{"presence", toStd(presence)}}.dump());
    return sendAndDecode<Done>(
        m_http,
        buildRequest(m_options, QByteArrayLiteral("POST"), instancePath(QStringLiteral("/instance/setPresence/"), name),
            QString(), body),
        name, context, [](const QByteArray&) { return Result<Done>(Done{}); }, std::move(callback));
}

HttpClient::RequestId EvolutionClient::logout(const QString& name, const QObject* context, Callback<QString> callback)
{
    return sendAndDecode<QString>(m_http,
        buildRequest(m_options, QByteArrayLiteral("DELETE"), instancePath(QStringLiteral("/instance/logout/"), name)),
        name, context, &EvolutionDecoder::decodeDone, std::move(callback));
}

HttpClient::RequestId EvolutionClient::remove(const QString& name, const QObject* context, Callback<QString> callback)
{
    return sendAndDecode<QString>(m_http,
        buildRequest(m_options, QByteArrayLiteral("DELETE"), instancePath(QStringLiteral("/instance/delete/"), name)),
        name, context, &EvolutionDecoder::decodeDone, std::move(callback));
}

HttpClient::RequestId EvolutionClient::sendText(const QString& name, const QString& number, const QString& text,
    const QObject* context, Callback<WhatsAppSentMessage> callback)
{
    if (digitsOf(number).isEmpty() && !number.contains(QLatin1Char('@'))) {
        ConnectorSupport::failLater<WhatsAppSentMessage>(m_http, context, std::move(callback),
            configError(QCoreApplication::translate(
                "EvolutionClient", "enter the number with its country code, digits only (e.g. 5511988887777)")));
        return 0;
    }
    return sendAndDecode<WhatsAppSentMessage>(m_http,
        buildRequest(m_options, QByteArrayLiteral("POST"), instancePath(QStringLiteral("/message/sendText/"), name),
            QString(), sendTextBody(number, text)),
        name, context, &EvolutionDecoder::decodeSentMessage, std::move(callback));
}

} // namespace Fleetdeck
