#include "core/connectors/alertmanager/alertmanagerclient.h"

#include "core/connectors/connectorsupport.h"
#include "core/logging.h"
#include "core/net/retrypolicy.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace Fleetdeck {

namespace {

const QString kSource = QStringLiteral("Alertmanager");

ApiError configError(const QString& message, const QUrl& url = {})
{
    return ConnectorSupport::configError(kSource, message, url);
}

QByteArray queryEncode(const QList<QPair<QString, QString>>& parameters)
{
    QByteArray encoded;
    for (const auto& [name, value] : parameters) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

Result<HttpRequest> buildRequest(const AlertmanagerClient::Options& options, const QByteArray& method,
    const QString& path, const QList<QPair<QString, QString>>& parameters = {})
{
    const QUrl& base = options.url;
    const QString scheme = base.scheme().toLower();
    if (base.isEmpty())
        return Result<HttpRequest>::failure(configError(
            QCoreApplication::translate("AlertmanagerClient", "no URL is set; enter the address of Alertmanager")));
    if (!base.isValid() || base.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Result<HttpRequest>::failure(configError(
            QCoreApplication::translate("AlertmanagerClient", "\"%1\" is not an http:// or https:// address")
                .arg(base.toString())));
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + path);
    if (!parameters.isEmpty())
        url.setQuery(QString::fromLatin1(queryEncode(parameters)), QUrl::StrictMode);
    HttpRequest request;
    request.method = method;
    request.url = url;
    // QNetworkReply reports HTTP 400 (Alertmanager's answer to a refused silence or filter) as a protocol error,
    // which HttpClient takes for a failed transfer and loses the message. GETs go through HttpClient's lean
    // HTTP/1.1 transport, which keeps every status and policy; a POST (never retried anyway) takes any status
    // and this client reads the error itself.
    if (method == "GET")
        request.lightweight = true;
    else if (method == "POST")
        request.acceptAnyStatus = true;
    request.source = kSource;
    request.timeout = options.timeout;
    request.maxRetries = std::max(0, options.maxRetries);
    request.maxBodyBytes = options.maxBodyBytes;
    request.credential = ConnectorSupport::credentialFromSecret(options.secret);
    return Result<HttpRequest>(std::move(request));
}

QList<QPair<QString, QString>> filterParameters(const AlertmanagerClient::AlertFilter& filter, bool withUnprocessed)
{
    auto flag = [](bool on) {
        return on ? QStringLiteral("true") : QStringLiteral("false");
    };
    QList<QPair<QString, QString>> parameters{{QStringLiteral("active"), flag(filter.active)},
        {QStringLiteral("silenced"), flag(filter.silenced)}, {QStringLiteral("inhibited"), flag(filter.inhibited)}};
    if (withUnprocessed)
        parameters.append({QStringLiteral("unprocessed"), flag(filter.unprocessed)});
    for (const SilenceMatcher& matcher : filter.matchers)
        parameters.append({QStringLiteral("filter"), AlertmanagerClient::matcherText(matcher)});
    if (!filter.receiver.isEmpty())
        parameters.append({QStringLiteral("receiver"), filter.receiver});
    return parameters;
}

// HttpClient read the message out of the error body (a JSON string, or go-swagger's {"message":…}).
ApiError explainTransportError(ApiError error)
{
    error.source = kSource;
    if (error.kind == ApiError::Kind::Http && error.message == QStringLiteral("HTTP %1").arg(error.httpStatus))
        error.message = QStringLiteral("HTTP %1 without Alertmanager's error message; a proxy in front of "
                                       "Alertmanager answered, or the URL does not point at Alertmanager")
                            .arg(error.httpStatus);
    return error;
}

// The error an HTTP answer of 300 or more stands for (requests sent with acceptAnyStatus or through the lean
// transport, which does not follow redirects).
ApiError statusError(const HttpResponse& response)
{
    const int status = response.status;
    const QString text = AlertmanagerDecoder::errorMessage(response.body);
    ApiError error;
    if (status == 401 || status == 403) {
        error = ApiError::make(
            ApiError::Kind::Unauthorized, text.isEmpty() ? QStringLiteral("the credential was refused") : text, status);
    } else if (status == 429) {
        error = ApiError::make(ApiError::Kind::RateLimited, text.isEmpty() ? QStringLiteral("HTTP 429") : text, status);
        if (const auto wait =
                RetryPolicy::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc()))
            error.retryAfterSeconds = int(wait->count());
    } else if (status >= 300 && status < 400) {
        error = ApiError::make(ApiError::Kind::Http,
            QStringLiteral("HTTP %1: redirected to %2; use the final address as the Alertmanager URL")
                .arg(status)
                .arg(QString::fromLatin1(response.header("Location"))),
            status);
    } else {
        error = explainTransportError(ApiError::make(
            ApiError::Kind::Http, text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : text, status));
    }
    error.source = kSource;
    error.url = ConnectorSupport::shownUrl(response.url);
    return error;
}

template <typename T, typename Decode>
HttpClient::RequestId sendAndDecode(HttpClient* http, Result<HttpRequest> request, const QObject* context,
    Decode decode, AlertmanagerClient::Callback<T> callback)
{
    if (!request) {
        ConnectorSupport::failLater<T>(http, context, std::move(callback), request.error());
        return 0;
    }
    return http->send(std::move(request).value(), context,
        [decode = std::move(decode), callback = std::move(callback)](Result<HttpResponse> response) {
            if (!callback)
                return;
            if (!response) {
                callback(Result<T>::failure(explainTransportError(response.error())));
                return;
            }
            if (response.value().status >= 300) {
                callback(Result<T>::failure(statusError(response.value())));
                return;
            }
            Result<T> decoded = decode(response.value().body);
            if (!decoded) {
                ApiError error = decoded.error();
                error.source = kSource;
                error.url = ConnectorSupport::shownUrl(response.value().url);
                error.httpStatus = response.value().status;
                qCInfo(lcAlertmanager).noquote() << "answer of" << error.url << "refused:" << error.message;
                callback(Result<T>::failure(std::move(error)));
                return;
            }
            callback(std::move(decoded));
        });
}

bool isLabelName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

bool matchesEmpty(const SilenceMatcher& matcher)
{
    bool matches = matcher.value.isEmpty();
    if (matcher.isRegex) {
        const QRegularExpression regex(QRegularExpression::anchoredPattern(matcher.value));
        matches = regex.isValid() && regex.match(QString()).hasMatch();
    }
    return matcher.isEqual ? matches : !matches;
}

} // namespace

