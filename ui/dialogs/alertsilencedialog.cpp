#include "ui/dialogs/alertsilencedialog.h"

#include "ui/dialogs/dialogstyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Fleetdeck {

namespace {

// The default button's text is bold (DialogStyle): make room for it, busy text included, so nothing is clipped.
void fitBoldText(QPushButton* button, const QStringList& texts)
{
    QFont bold = button->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString& text : texts)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    button->setMinimumWidth(widest + metrics.averageCharWidth() * 6);
}

// The alert's sentence heads the dialog.
QLabel* summaryLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("alertSummaryLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

qint64 presetSeconds(AlertSilenceDialog::Preset preset)
{
    switch (preset) {
    case AlertSilenceDialog::Preset::OneHour:
        return 3600;
    case AlertSilenceDialog::Preset::EightHours:
        return 8 * 3600;
    case AlertSilenceDialog::Preset::OneDay:
        return 24 * 3600;
    case AlertSilenceDialog::Preset::Custom:
        break;
    }
    return 0;
}

// "until 15:42" today, "until Tue 15:42" later.
QString untilText(const QDateTime& until)
{
    const QDateTime local = until.toLocalTime();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return AlertSilenceDialog::tr("until %1").arg(time);
    return AlertSilenceDialog::tr("until %1 %2")
        .arg(QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
}

} // namespace

AlertSilenceDialog::AlertSilenceDialog(
    const QString& alertSummary, bool fromAlertmanager, Preset preset, QWidget* parent)
    : QDialog(parent)
    , m_fromAlertmanager(fromAlertmanager)
    , m_presets(new QButtonGroup(this))
    , m_custom(new QDateTimeEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_alertmanager(new QCheckBox(tr("Also silence it in &Alertmanager"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("alertSilenceDialog"));
    setWindowTitle(tr("Silence alert"));
    setStyleSheet(DialogStyle::styleSheet());
    auto* summary = summaryLabel(alertSummary, this);
    auto* hint = DialogStyle::hint(tr("A silenced alert stays in the list but notifies nobody until the silence "
                                      "ends. If it is still firing then, it needs attention again."));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const struct
    {
        Preset preset;
        QString text;
        const char* name;
    } choices[] = {
        {Preset::OneHour, tr("For &1 hour"), "silence1hRadio"},
        {Preset::EightHours, tr("For &8 hours"), "silence8hRadio"},
        {Preset::OneDay, tr("For &24 hours"), "silence24hRadio"},
        {Preset::Custom, tr("&Until"), "silenceCustomRadio"},
    };
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    int row = 0;
    for (const auto& choice : choices) {
        auto* radio = new QRadioButton(choice.text, this);
        radio->setObjectName(QLatin1String(choice.name));
        m_presets->addButton(radio, static_cast<int>(choice.preset));
        grid->addWidget(radio, row, 0);
        if (choice.preset == Preset::Custom) {
            grid->addWidget(m_custom, row, 1);
        } else {
            auto* when = new QLabel(untilText(now.addSecs(presetSeconds(choice.preset))), this);
            when->setObjectName(QStringLiteral("muted"));
            grid->addWidget(when, row, 1);
        }
        ++row;
    }
    grid->setColumnStretch(2, 1);
    m_custom->setObjectName(QStringLiteral("silenceUntilEdit"));
    m_custom->setCalendarPopup(true);
    m_custom->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_custom->setDateTime(now.addSecs(2 * 3600).toLocalTime());
    m_custom->setMinimumDateTime(now.toLocalTime());
    m_custom->setMinimumWidth(fontMetrics().averageCharWidth() * 28);

    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Optional: why, e.g. \"maintenance window\""));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 3 + 14);
    m_alertmanager->setObjectName(QStringLiteral("alertmanagerCheck"));
    m_alertmanager->setVisible(fromAlertmanager);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(DialogStyle::errorText().name()));
    m_error->hide();
    auto* confirm = m_buttons->addButton(tr("Silence"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("silenceButton"));
    confirm->setDefault(true);
    fitBoldText(confirm, {tr("Silence"), tr("Silencing…")});

    auto* noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(summary);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_alertmanager);
    auto* alertmanagerHint = DialogStyle::hint(
        tr("Its other receivers (e-mail, chat, tickets) go quiet too, for everyone, until the same time."));
    alertmanagerHint->setVisible(fromAlertmanager);
    alertmanagerHint->setContentsMargins(fontMetrics().averageCharWidth() * 4, 0, 0, 0);
    layout->addWidget(alertmanagerHint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_custom, &QDateTimeEdit::dateTimeChanged, this, [this] { setPreset(Preset::Custom); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertSilenceDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setPreset(preset);
}

void AlertSilenceDialog::setPreset(Preset preset)
{
    // The date stays editable: changing it picks "Until".
    if (auto* button = m_presets->button(static_cast<int>(preset)))
        button->setChecked(true);
}

AlertSilenceDialog::Preset AlertSilenceDialog::preset() const
{
    return static_cast<Preset>(std::max(0, m_presets->checkedId()));
}

QDateTime AlertSilenceDialog::until(const QDateTime& now) const
{
    if (preset() == Preset::Custom)
        return m_custom->dateTime().toUTC();
    return now.addSecs(presetSeconds(preset()));
}

void AlertSilenceDialog::setCustomUntil(const QDateTime& until)
{
    m_custom->setDateTime(until.toLocalTime());
    setPreset(Preset::Custom);
}

QString AlertSilenceDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

bool AlertSilenceDialog::pushToAlertmanager() const
{
    return m_fromAlertmanager && m_alertmanager->isChecked();
}

void AlertSilenceDialog::submit()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime end = until(now);
    if (!end.isValid() || end <= now.addSecs(60)) {
        showError(tr("Choose a time at least a minute from now."));
        return;
    }
    m_error->hide();
    setBusy(true);
    emit submitted(end, note(), pushToAlertmanager());
}

void AlertSilenceDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    setBusy(false);
}

void AlertSilenceDialog::setBusy(bool busy)
{
    auto* button = findChild<QPushButton*>(QStringLiteral("silenceButton"));
    button->setEnabled(!busy);
    button->setText(busy ? tr("Silencing…") : tr("Silence"));
}

} // namespace Fleetdeck
