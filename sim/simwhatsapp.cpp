#include "sim/simwhatsapp.h"

#include "sim/qrcodepng.h"
#include "sim/simfleet.h"
#include "sim/simlogging.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

namespace Fleetdeck::Sim {

namespace {

constexpr quint64 kSeedSalt = 0x65766f6c7574ULL; // "evolut"
constexpr quint64 kCodeSalt = 0x7172636f6465ULL; // "qrcode"
constexpr quint64 kPairingSalt = 0x70616972ULL; // "pair"
constexpr qint64 kHourMs = 3600LL * 1000;

// Brazilian area codes (DDD) that look real.
constexpr std::array kAreaCodes = {11, 12, 13, 19, 21, 24, 27, 31, 34, 41, 43, 47, 48, 51, 54, 61, 62, 65, 67, 71, 73,
    79, 81, 83, 84, 85, 86, 91, 92, 98};
// Baileys' pairing-code alphabet (no 0, I, O, U).
constexpr char kPairingAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTVWXYZ";

QString uuidFrom(SimRandom& random, bool upperCase)
{
    quint64 high = random.next();
    quint64 low = random.next();
    high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL; // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
    // By hand: seeding 100,000 instances formats 200,000 of these.
    const char* digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
    char text[36];
    int out = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            text[out++] = '-';
        const quint64 word = nibble < 16 ? high : low;
        text[out++] = digits[(word >> (60 - 4 * (nibble % 16))) & 0xF];
    }
    return QString::fromLatin1(text, 36);
}

// "55" + area code + "9" + 8 digits: a Brazilian mobile number.
QString phoneFrom(SimRandom& random)
{
    // One draw per statement: the order of operands of + is unspecified, and the numbers must not depend on it.
    QString digits = QStringLiteral("55") + QString::number(kAreaCodes[random.below(kAreaCodes.size())]);
    digits += QLatin1Char('9');
    for (int i = 0; i < 8; ++i)
        digits += QLatin1Char(char('0' + random.below(10)));
    return digits;
}

QString jidOf(const QString& digits)
{
    return digits + QStringLiteral("@s.whatsapp.net");
}

QString digitsOfJid(const QString& jid)
{
    return jid.section(QLatin1Char('@'), 0, 0);
}

// Prisma's default ids are cuids: "c" + 24 lower-case letters and digits.
QString cuidFrom(SimRandom& random)
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = QStringLiteral("cm");
    for (int i = 0; i < 23; ++i)
        id += QLatin1Char(kAlphabet[random.below(sizeof(kAlphabet) - 1)]);
    return id;
}

QString profilePictureFrom(SimRandom& random)
{
    return QStringLiteral("https://pps.whatsapp.net/v/t61.24694-24/%1_%2_%3_n.jpg?ccb=11-4&oh=01_Q5Aa%4&oe=%5"
                          "&_nc_sid=5e03e0&_nc_cat=10%6")
        .arg(400000000 + random.below(99999999))
        .arg(1000000000000000ULL + random.below(999999999999999ULL))
        .arg(1000000000000000ULL + random.below(999999999999999ULL))
        .arg(random.next(), 16, 16, QLatin1Char('0'))
        .arg(quint32(0x68000000 + random.below(0x00ffffff)), 8, 16, QLatin1Char('0'))
        .arg(random.below(10));
}

QByteArray bytesFrom(SimRandom& random, int count)
{
    QByteArray bytes;
    bytes.reserve(count);
    quint64 word = 0;
    for (int i = 0; i < count; ++i) {
        if (i % 8 == 0)
            word = random.next();
        bytes.append(char(word & 0xff));
        word >>= 8;
    }
    return bytes;
}

QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

// What Evolution stores in disconnectionObject: the Boom error of Baileys' close event, as a JSON string.
QString disconnectionObjectFor(int reason, qint64 atMs)
{
    const char* error = reason == 401 ? "Unauthorized"
        : reason == 403               ? "Forbidden"
        : reason == 408               ? "Request Time-out"
        : reason == 428               ? "Precondition Required"
        : reason == 440               ? "Conflict"
        : reason == 515               ? "Restart Required"
                                      : "Internal Server Error";
    const char* message = reason == 401 ? "Stream Errored (conflict)"
        : reason == 403                 ? "Connection Failure"
        : reason == 515                 ? "Stream Errored (restart required)"
                                        : "Connection Closed";
    nlohmann::ordered_json object;
    object["error"]["data"] = {{"reason", std::to_string(reason)}, {"location", "frc"}};
    object["error"]["isBoom"] = true;
    object["error"]["isServer"] = false;
    object["error"]["output"]["statusCode"] = reason;
    object["error"]["output"]["payload"] = {{"statusCode", reason}, {"error", error}, {"message", message}};
    object["error"]["output"]["headers"] = nlohmann::ordered_json::object();
    object["date"] = isoTime(atMs).toStdString();
    return QString::fromStdString(object.dump());
}

} // namespace

