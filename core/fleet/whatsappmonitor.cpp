#include "core/fleet/whatsappmonitor.h"

#include "core/engine/alertnames.h"
#include "core/fleet/fleetstate.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Fleetdeck {

namespace {

QString sourceName()
{
    return QCoreApplication::translate("WhatsAppMonitor", "Evolution API");
}

QString isoOrEmpty(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

WhatsAppMonitor::WhatsAppMonitor(FleetState* fleet, HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_http(http)
{
    connect(m_fleet, &FleetState::tenantsReset, this, [this] {
        rebuild();
        emit updated();
    });
    connect(&m_timer, &QTimer::timeout, this, &WhatsAppMonitor::refresh);
}

WhatsAppMonitor::~WhatsAppMonitor() = default;

void WhatsAppMonitor::configure(const Config& config)
{
    m_config = config;
    ++m_generation; // answers to the old configuration are dropped
    m_pending = 0;
    m_client.reset();
    if (config.evolution)
        m_client = std::make_unique<EvolutionClient>(m_http, *config.evolution);
    m_timer.setInterval(std::max(config.interval, std::chrono::milliseconds(100)));
}

void WhatsAppMonitor::start()
{
    if (!m_client)
        return;
    m_timer.start();
    refresh();
}

void WhatsAppMonitor::stop()
{
    m_timer.stop();
}

bool WhatsAppMonitor::refresh()
{
    if (!m_client || m_pending > 0)
        return false;
    queryInventory();
    return true;
}

void WhatsAppMonitor::queryInventory()
{
    const quint64 generation = ++m_generation;
    m_pending = 1;
    SourceStatus attempt = m_fleet->source(kSource);
    m_client->fetchInstances(this, [this, generation](Result<QList<WhatsAppInstance>> result) {
        if (generation != m_generation)
            return;
        if (!result) {
            m_error = result.error().toDisplayString();
            qCInfo(lcEvolution).noquote() << "inventory failed:" << result.error().message;
            m_fleet->sourceFailed(kSource, sourceName(), m_error);
            // The live states of the instances already known are still worth asking: the inventory failing
            // alone (a huge answer, a slow database) must not blind the console.
        } else {
            m_error.clear();
            m_inventory = std::move(result).value();
            m_inventoryAt = QDateTime::currentDateTimeUtc();
            m_fleet->sourceSucceeded(kSource, sourceName());
        }
        m_live.clear();
        m_liveErrors.clear();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const WhatsAppInstance& instance : std::as_const(m_inventory)) {
            const QString name = instance.name;
            ++m_pending;
            m_client->connectionState(name, this, [this, generation, name](Result<WhatsAppState> state) {
                if (generation != m_generation)
                    return;
                const QDateTime at = QDateTime::currentDateTimeUtc();
                if (state) {
                    m_live.insert(name, state.value());
                    m_checkedAt.insert(name, at);
                    observeState(name, state.value(), at);
                } else {
                    m_liveErrors.insert(name, state.error().toDisplayString());
                }
                finishOne();
            });
            // Prove the socket of instances that say they are open, every few minutes.
            const Track& track = m_tracks[name];
            if (m_config.presenceEvery.count() > 0 && track.last == WhatsAppState::Open
                && (!track.lastPresenceAt.isValid()
                    || track.lastPresenceAt.msecsTo(now) >= qint64(m_config.presenceEvery.count()))) {
                m_tracks[name].lastPresenceAt = now;
                ++m_pending;
                m_client->setPresence(
                    name, QStringLiteral("unavailable"), this, [this, generation, name](Result<Done> done) {
                        if (generation != m_generation)
                            return;
                        if (done)
                            setDead(name, false, {});
                        else if (EvolutionClient::isConnectionClosed(done.error()))
                            setDead(name, true, done.error().message);
                        finishOne();
                    });
            }
        }
        finishOne();
    });
}

void WhatsAppMonitor::finishOne()
{
    if (--m_pending > 0)
        return;
    m_pending = 0;
    rebuild();
    emit updated();
}

void WhatsAppMonitor::observeState(const QString& name, WhatsAppState state, const QDateTime& at)
{
    Track& track = m_tracks[name];
    if (state == WhatsAppState::Unknown)
        return; // not loaded in memory: says nothing about the connection
    if (track.last != state) {
        if (track.last != WhatsAppState::Unknown)
            track.changes.append(at);
        track.last = state;
        track.since = at;
    }
    if (state == WhatsAppState::Open) {
        track.seenOpen = true;
        track.closedOnPurpose = false;
    } else if (state != WhatsAppState::Close) {
        return; // pairing or reconnecting: the last definite value stands
    }
    const double connected = state == WhatsAppState::Open ? 1 : 0;
    if (!track.connected || *track.connected != connected || !track.connectedAt.isValid())
        track.connectedAt = at;
    track.connected = connected;
    if (state == WhatsAppState::Close && track.dead) {
        track.dead = false; // closed now: "dead" was about an instance claiming to be open
    }
}

void WhatsAppMonitor::setDead(const QString& name, bool dead, const QString& detail)
{
    Track& track = m_tracks[name];
    if (track.dead == dead)
        return;
    track.dead = dead;
    track.deadSince = dead ? QDateTime::currentDateTimeUtc() : QDateTime();
    track.deadDetail = dead ? detail : QString();
    qCInfo(lcEvolution).noquote() << "instance" << name << (dead ? "reports open but fails:" : "works again") << detail;
}

void WhatsAppMonitor::rebuild()
{
    QHash<QString, QString> tenantOf;
    for (const Tenant& tenant : m_fleet->tenants()) {
        for (const QString& name : tenant.endpointValues(TenantEndpoint::Kind::EvolutionInstance))
            tenantOf.insert(name, tenant.slug);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime windowStart = now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(kLoopWindow).count());
    QList<WhatsAppStatus> statuses;
    statuses.reserve(m_inventory.size());
    for (const WhatsAppInstance& instance : std::as_const(m_inventory)) {
        Track& track = m_tracks[instance.name];
        // A disconnection the inventory reports that the polls did not see (it closed and came back between two
        // rounds) is a change too.
        if (instance.disconnectionAt.isValid() && instance.disconnectionAt != track.lastDisconnectionAt) {
            if (track.lastDisconnectionAt.isValid() && instance.disconnectionAt >= windowStart
                && track.last == WhatsAppState::Open && !track.changes.contains(instance.disconnectionAt)) {
                track.changes.append(instance.disconnectionAt);
                track.changes.append(instance.disconnectionAt);
            }
            track.lastDisconnectionAt = instance.disconnectionAt;
        }
        track.changes.removeIf([&windowStart](const QDateTime& at) { return at < windowStart; });

        WhatsAppStatus status;
        status.instance = instance;
        status.tenantSlug = tenantOf.value(instance.name);
        status.live = m_live.contains(instance.name);
        status.state = status.live ? m_live.value(instance.name) : track.last;
        if (status.state == WhatsAppState::Unknown && !status.live)
            status.state = instance.storedState;
        status.since = track.since;
        if (status.state == WhatsAppState::Close && instance.disconnectionAt.isValid()
            && (!status.since.isValid() || instance.disconnectionAt < status.since))
            status.since = instance.disconnectionAt;
        status.checkedAt = m_checkedAt.value(instance.name);
        status.dead = track.dead && status.state == WhatsAppState::Open;
        status.deadSince = track.deadSince;
        status.deadDetail = track.deadDetail;
        status.recentChanges = int(track.changes.size());
        status.everConnected = track.seenOpen || !instance.phone.isEmpty() || instance.disconnectionCode.has_value();
        status.closedOnPurpose = track.closedOnPurpose;
        status.error = m_liveErrors.value(instance.name);
        statuses.append(std::move(status));
    }
    // By client name (unassigned last), then instance.
    QHash<QString, QString> nameOf;
    for (const Tenant& tenant : m_fleet->tenants())
        nameOf.insert(tenant.slug, tenant.name);
    std::sort(statuses.begin(), statuses.end(), [&nameOf](const WhatsAppStatus& a, const WhatsAppStatus& b) {
        if (a.tenantSlug.isEmpty() != b.tenantSlug.isEmpty())
            return b.tenantSlug.isEmpty();
        const int byClient = QString::localeAwareCompare(nameOf.value(a.tenantSlug), nameOf.value(b.tenantSlug));
        if (byClient != 0)
            return byClient < 0;
        return a.instance.name < b.instance.name;
    });
    m_statuses = std::move(statuses);
    m_statusIndex.clear();
    for (int i = 0; i < m_statuses.size(); ++i)
        m_statusIndex.insert(m_statuses.at(i).instance.name, i);
}

const WhatsAppStatus* WhatsAppMonitor::instance(const QString& name) const
{
    const int index = m_statusIndex.value(name, -1);
    return index < 0 ? nullptr : &m_statuses.at(index);
}

const WhatsAppStatus* WhatsAppMonitor::forTenant(const QString& slug) const
{
    if (slug.isEmpty())
        return nullptr;
    for (const WhatsAppStatus& status : m_statuses) {
        if (status.tenantSlug == slug)
            return &status;
    }
    return nullptr;
}

WhatsAppSummary WhatsAppMonitor::counts() const
{
    WhatsAppSummary summary;
    for (const WhatsAppStatus& status : m_statuses) {
        if (status.tenantSlug.isEmpty())
            ++summary.unassigned;
        if (status.isHealthy())
            ++summary.connected;
        else if (status.isDisconnected())
            ++summary.disconnected;
        else if (status.state == WhatsAppState::Unknown)
            ++summary.unknown;
        else
            ++summary.waiting;
    }
    return summary;
}

QList<Observation> WhatsAppMonitor::observations() const
{
    QList<Observation> observations;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const WhatsAppStatus& status : m_statuses) {
        const QString subject =
            status.tenantSlug.isEmpty() ? unassignedSubject(status.instance.name) : status.tenantSlug;
        const Track track = m_tracks.value(status.instance.name);
        // Disconnected = it was connected and is not, and nobody here closed it on purpose.
        if (track.connected && status.everConnected && !status.closedOnPurpose) {
            Observation connected;
            connected.metric = Metric::kWhatsAppConnected;
            connected.subject = subject;
            connected.value = *track.connected;
            connected.observedAt = track.connectedAt;
            if (status.instance.disconnectionCode && *track.connected < 1)
                connected.detail = whatsAppDisconnectionReason(*status.instance.disconnectionCode);
            observations.append(connected);
        }
        Observation changes;
        changes.metric = Metric::kWhatsAppStateChanges;
        changes.subject = subject;
        changes.value = status.recentChanges;
        changes.observedAt = status.checkedAt.isValid() ? status.checkedAt : now;
        observations.append(changes);
        if (status.state == WhatsAppState::Open) {
            Observation dead;
            dead.metric = Metric::kWhatsAppDead;
            dead.subject = subject;
            dead.value = status.dead ? 1 : 0;
            dead.observedAt = status.checkedAt.isValid() ? status.checkedAt : now;
            dead.detail = status.deadDetail;
            observations.append(dead);
        }
    }
    return observations;
}

void WhatsAppMonitor::noteState(const QString& name, WhatsAppState state)
{
    observeState(name, state, QDateTime::currentDateTimeUtc());
    m_live.insert(name, state);
    m_checkedAt.insert(name, QDateTime::currentDateTimeUtc());
    rebuild();
    emit updated();
}

void WhatsAppMonitor::noteCallFailed(const QString& name, const ApiError& error)
{
    if (!EvolutionClient::isConnectionClosed(error))
        return;
    setDead(name, true, error.message);
    rebuild();
    emit updated();
}

void WhatsAppMonitor::noteCallSucceeded(const QString& name)
{
    if (!m_tracks.value(name).dead)
        return;
    setDead(name, false, {});
    rebuild();
    emit updated();
}

void WhatsAppMonitor::noteLoggedOut(const QString& name)
{
    Track& track = m_tracks[name];
    track.closedOnPurpose = true;
    track.dead = false;
    observeState(name, WhatsAppState::Close, QDateTime::currentDateTimeUtc());
    m_live.insert(name, WhatsAppState::Close);
    for (WhatsAppInstance& instance : m_inventory) {
        if (instance.name == name)
            instance.phone.clear();
    }
    rebuild();
    emit updated();
}

void WhatsAppMonitor::noteDeleted(const QString& name)
{
    m_inventory.removeIf([&name](const WhatsAppInstance& instance) { return instance.name == name; });
    m_tracks.remove(name);
    m_live.remove(name);
    rebuild();
    emit updated();
}

QByteArray WhatsAppMonitor::snapshot() const
{
    QJsonArray rows;
    for (const WhatsAppStatus& status : m_statuses) {
        const WhatsAppInstance& i = status.instance;
        QJsonObject row{{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.name},
            {QStringLiteral("integration"), i.integration},
            {QStringLiteral("storedState"), whatsAppStateName(i.storedState)}, {QStringLiteral("phone"), i.phone},
            {QStringLiteral("profileName"), i.profileName}, {QStringLiteral("pairingNumber"), i.pairingNumber},
            {QStringLiteral("state"), whatsAppStateName(status.state)},
            {QStringLiteral("since"), isoOrEmpty(status.since)},
            {QStringLiteral("checkedAt"), isoOrEmpty(status.checkedAt)},
            {QStringLiteral("disconnectionAt"), isoOrEmpty(i.disconnectionAt)},
            {QStringLiteral("createdAt"), isoOrEmpty(i.createdAt)}, {QStringLiteral("seenOpen"), status.everConnected},
            {QStringLiteral("closedOnPurpose"), status.closedOnPurpose}};
        if (i.counts.known)
            row.insert(QStringLiteral("counts"),
                QJsonArray{double(i.counts.messages), double(i.counts.contacts), double(i.counts.chats)});
        if (i.disconnectionCode)
            row.insert(QStringLiteral("disconnectionCode"), *i.disconnectionCode);
        rows.append(row);
    }
    QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("inventoryAt"), isoOrEmpty(m_inventoryAt)},
        {QStringLiteral("instances"), rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool WhatsAppMonitor::restore(const QByteArray& snapshot)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(snapshot, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(QStringLiteral("version")).toInt() != 1)
        return false;
    if (m_inventoryAt.isValid())
        return false; // a live answer is newer than any snapshot
    const QJsonObject root = document.object();
    QList<WhatsAppInstance> inventory;
    for (const QJsonValue& value : root.value(QStringLiteral("instances")).toArray()) {
        const QJsonObject row = value.toObject();
        WhatsAppInstance i;
        i.name = row.value(QStringLiteral("name")).toString();
        if (i.name.isEmpty())
            continue;
        i.id = row.value(QStringLiteral("id")).toString();
        i.integration = row.value(QStringLiteral("integration")).toString();
        i.storedState =
            whatsAppStateFromName(row.value(QStringLiteral("storedState")).toString()).value_or(WhatsAppState::Unknown);
        i.phone = row.value(QStringLiteral("phone")).toString();
        i.profileName = row.value(QStringLiteral("profileName")).toString();
        i.pairingNumber = row.value(QStringLiteral("pairingNumber")).toString();
        i.disconnectionAt = timeFrom(row.value(QStringLiteral("disconnectionAt")));
        i.createdAt = timeFrom(row.value(QStringLiteral("createdAt")));
        if (row.contains(QStringLiteral("disconnectionCode")))
            i.disconnectionCode = row.value(QStringLiteral("disconnectionCode")).toInt();
        const QJsonArray counts = row.value(QStringLiteral("counts")).toArray();
        if (counts.size() == 3) {
            i.counts = {qint64(counts.at(0).toDouble()), qint64(counts.at(1).toDouble()),
                qint64(counts.at(2).toDouble()), true};
        }
        Track& track = m_tracks[i.name];
        track.last =
            whatsAppStateFromName(row.value(QStringLiteral("state")).toString()).value_or(WhatsAppState::Unknown);
        track.since = timeFrom(row.value(QStringLiteral("since")));
        track.seenOpen = row.value(QStringLiteral("seenOpen")).toBool();
        track.closedOnPurpose = row.value(QStringLiteral("closedOnPurpose")).toBool();
        track.lastDisconnectionAt = i.disconnectionAt;
        m_checkedAt.insert(i.name, timeFrom(row.value(QStringLiteral("checkedAt"))));
        inventory.append(std::move(i));
    }
    m_inventory = std::move(inventory);
    m_restoredAt = timeFrom(root.value(QStringLiteral("inventoryAt")));
    rebuild();
    emit updated();
    return true;
}

} // namespace Fleetdeck
