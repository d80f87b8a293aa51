#pragma once

#include "core/connectors/evolution/evolutionclient.h"
#include "core/domain/whatsappinstance.h"
#include "core/engine/observation.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace Fleetdeck {

class FleetState;
class HttpClient;

// What Fleetdeck knows about one Evolution instance: its inventory row, the client it belongs to, and its live
// state with how long it has been so.
struct WhatsAppStatus
{
    WhatsAppInstance instance; // the last good inventory row
    QString tenantSlug; // the client whose "Evolution instance" endpoint names it; empty = not assigned
    WhatsAppState state = WhatsAppState::Unknown; // live (connectionState); the stored column when that failed
    bool live = false; // `state` came from connectionState in the last round
    QDateTime since; // when the current state began, as far as Fleetdeck knows
    QDateTime checkedAt; // the last answer about this instance
    // "Connected but dead": it reports open while restart/send/presence fail with "Connection Closed".
    bool dead = false;
    QDateTime deadSince;
    QString deadDetail;
    int recentChanges = 0; // state changes in the last ten minutes (a reconnect loop when more than three)
    bool everConnected = false; // paired at least once (a phone, a disconnection, or seen open)
    bool closedOnPurpose = false; // logged out from this console: not an incident
    QString error; // the last connectionState failure for it, for people; empty when fine

    // Connected and working.
    [[nodiscard]] bool isHealthy() const { return state == WhatsAppState::Open && !dead; }
    // An incident: it was paired and is closed (not on purpose from this console), or it says open but is dead.
    [[nodiscard]] bool isDisconnected() const
    {
        return dead || (state == WhatsAppState::Close && everConnected && !closedOnPurpose);
    }
};

// Counts for the Overview's WhatsApp card and the CLI.
struct WhatsAppSummary
{
    int connected = 0;
    int waiting = 0; // pairing, or never paired
    int disconnected = 0; // was connected, now is not (or connected but dead)
    int unknown = 0;
    int unassigned = 0; // instances no client names
};

// Polls Evolution API: the inventory (fetchInstances) and each instance's live state (connectionState) every
// interval; every few minutes a presence update on each open instance proves its socket works ("connected but
// dead" otherwise). Keeps the last good answer with its age when a round fails, marks the "evolution" source in
// FleetState, maps instances to clients through the registry, and turns all of it into observations for the
// alert engine: whatsapp_connected, whatsapp_state_changes, whatsapp_dead.
class WhatsAppMonitor : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        std::optional<EvolutionClient::Options> evolution; // nullopt = not configured
        std::chrono::milliseconds interval{std::chrono::seconds(60)};
        // How often an open instance's socket is proved with a presence update ("unavailable": what an idle
        // linked device says, so the account does not show as online). 0 = never.
        std::chrono::milliseconds presenceEvery{std::chrono::minutes(5)};
    };

    static inline const QString kSource = QStringLiteral("evolution");
    // Alert subject of an instance no client names.
    static QString unassignedSubject(const QString& instance) { return QStringLiteral("whatsapp:") + instance; }
    // The window over which state changes are counted.
    static constexpr std::chrono::minutes kLoopWindow{10};

    WhatsAppMonitor(FleetState* fleet, HttpClient* http, QObject* parent = nullptr);
    ~WhatsAppMonitor() override;

    void configure(const Config& config);
    [[nodiscard]] bool isConfigured() const { return m_client != nullptr; }
    [[nodiscard]] EvolutionClient* client() const { return m_client.get(); }

    void start(); // rounds on the interval, the first one now
    void stop();
    bool refresh(); // a round now; false when one is running or nothing is configured
    [[nodiscard]] bool isRefreshing() const { return m_pending > 0; }

    // Sorted by client (unassigned last), then instance name.
    [[nodiscard]] const QList<WhatsAppStatus>& instances() const { return m_statuses; }
    [[nodiscard]] const WhatsAppStatus* instance(const QString& name) const;
    [[nodiscard]] const WhatsAppStatus* forTenant(const QString& slug) const;
    [[nodiscard]] QDateTime inventoryAt() const { return m_inventoryAt; } // invalid = never answered this run
    // When the shown data was received: this run's inventory, or the restored snapshot's. Invalid = nothing known.
    [[nodiscard]] QDateTime knownAt() const { return m_inventoryAt.isValid() ? m_inventoryAt : m_restoredAt; }
    [[nodiscard]] QString error() const { return m_error; } // the last round's failure, translated; empty when fine
    [[nodiscard]] WhatsAppSummary counts() const;
    [[nodiscard]] QList<Observation> observations() const;

    // What actions learn between rounds.
    void noteState(const QString& name, WhatsAppState state); // the pairing assistant saw this state
    void noteCallFailed(const QString& name, const ApiError& error); // Connection Closed on an open one = dead
    void noteCallSucceeded(const QString& name); // a send or restart went through: not dead
    void noteLoggedOut(const QString& name); // closed from this console on purpose
    void noteDeleted(const QString& name); // gone (the server removes it asynchronously)

    // Offline start: the last known statuses (no secrets in them), and restoring them.
    [[nodiscard]] QByteArray snapshot() const;
    bool restore(const QByteArray& snapshot);

signals:
    void updated(); // a round finished, or something an action learned changed a status

private:
    struct Track
    {
        WhatsAppState last = WhatsAppState::Unknown;
        QDateTime since;
        QList<QDateTime> changes;
        bool seenOpen = false;
        bool closedOnPurpose = false;
        bool dead = false;
        QDateTime deadSince;
        QString deadDetail;
        QDateTime lastPresenceAt;
        QDateTime lastDisconnectionAt;
        std::optional<double> connected; // the last definite whatsapp_connected value and when it was measured
        QDateTime connectedAt;
    };
    void queryInventory();
    void finishOne();
    void rebuild();
    void observeState(const QString& name, WhatsAppState state, const QDateTime& at);
    void setDead(const QString& name, bool dead, const QString& detail);

    FleetState* m_fleet;
    HttpClient* m_http;
    std::unique_ptr<EvolutionClient> m_client;
    Config m_config;
    QTimer m_timer;
    int m_pending = 0;
    quint64 m_generation = 0;
    QList<WhatsAppInstance> m_inventory;
    QDateTime m_inventoryAt;
    QDateTime m_restoredAt;
    QString m_error;
    QHash<QString, WhatsAppState> m_live; // this round's answers
    QHash<QString, QString> m_liveErrors;
    QHash<QString, QDateTime> m_checkedAt;
    QHash<QString, Track> m_tracks;
    QList<WhatsAppStatus> m_statuses;
    QHash<QString, int> m_statusIndex;
};

} // namespace Fleetdeck
