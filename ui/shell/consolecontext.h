#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace Fleetdeck {

class AlertService;
class FleetState;
class HttpClient;
class PlatformMonitor;
class Preferences;
class ProfileStore;
class RefreshScheduler;
class SecretStore;
class StoreWorker;
class WhatsAppMonitor;

// What the window works with, handed over by the composition root (app/). The window never opens a
// database, builds a URL or reads a secret itself: it asks these.
struct ConsoleContext
{
    FleetState* fleet = nullptr;
    RefreshScheduler* scheduler = nullptr;
    StoreWorker* store = nullptr;
    AlertService* alerts = nullptr; // the alert engine on the session's data
    PlatformMonitor* monitor = nullptr; // Prometheus and Alertmanager
    WhatsAppMonitor* whatsApp = nullptr; // Evolution API
    int whatsAppQrLimit = 0; // the Evolution server's QRCODE_LIMIT from the profile; 0 = its default (30)
    SecretStore* secrets = nullptr;
    HttpClient* http = nullptr;
    Preferences* preferences = nullptr;
    QString profileName;
    bool demo = false;
    // The registry refuses writes (a support connection): every write control is disabled and says why.
    std::function<bool()> isReadOnly = [] {
        return false;
    };
    std::function<QString()> registryName = [] {
        return QString();
    };
    // Demo only (empty otherwise): the simulated phone scans a WhatsApp code (a QR payload or a pairing code).
    std::function<void(const QString& instance, const QString& code, std::function<void(QString error)> done)>
        simulateWhatsAppScan;
    // Reloads the client list from the registry (or the cache when it is out of reach).
    std::function<void(std::function<void(Result<int, QString>)>)> reloadFleet;
};

} // namespace Fleetdeck
