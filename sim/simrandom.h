#pragma once

#include <QtGlobal>

namespace Fleetdeck::Sim {

// A tiny deterministic generator (splitmix64). The standard distributions differ between standard
// libraries, so the fleet uses this instead: the same seed gives the same fleet everywhere.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_state(seed)
    {
    }

    // A seed for an independent stream, e.g. one per tenant, so adding tenants keeps earlier ones stable.
    static quint64 mix(quint64 a, quint64 b)
    {
        SimRandom r(a ^ (b * 0x9E3779B97F4A7C15ULL));
        r.next();
        return r.next();
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); 0 when n is 0.
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }
    // Uniform in [low, high].
    int between(int low, int high) { return low + int(below(quint64(high - low) + 1)); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * unit(); }

private:
    quint64 m_state;
};

} // namespace Fleetdeck::Sim
