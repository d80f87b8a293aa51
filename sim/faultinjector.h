#pragma once

#include "sim/fault.h"
#include "sim/simresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Fleetdeck::Sim {

struct SimRequest;

// The faults currently injected into the simulator. They apply to every listener (main, hosts, TLS)
// but never to /_sim/. The first matching fault, in the order they were added, takes the request.
class FaultInjector
{
public:
    // `--faults` grammar: entries separated by ';' (blank ones ignored), each
    //   [METHOD ' ']PATH '=' KIND [':' ARG [':' FLAG]] ['*' COUNT]
    // KIND/ARG: latency:MS (1000) | status:CODE (500) | ratelimit:SECONDS (1) [:date] | malformed |
    //           truncated | huge:BYTES (64M; K/M/G suffixes = KiB/MiB/GiB) | reset
    // COUNT: how many requests the fault affects (default: until cleared).
    // Example: /sites/pizza-co/health=status:503;/stripe/*=ratelimit:2*3;/n8n/*=latency:2500
    static std::optional<QList<Fault>> parseSpec(const QString& spec, QString* error = nullptr);
    // The body of POST /_sim/faults: {"path":"/stripe/*","method":"GET","kind":"ratelimit","retryAfter":2,
    // "count":3}; optional status, body (string or JSON), latencyMs, retryAfter, retryAfterDate, bytes. A status
    // fault given a retryAfter sends a Retry-After header too (a 503 saying when to come back).
    static std::optional<Fault> parseJson(const QByteArray& json, QString* error = nullptr);
    // Exact, or '*' matches any run of characters (including '/').
    static bool pathMatches(QStringView pattern, QStringView path);
    // The answer a (non-latency) fault gives instead of the route's.
    static SimResponse respond(const Fault& fault, const SimRequest& request);

    int add(Fault fault); // returns the new fault's id
    std::optional<int> addJson(const QByteArray& json, QString* error = nullptr);
    bool addSpec(const QString& spec, QString* error = nullptr);
    bool remove(int id);
    int clear(); // returns how many were removed

    [[nodiscard]] bool isEmpty() const { return m_faults.isEmpty(); }
    [[nodiscard]] const QList<Fault>& faults() const { return m_faults; }
    [[nodiscard]] QByteArray toJson() const; // {"faults":[...]}

    // The fault that takes this request, counted against its `count` (removed when used up).
    std::optional<Fault> take(QByteArrayView method, QStringView path);

private:
    QList<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace Fleetdeck::Sim
