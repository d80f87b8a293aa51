#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Fleetdeck {

// The connection of a WhatsApp number through Evolution API. Unknown = the server did not say (an instance
// that exists but is not loaded in memory answers connectionState without a state).
enum class WhatsAppState
{
    Unknown,
    Open,
    Connecting,
    Close,
};

// Stable wire names: "open", "connecting", "close", "unknown" (Evolution's own words, never translated).
QString whatsAppStateName(WhatsAppState state);
// Evolution's words; "refused" (the QR limit, only seen in webhooks) is a Close. nullopt for anything else.
std::optional<WhatsAppState> whatsAppStateFromName(QStringView name);
// For people: "Connected", "Pairing", "Disconnected", "Unknown".
QString whatsAppStateDisplayName(WhatsAppState state);
// Baileys' disconnection codes in words ("logged out from the phone", "replaced by another session", ...),
// translated; "code 999" for one it does not know.
QString whatsAppDisconnectionReason(int code);
// True for the codes after which Baileys reconnects by itself (408, 428, 440, 500, 503, 515).
bool isTransientDisconnection(int code);

// Stored message/contact/chat counts of an instance (fetchInstances' _count).
struct WhatsAppCounts
{
    qint64 messages = 0;
    qint64 contacts = 0;
    qint64 chats = 0;
    bool known = false;

    friend bool operator==(const WhatsAppCounts&, const WhatsAppCounts&) = default;
};

// One Evolution instance as its inventory (GET /instance/fetchInstances) describes it. The instance's own API
// key (`token`) is deliberately not kept: it is a secret.
struct WhatsAppInstance
{
    QString id;
    QString name;
    QString integration; // WHATSAPP-BAILEYS, WHATSAPP-BUSINESS, EVOLUTION
    WhatsAppState storedState = WhatsAppState::Unknown; // the database column; may lag the live state
    QString phone; // the connected account: ownerJid without "@s.whatsapp.net"; empty before the first pairing
    QString profileName;
    QString pairingNumber; // the number given at create time (pairing code, Cloud API); usually empty
    WhatsAppCounts counts;
    std::optional<int> disconnectionCode; // set when the socket closed for good (401 = logged out on the phone)
    QDateTime disconnectionAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const WhatsAppInstance&, const WhatsAppInstance&) = default;
};

// What GET /instance/connect (and POST /instance/restart) answered.
struct WhatsAppConnectAnswer
{
    enum class Kind
    {
        Qr, // a QR to scan: `code` always, `png` when the server rendered one
        Waiting, // only {"count":N}: WhatsApp has not issued a code yet
        Open, // already connected
        SoftError, // HTTP 200 {"error":true,"message":…}: the server could not start pairing
    };
    Kind kind = Kind::Waiting;
    QString code; // the QR payload ("2@…"); what the phone must read
    QByteArray png; // the server's rendering (the data URI decoded); empty when it sent none
    QString pairingCode; // 8 characters to type on the phone, when a number was given
    int count = 0; // how many codes this pairing has issued; the server gives up at its limit (30 by default)
    QString error; // SoftError: the server's message (often the unhelpful "[object Object]")
};

// POST /instance/create's answer. `instanceKey` (the `hash`) is a secret: store it in the keychain, never show it.
struct WhatsAppCreated
{
    QString name;
    QString id;
    QString integration;
    WhatsAppState state = WhatsAppState::Unknown;
    QByteArray instanceKey;
    std::optional<WhatsAppConnectAnswer> pairing; // absent when qrcode was false
};

// POST /message/sendText's answer: the stored message.
struct WhatsAppSentMessage
{
    QString id;
    QString remoteJid;
    QString status; // PENDING, SERVER_ACK, DELIVERY_ACK, READ, PLAYED, ERROR
    QDateTime at;
};

} // namespace Fleetdeck
