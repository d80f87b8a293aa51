#include "ui/dialogs/preferencesdialog.h"

#include "ui/dialogs/dialogstyle.h"
#include "ui/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <cmath>

namespace Fleetdeck {

namespace {

constexpr int kSpacing = 8;
constexpr int kGap = 12;

QGridLayout* makeGrid(QGroupBox* group)
{
    auto* grid = new QGridLayout(group);
    grid->setContentsMargins(kGap, kGap, kGap, kGap);
    grid->setHorizontalSpacing(kGap);
    grid->setVerticalSpacing(kSpacing);
    grid->setColumnStretch(1, 1);
    return grid;
}

QVBoxLayout* makeColumn(QGroupBox* group)
{
    auto* column = new QVBoxLayout(group);
    column->setContentsMargins(kGap, kGap, kGap, kGap);
    column->setSpacing(kSpacing);
    return column;
}

QLabel* makeBuddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

qint64 powerOfTen(int digits)
{
    qint64 factor = 1;
    for (int i = 0; i < digits; ++i)
        factor *= 10;
    return factor;
}

} // namespace

PreferencesDialog::PreferencesDialog(Preferences& preferences, QWidget* parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setStyleSheet(DialogStyle::styleSheet());
    setWindowTitle(tr("Preferences"));

    // Grids rather than form layouts: Qt 6.4's QFormLayout mis-sizes rows next to word-wrapped hints.
    // Appearance
    auto* appearance = new QGroupBox(tr("Appearance"));
    auto* appearanceGrid = makeGrid(appearance);
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), static_cast<int>(Theme::Mode::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Mode::Dark));
    appearanceGrid->addWidget(makeBuddyLabel(tr("&Theme:"), m_theme), 0, 0);
    appearanceGrid->addWidget(m_theme, 0, 1, Qt::AlignLeft);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, as people look for it; these are deliberately not translated.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    appearanceGrid->addWidget(makeBuddyLabel(tr("&Language:"), m_language), 1, 0);
    appearanceGrid->addWidget(m_language, 1, 1, Qt::AlignLeft);
    m_languageNote = DialogStyle::hint(tr("A new language applies the next time Fleetdeck starts."));
    appearanceGrid->addWidget(m_languageNote, 2, 1);
    // Both combo boxes as wide as the wider one.
    const int comboWidth = std::max(m_theme->sizeHint().width(), m_language->sizeHint().width());
    m_theme->setMinimumWidth(comboWidth);
    m_language->setMinimumWidth(comboWidth);

    // Window
    auto* window = new QGroupBox(tr("Window"));
    auto* windowLayout = makeColumn(window);
    m_closeToTray = new QCheckBox(tr("&Keep running in the tray when the window is closed"));
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    windowLayout->addWidget(m_closeToTray);
    windowLayout->addWidget(DialogStyle::hint(tr("Fleetdeck then goes on watching the fleet and notifying you; quit it "
                                                 "from the tray menu.")));

    // Notifications
    auto* notifications = new QGroupBox(tr("Notifications"));
    auto* notificationsLayout = makeColumn(notifications);
    notificationsLayout->addWidget(new QLabel(tr("Notify me about new alerts that are:")));
    auto* severities = new QHBoxLayout;
    severities->setSpacing(kGap);
    const QStringList labels = {tr("&Low"), tr("&Medium"), tr("&High"), tr("&Critical")};
    for (int s = kAlertSeverityCount - 1; s >= 0; --s) {
        m_notify[s] = new QCheckBox(labels.at(s));
        m_notify[s]->setObjectName(
            QStringLiteral("notify%1Check").arg(alertSeverityName(static_cast<AlertSeverity>(s))));
        severities->addWidget(m_notify[s]);
    }
    severities->addStretch(1);
    notificationsLayout->addLayout(severities);
    auto* quietRow = new QHBoxLayout;
    quietRow->setSpacing(kSpacing);
    m_quiet = new QCheckBox(tr("&Quiet hours from"));
    m_quiet->setObjectName(QStringLiteral("quietHoursCheck"));
    m_quietFrom = new QTimeEdit;
    m_quietFrom->setObjectName(QStringLiteral("quietFromEdit"));
    m_quietFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietTo = new QTimeEdit;
    m_quietTo->setObjectName(QStringLiteral("quietToEdit"));
    m_quietTo->setDisplayFormat(QStringLiteral("HH:mm"));
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to")));
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch(1);
    notificationsLayout->addLayout(quietRow);
    m_quietCritical = new QCheckBox(tr("Critical alerts still notify during quiet hours"));
    m_quietCritical->setObjectName(QStringLiteral("quietCriticalCheck"));
    notificationsLayout->addWidget(m_quietCritical);
    connect(m_quiet, &QCheckBox::toggled, this, [this](bool on) {
        m_quietFrom->setEnabled(on);
        m_quietTo->setEnabled(on);
        m_quietCritical->setEnabled(on);
    });
    notificationsLayout->addWidget(new QLabel(tr("Muted clients (from the tray menu):")));
    auto* mutesRow = new QHBoxLayout;
    mutesRow->setSpacing(kSpacing);
    m_mutes = new QListWidget;
    m_mutes->setObjectName(QStringLiteral("mutesList"));
    m_mutes->setMaximumHeight(fontMetrics().height() * 5);
    m_unmute = new QPushButton(tr("&Unmute"));
    auto* unmute = m_unmute;
    unmute->setObjectName(QStringLiteral("unmuteButton"));
    connect(unmute, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem* item : m_mutes->selectedItems()) {
            m_unmuted << item->data(Qt::UserRole).toString();
            delete item;
        }
        m_unmute->setEnabled(m_mutes->count() > 0);
    });
    mutesRow->addWidget(m_mutes, 1);
    mutesRow->addWidget(unmute, 0, Qt::AlignTop);
    notificationsLayout->addLayout(mutesRow);

    // Safety
    auto* safety = new QGroupBox(tr("Safety"));
    auto* safetyGrid = makeGrid(safety);
    m_price = new QDoubleSpinBox;
    m_price->setObjectName(QStringLiteral("typedConfirmationSpin"));
    m_price->setGroupSeparatorShown(true);
    m_price->setAccelerated(true);
    m_priceUnit = new QLabel;
    m_priceUnit->setObjectName(QStringLiteral("typedConfirmationUnit"));
    auto* priceRow = new QHBoxLayout;
    priceRow->setSpacing(kSpacing);
    priceRow->addWidget(m_price);
    priceRow->addWidget(m_priceUnit);
    priceRow->addStretch(1);
    safetyGrid->addWidget(makeBuddyLabel(tr("Type the client's &name from:"), m_price), 0, 0);
    safetyGrid->addLayout(priceRow, 0, 1);
    safetyGrid->addWidget(
        DialogStyle::hint(tr("Suspending or removing a client whose plan costs at least this much asks you "
                             "to type the client's name first. 0 asks for every client.")),
        1, 0, 1, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kGap, kGap, kGap, kGap);
    layout->setSpacing(kGap);
    layout->addWidget(appearance);
    layout->addWidget(window);
    layout->addWidget(notifications);
    layout->addWidget(safety);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Enter = OK; set once the button is inside the dialog, so the dialog knows it as its default.
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    // The theme shows at once, so the choice can be judged on the real window.
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        if (Theme::mode() != selectedTheme())
            Theme::apply(selectedTheme());
    });

    setCurrency(m_currency);
    loadFromPreferences();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

