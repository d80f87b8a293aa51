#pragma once

#include "sim/simrandom.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace Fleetdeck::Sim {

class SimFleet;

// The simulated Evolution API's WhatsApp instances: the DB rows fetchInstances lists, the in-memory socket
// state connectionState reports, and the pairing sessions (rotating QR codes, pairing codes). Timers are not
// QTimers: every access first settles what real time has made happen (QR rotation, the QR limit, transient
// reconnects, pending deletions), so the state is exact whenever someone looks. Lives on the simulator's
// thread like the rest of SimContext.
class SimWhatsApp
{
public:
    // The in-memory socket state; Unloaded = a DB row with no socket (connectionState has no `state`).
    enum class State
    {
        Open,
        Connecting,
        Close,
        Unloaded,
    };
    static QString stateName(State state); // "open", "connecting", "close", "unloaded"

    // Timing, changed through POST /_sim/evolution/config.
    struct Config
    {
        int rotateMs = 20000; // a new QR every rotateMs (real time)
        int limit = 30; // QRCODE_LIMIT: the session ends when the count would exceed it
        int notReadyMs = 1500; // connect answers {"count":0} this long after a session starts
        int deleteDelayMs = 1000; // a deleted instance is still listed this long
        int reconnectMs = 2000; // a transient drop (408/428/440/515) is open again after this long
    };

    struct Settings
    {
        QString id; // cuid-looking
        bool rejectCall = false;
        QString msgCall;
        bool groupsIgnore = false;
        bool alwaysOnline = false;
        bool readMessages = false;
        bool readStatus = false;
        bool syncFullHistory = false;
        QString wavoipToken;
    };

    struct Webhook
    {
        QString url;
        QByteArray headersJson; // the object as given, compact; empty when none
        bool byEvents = false;
        bool base64 = false;
        QStringList events;
    };

    // One pairing attempt: from connect/create (state close) until scanned, logged out or the QR limit.
    struct Pairing
    {
        bool active = false;
        quint64 session = 0; // unique across all instances, so codes never repeat
        qint64 readyAtMs = 0; // real time the first QR appears
        qint64 nextRotateAtMs = 0; // real time of the next QR
        int count = 0; // 0 = not ready yet
        QString number; // digits, pairing-code login when set
        QString pairingCode; // 8 chars, stable for the session (only with `number`)
        QString code; // the current QR payload, "2@..."; empty until ready
        QByteArray dataUri; // data:image/png;base64,... of `code`, rendered on first use
    };

    struct Instance
    {
        QString name;
        QString id; // UUID-looking
        QString token; // the instance API key
        QString integration = QStringLiteral("WHATSAPP-BAILEYS");
        QString tenant; // slug; empty for an instance that belongs to no tenant
        QString tenantName; // the profile name a fresh pairing gets (instance name when no tenant)

        State state = State::Close;
        QString connectionStatus = QStringLiteral("close"); // the DB column: updated on transitions only
        QString ownerJid; // "<digits>@s.whatsapp.net"; empty = null
        QString profileName; // empty = null
        QString profilePicUrl; // empty = null
        QString number; // given at create; empty = null
        qint64 messages = 0;
        qint64 contacts = 0;
        qint64 chats = 0;
        std::optional<int> disconnectionReasonCode;
        QString disconnectionObject; // a JSON string; empty = null
        qint64 disconnectionAtMs = 0; // simulated time; 0 = null
        qint64 createdAtMs = 0; // simulated time
        qint64 updatedAtMs = 0;

        bool zombie = false; // reports open, but the socket is dead: sends and restarts fail
        bool withImage = true; // QR objects carry `base64`
        Settings settings;
        std::optional<Webhook> webhook;
        Pairing pairing;
        qint64 reconnectAtMs = 0; // real time a transient drop reconnects; 0 = none
        qint64 deleteAtMs = 0; // real time it disappears; 0 = not deleted

