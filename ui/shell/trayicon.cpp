#include "ui/shell/trayicon.h"

#include "core/engine/alertevent.h"
#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "ui/preferences.h"
#include "ui/theme.h"

#include <QGuiApplication>
#include <QLocale>
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
    QString text;
    if (s.monitored == 0)
        text = tr("Fleetdeck — no clients monitored");
    else if (s.down == 0 && s.degraded == 0)
        text = tr("Fleetdeck — all %1 clients up").arg(s.up);
    else
        text = tr("Fleetdeck — %1 down, %2 degraded, %3 up").arg(s.down).arg(s.degraded).arg(s.up);
    if (!m_attention.isEmpty())
        text += QLatin1Char('\n') + tr("%n alert(s) need attention", nullptr, int(m_attention.size()));
    return text;
}

void TrayIcon::showMessage(const QString& title, const QString& text)
{
    emit notified(title, text);
    if (isAvailable() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, iconFor(m_worst), 10000);
}

void TrayIcon::setAlertService(AlertService* alerts)
{
    if (!alerts)
        return;
    connect(alerts, &AlertService::alertsChanged, this, [this, alerts] { setAlerts(alerts->alerts()); });
    connect(alerts, &AlertService::notification, this, [this](const AlertEvent& event) { notifyAlert(event); });
    setAlerts(alerts->alerts());
}

void TrayIcon::setAlerts(const QList<Alert>& alerts)
{
    m_attention.clear();
    m_worstSeverity.reset();
    for (const Alert& a : alerts) {
        if (!a.needsAttention())
            continue;
        m_attention << a;
        if (!m_worstSeverity || a.severity > *m_worstSeverity)
            m_worstSeverity = a.severity;
    }
    std::stable_sort(
        m_attention.begin(), m_attention.end(), [](const Alert& a, const Alert& b) { return a.severity > b.severity; });
    updateIconAndMenu();
}

bool TrayIcon::shouldNotify(const AlertEvent& event, const Preferences& preferences, const QDateTime& now)
{
    if (!event.notify)
        return false;
    const Alert& a = event.alert;
    if (!preferences.notifySeverity(a.severity))
        return false;
    const QDateTime muted = preferences.mutedUntil(a.subject);
    if (muted.isValid() && muted > now)
        return false;
    const Preferences::QuietHours quiet = preferences.quietHours();
    if (quiet.contains(now.toLocalTime().time()))
        return quiet.criticalBreaksThrough && a.severity == AlertSeverity::Critical
            && event.kind != AlertEvent::Kind::Resolved;
    return true;
}

bool TrayIcon::notifyAlert(const AlertEvent& event, const QDateTime& now)
{
    if (!shouldNotify(event, *m_preferences, now))
        return false;
    const Alert& a = event.alert;
    QString severity = alertSeverityDisplayName(a.severity);
    if (!severity.isEmpty())
        severity[0] = severity.at(0).toUpper();
    QString title;
    switch (event.kind) {
    case AlertEvent::Kind::Resolved:
        title = tr("Resolved: %1").arg(a.subjectName);
        break;
    case AlertEvent::Kind::Reminder:
        title = tr("Still %1: %2").arg(alertSeverityDisplayName(a.severity), a.subjectName);
        break;
    case AlertEvent::Kind::Escalated:
        title = tr("Now %1: %2").arg(alertSeverityDisplayName(a.severity), a.subjectName);
        break;
    default:
        title = tr("%1: %2").arg(severity, a.subjectName);
        break;
    }
    showMessage(title, event.summary.isEmpty() ? a.summary : event.summary);
    return true;
}

void TrayIcon::onHealthChanged(const QStringList&)
{
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
    m_healthWorst = any ? worst : HealthState::Unknown;
    m_worst = m_healthWorst;
    if (m_worstSeverity) {
        // An alert that needs attention colours the icon even when every site answers (a disk, a backup).
        const HealthState fromAlert =
            *m_worstSeverity >= AlertSeverity::High ? HealthState::Down : HealthState::Degraded;
        m_worst = m_worst == HealthState::Unknown ? fromAlert : worseOf(m_worst, fromAlert);
    }
    m_tray->setIcon(iconFor(m_worst));
    m_tray->setToolTip(toolTip());

    m_menu->clear();
    m_menu->addAction(tr("Show Fleetdeck"), this, &TrayIcon::showWindowRequested);
    m_menu->addSeparator();
    if (!m_attention.isEmpty()) {
        m_menu->addAction(tr("Needs attention:"))->setEnabled(false);
        for (int i = 0; i < m_attention.size() && i < 10; ++i) {
            const Alert& a = m_attention.at(i);
            QMenu* sub = m_menu->addMenu(tr("%1 — %2").arg(alertSeverityDisplayName(a.severity), a.summary.left(70)));
            const QString subject = a.subject;
            if (a.subjectIsTenant)
                sub->addAction(
                    tr("Open %1").arg(a.subjectName), this, [this, subject] { emit tenantRequested(subject); });
            else
                sub->addAction(tr("Show Fleetdeck"), this, &TrayIcon::showWindowRequested);
            for (const int hours : {1, 8, 24}) {
                sub->addAction(tr("Mute notifications about %1 for %n hour(s)", nullptr, hours).arg(a.subjectName),
                    this, [this, subject, hours] {
                        m_preferences->setMutedUntil(subject, QDateTime::currentDateTimeUtc().addSecs(hours * 3600));
                        updateIconAndMenu();
                    });
            }
        }
        if (m_attention.size() > 10)
            m_menu->addAction(tr("…and %1 more").arg(m_attention.size() - 10), this, &TrayIcon::showWindowRequested);
        m_menu->addSeparator();
    }
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
    const auto mutes = m_preferences->mutes();
    if (!mutes.isEmpty()) {
        QMenu* muted = m_menu->addMenu(tr("Muted (%1)").arg(mutes.size()));
        for (auto it = mutes.cbegin(); it != mutes.cend(); ++it) {
            const Tenant* t = m_fleet->tenant(it.key());
            const QString subject = it.key();
            muted->addAction(tr("Unmute %1 (muted until %2)")
                                 .arg(t ? t->name : subject,
                                     QLocale().toString(it.value().toLocalTime().time(), QLocale::ShortFormat)),
                this, [this, subject] {
                    m_preferences->setMutedUntil(subject, {});
                    updateIconAndMenu();
                });
        }
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Refresh now"), this, &TrayIcon::refreshRequested);
    m_menu->addAction(tr("Quit Fleetdeck"), this, &TrayIcon::quitRequested);
}

} // namespace Fleetdeck
