#include "core/net/httpclient.h"

#include "core/logging.h"
#include "core/net/http1transport.h"
#include "core/version.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace Fleetdeck {

namespace {

constexpr qint64 kReadBufferBytes = 256 * 1024;

QString displayUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    // 1-99 network layer, 101-199 proxy, 301-399 protocol; 201-299 and 401-499 mirror HTTP statuses.
    return (code >= 1 && code < 200) || (code >= 301 && code < 400);
}

QString networkErrorText(QNetworkReply* reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return transportFailureText(TransportFailure::Refused);
    case QNetworkReply::RemoteHostClosedError:
        return transportFailureText(TransportFailure::ClosedEarly);
    case QNetworkReply::HostNotFoundError:
        return transportFailureText(TransportFailure::HostNotFound);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return transportFailureText(TransportFailure::NetworkDown);
    default:
        return reply->errorString();
    }
}

QString jsonMessage(const nlohmann::json& value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_array()) {
        QStringList parts;
        for (const auto& item : value) {
            const QString part = jsonMessage(item);
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(QStringLiteral("; "));
    }
    if (value.is_object()) {
        for (const char* key : {"message", "msg", "response", "error", "errors"}) {
            const auto it = value.find(key);
            if (it != value.end()) {
                const QString text = jsonMessage(*it);
                if (!text.isEmpty())
                    return text;
            }
        }
    }
    return {};
}

} // namespace

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS";
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString errorMessageFromBody(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    const nlohmann::json parsed = nlohmann::json::parse(trimmed.constBegin(), trimmed.constEnd(), nullptr, false);
    if (!parsed.is_discarded()) {
        QString text = jsonMessage(parsed);
        return text.left(300);
    }
    // Short plain text (proxies, "Prometheus Server is Healthy."): keep it; HTML pages are not a message.
    if (trimmed.size() <= 200 && !trimmed.startsWith('<'))
        return QString::fromUtf8(trimmed).simplified();
    return {};
}

struct HttpClient::Call
{
    RequestId id = 0;
    HttpRequest request;
    QPointer<const QObject> context;
    bool hasContext = false;
    Callback callback;

    // The attempt in flight: a QNetworkReply, or an exchange on the lightweight transport.
    QPointer<QNetworkReply> reply;
    Http1Transport::ExchangeId exchange = 0;
    qint64 deadline = 0; // ms since m_clock started; 0 = none
    QByteArray body; // QNetworkReply path only
    QElapsedTimer clock;
    int attempts = 0;
    enum class Abort
    {
        None,
        Timeout,
        TooLarge,
        Cancelled,
    } abort = Abort::None;
    QDateTime tlsExpiresAt;
    QStringList sslErrors;
    bool finished = false;

    [[nodiscard]] bool inAttempt() const { return reply || exchange != 0; }
};

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_lean(new Http1Transport(this))
{
    m_nam->setAutoDeleteReplies(true);
    m_clock.start();
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &HttpClient::expireDeadlines);
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient()
{
    // Nobody is listening any more: abort quietly.
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto& call : calls) {
        call->finished = true;
        abortAttempt(call);
    }
}

void HttpClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCa = certificates;
    m_lean->setExtraCaCertificates(certificates);
}

void HttpClient::abortAttempt(const std::shared_ptr<Call>& call)
{
    if (call->reply)
        call->reply->abort();
    else if (call->exchange)
        m_lean->abort(call->exchange);
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("Fleetdeck/" FLEETDECK_VERSION);
}

