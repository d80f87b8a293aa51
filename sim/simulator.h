#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Fleetdeck::Sim {

struct SimOptions
{
    quint16 port = 0; // 0 = any free port
    int tenants = 40;
    quint64 seed = 1;
    QString secret = QStringLiteral("fleetdeck-sim");
    QString faults; // --faults SPEC, see FaultInjector::parseSpec
    int hosts = 4; // simulated servers, each its own loopback listener for tenant sites
    double latencyScale = 1.0; // 0 = answer as fast as possible (benchmarks)
};

class SimulatorPrivate;

// The simulated platform: every upstream under a path prefix of one loopback port, tenant sites on
// per-host listeners and HTTPS listeners, and the /_sim/ control API. Lives on the thread that created it.
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(QObject* parent = nullptr);
    ~Simulator() override;

    // Binds 127.0.0.1 only. Returns false and fills `error` when a listener can't be opened.
    bool start(const SimOptions& options, QString* error = nullptr);
    void stop();

    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl baseUrl() const; // http://127.0.0.1:<port>
    [[nodiscard]] const SimOptions& options() const;

    // Same bodies as GET /_sim/profile and GET /_sim/tenants.
    [[nodiscard]] QByteArray profileJson() const;
    [[nodiscard]] QByteArray tenantsJson() const;
    [[nodiscard]] QByteArray caCertificatePem() const;

private:
    std::unique_ptr<SimulatorPrivate> d;
};

} // namespace Fleetdeck::Sim
