#include "sim/simrequest.h"

namespace Fleetdeck::Sim {

SimRequest SimRequest::from(const QHttpServerRequest& request, ListenerKind listener, int listenerIndex)
{
    SimRequest result;
    result.method = request.method();
    result.methodName = methodNameOf(result.method);
    const QUrl url = request.url();
    result.path = url.path();
    if (url.hasQuery())
        result.query = QUrlQuery(url);
    result.headers = request.headers();
    result.body = request.body();
    result.listener = listener;
    result.listenerIndex = listenerIndex;
    return result;
}

QByteArray SimRequest::methodNameOf(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Head:
        return QByteArrayLiteral("HEAD");
    case Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

QByteArray SimRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SimRequest::isControl() const
{
    return path == QLatin1String("/_sim") || path.startsWith(QLatin1String("/_sim/"));
}

} // namespace Fleetdeck::Sim
