#include "core/net/http1transport.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <cstring>

namespace Fleetdeck {

QString transportFailureText(TransportFailure failure)
{
    switch (failure) {
    case TransportFailure::Refused:
        return QCoreApplication::translate("HttpClient", "connection refused");
    case TransportFailure::ClosedEarly:
        return QCoreApplication::translate(
            "HttpClient", "the server closed the connection before the answer was complete");
    case TransportFailure::HostNotFound:
        return QCoreApplication::translate("HttpClient", "host name not found");
    case TransportFailure::NetworkDown:
        break;
    }
    return QCoreApplication::translate("HttpClient", "the network is unavailable");
}

QStringList describeSslErrors(const QList<QSslError>& errors, QDateTime* certificateExpiry)
{
    QStringList sentences;
    for (const QSslError& error : errors) {
        if (error.error() == QSslError::CertificateExpired) {
            sentences << QCoreApplication::translate("HttpClient", "the certificate expired on %1")
                             .arg(error.certificate().expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        } else {
            sentences << error.errorString();
        }
        if (!error.certificate().isNull() && certificateExpiry && !certificateExpiry->isValid())
            *certificateExpiry = error.certificate().expiryDate().toUTC();
    }
    return sentences;
}

namespace {
constexpr qsizetype kMaxLineBytes = 16 * 1024;
constexpr int kMaxHeaders = 200;
} // namespace

struct Http1Transport::Exchange
{
    ExchangeId id = 0;
    QString originKey;
    QUrl url;
    QByteArray requestBytes;
    bool head = false;
    qint64 maxBody = 0;
    Done done;
    Connection* connection = nullptr;
    QDateTime tlsExpiresAt; // kept when the connection is gone (a failed TLS handshake)
    bool retriedAfterStaleConnection = false;
};

struct Http1Transport::Connection
{
    enum class State
    {
        Idle,
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        ChunkTrailer,
        UntilClose,
    };
    QTcpSocket* socket = nullptr;
    Origin* origin = nullptr;
    std::shared_ptr<Exchange> exchange;
    bool ready = false;
    bool dead = false;
    int requestsSent = 0;
    QDateTime tlsExpiresAt;
    QStringList sslErrors;

    State state = State::Idle;
    QByteArray buffer;
    qsizetype pos = 0; // parsed up to here; the buffer is compacted after each read
    bool receivedAny = false;
    int status = 0;
    bool http10 = false;
    HeaderList headers;
    QByteArray body;
    qint64 remaining = 0;
};

struct Http1Transport::Origin
{
    QString key;
    bool tls = false;
    QString host;
    quint16 port = 0;
    QList<Connection*> connections;
    QQueue<std::shared_ptr<Exchange>> pending;
};

Http1Transport::Http1Transport(QObject* parent)
    : QObject(parent)
{
}

Http1Transport::~Http1Transport()
{
    for (const auto& origin : std::as_const(m_origins)) {
        for (Connection* c : std::as_const(origin->connections)) {
            c->socket->disconnect(this);
            c->socket->abort();
            delete c->socket;
            delete c;
        }
    }
}

int Http1Transport::openConnections() const
{
    int n = 0;
    for (const auto& origin : m_origins)
        n += static_cast<int>(origin->connections.size());
    return n;
}

Http1Transport::ExchangeId Http1Transport::start(
    const QByteArray& method, const QUrl& url, const HeaderList& headers, qint64 maxBodyBytes, Done done)
{
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const quint16 port = static_cast<quint16>(url.port(tls ? 443 : 80));
    const QString host = url.host();
    const QString key = (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + QLatin1Char(':')
        + QString::number(port);

    auto exchange = std::make_shared<Exchange>();
    exchange->id = m_nextId++;
    exchange->originKey = key;
    exchange->url = url;
    exchange->head = method == "HEAD";
    exchange->maxBody = maxBodyBytes;
    exchange->done = std::move(done);

    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray hostHeader = url.host(QUrl::FullyEncoded).toUtf8();
    if (hostHeader.contains(':'))
        hostHeader = '[' + hostHeader + ']';
    if (url.port() > 0 && url.port() != (tls ? 443 : 80))
        hostHeader += ':' + QByteArray::number(url.port());
    QByteArray request;
    request.reserve(256);
    request += method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n";
    for (const auto& [name, value] : headers)
        request += name + ": " + value + "\r\n";
    request += "Connection: keep-alive\r\n\r\n";
    exchange->requestBytes = std::move(request);

    auto& origin = m_origins[key];
    if (!origin) {
        origin = std::make_shared<Origin>();
        origin->key = key;
        origin->tls = tls;
        origin->host = host;
        origin->port = port;
    }
    m_exchanges.insert(exchange->id, exchange);
    origin->pending.enqueue(exchange);
    dispatch(*origin);
    return exchange->id;
}

void Http1Transport::dispatch(Origin& origin)
{
    while (!origin.pending.isEmpty()) {
        Connection* free = nullptr;
        for (Connection* c : std::as_const(origin.connections)) {
            if (!c->exchange && !c->dead) {
                free = c;
                break;
            }
        }
        if (!free && origin.connections.size() < m_maxPerOrigin)
            free = openConnection(origin);
        if (!free)
            return;
        assign(free, origin.pending.dequeue());
    }
}

Http1Transport::Connection* Http1Transport::openConnection(Origin& origin)
{
    auto* c = new Connection;
    c->origin = &origin;
    if (origin.tls) {
        auto* ssl = new QSslSocket(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!m_extraCa.isEmpty())
            config.addCaCertificates(m_extraCa);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::encrypted, this, [this, c, ssl] {
            c->ready = true;
            c->tlsExpiresAt = ssl->peerCertificate().expiryDate().toUTC();
            if (c->exchange)
                sendRequest(c);
        });
        connect(ssl, &QSslSocket::sslErrors, this,
            [c](const QList<QSslError>& errors) { c->sslErrors << describeSslErrors(errors, &c->tlsExpiresAt); });
        c->socket = ssl;
    } else {
        c->socket = new QTcpSocket(this);
        connect(c->socket, &QTcpSocket::connected, this, [this, c] {
            c->ready = true;
            if (c->exchange)
                sendRequest(c);
        });
    }
    c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
    connect(c->socket, &QTcpSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError error) {
        QString text;
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            text = transportFailureText(TransportFailure::Refused);
            break;
        case QAbstractSocket::RemoteHostClosedError:
            text = transportFailureText(TransportFailure::ClosedEarly);
            break;
        case QAbstractSocket::HostNotFoundError:
            text = transportFailureText(TransportFailure::HostNotFound);
            break;
        case QAbstractSocket::NetworkError:
            text = transportFailureText(TransportFailure::NetworkDown);
            break;
        default:
            text = c->socket->errorString();
            break;
        }
        onClosedOrFailed(c, text, error == QAbstractSocket::SslHandshakeFailedError || !c->sslErrors.isEmpty());
    });
    connect(c->socket, &QTcpSocket::disconnected, this,
        [this, c] { onClosedOrFailed(c, transportFailureText(TransportFailure::ClosedEarly), false); });
    origin.connections.append(c);
    if (origin.tls)
        static_cast<QSslSocket*>(c->socket)->connectToHostEncrypted(origin.host, origin.port, origin.host);
    else
        c->socket->connectToHost(origin.host, origin.port);
    return c;
}

