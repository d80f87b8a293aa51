#pragma once

#include "core/fleet/whatsapppairing.h"

#include <QDialog>
#include <QTimer>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Fleetdeck {

class EvolutionClient;
class WhatsAppMonitor;

// The pairing assistant: shows the instance's QR code large enough to scan from a phone, keeps it current as
// WhatsApp rotates it (with a countdown and "code n of the server's limit"), offers the 8-character pairing code
// instead, and closes itself once the phone is connected (paired() carries the number). When the server gives up
// (its QR limit) or cannot pair, it says what happened and offers to start again.
class WhatsAppPairingDialog : public QDialog
{
    Q_OBJECT
public:
    // `who` names the client for people ("Pizza Co"), may be empty.
    WhatsAppPairingDialog(EvolutionClient* client, WhatsAppMonitor* monitor, const QString& instance,
        const QString& who, WhatsAppPairing::Options options, QWidget* parent = nullptr);
    ~WhatsAppPairingDialog() override;

    [[nodiscard]] WhatsAppPairing* pairing() const { return m_pairing; }
    [[nodiscard]] QString statusText() const; // the line under the code
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QLabel* qrLabel() const { return m_qr; }
    // Starts pairing with the QR code (what opening the dialog does) or, with a number, with a pairing code.
    void start(const QString& pairingNumber = {});
    // Demo mode: a button lets the simulated phone scan the code on screen.
    using ScanFunction =
        std::function<void(const QString& instance, const QString& code, std::function<void(QString)>)>;
    void setSimulatedScan(ScanFunction scan);

signals:
    void paired(const QString& instance, const QString& phone, const QString& profileName);

protected:
    void done(int result) override;

private:
    void showState();
    void showCode();
    void updateCountdown();

    WhatsAppPairing* m_pairing;
    QString m_instance;
    QLabel* m_title;
    QButtonGroup* m_modes;
    QStackedWidget* m_pages;
    QLabel* m_qr;
    QLabel* m_qrHint = nullptr;
    QLabel* m_waiting;
    QLineEdit* m_number;
    QPushButton* m_getCode;
    QLabel* m_pairingCode;
    QLabel* m_status;
    QLabel* m_message;
    QPushButton* m_restart;
    QPushButton* m_simulatedScan = nullptr;
    ScanFunction m_scan;
    QTimer m_countdown;
};

} // namespace Fleetdeck
