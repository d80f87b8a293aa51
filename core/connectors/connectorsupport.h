#pragma once

#include "core/net/apierror.h"
#include "core/net/httpclient.h"
#include "core/net/httprequest.h"
#include "core/result.h"

#include <QMetaObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace Fleetdeck::ConnectorSupport {

// What connectors show of a URL in errors and logs: no user info, query or fragment.
inline QString shownUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// A request that could not be built (bad URL, bad input): an ApiError of kind Config naming the source.
inline ApiError configError(const QString& source, const QString& message, const QUrl& url = {})
{
    ApiError error = ApiError::make(ApiError::Kind::Config, message);
    error.source = source;
    if (!url.isEmpty())
        error.url = shownUrl(url);
    return error;
}

// Answers like a request would: later, on the context's thread, and only while the context lives.
template <typename T>
void failLater(HttpClient* http, const QObject* context, std::function<void(Result<T>)> callback, ApiError error)
{
    QPointer<const QObject> guard(context);
    QMetaObject::invokeMethod(
        http,
        [guard, hasContext = context != nullptr, callback = std::move(callback), error = std::move(error)] {
            if ((hasContext && !guard) || !callback)
                return;
            callback(Result<T>::failure(error));
        },
        Qt::QueuedConnection);
}

// The optional secret of a service behind a proxy: "user:password" is HTTP Basic, anything else a Bearer
// token, empty none.
inline Credential credentialFromSecret(const QByteArray& secret)
{
    if (secret.isEmpty())
        return {};
    const qsizetype colon = secret.indexOf(':');
    return colon > 0 ? Credential::basic(secret.left(colon), secret.mid(colon + 1)) : Credential::bearer(secret);
}

} // namespace Fleetdeck::ConnectorSupport
