#pragma once

#include "core/net/attemptoutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QTcpSocket;

namespace Fleetdeck {

// A lean HTTP/1.1 client for high-volume, simple GET/HEAD requests (health probes of thousands of
// sites): keep-alive connections pooled per origin, Content-Length / chunked / read-until-close
// bodies, TLS with the peer certificate's expiry, and a body cap. No proxies, no redirects followed
// (a 3xx is an answer), no compression. HttpClient decides when to use it and owns every policy
// (timeouts, retries, credentials, error wording); this class only moves bytes.
class Http1Transport : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(AttemptOutcome)>;
    using ExchangeId = quint64;

    explicit Http1Transport(QObject* parent = nullptr);
    ~Http1Transport() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCa = certificates; }
    void setMaxConnectionsPerOrigin(int max) { m_maxPerOrigin = std::max(1, max); }

    // `done` runs exactly once, never inside start(); after abort() it runs inside abort() with Aborted.
    ExchangeId start(
        const QByteArray& method, const QUrl& url, const HeaderList& headers, qint64 maxBodyBytes, Done done);
    void abort(ExchangeId id);

    [[nodiscard]] int openConnections() const;

private:
    struct Exchange;
    struct Connection;
    struct Origin;

    void dispatch(Origin& origin);
    void assign(Connection* connection, const std::shared_ptr<Exchange>& exchange);
    void sendRequest(Connection* connection);
    void onReadyRead(Connection* connection);
    void parse(Connection* connection);
    void onClosedOrFailed(Connection* connection, const QString& error, bool tls);
    void complete(Connection* connection, bool keepAlive);
    void fail(const std::shared_ptr<Exchange>& exchange, AttemptOutcome::Failure failure, const QString& text,
        const QStringList& sslErrors = {});
    void dropConnection(Connection* connection);
    Connection* openConnection(Origin& origin);

    QHash<QString, std::shared_ptr<Origin>> m_origins;
    QHash<ExchangeId, std::shared_ptr<Exchange>> m_exchanges;
    ExchangeId m_nextId = 1;
    int m_maxPerOrigin = 6;
    QList<QSslCertificate> m_extraCa;
};

} // namespace Fleetdeck
