#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace Fleetdeck {

// Exponential backoff with jitter for idempotent requests: 1 s, 2 s, 4 s (±20 %), and the server's
// Retry-After when it gives one.
class RetryPolicy
{
public:
    std::chrono::milliseconds baseDelay{1000};
    double jitter = 0.2; // ±20 %
    // A Retry-After longer than this is not waited for; the caller gets the rate-limit error instead.
    std::chrono::seconds maxRetryAfter{120};

    // Delay before retry number `retry` (1-based). `unitRandom` in [0, 1) picks the jitter.
    [[nodiscard]] std::chrono::milliseconds backoff(int retry, double unitRandom) const;

    // Parses a Retry-After value: delta-seconds or an HTTP-date (RFC 7231), relative to `now`.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);
};

} // namespace Fleetdeck
