#pragma once

#include "core/net/httpclient.h"
#include "core/profile/connectionprofile.h"
#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Fleetdeck {

// "Does this upstream answer, and does it accept this key?": ONE cheap request with the upstream's real
// authentication, for the profile editor's Test buttons. Never retries: a test reports the first answer.
//
//   evolution     POST /verify-creds              header "apikey: <key>" (the global key)
//   n8n           GET  /api/v1/workflows?limit=1  header "X-N8N-API-KEY: <key>"
//   stripe        GET  /v1/customers?limit=1      "Authorization: Bearer <key>"
//   prometheus    GET  /api/v1/status/buildinfo   no key; a value is sent as Bearer, or Basic when "user:password"
//   alertmanager  GET  /api/v2/status             same as prometheus
//   mautic        GET  /api/contacts?limit=1      HTTP Basic; the secret value is "user:password"
//
// Paths are appended to the configured URL (which may carry a path prefix such as "/n8n").
class UpstreamCheck
{
public:
    using Callback = std::function<void(Result<QString>)>;

    // Evolution API's hard-coded fallback global key, used when AUTHENTICATION_API_KEY is unset.
    static constexpr const char* kEvolutionDefaultKey = "BQYHJGJHJ";

    struct Input
    {
        QString upstream; // one of ConnectionProfile::upstreamNames()
        UpstreamConfig config; // url and timeoutMs are used
        QByteArray secret; // the VALUE (never logged); may be empty for prometheus and alertmanager
        // Mautic only: there is one Mautic per client, so the test asks one of them. Either a client's Mautic
        // URL ("https://acme.example.com" or the simulator's "http://127.0.0.1:N/mautic/acme"), or a bare slug
        // resolved against the profile URL (<url>/<slug>). Empty: the profile URL itself is one Mautic.
        QString mauticTenant;
    };

    explicit UpstreamCheck(HttpClient* http);

    // The callback gets a translated success sentence naming what answered (with its version when the answer
    // has one), or the ApiError whose toDisplayString() says what failed. It runs on `context`'s thread, never
    // inside run(), and not at all when `context` is destroyed first. Returns 0 when no request was sent
    // (the input was refused with a Config error).
    HttpClient::RequestId run(const Input& input, const QObject* context, Callback callback);

    // Pure parts, also used by tests.
    static Result<HttpRequest> buildRequest(const Input& input);
    static Result<QString> interpret(const Input& input, const HttpResponse& response);
    // Adjusts an upstream's failure for a test (e.g. Mautic's "API or basic auth switched off" 403).
    static ApiError explainFailure(const Input& input, ApiError error);

    // "Evolution API", "n8n", "Stripe", "Prometheus", "Alertmanager", "Mautic" (product names; not translated).
    static QString displayName(const QString& upstream);
    // True when the upstream cannot be asked without a key (evolution, n8n, stripe, mautic).
    static bool requiresSecret(const QString& upstream);
    // A translated warning about the key itself, when there is one: Evolution's well-known default key, or a
    // full-access Stripe secret key (sk_…) where a restricted key (rk_…) would do. Part of the success text.
    static std::optional<QString> keyWarning(const QString& upstream, const QByteArray& secret);
    // The base URL the check asks (Mautic: the resolved client URL), or a Config error.
    static Result<QUrl> baseUrl(const Input& input);

private:
    HttpClient* m_http;
};

} // namespace Fleetdeck
