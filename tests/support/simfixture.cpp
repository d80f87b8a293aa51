#include "tests/support/simfixture.h"

#include "sim/faultinjector.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtDebug>

#include <algorithm>

namespace Fleetdeck::Testing {

SimFixture::SimFixture()
    : m_simulator(std::make_unique<Sim::Simulator>())
{
}

SimFixture::~SimFixture() = default;

bool SimFixture::start(Sim::SimOptions options, QString* error)
{
    options.port = 0;
    return m_simulator->start(options, error);
}

void SimFixture::stop()
{
    m_simulator->stop();
}

QUrl SimFixture::url(const QString& path) const
{
    return QUrl(m_simulator->baseUrl().toString() + path);
}

int SimFixture::addFault(const QByteArray& json)
{
    QString error;
    const std::optional<int> id = m_simulator->faults().addJson(json, &error);
    if (!id) {
        qWarning().noquote() << "SimFixture::addFault:" << error;
        return -1;
    }
    return *id;
}

int SimFixture::addFault(const QJsonObject& fault)
{
    return addFault(QJsonDocument(fault).toJson(QJsonDocument::Compact));
}

void SimFixture::clearFaults()
{
    m_simulator->faults().clear();
}

bool SimFixture::setTenantHealthMode(const QString& slug, const QString& mode)
{
    return m_simulator->setTenantHealthMode(slug, mode);
}

bool SimFixture::setHostDown(const QString& hostName, bool down)
{
    return m_simulator->setHostDown(hostName, down);
}

SimProcess::SimProcess()
    : m_process(std::make_unique<QProcess>())
{
}

SimProcess::~SimProcess()
{
    kill();
}

QString SimProcess::executablePath()
{
    QString binaryDir = qEnvironmentVariable("FLEETDECK_BINARY_DIR");
    if (binaryDir.isEmpty()) // run by hand rather than by ctest: tests live in <build>/tests
        binaryDir = QCoreApplication::applicationDirPath() + QStringLiteral("/..");
    return binaryDir + QStringLiteral("/sim/fleetdeck-sim");
}

bool SimProcess::start(const QStringList& arguments, int timeoutMs, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    m_process->setProgram(executablePath());
    m_process->setArguments(arguments);
    m_process->setReadChannel(QProcess::StandardOutput);
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs))
        return fail(QStringLiteral("cannot start %1: %2").arg(executablePath(), m_process->errorString()));
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running)
            return fail(QStringLiteral("fleetdeck-sim exited: ")
                + QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed());
        if (deadline.hasExpired())
            return fail(QStringLiteral("fleetdeck-sim printed no line in %1 ms").arg(timeoutMs));
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    m_firstLine = QString::fromLocal8Bit(m_process->readLine()).chopped(1);
    static const QRegularExpression pattern(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(m_firstLine);
    m_baseUrl = match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    return true;
}

bool SimProcess::terminate(int timeoutMs)
{
    if (m_process->state() == QProcess::NotRunning)
        return true;
    m_process->terminate();
    return m_process->waitForFinished(timeoutMs);
}

void SimProcess::kill()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
}

} // namespace Fleetdeck::Testing
