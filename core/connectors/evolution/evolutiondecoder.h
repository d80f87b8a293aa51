#pragma once

#include "core/domain/whatsappinstance.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fleetdeck {

// Pure functions from the bodies of Evolution API v2 (2.3.x) to domain values. Nothing throws. The shapes and
// their quirks (count-only QR objects, soft errors with HTTP 200, a missing `state`, error messages that are an
// array or a string) are in platform-apis.md §1.
class EvolutionDecoder
{
public:
    // GET /instance/fetchInstances: an array of database rows. Each row's `token` (the instance key) is dropped.
    static Result<QList<WhatsAppInstance>> decodeInstances(const QByteArray& body);
    // GET /instance/connectionState/{name}: {"instance":{"instanceName","state"}}; no state = Unknown.
    static Result<WhatsAppState> decodeConnectionState(const QByteArray& body);
    // GET /instance/connect/{name} and POST /instance/restart/{name}: a QR object (any of its keys may be
    // missing), {"instance":{…,"state":"open"}}, or {"error":true,"message":…} with HTTP 200.
    static Result<WhatsAppConnectAnswer> decodeConnect(const QByteArray& body);
    // POST /instance/create (201).
    static Result<WhatsAppCreated> decodeCreated(const QByteArray& body);
    // POST /message/sendText/{name} (201).
    static Result<WhatsAppSentMessage> decodeSentMessage(const QByteArray& body);
    // DELETE /instance/logout and /instance/delete: {"status":"SUCCESS","error":false,"response":{"message":…}}
    // -> the message.
    static Result<QString> decodeDone(const QByteArray& body);

    // The error envelope {"status","error","response":{"message": […] or "…"}}.
    struct ErrorBody
    {
        int status = 0;
        QString error; // "Not Found", "Bad Request", ...
        QStringList messages; // the strings of response.message
        QStringList notOnWhatsApp; // numbers of {"exists":false,"number":…} entries (sendText)
        [[nodiscard]] bool isEmpty() const { return messages.isEmpty() && notOnWhatsApp.isEmpty(); }
    };
    static ErrorBody decodeError(const QByteArray& body);
    // "5511999990000@s.whatsapp.net" or "5511999990000:12@s.whatsapp.net" -> "5511999990000".
    static QString phoneFromJid(const QString& jid);
    // "data:image/png;base64,iVBOR…" (or bare base64) -> the PNG bytes; empty when it is not base64.
    static QByteArray imageFromDataUri(const QString& uri);
};

} // namespace Fleetdeck
