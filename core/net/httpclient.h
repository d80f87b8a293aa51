#pragma once

#include "core/net/attemptoutcome.h"
#include "core/net/httprequest.h"
#include "core/net/retrypolicy.h"
#include "core/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace Fleetdeck {
class Http1Transport;
}

namespace Fleetdeck {

// The one HTTP path every connector uses: timeouts, retries with backoff for idempotent calls,
// Retry-After, a cap on the body size, the Fleetdeck User-Agent, per-upstream credentials, and the
// rule that credentials never travel over plain http:// except to loopback (unless allowed).
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<HttpResponse>)>;
    using RequestId = quint64;
    // Returns how long to actually wait for a planned retry delay (tests return 0 and record the plan).
    using DelayHook = std::function<std::chrono::milliseconds(std::chrono::milliseconds planned)>;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }
    [[nodiscard]] bool allowInsecureHttp() const { return m_allowInsecureHttp; }
    // Extra trusted CAs (self-hosted services with a private CA); system CAs stay trusted.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    [[nodiscard]] const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setDelayHook(DelayHook hook) { m_delayHook = std::move(hook); }

    // The callback runs on `context`'s thread, never synchronously inside send(), and not at all when
    // `context` is destroyed first (the transfer is then aborted).
    RequestId send(HttpRequest request, const QObject* context, Callback callback);
    void cancel(RequestId id); // the callback receives Cancelled
    [[nodiscard]] int inFlight() const { return static_cast<int>(m_calls.size()); }

    static QByteArray userAgent(); // "Fleetdeck/<version>"
    // True for 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString& host);

private:
    struct Call;
    static HeaderList requestHeaders(const HttpRequest& request);
    void startAttempt(const std::shared_ptr<Call>& call);
    void abortAttempt(const std::shared_ptr<Call>& call);
    void finishAttempt(const std::shared_ptr<Call>& call, AttemptOutcome outcome);
    void complete(const std::shared_ptr<Call>& call, Result<HttpResponse> result);
    bool scheduleRetry(const std::shared_ptr<Call>& call, std::chrono::milliseconds planned);
    void watchDeadline(const std::shared_ptr<Call>& call, std::chrono::milliseconds timeout);
    void unwatchDeadline(const std::shared_ptr<Call>& call);
    void rearmDeadlineTimer();
    void expireDeadlines();

    QNetworkAccessManager* m_nam = nullptr;
    Http1Transport* m_lean = nullptr;
    QHash<RequestId, std::shared_ptr<Call>> m_calls;
    QHash<const QObject*, QSet<RequestId>> m_callsByContext;
    QHash<const QObject*, QMetaObject::Connection> m_contextWatches;
    std::multimap<qint64, RequestId> m_deadlines; // ms on m_clock -> request
    QElapsedTimer m_clock;
    QTimer m_deadlineTimer;
    RequestId m_nextId = 1;
    bool m_allowInsecureHttp = false;
    QList<QSslCertificate> m_extraCa;
    RetryPolicy m_retryPolicy;
    DelayHook m_delayHook;
};

// Pulls a person-readable message out of the usual error bodies ({"message":…}, {"error":{"message":…}},
// {"response":{"message":[…]}}, a JSON string, or short plain text). Empty when there is none.
QString errorMessageFromBody(const QByteArray& body);

} // namespace Fleetdeck