AlertmanagerClient::AlertmanagerClient(HttpClient* http, Options options)
    : m_http(http)
    , m_options(std::move(options))
{
}

QString AlertmanagerClient::rfc3339(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString AlertmanagerClient::matcherText(const SilenceMatcher& matcher)
{
    QString op = matcher.isRegex ? QStringLiteral("=~") : QStringLiteral("=");
    if (!matcher.isEqual)
        op = matcher.isRegex ? QStringLiteral("!~") : QStringLiteral("!=");
    QString value = matcher.value;
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return matcher.name + op + QLatin1Char('"') + value + QLatin1Char('"');
}

std::optional<QString> AlertmanagerClient::validateSilence(const Silence& silence, const QDateTime& now)
{
    if (silence.matchers.isEmpty())
        return QCoreApplication::translate("AlertmanagerClient", "a silence needs at least one matcher");
    bool selective = false;
    for (const SilenceMatcher& matcher : silence.matchers) {
        if (!isLabelName(matcher.name))
            return QCoreApplication::translate("AlertmanagerClient", "\"%1\" is not a valid label name")
                .arg(matcher.name);
        if (matcher.isRegex && !QRegularExpression(matcher.value).isValid())
            return QCoreApplication::translate("AlertmanagerClient", "\"%1\" is not a valid regular expression")
                .arg(matcher.value);
        selective = selective || !matchesEmpty(matcher);
    }
    if (!selective)
        return QCoreApplication::translate(
            "AlertmanagerClient", "at least one matcher must not match an empty value, or it would silence everything");
    if (!silence.startsAt.isValid() || !silence.endsAt.isValid())
        return QCoreApplication::translate("AlertmanagerClient", "a silence needs a start and an end time");
    if (silence.endsAt <= silence.startsAt)
        return QCoreApplication::translate("AlertmanagerClient", "the silence must start before it ends");
    if (now.isValid() && silence.endsAt <= now)
        return QCoreApplication::translate("AlertmanagerClient", "the silence would end in the past");
    if (silence.createdBy.trimmed().isEmpty())
        return QCoreApplication::translate("AlertmanagerClient", "say who creates the silence");
    if (silence.comment.trimmed().isEmpty())
        return QCoreApplication::translate("AlertmanagerClient", "say why the alerts are silenced (a comment)");
    return std::nullopt;
}

QByteArray AlertmanagerClient::silenceBody(const Silence& silence)
{
    nlohmann::ordered_json body;
    if (!silence.id.isEmpty())
        body["id"] = silence.id.toStdString();
    nlohmann::ordered_json matchers = nlohmann::ordered_json::array();
    for (const SilenceMatcher& matcher : silence.matchers) {
        nlohmann::ordered_json entry;
        entry["name"] = matcher.name.toStdString();
        entry["value"] = matcher.value.toStdString();
        entry["isRegex"] = matcher.isRegex;
        entry["isEqual"] = matcher.isEqual;
        matchers.push_back(std::move(entry));
    }
    body["matchers"] = std::move(matchers);
    body["startsAt"] = rfc3339(silence.startsAt).toStdString();
    body["endsAt"] = rfc3339(silence.endsAt).toStdString();
    body["createdBy"] = silence.createdBy.toStdString();
    body["comment"] = silence.comment.toStdString();
    return QByteArray::fromStdString(body.dump());
}

HttpClient::RequestId AlertmanagerClient::alerts(
    const AlertFilter& filter, const QObject* context, Callback<QList<ExternalAlert>> callback)
{
    return sendAndDecode<QList<ExternalAlert>>(m_http,
        buildRequest(
            m_options, QByteArrayLiteral("GET"), QStringLiteral("/api/v2/alerts"), filterParameters(filter, true)),
        context, &AlertmanagerDecoder::decodeAlerts, std::move(callback));
}

HttpClient::RequestId AlertmanagerClient::alertGroups(
    const AlertFilter& filter, const QObject* context, Callback<QList<AlertGroup>> callback)
{
    return sendAndDecode<QList<AlertGroup>>(m_http,
        buildRequest(m_options, QByteArrayLiteral("GET"), QStringLiteral("/api/v2/alerts/groups"),
            filterParameters(filter, false)),
        context, &AlertmanagerDecoder::decodeAlertGroups, std::move(callback));
}

HttpClient::RequestId AlertmanagerClient::silences(const QObject* context, Callback<QList<Silence>> callback)
{
    return sendAndDecode<QList<Silence>>(m_http,
        buildRequest(m_options, QByteArrayLiteral("GET"), QStringLiteral("/api/v2/silences")), context,
        &AlertmanagerDecoder::decodeSilences, std::move(callback));
}

HttpClient::RequestId AlertmanagerClient::createSilence(const QList<SilenceMatcher>& matchers,
    const QDateTime& startsAt, const QDateTime& endsAt, const QString& createdBy, const QString& comment,
    const QObject* context, Callback<QString> callback)
{
    Silence silence;
    silence.matchers = matchers;
    silence.startsAt = startsAt;
    silence.endsAt = endsAt;
    silence.createdBy = createdBy;
    silence.comment = comment;
    return updateSilence(silence, context, std::move(callback));
}

HttpClient::RequestId AlertmanagerClient::updateSilence(
    const Silence& silence, const QObject* context, Callback<QString> callback)
{
    // Alertmanager judges "in the past" by its own clock; a silence already over by ours is refused here too.
    if (const std::optional<QString> problem = validateSilence(silence, QDateTime::currentDateTimeUtc())) {
        ConnectorSupport::failLater<QString>(
            m_http, context, std::move(callback), configError(*problem, m_options.url));
        return 0;
    }
    Result<HttpRequest> request =
        buildRequest(m_options, QByteArrayLiteral("POST"), QStringLiteral("/api/v2/silences"));
    if (request) {
        request->body = silenceBody(silence);
        request->contentType = QByteArrayLiteral("application/json");
        request->idempotent = false; // a retry after a lost answer would create a second silence
    }
    qCInfo(lcAlertmanager).noquote() << (silence.id.isEmpty() ? "creating a silence" : "updating silence") << silence.id
                                     << "by" << silence.createdBy;
    return sendAndDecode<QString>(
        m_http, std::move(request), context, &AlertmanagerDecoder::decodeSilenceId, std::move(callback));
}

HttpClient::RequestId AlertmanagerClient::expireSilence(
    const QString& id, const QObject* context, Callback<Done> callback)
{
    if (id.trimmed().isEmpty()) {
        ConnectorSupport::failLater<Done>(m_http, context, std::move(callback),
            configError(QCoreApplication::translate("AlertmanagerClient", "no silence id was given"), m_options.url));
        return 0;
    }
    Result<HttpRequest> request = buildRequest(m_options, QByteArrayLiteral("DELETE"),
        QStringLiteral("/api/v2/silence/") + QString::fromLatin1(QUrl::toPercentEncoding(id.trimmed())));
    if (!request) {
        ConnectorSupport::failLater<Done>(m_http, context, std::move(callback), request.error());
        return 0;
    }
    qCInfo(lcAlertmanager).noquote() << "expiring silence" << id;
    return m_http->send(
        std::move(request).value(), context, [id, callback = std::move(callback)](Result<HttpResponse> response) {
            if (!callback)
                return;
            if (response) {
                callback(Result<Done>(Done{}));
                return;
            }
            ApiError error = explainTransportError(response.error());
            // A retried DELETE whose first attempt got through: the silence is expired, which is what was asked.
            if (error.httpStatus == 500 && error.message.contains(QLatin1String("already expired"))) {
                callback(Result<Done>(Done{}));
                return;
            }
            if (error.httpStatus == 404)
                error.message =
                    QStringLiteral("Alertmanager has no silence %1 (deleted, or another Alertmanager?)").arg(id);
            callback(Result<Done>::failure(std::move(error)));
        });
}

} // namespace Fleetdeck
