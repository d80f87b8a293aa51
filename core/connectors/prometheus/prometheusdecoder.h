#pragma once

#include "core/connectors/prometheus/prometheusanswer.h"
#include "core/domain/alertingrule.h"
#include "core/domain/rulealert.h"
#include "core/domain/scrapetarget.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>
#include <string_view>

namespace Fleetdeck {

// Pure functions from the bodies of Prometheus' HTTP API (v1, 2.x and 3.x) to domain values.
//
// Every function takes any bytes and returns a value or an ApiError; nothing throws. Sample values
// arrive as strings and may be "NaN", "+Inf" or "-Inf" (kept as doubles); timestamps are float seconds
// (kept to the millisecond, UTC). An error body {"status":"error","errorType":…,"error":…} becomes an
// ApiError carrying Prometheus' own message. A result set with more samples than `maxSamples` is refused
// with a TooLarge error while it is parsed, so a runaway query cannot take the memory with it.
class PrometheusDecoder
{
public:
    static constexpr int kDefaultMaxSamples = 200000;

    static Result<InstantVector> decodeVector(const QByteArray& body, int maxSamples = kDefaultMaxSamples);
    static Result<RangeMatrix> decodeMatrix(const QByteArray& body, int maxSamples = kDefaultMaxSamples);
    static Result<ScalarValue> decodeScalar(const QByteArray& body);
    // GET /api/v1/targets: the active targets (dropped ones are left out).
    static Result<QList<ScrapeTarget>> decodeTargets(const QByteArray& body);
    // GET /api/v1/alerts: Prometheus' pending and firing alerts.
    static Result<QList<RuleAlert>> decodeAlerts(const QByteArray& body);
    // GET /api/v1/rules: the alerting rules of every group (recording rules are left out).
    static Result<QList<AlertingRule>> decodeRules(const QByteArray& body);

    // The error an answer carries, if it is one: {"status":"error",…} in any HTTP status, or a body that is
    // not Prometheus' JSON at all (an HTML page from a proxy, plain text). nullopt for a "success" envelope.
    static std::optional<ApiError> errorFromBody(int httpStatus, const QByteArray& body);

    // "1", "0.25", "1e-05", "NaN", "+Inf", "-Inf" (C locale, never the user's); nullopt when not a number.
    static std::optional<double> parseSampleValue(std::string_view text);
    // Float Unix seconds -> UTC, rounded to the millisecond. Invalid for NaN/Inf or out of range.
    static QDateTime timeFromSeconds(double seconds);
    // The inverse for request parameters: "1795301455.442" (no exponent, no trailing zeros).
    static QString secondsParameter(const QDateTime& time);
};

} // namespace Fleetdeck