int PreferencesDialog::minorUnitDigits(const QString& isoCode)
{
    static const QStringList zeroDecimal = {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
        QStringLiteral("GNF"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("MGA"), QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"),
        QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"),
        QStringLiteral("XPF")};
    static const QStringList threeDecimal = {QStringLiteral("BHD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
        QStringLiteral("OMR"), QStringLiteral("TND")};
    const QString code = isoCode.trimmed().toUpper();
    if (zeroDecimal.contains(code))
        return 0;
    if (threeDecimal.contains(code))
        return 3;
    return 2;
}

void PreferencesDialog::setCurrency(const QString& isoCode)
{
    const qint64 minor = m_price ? priceMinor() : 0;
    m_currency = isoCode.trimmed().isEmpty() ? QStringLiteral("USD") : isoCode.trimmed().toUpper();
    const int digits = minorUnitDigits(m_currency);
    m_price->setDecimals(digits);
    m_price->setRange(0.0, 10000000.0);
    m_price->setSingleStep(digits == 0 ? 1000.0 : 10.0);
    m_priceUnit->setText(tr("%1 per month").arg(m_currency));
    m_price->setAccessibleName(tr("Plan price in %1 per month").arg(m_currency));
    updatePriceField(minor);
}

void PreferencesDialog::loadFromPreferences()
{
    m_themeAtOpen = Theme::mode();
    {
        const QSignalBlocker blocker(m_theme);
        m_theme->setCurrentIndex(std::max(0, m_theme->findData(static_cast<int>(m_themeAtOpen))));
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences.language())));
    m_closeToTray->setChecked(m_preferences.closeToTray());
    for (int s = 0; s < kAlertSeverityCount; ++s)
        m_notify[s]->setChecked(m_preferences.notifySeverity(static_cast<AlertSeverity>(s)));
    const Preferences::QuietHours quiet = m_preferences.quietHours();
    m_quiet->setChecked(quiet.enabled);
    m_quietFrom->setTime(quiet.from);
    m_quietTo->setTime(quiet.to);
    m_quietCritical->setChecked(quiet.criticalBreaksThrough);
    m_quietFrom->setEnabled(quiet.enabled);
    m_quietTo->setEnabled(quiet.enabled);
    m_quietCritical->setEnabled(quiet.enabled);
    m_unmuted.clear();
    m_mutes->clear();
    const auto mutes = m_preferences.mutes();
    for (auto it = mutes.cbegin(); it != mutes.cend(); ++it) {
        auto* item = new QListWidgetItem(
            tr("%1 — until %2").arg(it.key(), QLocale().toString(it.value().toLocalTime(), QLocale::ShortFormat)));
        item->setData(Qt::UserRole, it.key());
        m_mutes->addItem(item);
    }
    m_unmute->setEnabled(!mutes.isEmpty());
    if (mutes.isEmpty()) {
        auto* none = new QListWidgetItem(tr("Nobody is muted."));
        none->setFlags(Qt::NoItemFlags);
        m_mutes->addItem(none);
    }
    updatePriceField(m_preferences.typedConfirmationMinor());
}

