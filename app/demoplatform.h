#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QThread;
class QObject;

namespace Fleetdeck::Sim {
class Simulator;
}

namespace Fleetdeck {

// `--demo`: the simulator in-process on its own thread (its answers never wait on the GUI thread),
// on a free loopback port, with a throw-away folder for the demo registry and cache.
class DemoPlatform
{
public:
    DemoPlatform();
    ~DemoPlatform();

    bool start(int tenants, QString* error);

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QByteArray profileJson() const { return m_profileJson; }
    [[nodiscard]] QByteArray tenantsJson() const { return m_tenantsJson; }
    [[nodiscard]] QString secret() const { return m_secret; }
    [[nodiscard]] QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QThread* m_thread = nullptr;
    QObject* m_anchor = nullptr; // lives in m_thread; the simulator is its child
    Sim::Simulator* m_sim = nullptr;
    QUrl m_baseUrl;
    QByteArray m_profileJson;
    QByteArray m_tenantsJson;
    QString m_secret;
};

} // namespace Fleetdeck
