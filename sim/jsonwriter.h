#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace Fleetdeck::Sim {

// A small streaming JSON writer for the simulator's big answers (tens of thousands of series): no DOM,
// commas placed automatically, numbers in the formats Prometheus and Alertmanager use.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void key(const char* asciiName); // plain ASCII, nothing to escape
    void string(QStringView value);
    void string(const char* asciiValue); // plain ASCII, nothing to escape
    void number(double value); // shortest round-trip form
    void integer(qint64 value);
    void boolean(bool value);
    void null();

    // Prometheus' forms: a sample value as a string ("0.25", "NaN", "+Inf"), a timestamp as float seconds
    // (1795301455.442), and an alert value like Go's %e ("4.3174220600008965e+05").
    void sampleValue(double value);
    void timestamp(qint64 msecs);
    void exponentValue(double value);
    void time(qint64 msecs); // RFC 3339, UTC, milliseconds: "2026-11-21T22:47:11.794Z"

    [[nodiscard]] const QByteArray& data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    static QByteArray sampleValueText(double value);
    static QString rfc3339(qint64 msecs);

private:
    void separate();
    void raw(const QByteArray& bytes);

    QByteArray m_out;
    std::vector<bool> m_hasItems; // per open container
    bool m_afterKey = false;
};

} // namespace Fleetdeck::Sim
