#pragma once

#include "core/net/httprequest.h"

#include <QDateTime>
#include <QList>
#include <QSslError>
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

// Why no answer arrived, in the words both transports use (translated: people read them in health results).
enum class TransportFailure
{
    Refused,
    ClosedEarly,
    HostNotFound,
    NetworkDown,
};
QString transportFailureText(TransportFailure failure);

// Turns a TLS handshake's errors into sentences (an expired certificate names its date) and returns the
// peer certificate's expiry when one was presented, so probes report it even when the handshake failed.
QStringList describeSslErrors(const QList<QSslError>& errors, QDateTime* certificateExpiry);

} // namespace Fleetdeck