QString SimWhatsApp::stateName(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Close:
        return QStringLiteral("close");
    case State::Unloaded:
        break;
    }
    return QStringLiteral("unloaded");
}

SimWhatsApp::SimWhatsApp()
    : m_realMs([]() { return QDateTime::currentMSecsSinceEpoch(); })
    , m_simMs([]() { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void SimWhatsApp::setClocks(std::function<qint64()> realMs, std::function<qint64()> simMs)
{
    m_realMs = std::move(realMs);
    m_simMs = std::move(simMs);
}

void SimWhatsApp::setConfig(const Config& config)
{
    m_config = config;
}

void SimWhatsApp::seed(const SimFleet& fleet, quint64 seed, qint64 startedAtMs)
{
    m_instances.clear();
    m_pendingDeletes.clear();
    m_fleet = &fleet;
    m_seededLoggedOut.clear();
    m_seededUnloaded.clear();
    m_seed = seed;
    m_random = SimRandom(SimRandom::mix(seed ^ kSeedSalt, 0));
    m_nextSession = 1;
    m_instances.reserve(std::size_t(fleet.size()) + 2);

    // Two special active tenants, never one of the three named ones: logged out from the phone (401) a few
    // hours before the start, and one whose row exists but whose socket was never loaded.
    std::vector<int> candidates;
    for (const SimTenant& tenant : fleet.tenants()) {
        if (tenant.index >= 3 && tenant.status == TenantStatus::Active)
            candidates.push_back(tenant.index);
    }
    int loggedOut = -1;
    int unloaded = -1;
    if (!candidates.empty()) {
        const std::size_t first = std::size_t(seed % candidates.size());
        loggedOut = candidates[first];
        if (candidates.size() > 1)
            unloaded = candidates[(first + candidates.size() / 2) % candidates.size()];
    }

    auto addPaired = [](Instance& instance, SimRandom& random, const QString& profileName) {
        instance.ownerJid = jidOf(phoneFrom(random));
        instance.profileName = profileName;
        if (random.below(3) != 0)
            instance.profilePicUrl = profilePictureFrom(random);
        instance.messages = random.between(1500, 60000);
        instance.contacts = random.between(120, 950);
        instance.chats = random.between(80, int(std::min<qint64>(instance.contacts, 600)));
    };

    for (const SimTenant& tenant : fleet.tenants()) {
        SimRandom random(SimRandom::mix(seed ^ kSeedSalt, quint64(tenant.index) + 1));
        Instance instance;
        instance.name = tenant.evolutionInstance;
        instance.id = uuidFrom(random, false);
        instance.token = uuidFrom(random, true);
        instance.tenant = tenant.slug;
        instance.tenantName = tenant.name;
        instance.settings.id = cuidFrom(random);
        instance.settings.groupsIgnore = random.below(2) == 0;
        instance.createdAtMs = tenant.createdSecs * 1000 + qint64(random.between(1, 72)) * kHourMs;
        instance.createdAtMs =
            std::min(startedAtMs - 24 * kHourMs, instance.createdAtMs + qint64(random.below(3600000)));
        instance.updatedAtMs = startedAtMs - qint64(random.between(1, 96)) * kHourMs;
        instance.updatedAtMs -= qint64(random.below(3600000));
        if (tenant.status != TenantStatus::Active) {
            // Suspended or churned: the socket was closed when the account was stopped; history stays.
            instance.messages = random.between(200, 8000);
            instance.contacts = random.between(40, 300);
            instance.chats = random.between(20, int(instance.contacts));
        } else if (tenant.index == loggedOut) {
            addPaired(instance, random, tenant.name);
            m_seededLoggedOut = instance.name;
            instance.disconnectionReasonCode = 401;
            instance.disconnectionAtMs = startedAtMs - qint64(random.between(2, 5)) * kHourMs;
            instance.disconnectionAtMs -= qint64(random.below(3600000));
            instance.disconnectionObject = disconnectionObjectFor(401, instance.disconnectionAtMs);
            instance.updatedAtMs = instance.disconnectionAtMs;
        } else if (tenant.index == unloaded) {
            addPaired(instance, random, tenant.name);
            m_seededUnloaded = instance.name;
            instance.state = State::Unloaded;
            instance.connectionStatus = QStringLiteral("open"); // the column still says what it said last
        } else if (tenant.index >= 3 && random.below(10) == 0) {
            // Created but never paired: no account, nothing stored.
        } else {
            addPaired(instance, random, tenant.name);
            instance.state = State::Open;
            instance.connectionStatus = QStringLiteral("open");
        }
        m_instances.push_back(std::move(instance));
    }

    // Two instances that belong to no tenant.
    SimRandom extra(SimRandom::mix(seed ^ kSeedSalt, 0x65787472ULL));
    for (const char* name : {"test-bot", "legacy-sales"}) {
        if (fleet.indexOf(QLatin1String(name)) >= 0)
            continue;
        Instance instance;
        instance.name = QLatin1String(name);
        instance.id = uuidFrom(extra, false);
        instance.token = uuidFrom(extra, true);
        instance.tenantName = instance.name;
        instance.settings.id = cuidFrom(extra);
        instance.createdAtMs = startedAtMs - qint64(extra.between(200, 700)) * 24 * kHourMs;
        instance.updatedAtMs = startedAtMs - qint64(extra.between(1, 48)) * kHourMs;
        if (instance.name == QLatin1String("test-bot")) {
            addPaired(instance, extra, QStringLiteral("Test Bot"));
            instance.messages = extra.between(10, 400);
            instance.state = State::Open;
            instance.connectionStatus = QStringLiteral("open");
        } else {
            instance.messages = extra.between(3000, 9000);
            instance.contacts = extra.between(100, 400);
            instance.chats = extra.between(50, int(instance.contacts));
        }
        m_instances.push_back(std::move(instance));
    }
    rebuildIndex();
}

void SimWhatsApp::rebuildIndex()
{
    m_indexByName.clear();
    m_indexByName.reserve(qsizetype(m_instances.size()));
    for (std::size_t i = 0; i < m_instances.size(); ++i)
        m_indexByName.insert(m_instances[i].name, qsizetype(i));
}

void SimWhatsApp::purgeDeleted()
{
    if (m_pendingDeletes.isEmpty())
        return;
    const qint64 now = realNow();
    for (qsizetype i = m_pendingDeletes.size() - 1; i >= 0; --i) {
        const qsizetype index = m_indexByName.value(m_pendingDeletes.at(i), -1);
        if (index >= 0 && now < m_instances[std::size_t(index)].deleteAtMs)
            continue;
        if (index >= 0) {
            qCInfo(lcSim) << "evolution instance" << m_pendingDeletes.at(i) << "removed";
            m_instances.erase(m_instances.begin() + index);
            rebuildIndex();
        }
        m_pendingDeletes.removeAt(i);
    }
}

void SimWhatsApp::settle(Instance& instance)
{
    const qint64 now = realNow();
    Pairing& pairing = instance.pairing;
    if (pairing.active) {
        if (pairing.count == 0 && now >= pairing.readyAtMs) {
            pairing.count = 1;
            pairing.nextRotateAtMs = pairing.readyAtMs + std::max(1, m_config.rotateMs);
            pairing.code.clear();
            pairing.dataUri.clear();
        }
        if (pairing.count > 0 && now >= pairing.nextRotateAtMs) {
            const qint64 rotate = std::max(1, m_config.rotateMs);
            const qint64 steps = (now - pairing.nextRotateAtMs) / rotate + 1;
            if (pairing.count + steps > m_config.limit) {
                qCInfo(lcSim) << "evolution instance" << instance.name << "reached the QR code limit";
                endPairing(instance);
            } else {
                pairing.count += int(steps);
                pairing.nextRotateAtMs += steps * rotate;
                pairing.code.clear();
                pairing.dataUri.clear();
            }
        }
    }
    if (instance.reconnectAtMs != 0 && now >= instance.reconnectAtMs) {
        instance.reconnectAtMs = 0;
        if (instance.state == State::Connecting)
            setState(instance, State::Open);
    }
}

SimWhatsApp::Instance* SimWhatsApp::find(const QString& name)
{
    purgeDeleted();
    const qsizetype index = m_indexByName.value(name, -1);
    if (index < 0)
        return nullptr;
    Instance& instance = m_instances[std::size_t(index)];
    settle(instance);
    return &instance;
}

SimWhatsApp::Instance* SimWhatsApp::findByToken(const QByteArray& token)
{
    if (token.isEmpty())
        return nullptr;
    purgeDeleted();
    const QString text = QString::fromUtf8(token);
    for (Instance& instance : m_instances) {
        if (instance.token == text) {
            settle(instance);
            return &instance;
        }
    }
    return nullptr;
}

QList<SimWhatsApp::Instance*> SimWhatsApp::instances()
{
    purgeDeleted();
    QList<Instance*> all;
    all.reserve(qsizetype(m_instances.size()));
    for (Instance& instance : m_instances) {
        settle(instance);
        all.append(&instance);
    }
    return all;
}

SimWhatsApp::Instance& SimWhatsApp::create(const CreateRequest& request)
{
    purgeDeleted();
    Instance instance;
    instance.name = request.name;
    instance.id = uuidFrom(m_random, false);
    instance.token = request.token.isEmpty() ? uuidFrom(m_random, true) : request.token;
    instance.integration = request.integration;
    instance.tenantName = request.name;
    // A tenant's instance deleted and created again still belongs to that tenant.
    if (const SimTenant* tenant = m_fleet ? m_fleet->find(request.name) : nullptr;
        tenant && tenant->evolutionInstance == request.name) {
        instance.tenant = tenant->slug;
        instance.tenantName = tenant->name;
    }
    instance.number = request.number;
    instance.settings = request.settings;
    instance.settings.id = cuidFrom(m_random);
    instance.webhook = request.webhook;
    instance.createdAtMs = simNow();
    instance.updatedAtMs = instance.createdAtMs;
    m_instances.push_back(std::move(instance));
    m_indexByName.insert(request.name, qsizetype(m_instances.size()) - 1);
    Instance& created = m_instances.back();
    qCInfo(lcSim) << "evolution instance" << created.name << "created";
    if (request.qrcode)
        startPairing(created, request.number);
    return created;
}

void SimWhatsApp::setState(Instance& instance, State state)
{
    instance.state = state;
    if (state != State::Unloaded)
        instance.connectionStatus = stateName(state);
    instance.updatedAtMs = simNow();
}

void SimWhatsApp::startPairing(Instance& instance, const QString& number)
{
    Pairing pairing;
    pairing.active = true;
    pairing.session = m_nextSession++;
    pairing.readyAtMs = realNow() + std::max(0, m_config.notReadyMs);
    pairing.number = number;
    if (!number.isEmpty())
        pairing.pairingCode = pairingCodeFor(pairing.session);
    instance.pairing = std::move(pairing);
    instance.reconnectAtMs = 0;
    instance.zombie = false;
    setState(instance, State::Connecting);
    qCInfo(lcSim) << "evolution instance" << instance.name << "pairing, session" << instance.pairing.session;
    settle(instance);
}

void SimWhatsApp::endPairing(Instance& instance)
{
    instance.pairing = Pairing{};
    setState(instance, State::Close);
}

QString SimWhatsApp::currentCode(Instance& instance)
{
    Pairing& pairing = instance.pairing;
    if (!pairing.active || pairing.count == 0)
        return {};
    if (pairing.code.isEmpty())
        pairing.code = codeFor(pairing.session, pairing.count);
    return pairing.code;
}

QByteArray SimWhatsApp::currentDataUri(Instance& instance)
{
    const QString code = currentCode(instance);
    if (code.isEmpty())
        return {};
    if (instance.pairing.dataUri.isEmpty())
        instance.pairing.dataUri = QrCodePng::dataUri(code.toLatin1());
    return instance.pairing.dataUri;
}

QString SimWhatsApp::codeFor(quint64 session, int count) const
{
    // Shaped like Baileys' "ref,noiseKey,identityKey" payload: "2@" + base64 pieces joined by commas.
    SimRandom random(SimRandom::mix(SimRandom::mix(m_seed ^ kCodeSalt, session), quint64(count)));
    QByteArray code = QByteArrayLiteral("2@") + bytesFrom(random, 48).toBase64();
    code += ',' + bytesFrom(random, 32).toBase64();
    code += ',' + bytesFrom(random, 32).toBase64();
    return QString::fromLatin1(code);
}

QString SimWhatsApp::pairingCodeFor(quint64 session) const
{
    SimRandom random(SimRandom::mix(m_seed ^ kPairingSalt, session));
    QString code;
    for (int i = 0; i < 8; ++i)
        code += QLatin1Char(kPairingAlphabet[random.below(sizeof(kPairingAlphabet) - 1)]);
    return code;
}

void SimWhatsApp::restart(Instance& instance)
{
    if (instance.pairing.active)
        startPairing(instance, instance.pairing.number);
}

void SimWhatsApp::logout(Instance& instance)
{
    instance.pairing = Pairing{};
    instance.reconnectAtMs = 0;
    instance.zombie = false;
    instance.ownerJid.clear();
    setState(instance, State::Close);
    qCInfo(lcSim) << "evolution instance" << instance.name << "logged out";
}

void SimWhatsApp::scheduleDelete(Instance& instance)
{
    if (instance.state == State::Open || instance.state == State::Connecting)
        logout(instance);
    if (instance.deleteAtMs != 0)
        return;
    instance.deleteAtMs = realNow() + std::max(0, m_config.deleteDelayMs);
    m_pendingDeletes.append(instance.name);
}

void SimWhatsApp::recordSentMessage(Instance& instance)
{
    ++instance.messages;
}

QString SimWhatsApp::nextMessageId()
{
    const quint64 high = m_random.next();
    const quint64 low = m_random.next();
    return QStringLiteral("3EB0%1%2")
        .arg(high, 16, 16, QLatin1Char('0'))
        .arg(low & 0xff, 2, 16, QLatin1Char('0'))
        .toUpper();
}

bool SimWhatsApp::scan(Instance& instance, const QString& code, const QString& pairingCode, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    Pairing& pairing = instance.pairing;
    if (!pairing.active)
        return fail(QStringLiteral("\"%1\" is not pairing (state %2)").arg(instance.name, stateName(instance.state)));
    if (pairing.count == 0)
        return fail(QStringLiteral("\"%1\" has no QR code yet").arg(instance.name));
    if (!code.isEmpty()) {
        if (code != currentCode(instance))
            return fail(QStringLiteral("that QR code is not the current one of \"%1\"").arg(instance.name));
    } else if (!pairingCode.isEmpty()) {
        QString typed = pairingCode.toUpper();
        typed.remove(QLatin1Char('-'));
        if (pairing.pairingCode.isEmpty() || typed != pairing.pairingCode)
            return fail(QStringLiteral("wrong pairing code for \"%1\"").arg(instance.name));
    } else {
        return fail(QStringLiteral("give \"code\" or \"pairingCode\""));
    }

    SimRandom random(SimRandom::mix(m_seed ^ kSeedSalt, pairing.session + 0x5ca9ULL));
    if (!pairing.number.isEmpty())
        instance.ownerJid = jidOf(pairing.number);
    else if (instance.ownerJid.isEmpty())
        instance.ownerJid = jidOf(phoneFrom(random));
    instance.profileName = instance.tenantName;
    if (instance.profilePicUrl.isEmpty())
        instance.profilePicUrl = profilePictureFrom(random);
    instance.disconnectionReasonCode.reset();
    instance.disconnectionObject.clear();
    instance.disconnectionAtMs = 0;
    instance.zombie = false;
    instance.pairing = Pairing{};
    setState(instance, State::Open);
    qCInfo(lcSim) << "evolution instance" << instance.name << "paired as" << digitsOfJid(instance.ownerJid);
    return true;
}

bool SimWhatsApp::isTransientReason(int reason)
{
    return reason == 408 || reason == 428 || reason == 440 || reason == 515;
}

bool SimWhatsApp::drop(Instance& instance, int reason, QString* error)
{
    if (instance.state != State::Open && !instance.isReconnecting()) {
        if (error)
            *error = QStringLiteral("\"%1\" is not connected (state %2)").arg(instance.name, stateName(instance.state));
        return false;
    }
    instance.zombie = false;
    if (isTransientReason(reason)) {
        // Baileys reconnects by itself; Evolution writes nothing about a transient close to the row.
        instance.state = State::Connecting;
        instance.reconnectAtMs = realNow() + std::max(0, m_config.reconnectMs);
        qCInfo(lcSim) << "evolution instance" << instance.name << "dropped with" << reason << "- reconnecting";
        return true;
    }
    instance.reconnectAtMs = 0;
    instance.disconnectionReasonCode = reason;
    instance.disconnectionAtMs = simNow();
    instance.disconnectionObject = disconnectionObjectFor(reason, instance.disconnectionAtMs);
    setState(instance, State::Close);
    qCInfo(lcSim) << "evolution instance" << instance.name << "closed with" << reason;
    return true;
}

bool SimWhatsApp::setZombie(Instance& instance, bool zombie, QString* error)
{
    if (zombie && instance.state != State::Open) {
        if (error)
            *error = QStringLiteral("\"%1\" is not open (state %2)").arg(instance.name, stateName(instance.state));
        return false;
    }
    instance.zombie = zombie;
    return true;
}

} // namespace Fleetdeck::Sim
