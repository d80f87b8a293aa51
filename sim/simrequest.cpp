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

namespace {

// application/x-www-form-urlencoded pairs with `name`, decoded.
void appendFormValues(const QByteArray& encoded, const QString& name, QStringList& out)
{
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(key)) == name)
            out << QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }
}

} // namespace

QStringList SimRequest::formValues(const QString& name) const
{
    QStringList values;
    if (method == QHttpServerRequest::Method::Post || method == QHttpServerRequest::Method::Put) {
        const QByteArray type = header("Content-Type").toLower();
        if (type.startsWith("application/x-www-form-urlencoded"))
            appendFormValues(body, name, values);
    }
    appendFormValues(query.query(QUrl::FullyEncoded).toLatin1(), name, values);
    return values;
}

QString SimRequest::formValue(const QString& name, bool* present) const
{
    const QStringList values = formValues(name);
    if (present)
        *present = !values.isEmpty();
    return values.value(0);
}

bool SimRequest::isControl() const
{
    return path == QLatin1String("/_sim") || path.startsWith(QLatin1String("/_sim/"));
}

} // namespace Fleetdeck::Sim
