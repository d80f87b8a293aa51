#include "sim/fault.h"

#include <QJsonDocument>

namespace Fleetdeck::Sim {

namespace {
constexpr Fault::Kind kKinds[] = {Fault::Kind::Latency, Fault::Kind::Status, Fault::Kind::RateLimit,
    Fault::Kind::Malformed, Fault::Kind::Truncated, Fault::Kind::Huge, Fault::Kind::Reset};
} // namespace

QString Fault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Latency:
        return QStringLiteral("latency");
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::RateLimit:
        return QStringLiteral("ratelimit");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::Huge:
        return QStringLiteral("huge");
    case Kind::Reset:
        return QStringLiteral("reset");
    }
    return {};
}

std::optional<Fault::Kind> Fault::kindFromName(QStringView name)
{
    for (Kind kind : kKinds) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString Fault::kindNames()
{
    QStringList names;
    for (Kind kind : kKinds)
        names << kindName(kind);
    return names.join(QStringLiteral(", "));
}

QJsonObject Fault::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("path"), path},
        {QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("count"), count}, {QStringLiteral("hits"), hits}};
    if (!method.isEmpty())
        object.insert(QStringLiteral("method"), method);
    switch (kind) {
    case Kind::Latency:
        object.insert(QStringLiteral("latencyMs"), latencyMs);
        break;
    case Kind::Status:
        object.insert(QStringLiteral("status"), status);
        if (!body.isEmpty())
            object.insert(QStringLiteral("body"), QString::fromUtf8(body));
        if (statusRetryAfter)
            object.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
        break;
    case Kind::RateLimit:
        object.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
        object.insert(QStringLiteral("retryAfterDate"), retryAfterDate);
        break;
    case Kind::Huge:
        object.insert(QStringLiteral("bytes"), bytes);
        break;
    case Kind::Malformed:
    case Kind::Truncated:
    case Kind::Reset:
        break;
    }
    return object;
}

} // namespace Fleetdeck::Sim
