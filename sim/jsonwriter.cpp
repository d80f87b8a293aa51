#include "sim/jsonwriter.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace Fleetdeck::Sim {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_out += ',';
        m_hasItems.back() = true;
    }
}

void JsonWriter::raw(const QByteArray& bytes)
{
    separate();
    m_out += bytes;
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_hasItems.push_back(false);
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_hasItems.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_hasItems.push_back(false);
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_hasItems.pop_back();
}

void JsonWriter::key(QStringView name)
{
    string(name);
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::key(const char* asciiName)
{
    string(asciiName);
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::string(const char* asciiValue)
{
    separate();
    m_out += '"';
    m_out += asciiValue;
    m_out += '"';
}

void JsonWriter::string(QStringView value)
{
    separate();
    m_out += '"';
    const QByteArray utf8 = value.toUtf8();
    const char* begin = utf8.constData();
    const char* end = begin + utf8.size();
    const char* run = begin;
    for (const char* p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default: {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(c));
            m_out += buffer;
        }
        }
    }
    m_out.append(run, end - run);
    m_out += '"';
}

void JsonWriter::number(double value)
{
    if (!std::isfinite(value)) {
        null();
        return;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    raw(QByteArray(buffer, int(result.ptr - buffer)));
}

void JsonWriter::integer(qint64 value)
{
    raw(QByteArray::number(value));
}

void JsonWriter::boolean(bool value)
{
    raw(value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

void JsonWriter::null()
{
    raw(QByteArrayLiteral("null"));
}

QByteArray JsonWriter::sampleValueText(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return QByteArray(buffer, int(result.ptr - buffer));
}

void JsonWriter::sampleValue(double value)
{
    raw('"' + sampleValueText(value) + '"');
}

void JsonWriter::timestamp(qint64 msecs)
{
    QByteArray text = QByteArray::number(msecs / 1000);
    const qint64 fraction = msecs % 1000;
    if (fraction != 0) {
        QByteArray decimals = QByteArray::number(fraction).rightJustified(3, '0');
        while (decimals.endsWith('0'))
            decimals.chop(1);
        text += '.' + decimals;
    }
    raw(text);
}

void JsonWriter::exponentValue(double value)
{
    if (!std::isfinite(value)) {
        sampleValue(value);
        return;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    raw('"' + QByteArray(buffer, int(result.ptr - buffer)) + '"');
}

QString JsonWriter::rfc3339(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

void JsonWriter::time(qint64 msecs)
{
    string(rfc3339(msecs));
}

} // namespace Fleetdeck::Sim
