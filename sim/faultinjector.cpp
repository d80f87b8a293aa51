#include "sim/faultinjector.h"

#include "sim/simlogging.h"
#include "sim/simrequest.h"
#include "sim/upstreamerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Fleetdeck::Sim {

namespace {

constexpr int kMaxLatencyMs = 10 * 60 * 1000;
constexpr qint64 kMaxHugeBytes = 16LL * 1024 * 1024 * 1024;

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<qint64> parseByteCount(QStringView text)
{
    qint64 factor = 1;
    if (!text.isEmpty()) {
        switch (text.back().toUpper().unicode()) {
        case 'K':
            factor = 1024;
            break;
        case 'M':
            factor = 1024 * 1024;
            break;
        case 'G':
            factor = 1024LL * 1024 * 1024;
            break;
        default:
            break;
        }
        if (factor != 1)
            text.chop(1);
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value * factor;
}

bool isValidMethod(const QString& method)
{
    if (method.isEmpty())
        return false;
    for (QChar c : method) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

// Checks the ranges of a parsed fault; `where` prefixes the message.
bool validate(const Fault& fault, const QString& where, QString* error)
{
    if (!fault.path.startsWith(QLatin1Char('/')) && !fault.path.startsWith(QLatin1Char('*')))
        return fail(error, where + QStringLiteral("path \"%1\" must start with '/' (or '*')").arg(fault.path));
    if (!fault.method.isEmpty() && !isValidMethod(fault.method))
        return fail(error, where + QStringLiteral("method \"%1\" is not an HTTP method").arg(fault.method));
    if (fault.count == 0 || fault.count < -1)
        return fail(error, where + QStringLiteral("count must be a positive number (or -1 = until cleared)"));
    switch (fault.kind) {
    case Fault::Kind::Latency:
        if (fault.latencyMs < 0 || fault.latencyMs > kMaxLatencyMs)
            return fail(error, where + QStringLiteral("latency must be 0..%1 ms").arg(kMaxLatencyMs));
        break;
    case Fault::Kind::Status:
        if (fault.status < 100 || fault.status > 599)
            return fail(error, where + QStringLiteral("status must be an HTTP status code 100..599"));
        break;
    case Fault::Kind::RateLimit:
        if (fault.retryAfterSeconds < 0 || fault.retryAfterSeconds > 86400)
            return fail(error, where + QStringLiteral("retryAfter must be 0..86400 seconds"));
        break;
    case Fault::Kind::Huge:
        if (fault.bytes < 0 || fault.bytes > kMaxHugeBytes)
            return fail(error, where + QStringLiteral("bytes must be 0..16G"));
        break;
    case Fault::Kind::Malformed:
    case Fault::Kind::Truncated:
    case Fault::Kind::Reset:
        break;
    }
    return true;
}

std::optional<Fault> parseEntry(const QString& entry, int number, QString* error)
{
    const QString where = QStringLiteral("fault spec entry %1 (\"%2\"): ").arg(number).arg(entry);
    const qsizetype equals = entry.indexOf(QLatin1Char('='));
    if (equals < 0) {
        fail(error, where + QStringLiteral("expected PATH=KIND[:ARG][*COUNT]"));
        return std::nullopt;
    }
    Fault fault;
    QString target = entry.left(equals).trimmed();
    const qsizetype space = target.indexOf(QLatin1Char(' '));
    if (space > 0) {
        fault.method = target.left(space).toUpper();
        target = target.mid(space + 1).trimmed();
    }
    fault.path = target;

    QString action = entry.mid(equals + 1).trimmed();
    const qsizetype star = action.lastIndexOf(QLatin1Char('*'));
    if (star >= 0) {
        bool ok = false;
        fault.count = action.mid(star + 1).trimmed().toInt(&ok);
        if (!ok) {
            fail(error, where + QStringLiteral("count \"%1\" is not a number").arg(action.mid(star + 1)));
            return std::nullopt;
        }
        action = action.left(star).trimmed();
    }
    const QStringList parts = action.split(QLatin1Char(':'));
    const std::optional<Fault::Kind> kind = Fault::kindFromName(parts.value(0).trimmed());
    if (!kind) {
        fail(error, where + QStringLiteral("unknown kind \"%1\" (known: %2)").arg(parts.value(0), Fault::kindNames()));
        return std::nullopt;
    }
    fault.kind = *kind;
    const QString arg = parts.value(1).trimmed();
    const bool hasArg = parts.size() > 1;
    const QString flag = parts.value(2).trimmed();
    const int maxParts = fault.kind == Fault::Kind::RateLimit ? 3 : 2;
    if (parts.size() > maxParts) {
        fail(error, where + QStringLiteral("too many ':' arguments for %1").arg(Fault::kindName(fault.kind)));
        return std::nullopt;
    }
    auto intArg = [&](int& value, const QString& what) {
        if (!hasArg)
            return true;
        bool ok = false;
        value = arg.toInt(&ok);
        return ok || fail(error, where + QStringLiteral("%1 \"%2\" is not a number").arg(what, arg));
    };
    switch (fault.kind) {
    case Fault::Kind::Latency:
        if (!intArg(fault.latencyMs, QStringLiteral("latency")))
            return std::nullopt;
        break;
    case Fault::Kind::Status:
        if (!intArg(fault.status, QStringLiteral("status")))
            return std::nullopt;
        break;
    case Fault::Kind::RateLimit:
        if (!intArg(fault.retryAfterSeconds, QStringLiteral("retry-after")))
            return std::nullopt;
        if (!flag.isEmpty()) {
            if (flag.compare(QLatin1String("date"), Qt::CaseInsensitive) != 0) {
                fail(error, where + QStringLiteral("unknown ratelimit flag \"%1\" (known: date)").arg(flag));
                return std::nullopt;
            }
            fault.retryAfterDate = true;
        }
        break;
    case Fault::Kind::Huge:
        if (hasArg) {
            const std::optional<qint64> bytes = parseByteCount(arg);
            if (!bytes) {
                fail(error,
                    where + QStringLiteral("size \"%1\" is not a byte count (e.g. 1048576, 512K, 64M)").arg(arg));
                return std::nullopt;
            }
            fault.bytes = *bytes;
        }
        break;
    case Fault::Kind::Malformed:
    case Fault::Kind::Truncated:
    case Fault::Kind::Reset:
        if (hasArg) {
            fail(error, where + QStringLiteral("%1 takes no argument").arg(Fault::kindName(fault.kind)));
            return std::nullopt;
        }
        break;
    }
    if (!validate(fault, where, error))
        return std::nullopt;
    return fault;
}

} // namespace

std::optional<QList<Fault>> FaultInjector::parseSpec(const QString& spec, QString* error)
{
    QList<Fault> faults;
    const QStringList entries = spec.split(QLatin1Char(';'));
    int number = 0;
    for (const QString& raw : entries) {
        const QString entry = raw.trimmed();
        ++number;
        if (entry.isEmpty())
            continue;
        std::optional<Fault> fault = parseEntry(entry, number, error);
        if (!fault)
            return std::nullopt;
        faults.append(std::move(*fault));
    }
    return faults;
}

std::optional<Fault> FaultInjector::parseJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        fail(error,
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("fault body is not JSON: ") + parseError.errorString()
                : QStringLiteral("fault body must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QString where = QStringLiteral("fault: ");
    Fault fault;
    const QJsonValue path = object.value(QLatin1String("path"));
    if (!path.isString()) {
        fail(error, where + QStringLiteral("\"path\" (a string) is required"));
        return std::nullopt;
    }
    fault.path = path.toString();
    const std::optional<Fault::Kind> kind = Fault::kindFromName(object.value(QLatin1String("kind")).toString());
    if (!kind) {
        fail(error, where + QStringLiteral("\"kind\" must be one of: ") + Fault::kindNames());
        return std::nullopt;
    }
    fault.kind = *kind;
    fault.method = object.value(QLatin1String("method")).toString().toUpper();

    // Integer fields: present ones must be numbers.
    struct IntField
    {
        const char* name;
        int* target;
    };
    const IntField intFields[] = {{"count", &fault.count}, {"status", &fault.status}, {"latencyMs", &fault.latencyMs},
        {"retryAfter", &fault.retryAfterSeconds}};
    for (const IntField& field : intFields) {
        const QJsonValue value = object.value(QLatin1String(field.name));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isDouble()) {
            fail(error, where + QStringLiteral("\"%1\" must be a number").arg(QLatin1String(field.name)));
            return std::nullopt;
        }
        *field.target = value.toInt();
    }
    const QJsonValue bytes = object.value(QLatin1String("bytes"));
    if (bytes.isDouble()) {
        fault.bytes = qint64(bytes.toDouble());
    } else if (bytes.isString()) {
        const std::optional<qint64> parsed = parseByteCount(bytes.toString());
        if (!parsed) {
            fail(error, where + QStringLiteral("\"bytes\" is not a byte count"));
            return std::nullopt;
        }
        fault.bytes = *parsed;
    }
    fault.retryAfterDate = object.value(QLatin1String("retryAfterDate")).toBool(false);
    fault.statusRetryAfter = fault.kind == Fault::Kind::Status && object.value(QLatin1String("retryAfter")).isDouble();
    const QJsonValue body = object.value(QLatin1String("body"));
    if (body.isString())
        fault.body = body.toString().toUtf8();
    else if (body.isObject())
        fault.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        fault.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    if (!validate(fault, where, error))
        return std::nullopt;
    return fault;
}

bool FaultInjector::pathMatches(QStringView pattern, QStringView path)
{
    // Iterative wildcard match: '*' matches any run, everything else literally.
    qsizetype p = 0;
    qsizetype s = 0;
    qsizetype starAt = -1;
    qsizetype resumeAt = 0;
    while (s < path.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starAt = p++;
            resumeAt = s;
        } else if (p < pattern.size() && pattern.at(p) == path.at(s)) {
            ++p;
            ++s;
        } else if (starAt >= 0) {
            p = starAt + 1;
            s = ++resumeAt;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

SimResponse FaultInjector::respond(const Fault& fault, const SimRequest& request)
{
    switch (fault.kind) {
    case Fault::Kind::Status: {
        SimResponse response;
        if (fault.body.isEmpty()) {
            response = UpstreamErrors::error(
                request, fault.status, QString::fromLatin1(UpstreamErrors::reasonPhrase(fault.status)));
        } else {
            QJsonParseError parseError;
            QJsonDocument::fromJson(fault.body, &parseError);
            response = parseError.error == QJsonParseError::NoError ? SimResponse::json(fault.body, fault.status)
                                                                    : SimResponse::text(fault.body, fault.status);
        }
        if (fault.statusRetryAfter)
            response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
        return response;
    }
    case Fault::Kind::RateLimit:
        return UpstreamErrors::rateLimited(request, fault.retryAfterSeconds, fault.retryAfterDate);
    case Fault::Kind::Malformed:
        return SimResponse::json(QByteArrayLiteral("{\"data\":[{\"id\":1,\"name\":\"Pizza Co\"},{\"id\":2,\"name\":"));
    case Fault::Kind::Truncated: {
        SimResponse response = SimResponse::json(
            QByteArrayLiteral("{\"data\":[{\"id\":1,\"name\":\"Pizza Co\"},{\"id\":2,\"name\":\"Joe's Plumbing\"}"));
        response.delivery = SimResponse::Delivery::Truncated;
        response.length = 4096;
        return response;
    }
    case Fault::Kind::Huge: {
        SimResponse response = SimResponse::json({});
        response.delivery = SimResponse::Delivery::Streamed;
        response.length = fault.bytes;
        return response;
    }
    case Fault::Kind::Reset: {
        SimResponse response;
        response.delivery = SimResponse::Delivery::Reset;
        return response;
    }
    case Fault::Kind::Latency:
        break;
    }
    return UpstreamErrors::error(request, 500, QStringLiteral("latency fault has no answer of its own"));
}

int FaultInjector::add(Fault fault)
{
    fault.id = m_nextId++;
    fault.hits = 0;
    qCInfo(lcSim).noquote() << "fault" << fault.id
                            << "added:" << (fault.method.isEmpty() ? QStringLiteral("*") : fault.method) << fault.path
                            << Fault::kindName(fault.kind) << "count" << fault.count;
    m_faults.append(std::move(fault));
    return m_faults.constLast().id;
}

std::optional<int> FaultInjector::addJson(const QByteArray& json, QString* error)
{
    std::optional<Fault> fault = parseJson(json, error);
    if (!fault)
        return std::nullopt;
    return add(std::move(*fault));
}

bool FaultInjector::addSpec(const QString& spec, QString* error)
{
    std::optional<QList<Fault>> faults = parseSpec(spec, error);
    if (!faults)
        return false;
    for (Fault& fault : *faults)
        add(std::move(fault));
    return true;
}

bool FaultInjector::remove(int id)
{
    return m_faults.removeIf([id](const Fault& fault) { return fault.id == id; }) > 0;
}

int FaultInjector::clear()
{
    const int removed = int(m_faults.size());
    m_faults.clear();
    return removed;
}

QByteArray FaultInjector::toJson() const
{
    QJsonArray list;
    for (const Fault& fault : m_faults)
        list.append(fault.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("faults"), list}}).toJson(QJsonDocument::Compact);
}

std::optional<Fault> FaultInjector::take(QByteArrayView method, QStringView path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& fault = m_faults[i];
        if (!fault.method.isEmpty() && QLatin1String(method) != fault.method)
            continue;
        if (!pathMatches(fault.path, path))
            continue;
        ++fault.hits;
        Fault taken = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace Fleetdeck::Sim
