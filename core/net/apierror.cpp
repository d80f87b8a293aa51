#include "core/net/apierror.h"

#include <QCoreApplication>

namespace Fleetdeck {

ApiError ApiError::make(Kind kind, QString message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = std::move(message);
    error.httpStatus = httpStatus;
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InsecureTransport:
        return QStringLiteral("insecure-transport");
    case Kind::Config:
        return QStringLiteral("config");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toDisplayString() const
{
    const QString who = source.isEmpty() ? QCoreApplication::translate("ApiError", "The server") : source;
    const QString where = url.isEmpty() ? who : QCoreApplication::translate("ApiError", "%1 at %2").arg(who, url);
    switch (kind) {
    case Kind::Network:
        return QCoreApplication::translate("ApiError",
            "%1 could not be reached (%2). Check that the service is "
            "running and that this computer is online.")
            .arg(where, message);
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError",
            "%1 did not answer in time. It may be overloaded; Fleetdeck "
            "keeps the last known data and will try again.")
            .arg(where);
    case Kind::Tls:
        return QCoreApplication::translate("ApiError",
            "%1 failed the secure-connection check: %2. Renew or fix the "
            "certificate, or add its CA to the profile.")
            .arg(where, message);
    case Kind::Http:
        return QCoreApplication::translate("ApiError", "%1 answered %2: %3").arg(where).arg(httpStatus).arg(message);
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError",
            "%1 answered %2: the credential was refused. Store a valid "
            "key for this upstream in the profile.")
            .arg(where)
            .arg(httpStatus);
    case Kind::RateLimited:
        return retryAfterSeconds > 0 ? QCoreApplication::translate("ApiError",
                   "%1 is rate-limiting Fleetdeck (HTTP %2); it asked to wait "
                   "%3 s. Fleetdeck will slow down and retry.")
                                           .arg(where)
                                           .arg(httpStatus)
                                           .arg(retryAfterSeconds)
                                     : QCoreApplication::translate("ApiError",
                                         "%1 is rate-limiting Fleetdeck (HTTP %2). Fleetdeck will "
                                         "slow down and retry.")
                                           .arg(where)
                                           .arg(httpStatus);
    case Kind::Decode:
        return QCoreApplication::translate("ApiError",
            "%1 sent an answer Fleetdeck could not read (%2). The last "
            "good data is kept; check the service's version.")
            .arg(where, message);
    case Kind::TooLarge:
        return QCoreApplication::translate("ApiError",
            "%1 sent an answer larger than the limit (%2); it was "
            "dropped to protect memory.")
            .arg(where, message);
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request to %1 was cancelled.").arg(where);
    case Kind::InsecureTransport:
        return QCoreApplication::translate("ApiError",
            "Refused to send a credential to %1 over plain http://. Use "
            "https://, or set \"allowInsecureHttp\": true in the profile "
            "if this network is trusted.")
            .arg(where);
    case Kind::Config:
        return QCoreApplication::translate("ApiError", "%1 is not configured correctly: %2").arg(where, message);
    }
    return message;
}

} // namespace Fleetdeck