        [[nodiscard]] bool isReconnecting() const { return state == State::Connecting && !pairing.active; }
    };

    // What `create` needs beyond the name (already validated by the route).
    struct CreateRequest
    {
        QString name;
        QString integration;
        QString token; // empty = generate one
        QString number; // digits; empty = null
        bool qrcode = false;
        Settings settings;
        std::optional<Webhook> webhook;
    };

    SimWhatsApp();

    // One instance per tenant plus "test-bot" (open) and "legacy-sales" (close), deterministic from `seed`.
    // `fleet` must outlive this object (both live in SimContext).
    void seed(const SimFleet& fleet, quint64 seed, qint64 startedAtMs);
    // Real time drives the timers; simulated time stamps the rows. Both default to the system clock.
    void setClocks(std::function<qint64()> realMs, std::function<qint64()> simMs);
    // The seeded special instances (empty when the fleet is too small): closed with 401 a few hours before the
    // start (ownerJid kept), and the DB row with no socket (connectionStatus "open", no state).
    [[nodiscard]] QString seededLoggedOut() const { return m_seededLoggedOut; }
    [[nodiscard]] QString seededUnloaded() const { return m_seededUnloaded; }

    [[nodiscard]] Config config() const { return m_config; }
    void setConfig(const Config& config);

    // Settled, nullptr when unknown. Valid until the next find/findByToken/instances/create: those drop the
    // instances whose deletion is due.
    Instance* find(const QString& name);
    Instance* findByToken(const QByteArray& token);
    // Every instance in creation order, settled.
    QList<Instance*> instances();

    Instance& create(const CreateRequest& request);

    // Starts a pairing session (state close -> connecting). `number` = digits for a pairing code.
    void startPairing(Instance& instance, const QString& number);
    // The current QR payload and its PNG data URI (rendered once per code); empty while not ready.
    QString currentCode(Instance& instance);
    QByteArray currentDataUri(Instance& instance);
    // open/connecting: restarts the socket (a pairing session starts over with new codes).
    void restart(Instance& instance);
    // open/connecting -> close; the account is gone (ownerJid cleared).
    void logout(Instance& instance);
    // Logs out if connected; the row disappears deleteDelayMs later.
    void scheduleDelete(Instance& instance);
    void recordSentMessage(Instance& instance);
    [[nodiscard]] QString nextMessageId(); // "3EB0" + 18 upper-case hex digits

    // Control operations; false (with `error`) when the instance is in the wrong state. Unknown names are
    // the caller's business (find() first).
    bool scan(Instance& instance, const QString& code, const QString& pairingCode, QString* error);
    // 401/403/402/406/500...: close for good. 408/428/440/515: connecting, open again after reconnectMs.
    bool drop(Instance& instance, int reason, QString* error);
    bool setZombie(Instance& instance, bool zombie, QString* error);
    static bool isTransientReason(int reason);

    [[nodiscard]] qint64 realNow() const { return m_realMs(); }
    [[nodiscard]] qint64 simNow() const { return m_simMs(); }

private:
    void settle(Instance& instance);
    void purgeDeleted();
    void endPairing(Instance& instance);
    void setState(Instance& instance, State state);
    void rebuildIndex();
    QString codeFor(quint64 session, int count) const;
    QString pairingCodeFor(quint64 session) const;

    std::vector<Instance> m_instances;
    QHash<QString, qsizetype> m_indexByName;
    const SimFleet* m_fleet = nullptr; // maps a created instance back to its tenant (evolutionInstance = slug)
    QList<QString> m_pendingDeletes;
    Config m_config;
    QString m_seededLoggedOut;
    QString m_seededUnloaded;
    quint64 m_seed = 1;
    SimRandom m_random{1}; // created instances' ids and tokens, message ids
    quint64 m_nextSession = 1;
    std::function<qint64()> m_realMs;
    std::function<qint64()> m_simMs;
};

} // namespace Fleetdeck::Sim