void Http1Transport::assign(Connection* connection, const std::shared_ptr<Exchange>& exchange)
{
    connection->exchange = exchange;
    exchange->connection = connection;
    if (connection->ready)
        sendRequest(connection);
}

void Http1Transport::sendRequest(Connection* c)
{
    c->state = Connection::State::StatusLine;
    c->buffer.clear();
    c->pos = 0;
    c->receivedAny = false;
    c->status = 0;
    c->headers.clear();
    c->body.clear();
    c->remaining = 0;
    ++c->requestsSent;
    c->socket->write(c->exchange->requestBytes);
    c->socket->flush(); // write now instead of on the next event-loop pass
}

void Http1Transport::onReadyRead(Connection* c)
{
    if (c->dead)
        return;
    const QByteArray data = c->socket->readAll();
    if (data.isEmpty())
        return;
    if (!c->exchange)
        return; // bytes nobody asked for: ignore
    if (c->pos >= c->buffer.size()) {
        c->buffer = data;
        c->pos = 0;
    } else {
        c->buffer += data;
    }
    c->receivedAny = true;
    parse(c);
    if (!c->dead) {
        if (c->pos >= c->buffer.size()) {
            c->buffer.clear();
            c->pos = 0;
        } else if (c->pos > 0) {
            c->buffer.remove(0, c->pos);
            c->pos = 0;
        }
    }
}

