#include "core/net/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Fleetdeck {

std::chrono::milliseconds RetryPolicy::backoff(int retry, double unitRandom) const
{
    const double base = static_cast<double>(baseDelay.count()) * std::pow(2.0, std::max(0, retry - 1));
    const double factor = 1.0 + jitter * (2.0 * std::clamp(unitRandom, 0.0, 1.0) - 1.0);
    return std::chrono::milliseconds(static_cast<qint64>(std::llround(base * factor)));
}

std::optional<std::chrono::seconds> RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;

    // IMF-fixdate ends in "GMT", which Qt's RFC 2822 parser only takes as a numeric offset.
    QString text = QString::fromLatin1(trimmed).simplified();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        // Obsolete RFC 850 / asctime forms, parsed in the C locale.
        const QLocale c = QLocale::c();
        text = QString::fromLatin1(trimmed).simplified();
        for (const QString& format :
            {QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"), QStringLiteral("ddd MMM d HH:mm:ss yyyy")}) {
            when = c.toDateTime(text, format);
            if (when.isValid())
                break;
        }
        if (!when.isValid())
            return std::nullopt;
        when.setTimeSpec(Qt::UTC);
    }
    const qint64 delta = now.secsTo(when);
    return std::chrono::seconds(std::max<qint64>(0, delta));
}

} // namespace Fleetdeck
