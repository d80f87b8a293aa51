#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Fleetdeck::Sim {

// One injected misbehaviour, matched on a request path (exact, or a glob where '*' matches any run of
// characters) and optionally a method, for `count` requests (-1 = until cleared).
struct Fault
{
    enum class Kind
    {
        Latency, // `latencyMs` added, then the normal answer
        Status, // `status` with `body` (or the upstream's error shape)
        RateLimit, // 429 + Retry-After: `retryAfterSeconds` (or an HTTP-date)
        Malformed, // 200, application/json, a broken JSON body
        Truncated, // Content-Length larger than what is sent, then the connection closes
        Huge, // 200 with a streamed body of `bytes` bytes
        Reset, // the TCP connection is aborted without an answer
    };
    static constexpr qint64 kDefaultHugeBytes = 64LL * 1024 * 1024;

    int id = 0;
    QString path;
    QString method; // upper-case; empty = any
    Kind kind = Kind::Status;
    int count = -1;
    int status = 500;
    QByteArray body; // Status only; empty = the upstream's error shape
    int latencyMs = 1000;
    int retryAfterSeconds = 1;
    bool retryAfterDate = false;
    bool statusRetryAfter = false; // Status only: also send Retry-After (e.g. a 503 that says when to come back)
    qint64 bytes = kDefaultHugeBytes;
    int hits = 0; // requests affected so far

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QString kindNames(); // "latency, status, ..." for error messages

    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Fleetdeck::Sim
