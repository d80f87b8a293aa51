#pragma once

#include "sim/simrequest.h"
#include "sim/simresponse.h"

#include <QHttpServerRequest>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace Fleetdeck::Sim {

// Method + path pattern routing. A pattern is split on '/': a "<name>" segment captures one segment,
// a final "*" captures the rest (prefix match, possibly empty). Captures are passed in order.
// QHttpServer's own router can't be used: its 404 has an empty body and QHttpServer is final.
class Router
{
public:
    using Handler = std::function<SimResponse(const SimRequest& request, const QStringList& captures)>;
    using Methods = QHttpServerRequest::Methods;

    void add(Methods methods, const QString& pattern, Handler handler);
    void get(const QString& pattern, Handler handler)
    {
        add(QHttpServerRequest::Method::Get, pattern, std::move(handler));
    }
    void post(const QString& pattern, Handler handler)
    {
        add(QHttpServerRequest::Method::Post, pattern, std::move(handler));
    }

    // nullopt when no route matches the method and path.
    [[nodiscard]] std::optional<SimResponse> dispatch(const SimRequest& request) const;
    [[nodiscard]] bool isEmpty() const { return m_routes.empty(); }

private:
    struct Route
    {
        Methods methods;
        QStringList segments;
        bool prefix = false;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace Fleetdeck::Sim
