#include "app/demoplatform.h"

#include "sim/simulator.h"

#include <QDir>
#include <QThread>

namespace Fleetdeck {

DemoPlatform::DemoPlatform()
    : m_dir(QDir::tempPath() + QStringLiteral("/fleetdeck-demo-XXXXXX"))
{
}

DemoPlatform::~DemoPlatform()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_anchor, [this] { delete m_anchor; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool DemoPlatform::start(int tenants, QString* error)
{
    if (!m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary folder for the demo: %1").arg(m_dir.errorString());
        return false;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("demo-simulator"));
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    m_thread->start();

    bool ok = false;
    QString startError;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            m_sim = new Sim::Simulator(m_anchor);
            Sim::SimOptions options;
            options.tenants = tenants;
            ok = m_sim->start(options, &startError);
            if (ok) {
                m_baseUrl = m_sim->baseUrl();
                m_profileJson = m_sim->profileJson();
                m_tenantsJson = m_sim->tenantsJson();
                m_secret = m_sim->options().secret;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = startError;
    return ok;
}

} // namespace Fleetdeck