bool HttpClient::isLoopbackHost(const QString& host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

HttpClient::RequestId HttpClient::send(HttpRequest request, const QObject* context, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->id = m_nextId++;
    call->request = std::move(request);
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);
    m_calls.insert(call->id, call);
    if (context) {
        // One watch per context, however many requests it has in flight.
        auto& ids = m_callsByContext[context];
        if (ids.isEmpty()) {
            m_contextWatches.insert(context, connect(context, &QObject::destroyed, this, [this, context] {
                m_contextWatches.remove(context);
                const QSet<RequestId> orphans = m_callsByContext.take(context);
                for (RequestId orphan : orphans) {
                    if (auto dropped = m_calls.take(orphan)) {
                        dropped->finished = true;
                        unwatchDeadline(dropped);
                        abortAttempt(dropped);
                    }
                }
            }));
        }
        ids.insert(call->id);
    }

    const QUrl& url = call->request.url;
    const QString scheme = url.scheme().toLower();
    std::optional<ApiError> early;
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty()) {
        early = ApiError::make(
            ApiError::Kind::Config, QStringLiteral("\"%1\" is not an http:// or https:// address").arg(url.toString()));
    } else if (call->request.credential.isSet() && scheme == QLatin1String("http") && !m_allowInsecureHttp
        && !isLoopbackHost(url.host())) {
        early = ApiError::make(ApiError::Kind::InsecureTransport,
            QStringLiteral("refused to send a credential over plain http:// to a non-loopback host; use https:// "
                           "or set allowInsecureHttp in the profile"));
    }
    if (early) {
        QMetaObject::invokeMethod(
            this,
            [this, call, error = *early]() mutable {
                error.source = call->request.source;
                error.url = displayUrl(call->request.url);
                complete(call, Result<HttpResponse>::failure(error));
            },
            Qt::QueuedConnection);
        return call->id;
    }
    startAttempt(call);
    return call->id;
}

