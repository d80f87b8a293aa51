#pragma once

#include "core/net/httprequest.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Fleetdeck {

// What one attempt of a request produced, whichever transport carried it.
struct AttemptOutcome
{
    enum class Failure
    {
        None,
        Network, // refused, unreachable, closed early, malformed answer
        Tls, // handshake or certificate verification failed
        TooLarge, // the body passed the cap; the transfer was stopped
        Aborted, // HttpClient stopped it (timeout, cancel)
    };
    Failure failure = Failure::None;
    QString errorText; // for Network/Tls, untranslated
    QStringList sslErrors;
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QDateTime tlsExpiresAt;
    QUrl url;
};

} // namespace Fleetdeck
