#pragma once

#include "core/connectors/evolution/evolutiondecoder.h"
#include "core/domain/whatsappinstance.h"
#include "core/net/httpclient.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

namespace Fleetdeck {

// Evolution API v2 (2.3.x) over the shared HttpClient: the instance inventory, live connection states, pairing
// (QR or pairing code), restart, presence, logout, delete and text messages. Every call sends the global key in
// the `apikey` header; instance keys are never sent, shown or logged. Reads are retried on network errors;
// nothing that changes an instance is. Errors name the instance and, where the server gives one, its reason:
// "5511… is not on WhatsApp", "Connection Closed" (isConnectionClosed), "the instance … does not exist".
//
// Callbacks run on `context`'s thread, never inside the call, and not at all once `context` is destroyed.
class EvolutionClient
{
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    struct Options
    {
        QUrl url; // the server root, e.g. https://evo.example.com (no /api prefix)
        QByteArray apiKey; // the global key (AUTHENTICATION_API_KEY); a value, never logged
        std::chrono::milliseconds timeout{15000};
        int maxRetries = 2;
        qint64 maxBodyBytes = 32LL * 1024 * 1024;
    };

    struct CreateRequest
    {
        QString name;
        QString pairingNumber; // digits with country code: the answer carries a pairing code for it
        bool qrcode = true; // start pairing at once (the answer carries the first QR, or only a count)
        QString token; // an own instance key; empty = the server makes one (the answer's instanceKey)
        QString webhookUrl; // empty = no webhook
        QStringList webhookEvents; // QRCODE_UPDATED, CONNECTION_UPDATE, ...; empty = every event
    };

    EvolutionClient(HttpClient* http, Options options);
    [[nodiscard]] const Options& options() const { return m_options; }

    // GET /instance/fetchInstances
    HttpClient::RequestId fetchInstances(const QObject* context, Callback<QList<WhatsAppInstance>> callback);
    // GET /instance/connectionState/{name}
    HttpClient::RequestId connectionState(
        const QString& name, const QObject* context, Callback<WhatsAppState> callback);
    // GET /instance/connect/{name}[?number=…]: starts pairing when the instance is closed.
    HttpClient::RequestId connect(const QString& name, const QString& pairingNumber, const QObject* context,
        Callback<WhatsAppConnectAnswer> callback);
    // POST /instance/create with integration WHATSAPP-BAILEYS.
    HttpClient::RequestId create(
        const CreateRequest& request, const QObject* context, Callback<WhatsAppCreated> callback);
    // POST /instance/restart/{name}: a connect-shaped answer; a closed instance gives a SoftError answer.
    HttpClient::RequestId restart(
        const QString& name, const QObject* context, Callback<WhatsAppConnectAnswer> callback);
    // POST /instance/setPresence/{name} {"presence":…}: available, unavailable, composing, recording, paused.
    HttpClient::RequestId setPresence(
        const QString& name, const QString& presence, const QObject* context, Callback<Done> callback);
    // DELETE /instance/logout/{name}: the instance stays and can be paired again.
    HttpClient::RequestId logout(const QString& name, const QObject* context, Callback<QString> callback);
    // DELETE /instance/delete/{name}: removal is asynchronous; the inventory may list it for a moment.
    HttpClient::RequestId remove(const QString& name, const QObject* context, Callback<QString> callback);
    // POST /message/sendText/{name} {"number","text"}.
    HttpClient::RequestId sendText(const QString& name, const QString& number, const QString& text,
        const QObject* context, Callback<WhatsAppSentMessage> callback);

    // The request bodies, for tests and the log.
    static QByteArray createBody(const CreateRequest& request);
    static QByteArray sendTextBody(const QString& number, const QString& text);
    // True for the error Evolution gives when the WhatsApp socket is closed under an instance that may still
    // report `open` (500 "Connection Closed"): the sign of an instance that is connected but dead.
    static bool isConnectionClosed(const ApiError& error);
    // The number sendText reported as not on WhatsApp; empty when the error is something else.
    static QString numberNotOnWhatsApp(const ApiError& error);
    // Digits only ("+55 (11) 99999-0000" -> "5511999990000"); empty when there are none.
    static QString digitsOf(const QString& phone);

private:
    HttpClient* m_http;
    Options m_options;
};

} // namespace Fleetdeck