Theme::Mode PreferencesDialog::selectedTheme() const
{
    return static_cast<Theme::Mode>(m_theme->currentData().toInt());
}

void PreferencesDialog::updatePriceField(qint64 minor)
{
    const int digits = minorUnitDigits(m_currency);
    m_price->setValue(static_cast<double>(minor) / static_cast<double>(powerOfTen(digits)));
}

qint64 PreferencesDialog::priceMinor() const
{
    const int digits = minorUnitDigits(m_currency);
    return std::llround(m_price->value() * static_cast<double>(powerOfTen(digits)));
}

void PreferencesDialog::showEvent(QShowEvent* event)
{
    // Shown again after an earlier OK or Cancel: start from what is stored and applied now.
    if (!event->spontaneous())
        loadFromPreferences();
    QDialog::showEvent(event);
    // Wrapped hints need more height at the width the dialog really got than its first estimate gave them.
    if (layout()->hasHeightForWidth()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
        setMinimumHeight(layout()->totalHeightForWidth(minimumWidth()));
    }
}

void PreferencesDialog::accept()
{
    m_preferences.setThemeMode(selectedTheme());
    m_preferences.setLanguage(m_language->currentData().toString());
    m_preferences.setCloseToTray(m_closeToTray->isChecked());
    for (int s = 0; s < kAlertSeverityCount; ++s)
        m_preferences.setNotifySeverity(static_cast<AlertSeverity>(s), m_notify[s]->isChecked());
    Preferences::QuietHours quiet;
    quiet.enabled = m_quiet->isChecked();
    quiet.from = m_quietFrom->time();
    quiet.to = m_quietTo->time();
    quiet.criticalBreaksThrough = m_quietCritical->isChecked();
    m_preferences.setQuietHours(quiet);
    for (const QString& subject : std::as_const(m_unmuted))
        m_preferences.setMutedUntil(subject, {});
    m_unmuted.clear();
    m_preferences.setTypedConfirmationMinor(priceMinor());
    m_themeAtOpen = selectedTheme();
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    if (Theme::mode() != m_themeAtOpen)
        Theme::apply(m_themeAtOpen);
    QDialog::reject();
}

} // namespace Fleetdeck
