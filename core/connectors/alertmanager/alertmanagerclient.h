#pragma once

#include "core/connectors/alertmanager/alertmanagerdecoder.h"
#include "core/domain/alertgroup.h"
#include "core/domain/externalalert.h"
#include "core/domain/silence.h"
#include "core/net/httpclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace Fleetdeck {

// Alertmanager's API v2 over the shared HttpClient: the alerts it holds, its groups, and silences (list,
// create or update, expire). Reads are retried on 5xx/429/network errors; creating a silence is not (a
// retry could create it twice). The optional secret VALUE (for a proxy in front) is sent as HTTP Basic
// when it reads "user:password", as a Bearer token otherwise.
//
// Callbacks run on `context`'s thread, never inside the call, and not at all once `context` is destroyed.
class AlertmanagerClient
{
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    struct Options
    {
        QUrl url; // the base URL, e.g. https://am.example.com or http://127.0.0.1:9093/alertmanager
        QByteArray secret; // a value, never logged; empty = no authentication
        std::chrono::milliseconds timeout{15000};
        int maxRetries = 2;
        qint64 maxBodyBytes = 32LL * 1024 * 1024;
    };

    // Which alerts GET /api/v2/alerts returns (Alertmanager's defaults: everything).
    struct AlertFilter
    {
        bool active = true;
        bool silenced = true;
        bool inhibited = true;
        bool unprocessed = true; // ignored by the groups endpoint
        QList<SilenceMatcher> matchers; // sent as filter=name="value" (every one must match)
        QString receiver; // a regex on the receiver name; empty = any
    };

    AlertmanagerClient(HttpClient* http, Options options);
    [[nodiscard]] const Options& options() const { return m_options; }

    // GET /api/v2/alerts
    HttpClient::RequestId alerts(
        const AlertFilter& filter, const QObject* context, Callback<QList<ExternalAlert>> callback);
    // GET /api/v2/alerts/groups
    HttpClient::RequestId alertGroups(
        const AlertFilter& filter, const QObject* context, Callback<QList<AlertGroup>> callback);
    // GET /api/v2/silences (active, pending and expired ones)
    HttpClient::RequestId silences(const QObject* context, Callback<QList<Silence>> callback);
    // POST /api/v2/silences -> the new silence's id. Checked first (Config error, nothing sent): at least one
    // matcher, valid label names and regexes, one matcher that does not match the empty string, startsAt
    // before endsAt, endsAt in the future (by this computer's clock; Alertmanager checks again by its own),
    // createdBy and comment given.
    HttpClient::RequestId createSilence(const QList<SilenceMatcher>& matchers, const QDateTime& startsAt,
        const QDateTime& endsAt, const QString& createdBy, const QString& comment, const QObject* context,
        Callback<QString> callback);
    // POST /api/v2/silences with "id": Alertmanager updates it in place or replaces it (the answer's id).
    HttpClient::RequestId updateSilence(const Silence& silence, const QObject* context, Callback<QString> callback);
    // DELETE /api/v2/silence/{id} (singular "silence"). Expiring an already expired silence is a success.
    HttpClient::RequestId expireSilence(const QString& id, const QObject* context, Callback<Done> callback);

    // The problems that would make Alertmanager refuse a silence, in words; nullopt when it is fine.
    static std::optional<QString> validateSilence(const Silence& silence, const QDateTime& now);
    // The POST body: {"id"?, "matchers":[…], "startsAt", "endsAt", "createdBy", "comment"}, times in UTC RFC 3339.
    static QByteArray silenceBody(const Silence& silence);
    // A matcher in Alertmanager's filter syntax: alertname="Probe\"Failed", job=~"node.*", env!="dev".
    static QString matcherText(const SilenceMatcher& matcher);
    static QString rfc3339(const QDateTime& time); // "2025-12-06T10:00:00.000Z"

private:
    HttpClient* m_http;
    Options m_options;
};

} // namespace Fleetdeck
