#include "ui/shell/trayicon.h"

#include "core/fleet/fleetstate.h"
#include "ui/preferences.h"
#include "ui/theme.h"

#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace Fleetdeck {

TrayIcon::TrayIcon(FleetState* fleet, Preferences* preferences, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_preferences(preferences)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindowRequested);
    connect(m_fleet, &FleetState::healthChanged, this, &TrayIcon::onHealthChanged);
    connect(m_fleet, &FleetState::tenantsReset, this, &TrayIcon::updateIconAndMenu);
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    updateIconAndMenu();
    if (isAvailable())
        m_tray->show();
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QIcon TrayIcon::iconFor(HealthState state)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const double m = size * 0.08;
        p.setBrush(QColor(0x0E, 0x1A, 0x2B));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(m, m, size - 2 * m, size - 2 * m), size * 0.22, size * 0.22);
        p.setBrush(Theme::stateColor(state));
        const double d = size * 0.5;
        p.drawEllipse(QRectF((size - d) / 2, (size - d) / 2, d, d));
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString TrayIcon::toolTip() const
{
    const FleetSummary s = m_fleet->summary();
    if (s.monitored == 0)
        return tr("Fleetdeck — no clients monitored");
    if (s.down == 0 && s.degraded == 0)
        return tr("Fleetdeck — all %1 clients up").arg(s.up);
    return tr("Fleetdeck — %1 down, %2 degraded, %3 up").arg(s.down).arg(s.degraded).arg(s.up);
}

void TrayIcon::showMessage(const QString& title, const QString& text)
{
    emit notified(title, text);
    if (isAvailable() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, iconFor(m_worst), 10000);
}

void TrayIcon::onHealthChanged(const QStringList& slugs)
{
    QStringList wentDown, wentDegraded;
    QStringList downReasons, degradedReasons;
    for (const QString& slug : slugs) {
        const Tenant* t = m_fleet->tenant(slug);
        if (!t || !t->isMonitored())
            continue;
        const TenantHealth h = m_fleet->health(slug);
        if (h.stale || h.state == HealthState::Unknown)
            continue; // only fresh news changes what we believe
        const auto known = m_known.constFind(slug);
        const bool seenBefore = known != m_known.cend();
        const HealthState before = seenBefore ? *known : HealthState::Unknown;
        m_known.insert(slug, h.state);
        if (!seenBefore || severityRank(h.state) <= severityRank(before))
            continue; // first sighting, or better than before: no alarm
        if (h.state == HealthState::Down) {
            wentDown << t->name;
            downReasons << h.error;
        } else if (h.state == HealthState::Degraded) {
            wentDegraded << t->name;
            degradedReasons << h.error;
        }
    }
    const auto announce = [this](const QStringList& names, const QStringList& reasons, const QString& one,
                              const QString& many) {
        if (names.isEmpty())
            return;
        if (names.size() == 1) {
            showMessage(one.arg(names.first()), reasons.first());
            return;
        }
        QString list = names.mid(0, 3).join(QStringLiteral(", "));
        if (names.size() > 3)
            list += tr(" and %1 more").arg(names.size() - 3);
        showMessage(many.arg(names.size()), list);
    };
    if (m_preferences->notifyOnDown())
        announce(wentDown, downReasons, tr("%1 is down"), tr("%1 clients went down"));
    if (m_preferences->notifyOnDegraded())
        announce(wentDegraded, degradedReasons, tr("%1 is degraded"), tr("%1 clients are degraded"));
    updateIconAndMenu();
}

void TrayIcon::updateIconAndMenu()
{
    HealthState worst = HealthState::Up;
    QList<const Tenant*> down;
    bool any = false;
    for (const Tenant& t : m_fleet->tenants()) {
        if (!t.isMonitored())
            continue;
        const TenantHealth h = m_fleet->health(t.slug);
        if (h.state == HealthState::Unknown)
            continue;
        any = true;
        worst = worseOf(worst, h.state);
        if (h.state == HealthState::Down)
            down << &t;
    }
    m_worst = any ? worst : HealthState::Unknown;
    m_tray->setIcon(iconFor(m_worst));
    m_tray->setToolTip(toolTip());

    m_menu->clear();
    m_menu->addAction(tr("Show Fleetdeck"), this, &TrayIcon::showWindowRequested);
    m_menu->addSeparator();
    if (down.isEmpty()) {
        m_menu->addAction(any ? tr("Nothing is down") : tr("Not checked yet"))->setEnabled(false);
    } else {
        m_menu->addAction(tr("Down:"))->setEnabled(false);
        for (int i = 0; i < down.size() && i < 10; ++i) {
            const QString slug = down.at(i)->slug;
            m_menu->addAction(down.at(i)->name, this, [this, slug] { emit tenantRequested(slug); });
        }
        if (down.size() > 10)
            m_menu->addAction(tr("…and %1 more").arg(down.size() - 10), this, &TrayIcon::showWindowRequested);
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Refresh now"), this, &TrayIcon::refreshRequested);
    m_menu->addAction(tr("Quit Fleetdeck"), this, &TrayIcon::quitRequested);
}

} // namespace Fleetdeck
