#pragma once

#include "core/domain/whatsappinstance.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Fleetdeck {

class EvolutionClient;
class WhatsAppMonitor;

// Pairs one Evolution instance with a phone: asks connect for a code, keeps the code on screen current as WhatsApp
// rotates it, watches the live state, and says plainly how it ended. Used by the pairing assistant and by
// `fleetdeck whatsapp pair`.
//
// Each tick asks connectionState first: `connecting` -> connect returns the current code (no new session);
// `close` before any code -> connect starts pairing; `close` after codes were shown -> the server gave up (its
// QR limit) and pairing stops instead of silently starting over; `open` -> connected, the phone and profile name
// come from the inventory.
class WhatsAppPairing : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        Idle,
        Starting, // connect asked, no answer yet
        Waiting, // the server answered only {"count"}: WhatsApp has not issued a code yet
        ShowingCode, // a code (QR or pairing code) is current
        Connected,
        LimitReached, // the server stopped after its last code; start again to get new ones
        Failed, // see error()
    };

    struct Options
    {
        int qrLimit = 30; // the server's QRCODE_LIMIT
        std::chrono::milliseconds pollEvery{1500};
        std::chrono::milliseconds waitingLimit{std::chrono::seconds(60)}; // Waiting longer than this fails
        std::chrono::milliseconds assumedRotation{std::chrono::seconds(20)}; // until one rotation was seen
    };

    WhatsAppPairing(EvolutionClient* client, WhatsAppMonitor* monitor, Options options, QObject* parent = nullptr);
    ~WhatsAppPairing() override;

    // Starts (or starts over). With a phone number the server issues an 8-character pairing code too.
    void start(const QString& instance, const QString& pairingNumber = {});
    void cancel();

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] bool isActive() const
    {
        return m_phase == Phase::Starting || m_phase == Phase::Waiting || m_phase == Phase::ShowingCode;
    }
    [[nodiscard]] QString instance() const { return m_instance; }
    [[nodiscard]] QString pairingNumber() const { return m_number; }
    [[nodiscard]] const WhatsAppConnectAnswer& current() const { return m_current; } // the code on screen
    [[nodiscard]] int codesShown() const { return m_codesShown; }
    [[nodiscard]] int qrLimit() const { return m_options.qrLimit; }
    // Seconds until WhatsApp is expected to replace the current code (measured from the rotations seen).
    [[nodiscard]] int secondsToNextCode(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    [[nodiscard]] QString phone() const { return m_phone; }
    [[nodiscard]] QString profileName() const { return m_profileName; }
    // Failed / LimitReached: what happened and what to do, translated. While active: a passing problem
    // ("Evolution API did not answer; retrying"), empty when none.
    [[nodiscard]] QString message() const { return m_message; }
    // "K7QX2M9P" -> "K7QX-2M9P"
    static QString groupedPairingCode(const QString& code);

signals:
    void changed(); // phase, code or message changed
    void codeChanged(); // a new code is current
    void finished(bool connected);

private:
    void tick();
    void askConnect();
    void onConnectAnswer(const WhatsAppConnectAnswer& answer);
    void onOpen();
    void finish(Phase phase, const QString& message);
    void setPhase(Phase phase);

    EvolutionClient* m_client;
    QPointer<WhatsAppMonitor> m_monitor;
    Options m_options;
    QTimer m_timer;
    QString m_instance;
    QString m_number;
    Phase m_phase = Phase::Idle;
    WhatsAppConnectAnswer m_current;
    QDateTime m_codeAt; // when the current code appeared
    QDateTime m_waitingSince;
    qint64 m_rotationMs = 0; // measured between two codes; 0 = none seen yet
    int m_codesShown = 0;
    int m_busy = 0; // requests in flight: one tick at a time
    quint64 m_generation = 0;
    QString m_phone;
    QString m_profileName;
    QString m_message;
};

} // namespace Fleetdeck
