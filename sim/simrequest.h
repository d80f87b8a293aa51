#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Fleetdeck::Sim {

// Which kind of listener a request arrived on.
enum class ListenerKind
{
    Main, // every upstream, the tenant sites and /_sim/
    Host, // one simulated server: the sites of the tenants it hosts
    Tls, // one HTTPS listener per certificate expiry
};

// A copy of what a handler needs from QHttpServerRequest: the request object belongs to the connection
// and is reused for its next request, so a delayed answer must not hold on to it.
struct SimRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QByteArray methodName; // "GET"
    QString path; // decoded path, e.g. "/sites/pizza-co/health"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    ListenerKind listener = ListenerKind::Main;
    int listenerIndex = 0; // host or TLS slot index
    quint64 connectionId = 0; // which TCP connection carried it; set for /_sim/ requests only (echo shows it)

    static SimRequest from(const QHttpServerRequest& request, ListenerKind listener, int listenerIndex);
    static QByteArray methodNameOf(QHttpServerRequest::Method method);

    // Case-insensitive; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] bool isControl() const; // under /_sim/
    // Form values like Go's ParseForm: a form-encoded POST body first, then the URL query; '+' is a space.
    [[nodiscard]] QStringList formValues(const QString& name) const;
    // The first form value; `present` tells an empty value from a missing one.
    [[nodiscard]] QString formValue(const QString& name, bool* present = nullptr) const;
};

} // namespace Fleetdeck::Sim