namespace {

QByteArray copyTrimmed(const char* begin, const char* end)
{
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    return QByteArray(begin, end - begin);
}

bool equalsIgnoringCase(const QByteArray& a, const char* b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

void Http1Transport::parse(Connection* c)
{
    using State = Connection::State;
    struct Line
    {
        const char* begin = nullptr;
        qsizetype size = 0;
        [[nodiscard]] bool isEmpty() const { return size == 0; }
    };
    // Lines are views into the buffer: nothing is copied until a header is kept.
    const auto takeLine = [c](Line& line) {
        const qsizetype end = c->buffer.indexOf('\n', c->pos);
        if (end < 0)
            return false;
        qsizetype size = end - c->pos;
        if (size > 0 && c->buffer.at(end - 1) == '\r')
            --size;
        line = {c->buffer.constData() + c->pos, size};
        c->pos = end + 1;
        return true;
    };
    const auto pending = [c] {
        return c->buffer.size() - c->pos;
    };
    const auto tooLarge = [this, c] {
        auto exchange = c->exchange;
        c->exchange.reset();
        dropConnection(c);
        fail(exchange, AttemptOutcome::Failure::TooLarge, QStringLiteral("the answer is larger than the limit"));
    };
    const auto malformed = [this, c](const QString& what) {
        auto exchange = c->exchange;
        c->exchange.reset();
        dropConnection(c);
        fail(exchange, AttemptOutcome::Failure::Network, QStringLiteral("malformed HTTP answer: %1").arg(what));
    };
    const qint64 cap = c->exchange->maxBody;
    Line line;
    for (;;) {
        switch (c->state) {
        case State::Idle:
            return;
        case State::StatusLine: {
            if (!takeLine(line))
                return pending() > kMaxLineBytes ? malformed(QStringLiteral("status line too long")) : void();
            if (line.isEmpty())
                continue;
            const QByteArray text = QByteArray::fromRawData(line.begin, line.size);
            if (!text.startsWith("HTTP/1.") || text.size() < 12)
                return malformed(QStringLiteral("no status line"));
            c->http10 = text.at(7) == '0';
            bool ok = false;
            c->status = QByteArray(line.begin + 9, 3).toInt(&ok);
            if (!ok)
                return malformed(QStringLiteral("bad status code"));
            c->headers.clear();
            c->state = State::Headers;
            break;
        }
        case State::Headers: {
            if (!takeLine(line))
                return pending() > kMaxLineBytes ? malformed(QStringLiteral("header too long")) : void();
            if (!line.isEmpty()) {
                const char* colon =
                    static_cast<const char*>(std::memchr(line.begin, ':', static_cast<size_t>(line.size)));
                if (!colon || colon == line.begin || c->headers.size() >= kMaxHeaders)
                    return malformed(QStringLiteral("bad header"));
                c->headers.append({copyTrimmed(line.begin, colon), copyTrimmed(colon + 1, line.begin + line.size)});
                break;
            }
            if (c->status >= 100 && c->status < 200) { // interim answer: the real one follows
                c->state = State::StatusLine;
                break;
            }
            QByteArray length, encoding;
            for (const auto& [name, value] : std::as_const(c->headers)) {
                if (equalsIgnoringCase(name, "Content-Length"))
                    length = value;
                else if (equalsIgnoringCase(name, "Transfer-Encoding"))
                    encoding = value.toLower();
            }
            if (c->exchange->head || c->status == 204 || c->status == 304)
                return complete(c, true);
            if (encoding.contains("chunked")) {
                c->state = State::ChunkSize;
            } else if (!length.isEmpty()) {
                bool ok = false;
                c->remaining = length.toLongLong(&ok);
                if (!ok || c->remaining < 0)
                    return malformed(QStringLiteral("bad Content-Length"));
                if (c->remaining > cap)
                    return tooLarge();
                if (c->remaining == 0)
                    return complete(c, true);
                c->state = State::Body;
            } else {
                c->state = State::UntilClose;
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype take = std::min<qsizetype>(c->remaining, pending());
            c->body.append(c->buffer.constData() + c->pos, take);
            c->pos += take;
            c->remaining -= take;
            if (c->remaining > 0)
                return;
            if (c->state == State::Body)
                return complete(c, true);
            c->state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(line))
                return;
            bool ok = false;
            const QByteArray text(line.begin, line.size);
            const qint64 size = text.split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return malformed(QStringLiteral("bad chunk size"));
            if (size == 0) {
                c->state = State::ChunkTrailer;
                break;
            }
            if (c->body.size() + size > cap)
                return tooLarge();
            c->remaining = size;
            c->state = State::ChunkData;
            break;
        }
        case State::ChunkDataEnd:
            if (!takeLine(line))
                return;
            c->state = State::ChunkSize;
            break;
        case State::ChunkTrailer:
            if (!takeLine(line))
                return;
            if (line.isEmpty())
                return complete(c, true);
            break;
        case State::UntilClose:
            c->body.append(c->buffer.constData() + c->pos, pending());
            c->pos = c->buffer.size();
            if (c->body.size() > cap)
                return tooLarge();
            return;
        }
    }
}

void Http1Transport::complete(Connection* c, bool keepAlive)
{
    auto exchange = c->exchange;
    c->exchange.reset();
    exchange->connection = nullptr;
    AttemptOutcome outcome;
    outcome.status = c->status;
    outcome.headers = std::move(c->headers);
    outcome.body = std::move(c->body);
    outcome.tlsExpiresAt = c->tlsExpiresAt;
    outcome.url = exchange->url;
    c->headers = {};
    c->body = {};
    c->state = Connection::State::Idle;

    bool reuse = keepAlive && !c->http10 && c->pos >= c->buffer.size();
    for (const auto& [name, value] : std::as_const(outcome.headers)) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0 && value.toLower().contains("close"))
            reuse = false;
    }
    Origin* origin = c->origin;
    if (!reuse)
        dropConnection(c);
    m_exchanges.remove(exchange->id);
    dispatch(*origin);
    exchange->done(std::move(outcome));
}

