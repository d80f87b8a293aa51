#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Fleetdeck {

// How a request proves who it is. The value is a secret: it is never logged or shown.
struct Credential
{
    enum class Scheme
    {
        None,
        HeaderKey, // e.g. "apikey: <key>" (Evolution), "X-N8N-API-KEY: <key>" (n8n)
        Bearer, // "Authorization: Bearer <token>" (Stripe, OAuth)
        Basic, // "Authorization: Basic base64(user:password)" (Mautic)
    };
    Scheme scheme = Scheme::None;
    QByteArray headerName; // HeaderKey only
    QByteArray user; // Basic only
    QByteArray value;

    [[nodiscard]] bool isSet() const { return scheme != Scheme::None; }
    static Credential headerKey(QByteArray name, QByteArray value)
    {
        return {Scheme::HeaderKey, std::move(name), {}, std::move(value)};
    }
    static Credential bearer(QByteArray token) { return {Scheme::Bearer, {}, {}, std::move(token)}; }
    static Credential basic(QByteArray user, QByteArray password)
    {
        return {Scheme::Basic, {}, std::move(user), std::move(password)};
    }
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    static constexpr qint64 kDefaultMaxBodyBytes = 32 * 1024 * 1024;

    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QByteArray contentType; // set with a body
    Credential credential;
    std::chrono::milliseconds timeout{15000}; // per attempt, whole transfer
    std::optional<bool> idempotent; // default: GET, HEAD, PUT, DELETE, OPTIONS are
    int maxRetries = 3; // retries after the first attempt (idempotent requests only)
    qint64 maxBodyBytes = kDefaultMaxBodyBytes;
    // Any HTTP status is a response (health probes judge the status themselves); otherwise >= 400 is an error.
    bool acceptAnyStatus = false;
    // High-volume simple GET/HEAD (health probes): carried by the lean HTTP/1.1 transport instead of
    // QNetworkAccessManager (no proxy, no redirects followed). Every other policy is the same.
    bool lightweight = false;
    // Who is being asked, for messages ("n8n", "Stripe", "health probe").
    QString source;

    [[nodiscard]] bool isIdempotent() const;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    HeaderList headers;
    std::chrono::milliseconds elapsed{0}; // the final attempt, from sending to the last byte
    int attempts = 1;
    QDateTime tlsExpiresAt; // the peer certificate's expiry for https, invalid otherwise
    QUrl url;

    [[nodiscard]] QByteArray header(const QByteArray& name) const; // case-insensitive, first match
};

} // namespace Fleetdeck
