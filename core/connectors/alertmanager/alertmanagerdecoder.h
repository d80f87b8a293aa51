#pragma once

#include "core/connectors/alertmanager/alertmanagerstatus.h"
#include "core/domain/alertgroup.h"
#include "core/domain/externalalert.h"
#include "core/domain/silence.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Fleetdeck {

// Pure functions from the bodies of Alertmanager's API v2 (0.22+) to domain values. Nothing throws.
// Lists are bare JSON arrays; times are RFC 3339 (nanoseconds allowed, kept to the millisecond, UTC).
// Errors are plain JSON strings ("silence invalid: …"), or {"code":602,"message":…} when the request
// failed the API's own schema validation.
class AlertmanagerDecoder
{
public:
    static Result<QList<ExternalAlert>> decodeAlerts(const QByteArray& body);
    static Result<QList<AlertGroup>> decodeAlertGroups(const QByteArray& body);
    static Result<QList<Silence>> decodeSilences(const QByteArray& body);
    static Result<Silence> decodeSilence(const QByteArray& body); // GET /api/v2/silence/{id}
    static Result<QString> decodeSilenceId(const QByteArray& body); // POST /api/v2/silences -> {"silenceID":…}
    static Result<AlertmanagerStatus> decodeStatus(const QByteArray& body);

    // The message of an error body: a JSON string, a {"message":…} object, or short plain text. Empty when none.
    static QString errorMessage(const QByteArray& body);

    // Stable names, never translated: "unprocessed", "active", "suppressed" / "pending", "active", "expired".
    static QString alertStateName(ExternalAlert::State state);
    static QString silenceStateName(Silence::State state);
};

} // namespace Fleetdeck
