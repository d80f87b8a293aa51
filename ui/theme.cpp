#include "ui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace Fleetdeck {

namespace {

bool g_systemDark = false;
bool g_dark = true;
Theme::Mode g_mode = Theme::Mode::System;

struct Colours
{
    QColor window, base, alternate, text, muted, card, border, accent, accentText, highlight;
};

Colours colours(bool dark)
{
    if (dark) {
        return {QColor(0x0B, 0x13, 0x20), QColor(0x0F, 0x1A, 0x2A), QColor(0x13, 0x20, 0x33), QColor(0xE2, 0xE8, 0xF0),
            QColor(0x94, 0xA3, 0xB8), QColor(0x12, 0x1E, 0x31), QColor(0x24, 0x33, 0x4A), QColor(0x22, 0xD3, 0xEE),
            QColor(0x04, 0x2F, 0x3A), QColor(0x0E, 0x74, 0x90)};
    }
    return {QColor(0xF4, 0xF6, 0xF9), QColor(0xFF, 0xFF, 0xFF), QColor(0xF1, 0xF5, 0xF9), QColor(0x0F, 0x17, 0x2A),
        QColor(0x64, 0x74, 0x8B), QColor(0xFF, 0xFF, 0xFF), QColor(0xD9, 0xE0, 0xEA), QColor(0x08, 0x91, 0xB2),
        QColor(0xFF, 0xFF, 0xFF), QColor(0xCF, 0xF4, 0xFC)};
}

QString styleSheet(const Colours& c, bool dark)
{
    const QString accent = c.accent.name();
    const QString text = c.text.name();
    const QString muted = c.muted.name();
    const QString card = c.card.name();
    const QString border = c.border.name();
    const QString window = c.window.name();
    const QString hover = dark ? QStringLiteral("#16263B") : QStringLiteral("#E8F7FB");
    const QString selected = dark ? QStringLiteral("#0B3A4A") : QStringLiteral("#CFF4FC");
    return QStringLiteral(R"(
QWidget#navigation { background: %6; border-right: 1px solid %5; }
QListWidget#navigationList { background: transparent; border: none; outline: none; font-size: 10.5pt; }
QListWidget#navigationList::item { padding: 9px 14px; margin: 2px 8px; border-radius: 8px; color: %3; }
QListWidget#navigationList::item:hover { background: %7; color: %2; }
QListWidget#navigationList::item:selected { background: %8; color: %1; font-weight: 600; }
QLabel#brand { font-size: 14pt; font-weight: 700; color: %2; padding: 14px 16px 10px 16px; }
QLabel#brandAccent { color: %1; }
QWidget#topBar { background: %6; border-bottom: 1px solid %5; }
QFrame#card { background: %4; border: 1px solid %5; border-radius: 12px; }
QFrame#card:hover { border: 1px solid %1; }
QLabel#cardTitle { color: %3; font-size: 9pt; font-weight: 600; letter-spacing: 0.5px; }
QLabel#cardValue { color: %2; font-size: 22pt; font-weight: 700; }
QLabel#cardDetail { color: %3; }
QLabel#panelTitle { font-size: 16pt; font-weight: 700; color: %2; }
QLabel#panelSubtitle { color: %3; }
QLabel#muted { color: %3; }
QLabel#freshness { color: %3; padding: 2px 8px; border-radius: 8px; }
QLabel#freshness[stale="true"] { color: #F59E0B; border: 1px solid #F59E0B; }
QLabel#emptyState { color: %3; font-size: 11pt; padding: 32px; }
QFrame#banner { border-radius: 8px; padding: 6px; }
QFrame#banner[kind="warning"] { background: rgba(245, 158, 11, 0.14); border: 1px solid rgba(245, 158, 11, 0.6); }
QFrame#banner[kind="error"] { background: rgba(239, 68, 68, 0.14); border: 1px solid rgba(239, 68, 68, 0.6); }
QFrame#banner[kind="info"] { background: rgba(34, 211, 238, 0.10); border: 1px solid rgba(34, 211, 238, 0.5); }
QPushButton { padding: 5px 14px; border-radius: 7px; border: 1px solid %5; background: %4; color: %2; }
QPushButton:hover { border-color: %1; }
QPushButton:disabled { color: %3; }
QPushButton#primary { background: %1; color: %9; border: 1px solid %1; font-weight: 600; }
QPushButton#danger { color: #EF4444; border-color: rgba(239, 68, 68, 0.6); }
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox { padding: 4px 8px; border-radius: 7px; border: 1px solid %5; background: %10; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus { border: 1px solid %1; }
QTableView, QTreeView, QListView { border: 1px solid %5; border-radius: 8px; background: %10; gridline-color: %5; selection-background-color: %8; selection-color: %2; }
QHeaderView::section { background: %4; color: %3; border: none; border-bottom: 1px solid %5; padding: 6px 8px; font-weight: 600; }
QToolTip { background: %4; color: %2; border: 1px solid %5; padding: 4px; }
QProgressBar { border: none; background: transparent; max-height: 3px; }
QProgressBar::chunk { background: %1; }
)")
        .arg(accent, text, muted, card, border, window, hover, selected, c.accentText.name(), c.base.name());
}

} // namespace

void Theme::captureSystemPreference()
{
    const QPalette palette = QGuiApplication::palette();
    g_systemDark = palette.color(QPalette::Window).lightness() < 128
        || qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark"), Qt::CaseInsensitive);
}

void Theme::apply(Mode mode)
{
    g_mode = mode;
    g_dark = mode == Mode::Dark || (mode == Mode::System && g_systemDark);
    const Colours c = colours(g_dark);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternate);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.card);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::ToolTipBase, c.card);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.muted);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, g_dark ? QColor(Qt::white) : c.text);
    p.setColor(QPalette::Link, c.accent);
    p.setColor(QPalette::BrightText, QColor(0xEF, 0x44, 0x44));
    p.setColor(QPalette::Disabled, QPalette::Text, c.muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.muted);
    QApplication::setPalette(p);
    qApp->setStyleSheet(styleSheet(c, g_dark));
}

bool Theme::isDark()
{
    return g_dark;
}

Theme::Mode Theme::mode()
{
    return g_mode;
}

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::modeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QColor Theme::accent()
{
    return colours(g_dark).accent;
}

QColor Theme::stateColor(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return QColor(0x22, 0xC5, 0x5E);
    case HealthState::Degraded:
        return QColor(0xF5, 0x9E, 0x0B);
    case HealthState::Down:
        return QColor(0xEF, 0x44, 0x44);
    case HealthState::Unknown:
        break;
    }
    return QColor(0x94, 0xA3, 0xB8);
}

QColor Theme::mutedText()
{
    return colours(g_dark).muted;
}

QColor Theme::cardBackground()
{
    return colours(g_dark).card;
}

QColor Theme::border()
{
    return colours(g_dark).border;
}

QColor Theme::warning()
{
    return QColor(0xF5, 0x9E, 0x0B);
}

QColor Theme::danger()
{
    return QColor(0xEF, 0x44, 0x44);
}

} // namespace Fleetdeck