void HttpClient::cancel(RequestId id)
{
    const auto call = m_calls.value(id);
    if (!call)
        return;
    call->abort = Call::Abort::Cancelled;
    if (call->inAttempt())
        abortAttempt(call); // finishAttempt() reports Cancelled
    else
        complete(call,
            Result<HttpResponse>::failure(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"))));
}

HeaderList HttpClient::requestHeaders(const HttpRequest& r)
{
    HeaderList headers;
    headers.append({QByteArrayLiteral("User-Agent"), userAgent()});
    headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, text/plain;q=0.8, */*;q=0.5")});
    if (!r.contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), r.contentType});
    switch (r.credential.scheme) {
    case Credential::Scheme::None:
        break;
    case Credential::Scheme::HeaderKey:
        headers.append({r.credential.headerName, r.credential.value});
        break;
    case Credential::Scheme::Bearer:
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + r.credential.value});
        break;
    case Credential::Scheme::Basic:
        headers.append({QByteArrayLiteral("Authorization"),
            "Basic " + QByteArray(r.credential.user + ':' + r.credential.value).toBase64()});
        break;
    }
    for (const auto& header : r.headers)
        headers.append(header);
    return headers;
}

void HttpClient::startAttempt(const std::shared_ptr<Call>& call)
{
    if (call->finished)
        return;
    ++call->attempts;
    call->body.clear();
    call->abort = Call::Abort::None;
    call->sslErrors.clear();
    call->tlsExpiresAt = QDateTime();
    call->clock.start();

    const HttpRequest& r = call->request;
    const QByteArray method = r.method.toUpper();
    const HeaderList headers = requestHeaders(r);

    watchDeadline(call, r.timeout);

    if (r.lightweight && (method == "GET" || method == "HEAD") && r.body.isEmpty()) {
        call->exchange = m_lean->start(method, r.url, headers, r.maxBodyBytes, [this, call](AttemptOutcome outcome) {
            call->exchange = 0;
            finishAttempt(call, std::move(outcome));
        });
        return;
    }

    QNetworkRequest request(r.url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // A credential never follows a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        r.credential.isSet() ? QNetworkRequest::SameOriginRedirectPolicy : QNetworkRequest::NoLessSafeRedirectPolicy);
    if (r.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_extraCa.isEmpty())
            tls.addCaCertificates(m_extraCa);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }

    QNetworkReply* reply = nullptr;
    if (method == "GET")
        reply = m_nam->get(request);
    else if (method == "HEAD")
        reply = m_nam->head(request);
    else
        reply = m_nam->sendCustomRequest(request, method, r.body);
    call->reply = reply;
    reply->setReadBufferSize(kReadBufferBytes);

    const qint64 cap = r.maxBodyBytes;
    auto abortTooLarge = [call] {
        if (call->abort == Call::Abort::None) {
            call->abort = Call::Abort::TooLarge;
            call->body = QByteArray(); // release what was read at once
            if (call->reply)
                call->reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [call, cap, abortTooLarge] {
        if (!call->reply)
            return;
        const QVariant length = call->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            abortTooLarge();
    });
    connect(reply, &QIODevice::readyRead, this, [call, cap, abortTooLarge] {
        if (!call->reply || call->abort != Call::Abort::None)
            return;
        call->body += call->reply->readAll();
        if (call->body.size() > cap)
            abortTooLarge();
    });
    connect(reply, &QNetworkReply::encrypted, this, [call] {
        if (call->reply)
            call->tlsExpiresAt = call->reply->sslConfiguration().peerCertificate().expiryDate().toUTC();
    });
    connect(reply, &QNetworkReply::sslErrors, this,
        [call](const QList<QSslError>& errors) { call->sslErrors << describeSslErrors(errors, &call->tlsExpiresAt); });
    connect(reply, &QNetworkReply::finished, this, [this, call] {
        QNetworkReply* done = call->reply;
        call->reply = nullptr;
        if (!done)
            return;
        AttemptOutcome outcome;
        outcome.url = done->url();
        outcome.tlsExpiresAt = call->tlsExpiresAt;
        outcome.sslErrors = call->sslErrors;
        outcome.status = done->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (call->abort == Call::Abort::None)
            call->body += done->readAll();
        if (call->abort != Call::Abort::None) {
            outcome.failure = AttemptOutcome::Failure::Aborted;
        } else if (done->error() != QNetworkReply::NoError
            && (outcome.status == 0
                // Qt reports an answered 400 as ProtocolInvalidOperationError: it is an answer, with a body to read.
                || (isTransportError(done->error())
                    && done->error() != QNetworkReply::ProtocolInvalidOperationError))) {
            const bool tls = done->error() == QNetworkReply::SslHandshakeFailedError || !call->sslErrors.isEmpty();
            outcome.failure = tls ? AttemptOutcome::Failure::Tls : AttemptOutcome::Failure::Network;
            outcome.errorText =
                tls && !call->sslErrors.isEmpty() ? call->sslErrors.join(QStringLiteral("; ")) : networkErrorText(done);
        } else {
            for (const auto& pair : done->rawHeaderPairs())
                outcome.headers.append(pair);
            outcome.body = std::move(call->body);
        }
        call->body = QByteArray();
        finishAttempt(call, std::move(outcome));
    });
}

void HttpClient::finishAttempt(const std::shared_ptr<Call>& call, AttemptOutcome outcome)
{
    unwatchDeadline(call);
    if (call->finished)
        return;

    const HttpRequest& r = call->request;
    const auto elapsed = std::chrono::milliseconds(call->clock.elapsed());
    const int status = outcome.status;
    const int retriesDone = call->attempts - 1;
    const bool mayRetry = r.isIdempotent() && retriesDone < r.maxRetries;
    const auto backoff = [&] {
        return m_retryPolicy.backoff(call->attempts, QRandomGenerator::global()->generateDouble());
    };

    auto fail = [&](ApiError error) {
        error.source = r.source;
        error.url = displayUrl(r.url);
        if (error.kind == ApiError::Kind::Tls)
            error.certificateExpiresAt = outcome.tlsExpiresAt;
        qCInfo(lcNet).noquote() << r.method << error.url << "failed:" << ApiError::kindName(error.kind)
                                << error.httpStatus << error.message;
        complete(call, Result<HttpResponse>::failure(std::move(error)));
    };

    if (outcome.failure == AttemptOutcome::Failure::TooLarge)
        call->abort = Call::Abort::TooLarge;
    switch (call->abort) {
    case Call::Abort::Cancelled:
        return fail(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled")));
    case Call::Abort::TooLarge:
        return fail(ApiError::make(ApiError::Kind::TooLarge,
            QStringLiteral("more than %1 MiB")
                .arg(static_cast<double>(r.maxBodyBytes) / (1024.0 * 1024.0), 0, 'f', 1)));
    case Call::Abort::Timeout:
        if (mayRetry && scheduleRetry(call, backoff()))
            return;
        return fail(ApiError::make(
            ApiError::Kind::Timeout, QStringLiteral("no complete answer within %1 ms").arg(r.timeout.count())));
    case Call::Abort::None:
        break;
    }

    if (outcome.failure == AttemptOutcome::Failure::Tls)
        return fail(ApiError::make(ApiError::Kind::Tls, outcome.errorText));
    if (outcome.failure != AttemptOutcome::Failure::None) {
        if (mayRetry && scheduleRetry(call, backoff()))
            return;
        return fail(ApiError::make(ApiError::Kind::Network, outcome.errorText));
    }

    HttpResponse response;
    response.status = status;
    response.elapsed = elapsed;
    response.attempts = call->attempts;
    response.tlsExpiresAt = outcome.tlsExpiresAt;
    response.url = outcome.url;
    response.headers = std::move(outcome.headers);
    response.body = std::move(outcome.body);

    if (r.acceptAnyStatus || (status >= 200 && status < 400))
        return complete(call, Result<HttpResponse>(std::move(response)));

    const bool throttled = status == 429;
    const bool serverSide = status == 500 || status == 502 || status == 503 || status == 504;
    if (throttled || serverSide) {
        const auto retryAfter =
            RetryPolicy::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
        // Stripe says outright when a retry would not help.
        const bool upstreamSaysNo = response.header("Stripe-Should-Retry") == "false";
        if (mayRetry && !upstreamSaysNo) {
            if (retryAfter && *retryAfter <= m_retryPolicy.maxRetryAfter) {
                if (scheduleRetry(call, std::chrono::duration_cast<std::chrono::milliseconds>(*retryAfter)))
                    return;
            } else if (!retryAfter) {
                if (scheduleRetry(call, backoff()))
                    return;
            }
        }
        const QString text = errorMessageFromBody(response.body);
        ApiError error = ApiError::make(throttled ? ApiError::Kind::RateLimited : ApiError::Kind::Http,
            text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : text, status);
        if (retryAfter)
            error.retryAfterSeconds = static_cast<int>(retryAfter->count());
        return fail(error);
    }
    const QString text = errorMessageFromBody(response.body);
    if (status == 401 || status == 403)
        return fail(ApiError::make(ApiError::Kind::Unauthorized,
            text.isEmpty() ? QStringLiteral("the credential was refused") : text, status));
    return fail(
        ApiError::make(ApiError::Kind::Http, text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : text, status));
}

// One timer for every deadline: requests come by the thousand and a QTimer each would cost more than the request.
void HttpClient::watchDeadline(const std::shared_ptr<Call>& call, std::chrono::milliseconds timeout)
{
    unwatchDeadline(call);
    call->deadline = m_clock.elapsed() + std::max<qint64>(1, timeout.count());
    m_deadlines.insert({call->deadline, call->id});
    rearmDeadlineTimer();
}

void HttpClient::unwatchDeadline(const std::shared_ptr<Call>& call)
{
    if (call->deadline == 0)
        return;
    auto [first, last] = m_deadlines.equal_range(call->deadline);
    for (auto it = first; it != last; ++it) {
        if (it->second == call->id) {
            m_deadlines.erase(it);
            break;
        }
    }
    call->deadline = 0;
}

void HttpClient::rearmDeadlineTimer()
{
    if (m_deadlines.empty()) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_deadlines.begin()->first - m_clock.elapsed());
    if (!m_deadlineTimer.isActive() || m_deadlineTimer.remainingTime() > wait)
        m_deadlineTimer.start(static_cast<int>(wait));
}

void HttpClient::expireDeadlines()
{
    const qint64 now = m_clock.elapsed();
    QList<std::shared_ptr<Call>> expired;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const RequestId id = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        if (auto call = m_calls.value(id)) {
            call->deadline = 0;
            expired << call;
        }
    }
    for (const auto& call : expired) {
        if (call->inAttempt() && call->abort == Call::Abort::None && !call->finished) {
            call->abort = Call::Abort::Timeout;
            abortAttempt(call);
        }
    }
    rearmDeadlineTimer();
}

bool HttpClient::scheduleRetry(const std::shared_ptr<Call>& call, std::chrono::milliseconds planned)
{
    const std::chrono::milliseconds wait = m_delayHook ? m_delayHook(planned) : planned;
    qCInfo(lcNet).noquote() << call->request.method << displayUrl(call->request.url) << "retry" << call->attempts
                            << "in" << planned.count() << "ms";
    QTimer::singleShot(wait, this, [this, call] {
        if (!call->finished && m_calls.contains(call->id))
            startAttempt(call);
    });
    return true;
}

void HttpClient::complete(const std::shared_ptr<Call>& call, Result<HttpResponse> result)
{
    if (call->finished)
        return;
    call->finished = true;
    m_calls.remove(call->id);
    unwatchDeadline(call);
    if (call->hasContext && call->context) {
        auto it = m_callsByContext.find(call->context.data());
        if (it != m_callsByContext.end()) {
            it->remove(call->id);
            if (it->isEmpty()) {
                disconnect(m_contextWatches.take(it.key()));
                m_callsByContext.erase(it);
            }
        }
    }
    if (call->hasContext && !call->context)
        return;
    if (call->callback)
        call->callback(std::move(result));
}

} // namespace Fleetdeck
