#include "core/fleet/whatsapppairing.h"

#include "core/connectors/evolution/evolutionclient.h"
#include "core/fleet/whatsappmonitor.h"
#include "core/logging.h"

#include <QCoreApplication>

namespace Fleetdeck {

WhatsAppPairing::WhatsAppPairing(EvolutionClient* client, WhatsAppMonitor* monitor, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_monitor(monitor)
    , m_options(options)
{
    if (m_options.qrLimit <= 0)
        m_options.qrLimit = 30;
    m_timer.setInterval(m_options.pollEvery);
    connect(&m_timer, &QTimer::timeout, this, &WhatsAppPairing::tick);
}

WhatsAppPairing::~WhatsAppPairing() = default;

QString WhatsAppPairing::groupedPairingCode(const QString& code)
{
    if (code.size() != 8)
        return code;
    return code.left(4) + QLatin1Char('-') + code.mid(4);
}

void WhatsAppPairing::start(const QString& instance, const QString& pairingNumber)
{
    ++m_generation;
    m_busy = 0;
    m_instance = instance;
    m_number = EvolutionClient::digitsOf(pairingNumber);
    m_current = {};
    m_codeAt = {};
    m_waitingSince = QDateTime::currentDateTimeUtc();
    m_rotationMs = 0;
    m_codesShown = 0;
    m_phone.clear();
    m_profileName.clear();
    m_message.clear();
    if (!m_client) {
        finish(Phase::Failed, tr("Evolution API is not set up in this profile; add its URL and API key first."));
        return;
    }
    setPhase(Phase::Starting);
    askConnect();
    m_timer.start();
}

void WhatsAppPairing::cancel()
{
    ++m_generation;
    m_timer.stop();
    m_busy = 0;
    if (isActive())
        setPhase(Phase::Idle);
}

int WhatsAppPairing::secondsToNextCode(const QDateTime& now) const
{
    if (m_phase != Phase::ShowingCode || !m_codeAt.isValid())
        return 0;
    const qint64 rotation = m_rotationMs > 0 ? m_rotationMs : qint64(m_options.assumedRotation.count());
    const qint64 left = rotation - m_codeAt.msecsTo(now);
    return int(std::max<qint64>(0, (left + 999) / 1000));
}

void WhatsAppPairing::setPhase(Phase phase)
{
    m_phase = phase;
    emit changed();
}

void WhatsAppPairing::finish(Phase phase, const QString& message)
{
    ++m_generation;
    m_timer.stop();
    m_busy = 0;
    m_message = message;
    setPhase(phase);
    emit finished(phase == Phase::Connected);
}

void WhatsAppPairing::askConnect()
{
    const quint64 generation = m_generation;
    ++m_busy;
    m_client->connect(m_instance, m_number, this, [this, generation](Result<WhatsAppConnectAnswer> answer) {
        if (generation != m_generation)
            return;
        --m_busy;
        if (!answer) {
            const ApiError& error = answer.error();
            if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Config
                || error.httpStatus == 404 || error.kind == ApiError::Kind::InsecureTransport) {
                finish(Phase::Failed, error.toDisplayString());
                return;
            }
            m_message = tr("Evolution API did not answer (%1); trying again.").arg(error.toDisplayString());
            emit changed();
            return;
        }
        onConnectAnswer(answer.value());
    });
}

void WhatsAppPairing::onConnectAnswer(const WhatsAppConnectAnswer& answer)
{
    using Kind = WhatsAppConnectAnswer::Kind;
    switch (answer.kind) {
    case Kind::Open:
        onOpen();
        return;
    case Kind::SoftError:
        finish(Phase::Failed,
            tr("Evolution API could not start pairing (it said \"%1\"). The instance may not be loaded on the server: "
               "restart it from the WhatsApp panel, then pair again.")
                .arg(answer.error.isEmpty() ? tr("nothing") : answer.error));
        return;
    case Kind::Waiting:
        if (m_phase != Phase::ShowingCode) {
            if (m_phase != Phase::Waiting)
                m_waitingSince = QDateTime::currentDateTimeUtc();
            m_message.clear();
            setPhase(Phase::Waiting);
        }
        return;
    case Kind::Qr:
        break;
    }
    const QString key = answer.code.isEmpty() ? answer.pairingCode : answer.code;
    const QString currentKey = m_current.code.isEmpty() ? m_current.pairingCode : m_current.code;
    if (key == currentKey && m_phase == Phase::ShowingCode)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_codeAt.isValid())
        m_rotationMs = m_codeAt.msecsTo(now);
    m_current = answer;
    m_codeAt = now;
    ++m_codesShown;
    m_message.clear();
    qCInfo(lcEvolution).noquote() << "instance" << m_instance << "issued code" << answer.count;
    m_phase = Phase::ShowingCode;
    emit codeChanged();
    emit changed();
}

void WhatsAppPairing::tick()
{
    if (m_busy > 0 || !isActive())
        return;
    if (m_phase == Phase::Waiting && m_waitingSince.isValid()
        && m_waitingSince.msecsTo(QDateTime::currentDateTimeUtc()) > qint64(m_options.waitingLimit.count())) {
        finish(Phase::Failed,
            tr("WhatsApp has not issued a code for %1 s. The server may not reach WhatsApp (check its network and "
               "its logs), then start again.")
                .arg(m_options.waitingLimit.count() / 1000));
        return;
    }
    const quint64 generation = m_generation;
    ++m_busy;
    m_client->connectionState(m_instance, this, [this, generation](Result<WhatsAppState> state) {
        if (generation != m_generation)
            return;
        --m_busy;
        if (!state) {
            m_message = tr("Evolution API did not answer (%1); trying again.").arg(state.error().toDisplayString());
            emit changed();
            return;
        }
        switch (state.value()) {
        case WhatsAppState::Open:
            onOpen();
            return;
        case WhatsAppState::Close:
            if (m_codesShown > 0) {
                // The server logs the socket out after its last code (QRCODE_LIMIT) and goes back to close;
                // asking connect now would silently start a new round.
                const int last = std::max(m_current.count, m_codesShown);
                finish(Phase::LimitReached,
                    tr("None of the %1 codes was scanned, so Evolution API stopped pairing (its limit is %2 codes). "
                       "Start again when the phone is at hand: WhatsApp → Linked devices → Link a device.")
                        .arg(last)
                        .arg(m_options.qrLimit));
                return;
            }
            askConnect();
            return;
        case WhatsAppState::Connecting:
        case WhatsAppState::Unknown:
            askConnect();
            return;
        }
    });
}

void WhatsAppPairing::onOpen()
{
    m_timer.stop();
    const quint64 generation = ++m_generation;
    if (m_monitor)
        m_monitor->noteState(m_instance, WhatsAppState::Open);
    // The phone number and profile name live in the inventory only.
    m_client->fetchInstances(this, [this, generation](Result<QList<WhatsAppInstance>> instances) {
        if (generation != m_generation)
            return;
        if (instances) {
            for (const WhatsAppInstance& instance : instances.value()) {
                if (instance.name == m_instance) {
                    m_phone = instance.phone;
                    m_profileName = instance.profileName;
                }
            }
        }
        if (m_monitor)
            m_monitor->refresh();
        finish(Phase::Connected, {});
    });
}

} // namespace Fleetdeck