void Http1Transport::onClosedOrFailed(Connection* c, const QString& error, bool tls)
{
    if (c->dead)
        return;
    Origin* origin = c->origin;
    auto exchange = c->exchange;
    if (!exchange) {
        dropConnection(c);
        return;
    }
    if (c->state == Connection::State::UntilClose) {
        c->body += c->buffer.mid(c->pos) + c->socket->readAll();
        c->pos = c->buffer.size();
        return complete(c, false);
    }
    // A kept-alive connection the server had closed in the meantime: try once more on a fresh one.
    if (!c->receivedAny && c->requestsSent > 1 && !exchange->retriedAfterStaleConnection) {
        exchange->retriedAfterStaleConnection = true;
        exchange->connection = nullptr;
        c->exchange.reset();
        dropConnection(c);
        // Its idle siblings were kept alive just as long: assume the server closed them too.
        const auto siblings = origin->connections;
        for (Connection* sibling : siblings) {
            if (!sibling->exchange)
                dropConnection(sibling);
        }
        origin->pending.prepend(exchange);
        dispatch(*origin);
        return;
    }
    const QStringList sslErrors = c->sslErrors;
    exchange->tlsExpiresAt = c->tlsExpiresAt;
    c->exchange.reset();
    exchange->connection = nullptr;
    dropConnection(c);
    if (tls)
        fail(exchange, AttemptOutcome::Failure::Tls, sslErrors.isEmpty() ? error : sslErrors.join(QStringLiteral("; ")),
            sslErrors);
    else
        fail(exchange, AttemptOutcome::Failure::Network, error);
    dispatch(*origin);
}

void Http1Transport::fail(const std::shared_ptr<Exchange>& exchange, AttemptOutcome::Failure failure,
    const QString& text, const QStringList& sslErrors)
{
    if (!m_exchanges.remove(exchange->id))
        return;
    AttemptOutcome outcome;
    outcome.failure = failure;
    outcome.errorText = text;
    outcome.sslErrors = sslErrors;
    outcome.url = exchange->url;
    outcome.tlsExpiresAt = exchange->tlsExpiresAt;
    exchange->done(std::move(outcome));
}

void Http1Transport::dropConnection(Connection* c)
{
    if (c->dead)
        return;
    c->dead = true;
    c->origin->connections.removeOne(c);
    c->socket->disconnect(this);
    c->socket->abort();
    c->socket->deleteLater();
    // The struct may still be referenced by a signal being delivered right now; free it afterwards.
    QMetaObject::invokeMethod(
        this, [c] { delete c; }, Qt::QueuedConnection);
}

void Http1Transport::abort(ExchangeId id)
{
    const auto exchange = m_exchanges.value(id);
    if (!exchange)
        return;
    Origin* origin = m_origins.value(exchange->originKey).get();
    if (Connection* c = exchange->connection) {
        c->exchange.reset();
        exchange->connection = nullptr;
        dropConnection(c);
    } else if (origin) {
        origin->pending.removeOne(exchange);
    }
    fail(exchange, AttemptOutcome::Failure::Aborted, QStringLiteral("aborted"));
    if (origin)
        dispatch(*origin);
}

} // namespace Fleetdeck
