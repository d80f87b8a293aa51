#include "core/fleet/tenantreport.h"

#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"
#include "core/version.h"

#include <QCoreApplication>

namespace Fleetdeck {

QString TenantReport::markdown(const FleetState& fleet, const QString& slug, const QDateTime& now)
{
    const Tenant* t = fleet.tenant(slug);
    if (!t)
        return {};
    const TenantHealth h = fleet.health(slug);
    const QString state = t->isMonitored()
        ? healthStateDisplayName(h.state)
        : QCoreApplication::translate("TenantReport", "not monitored (%1)").arg(tenantStatusDisplayName(t->status));
    QString out;
    out += QStringLiteral("## %1 (`%2`) — %3\n\n").arg(t->name, t->slug, state);
    out += QStringLiteral("- %1 %2").arg(
        QCoreApplication::translate("TenantReport", "Status:"), tenantStatusDisplayName(t->status));
    out += QStringLiteral(" · %1 %2\n")
               .arg(QCoreApplication::translate("TenantReport", "Plan:"),
                   t->plan.isEmpty() ? QCoreApplication::translate("TenantReport", "none") : t->plan);
    if (t->isMonitored()) {
        QString health = QStringLiteral("- %1 %2").arg(
            QCoreApplication::translate("TenantReport", "Health:"), healthStateDisplayName(h.state));
        if (!h.error.isEmpty())
            health += QStringLiteral(" — ") + h.error;
        if (h.checkedAt.isValid())
            health += QStringLiteral(" (%1, %2 UTC)")
                          .arg(StatusReport::ageText(h.checkedAt, now),
                              h.checkedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        out += health + QLatin1Char('\n');
        if (h.stale)
            out +=
                QStringLiteral("- %1 %2\n").arg(QCoreApplication::translate("TenantReport", "Stale:"), h.staleReason);
        out += QStringLiteral("- %1 %2 · %3 %4\n")
                   .arg(QCoreApplication::translate("TenantReport", "Latency:"),
                       h.latencyMs >= 0 ? QCoreApplication::translate("TenantReport", "%1 ms").arg(h.latencyMs)
                                        : QStringLiteral("—"),
                       QCoreApplication::translate("TenantReport", "TLS certificate:"),
                       h.tlsExpiresAt.isValid() ? StatusReport::expiryText(h.tlsExpiresAt, now) : QStringLiteral("—"));
        if (!h.endpoints.isEmpty()) {
            out += QStringLiteral("- %1\n").arg(QCoreApplication::translate("TenantReport", "Endpoints:"));
            for (const HealthSample& e : h.endpoints) {
                QString line = QStringLiteral("  - %1 — %2").arg(e.url, healthStateDisplayName(e.state));
                if (e.httpStatus > 0)
                    line += QStringLiteral(", HTTP %1").arg(e.httpStatus);
                if (e.latencyMs >= 0)
                    line +=
                        QStringLiteral(", ") + QCoreApplication::translate("TenantReport", "%1 ms").arg(e.latencyMs);
                if (!e.error.isEmpty())
                    line += QStringLiteral(", ") + e.error;
                out += line + QLatin1Char('\n');
            }
        }
    }
    const QList<QPair<QString, TenantEndpoint::Kind>> where = {
        {QCoreApplication::translate("TenantReport", "Host"), TenantEndpoint::Kind::Host},
        {QCoreApplication::translate("TenantReport", "Mautic"), TenantEndpoint::Kind::Mautic},
        {QCoreApplication::translate("TenantReport", "Evolution instance"), TenantEndpoint::Kind::EvolutionInstance},
        {QCoreApplication::translate("TenantReport", "n8n tag"), TenantEndpoint::Kind::N8nTag},
        {QCoreApplication::translate("TenantReport", "Stripe customer"), TenantEndpoint::Kind::StripeCustomer},
        {QCoreApplication::translate("TenantReport", "GHL location"), TenantEndpoint::Kind::GhlLocation}};
    QStringList parts;
    for (const auto& [label, kind] : where) {
        const QString value = t->endpointValue(kind);
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(label, value);
    }
    if (!parts.isEmpty())
        out += QStringLiteral("- ") + parts.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    if (!t->contact.isEmpty())
        out += QStringLiteral("- %1 %2\n").arg(QCoreApplication::translate("TenantReport", "Contact:"), t->contact);
    out +=
        QStringLiteral("\n_%1_\n")
            .arg(QCoreApplication::translate("TenantReport", "Fleetdeck %1, %2 UTC")
                     .arg(QStringLiteral(FLEETDECK_VERSION), now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return out;
}

} // namespace Fleetdeck
