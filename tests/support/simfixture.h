#pragma once

#include "sim/simulator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Fleetdeck::Testing {

// An in-process simulator on 127.0.0.1, port 0. It runs on the test's thread: it answers while the test
// waits on a signal (QSignalSpy::wait, QTRY_*). Faults and health modes are set directly, not over HTTP.
class SimFixture
{
public:
    SimFixture();
    ~SimFixture();
    SimFixture(const SimFixture&) = delete;
    SimFixture& operator=(const SimFixture&) = delete;

    // `options.port` is ignored (always 0). False and `error` filled when it can't start.
    bool start(Sim::SimOptions options = {}, QString* error = nullptr);
    void stop();

    [[nodiscard]] Sim::Simulator& simulator() { return *m_simulator; }
    [[nodiscard]] QUrl baseUrl() const { return m_simulator->baseUrl(); }
    // baseUrl + path (the path may carry a query): url("/stripe/v1/customers?limit=3").
    [[nodiscard]] QUrl url(const QString& path) const;

    // A fault in the JSON form of POST /_sim/faults; returns its id, or -1 (with a warning) when invalid.
    int addFault(const QByteArray& json);
    int addFault(const QJsonObject& fault);
    void clearFaults();
    bool setTenantHealthMode(const QString& slug, const QString& mode);
    bool setHostDown(const QString& hostName, bool down);

private:
    std::unique_ptr<Sim::Simulator> m_simulator;
};

// The fleetdeck-sim executable ($FLEETDECK_BINARY_DIR/sim/fleetdeck-sim) as a child process.
class SimProcess
{
public:
    SimProcess();
    ~SimProcess(); // kills the process if it still runs
    SimProcess(const SimProcess&) = delete;
    SimProcess& operator=(const SimProcess&) = delete;

    static QString executablePath();

    // Starts it with `arguments` and waits (up to `timeoutMs`) for its first stdout line.
    bool start(const QStringList& arguments = {}, int timeoutMs = 15000, QString* error = nullptr);
    [[nodiscard]] QString firstLine() const { return m_firstLine; }
    // Parsed from the first line ("listening on http://127.0.0.1:<port>"); invalid when it did not match.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QProcess& process() { return *m_process; }

    // SIGTERM and wait for the exit; false when it did not exit in time.
    bool terminate(int timeoutMs = 10000);
    void kill();

private:
    std::unique_ptr<QProcess> m_process;
    QString m_firstLine;
    QUrl m_baseUrl;
};

} // namespace Fleetdeck::Testing
