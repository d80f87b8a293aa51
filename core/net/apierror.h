#pragma once

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// A failure of a call to an upstream, described so a person can act on it.
struct ApiError
{
    enum class Kind
    {
        Network,
        Timeout,
        Tls,
        Http,
        Unauthorized,
        RateLimited,
        Decode,
        TooLarge,
        Cancelled,
        InsecureTransport,
        Config,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    // Untranslated, for logs; names the upstream and what happened.
    QString message;
    // What the upstream is ("n8n", "health probe") and where it was asked.
    QString source;
    QString url;
    // Set for TLS failures when the peer presented a certificate (probes report its expiry).
    QDateTime certificateExpiresAt;
    // Seconds the upstream asked us to wait (429/503 Retry-After), 0 when it did not say.
    int retryAfterSeconds = 0;

    static ApiError make(Kind kind, QString message, int httpStatus = 0);

    // The translated sentence shown to people: what failed, where, and what to do.
    [[nodiscard]] QString toDisplayString() const;
    [[nodiscard]] static QString kindName(Kind kind);
};

} // namespace Fleetdeck
