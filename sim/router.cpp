#include "sim/router.h"

namespace Fleetdeck::Sim {

void Router::add(Methods methods, const QString& pattern, Handler handler)
{
    Route route;
    route.methods = methods;
    route.segments = pattern.split(QLatin1Char('/'));
    if (!route.segments.isEmpty() && route.segments.constLast() == QLatin1String("*")) {
        route.prefix = true;
        route.segments.removeLast();
    }
    route.handler = std::move(handler);
    m_routes.push_back(std::move(route));
}

std::optional<SimResponse> Router::dispatch(const SimRequest& request) const
{
    const QList<QStringView> parts = QStringView(request.path).split(QLatin1Char('/'));
    QStringList captures;
    for (const Route& route : m_routes) {
        if (!(route.methods & request.method))
            continue;
        const qsizetype count = route.segments.size();
        if (route.prefix ? parts.size() < count : parts.size() != count)
            continue;
        captures.clear();
        bool matched = true;
        for (qsizetype i = 0; i < count && matched; ++i) {
            const QString& segment = route.segments.at(i);
            if (segment.startsWith(QLatin1Char('<')) && segment.endsWith(QLatin1Char('>'))) {
                matched = !parts.at(i).isEmpty();
                captures << parts.at(i).toString();
            } else {
                matched = parts.at(i) == segment;
            }
        }
        if (!matched)
            continue;
        if (route.prefix) {
            QString rest;
            for (qsizetype i = count; i < parts.size(); ++i) {
                if (i > count)
                    rest += QLatin1Char('/');
                rest += parts.at(i);
            }
            captures << rest;
        }
        return route.handler(request, captures);
    }
    return std::nullopt;
}

} // namespace Fleetdeck::Sim
