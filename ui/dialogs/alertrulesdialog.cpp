#include "ui/dialogs/alertrulesdialog.h"

#include "core/engine/alertnames.h"
#include "ui/dialogs/dialogstyle.h"
#include "ui/preferences.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace Fleetdeck {

namespace {

constexpr int kSpacing = 8;
constexpr int kGap = 12;
constexpr double kHour = 3600;
constexpr double kDay = 86400;

enum Column
{
    NameColumn,
    EnabledColumn,
    FirstThresholdColumn,
};

// How a rule's thresholds are shown: threshold × factor, in the unit of the suffix.
struct Unit
{
    double factor = 1;
    int decimals = 2;
    double maximum = 1e9;
    double step = 1;
    QString suffix;
    QString fixedText; // not empty: the threshold is not a number to choose (an up/down metric)
};

Unit unitFor(const AlertRule& rule)
{
    Unit unit;
    if (rule.measure == AlertRule::Measure::AgeSeconds) {
        unit = {1 / kHour, 0, 24 * 365, 1, AlertRulesDialog::tr(" h"), {}};
    } else if (rule.measure == AlertRule::Measure::SecondsUntil) {
        unit = {1 / kDay, 0, 365, 1, AlertRulesDialog::tr(" days"), {}};
    } else if (rule.metric == Metric::kEndpointLatencySeconds) {
        unit = {1, 1, 600, 0.5, AlertRulesDialog::tr(" s"), {}};
    } else if (rule.metric == Metric::kDiskUsedRatio) {
        unit = {100, 0, 100, 1, AlertRulesDialog::tr(" %"), {}};
    } else if (rule.metric == Metric::kSourceUp) {
        unit.fixedText = AlertRulesDialog::tr("when unreachable");
    } else if (rule.metric == Metric::kEndpointUp || rule.metric == Metric::kHostUp) {
        unit.fixedText = AlertRulesDialog::tr("when down");
    } else if (rule.metric == Metric::kWhatsAppConnected) {
        unit.fixedText = AlertRulesDialog::tr("when disconnected");
    } else if (rule.metric == Metric::kWhatsAppDead) {
        unit.fixedText = AlertRulesDialog::tr("when sending fails");
    } else if (rule.metric == Metric::kWhatsAppStateChanges) {
        unit = {1, 0, 100, 1, AlertRulesDialog::tr(" changes"), {}};
    }
    return unit;
}

QString ruleDescription(const QString& ruleId)
{
    if (ruleId == RuleId::kEndpointDown)
        return AlertRulesDialog::tr("A client's health endpoint does not answer.");
    if (ruleId == RuleId::kEndpointLatency)
        return AlertRulesDialog::tr("A client's slowest health endpoint takes longer than this to answer.");
    if (ruleId == RuleId::kDiskUsage)
        return AlertRulesDialog::tr("A disk of a server or component is at least this full.");
    if (ruleId == RuleId::kTlsExpiry)
        return AlertRulesDialog::tr("A TLS certificate expires in fewer days than this (0 = it has expired).");
    if (ruleId == RuleId::kBackupAge)
        return AlertRulesDialog::tr("The last successful backup is older than this.");
    if (ruleId == RuleId::kSourceUnreachable)
        return AlertRulesDialog::tr("A source of data (Prometheus, Alertmanager, billing, …) cannot be reached.");
    if (ruleId == RuleId::kHostDown)
        return AlertRulesDialog::tr("A server does not answer.");
    if (ruleId == RuleId::kWhatsAppDisconnected)
        return AlertRulesDialog::tr("A WhatsApp number that was paired is no longer connected.");
    if (ruleId == RuleId::kWhatsAppReconnectLoop)
        return AlertRulesDialog::tr("A WhatsApp number changed state more often than this in ten minutes.");
    if (ruleId == RuleId::kWhatsAppDead)
        return AlertRulesDialog::tr("A WhatsApp number says it is connected, but sending fails.");
    return {};
}

QString severityHeader(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Low:
        return AlertRulesDialog::tr("Low");
    case AlertSeverity::Medium:
        return AlertRulesDialog::tr("Medium");
    case AlertSeverity::High:
        return AlertRulesDialog::tr("High");
    case AlertSeverity::Critical:
        return AlertRulesDialog::tr("Critical");
    }
    return {};
}

// A worse severity whose threshold is easier to meet than a milder one's hides the milder level.
QStringList orderingProblems(const AlertRule& rule)
{
    QStringList problems;
    const bool higherIsWorse =
        rule.comparison == AlertRule::Comparison::Above || rule.comparison == AlertRule::Comparison::AtLeast;
    for (qsizetype i = 1; i < rule.levels.size(); ++i) {
        const AlertRule::Level& milder = rule.levels.at(i - 1);
        const AlertRule::Level& worse = rule.levels.at(i);
        if (higherIsWorse && worse.threshold < milder.threshold) {
            problems << AlertRulesDialog::tr("%1: the %2 threshold cannot be lower than the %3 one.")
                            .arg(AlertRulesDialog::ruleDisplayName(rule.id), alertSeverityDisplayName(worse.severity),
                                alertSeverityDisplayName(milder.severity));
        } else if (!higherIsWorse && worse.threshold > milder.threshold) {
            problems << AlertRulesDialog::tr("%1: the %2 threshold cannot be higher than the %3 one.")
                            .arg(AlertRulesDialog::ruleDisplayName(rule.id), alertSeverityDisplayName(worse.severity),
                                alertSeverityDisplayName(milder.severity));
        }
    }
    return problems;
}

// An editor in a table cell, with room around it so the cells do not touch.
QWidget* cell(QWidget* editor, QWidget* second = nullptr, Qt::Alignment alignment = Qt::AlignCenter)
{
    auto* container = new QWidget;
    auto* layout = new QHBoxLayout(container);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(0);
    layout->addWidget(editor, 0, alignment);
    if (second)
        layout->addWidget(second, 0, alignment);
    return container;
}

// The style sheet's arrow buttons are wider than the style's own: keep the text clear of them.
void roomForArrows(QAbstractSpinBox* spin)
{
    spin->setMinimumWidth(spin->sizeHint().width() + 16);
}

QSpinBox* makeSpin(const QString& objectName, int minimum, int maximum, const QString& suffix = {})
{
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setAccelerated(true);
    roomForArrows(spin);
    return spin;
}

constexpr int kRoleName = Qt::UserRole + 1; // the client's name, without the "own rules" mark

} // namespace

AlertRulesDialog::AlertRulesDialog(Preferences& preferences, const QList<Tenant>& tenants, QWidget* parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_rules(preferences.alertRules())
{
    setObjectName(QStringLiteral("alertRulesDialog"));
    // Numbers in the cells stay clear of the arrow buttons.
    setStyleSheet(DialogStyle::styleSheet() + QStringLiteral("QAbstractSpinBox { padding-right: 24px; }\n"));
    setWindowTitle(tr("Alert rules"));

    // Rules for: the defaults, then every client by name, then any other subject that has its own rules.
    m_subject = new QComboBox;
    m_subject->setObjectName(QStringLiteral("subjectCombo"));
    m_subject->addItem(tr("Every client and server (defaults)"), QString());
    m_subject->setItemData(0, m_subject->itemText(0), kRoleName);
    QList<Tenant> sorted = tenants;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), [&collator](const Tenant& a, const Tenant& b) {
        return collator.compare(a.name.isEmpty() ? a.slug : a.name, b.name.isEmpty() ? b.slug : b.name) < 0;
    });
    QStringList listed;
    if (!sorted.isEmpty())
        m_subject->insertSeparator(m_subject->count());
    for (const Tenant& tenant : std::as_const(sorted)) {
        const QString name = tenant.name.isEmpty() ? tenant.slug : tenant.name;
        m_subject->addItem(name, tenant.slug);
        m_subject->setItemData(m_subject->count() - 1, name, kRoleName);
        listed << tenant.slug;
    }
    QStringList others = m_rules.overrides().keys();
    others.sort();
    for (const QString& other : std::as_const(others)) {
        if (listed.contains(other))
            continue;
        m_subject->addItem(other, other);
        m_subject->setItemData(m_subject->count() - 1, other, kRoleName);
    }
    m_subject->setMinimumContentsLength(24);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* subjectLabel = new QLabel(tr("Rules &for:"));
    subjectLabel->setBuddy(m_subject);
    m_reset = new QPushButton(tr("&Reset to defaults"));
    m_reset->setObjectName(QStringLiteral("resetButton"));
    auto* subjectRow = new QHBoxLayout;
    subjectRow->setSpacing(kSpacing);
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subject);
    subjectRow->addStretch(1);
    subjectRow->addWidget(m_reset);

    m_scopeHint = DialogStyle::hint(QString());
    m_scopeHint->setObjectName(QStringLiteral("scopeHint"));

    // The rules a person can tune; routing-only rules (Alertmanager's) keep their settings.
    for (const AlertRule& rule : m_rules.rules()) {
        if (!rule.metric.isEmpty())
            m_ruleIds << rule.id;
        for (const AlertRule::Level& level : rule.levels) {
            if (!m_severities.contains(level.severity))
                m_severities << level.severity;
        }
    }
    std::sort(m_severities.begin(), m_severities.end());

    QStringList headers = {tr("Rule"), tr("On")};
    for (AlertSeverity severity : std::as_const(m_severities))
        headers << severityHeader(severity);
    headers << tr("Wait") << tr("Fire after\nfailures") << tr("Resolve after\nsuccesses") << tr("Remind\nevery");
    const int pendingColumn = FirstThresholdColumn + int(m_severities.size());

    m_table = new QTableWidget(int(m_ruleIds.size()), int(headers.size()));
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    const QStringList headerTips = {tr("Wait: how long the problem must last before the alert fires."),
        tr("Fire after: how many checks in a row must fail before the alert fires."),
        tr("Resolve after: how many checks in a row must pass before the alert resolves."),
        tr("Remind every: how often a firing alert nobody acknowledged is notified again.")};
    for (int i = 0; i < headerTips.size(); ++i)
        m_table->horizontalHeaderItem(pendingColumn + i)->setToolTip(headerTips.at(i));
    m_table->horizontalHeaderItem(NameColumn)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int row = 0; row < m_ruleIds.size(); ++row)
        buildRow(row, *m_rules.rule(m_ruleIds.at(row)));
    connect(m_subject, &QComboBox::currentIndexChanged, this, &AlertRulesDialog::loadTable);
    loadTable(); // before sizing, so the cells have their texts
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // Every row and column visible without scrolling.
    int tableHeight = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        tableHeight += m_table->rowHeight(row);
    m_table->setMinimumHeight(tableHeight);
    int tableWidth = 2 * m_table->frameWidth();
    for (int column = 0; column < m_table->columnCount(); ++column)
        tableWidth += m_table->columnWidth(column);
    m_table->setMinimumWidth(tableWidth + fontMetrics().averageCharWidth() * 4);

    auto* unitsHint = DialogStyle::hint(
        tr("Thresholds are in seconds for answer times, % for disk use, days before a certificate expires and hours "
           "since the last backup. Wait is in minutes; a check runs on every refresh."));
    unitsHint->setObjectName(QStringLiteral("unitsHint"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, DialogStyle::errorText());
    m_problem->setPalette(problemPalette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AlertRulesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kGap, kGap, kGap, kGap);
    layout->setSpacing(kSpacing);
    layout->addLayout(subjectRow);
    layout->addWidget(m_scopeHint);
    layout->addSpacing(kSpacing / 2);
    layout->addWidget(m_table, 1);
    layout->addWidget(unitsHint);
    layout->addSpacing(kSpacing / 2);
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(kGap);
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    connect(m_reset, &QPushButton::clicked, this, &AlertRulesDialog::resetShown);
    updateState();
}

QString AlertRulesDialog::ruleDisplayName(const QString& ruleId)
{
    if (ruleId == RuleId::kEndpointDown)
        return tr("Site down");
    if (ruleId == RuleId::kEndpointLatency)
        return tr("Slow answers");
    if (ruleId == RuleId::kDiskUsage)
        return tr("Disk use");
    if (ruleId == RuleId::kTlsExpiry)
        return tr("TLS certificate");
    if (ruleId == RuleId::kBackupAge)
        return tr("Backup age");
    if (ruleId == RuleId::kSourceUnreachable)
        return tr("Source unreachable");
    if (ruleId == RuleId::kHostDown)
        return tr("Server down");
    if (ruleId == RuleId::kWhatsAppDisconnected)
        return tr("WhatsApp disconnected");
    if (ruleId == RuleId::kWhatsAppReconnectLoop)
        return tr("WhatsApp reconnect loop");
    if (ruleId == RuleId::kWhatsAppDead)
        return tr("WhatsApp connected but dead");
    return ruleId;
}

QString AlertRulesDialog::subject() const
{
    return m_subject->currentData().toString();
}

void AlertRulesDialog::buildRow(int row, const AlertRule& rule)
{
    Row widgets;
    const QString id = rule.id;
    widgets.name = new QTableWidgetItem(ruleDisplayName(id));
    widgets.name->setToolTip(ruleDescription(id));
    m_table->setItem(row, NameColumn, widgets.name);

    widgets.enabled = new QCheckBox;
    widgets.enabled->setObjectName(id + QStringLiteral("_enabledCheck"));
    widgets.enabled->setAccessibleName(tr("%1 on").arg(ruleDisplayName(id)));
    m_table->setCellWidget(row, EnabledColumn, cell(widgets.enabled, nullptr, Qt::AlignCenter));
    connect(widgets.enabled, &QCheckBox::toggled, this,
        [this, row](bool on) { editRow(row, [on](AlertRule& r) { r.enabled = on; }); });

    const Unit unit = unitFor(rule);
    for (int i = 0; i < m_severities.size(); ++i) {
        const AlertSeverity severity = m_severities.at(i);
        ThresholdCell threshold;
        threshold.text = new QLabel;
        threshold.text->setObjectName(QStringLiteral("muted"));
        threshold.text->setAlignment(Qt::AlignCenter);
        if (unit.fixedText.isEmpty()) {
            threshold.spin = new QDoubleSpinBox;
            threshold.spin->setObjectName(id + QLatin1Char('_') + alertSeverityName(severity) + QStringLiteral("Spin"));
            threshold.spin->setAccessibleName(
                tr("%1, %2 threshold").arg(ruleDisplayName(id), alertSeverityDisplayName(severity)));
            threshold.spin->setDecimals(unit.decimals);
            threshold.spin->setRange(0, unit.maximum);
            threshold.spin->setSingleStep(unit.step);
            threshold.spin->setSuffix(unit.suffix);
            threshold.spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            threshold.spin->setAccelerated(true);
            roomForArrows(threshold.spin);
            connect(threshold.spin, &QDoubleSpinBox::valueChanged, this, [this, row, severity, unit](double value) {
                editRow(row, [severity, value, unit](AlertRule& r) {
                    for (AlertRule::Level& level : r.levels) {
                        if (level.severity == severity)
                            level.threshold = value / unit.factor;
                    }
                });
            });
        }
        m_table->setCellWidget(row, FirstThresholdColumn + i, cell(threshold.text, threshold.spin));
        widgets.thresholds << threshold;
    }

    const int pendingColumn = FirstThresholdColumn + int(m_severities.size());
    widgets.pending = makeSpin(id + QStringLiteral("_pendingSpin"), 0, 7 * 24 * 60, tr(" min"));
    widgets.pending->setAccessibleName(tr("%1, wait in minutes").arg(ruleDisplayName(id)));
    widgets.failures = makeSpin(id + QStringLiteral("_failuresSpin"), 1, 100);
    widgets.failures->setAccessibleName(tr("%1, failures to fire").arg(ruleDisplayName(id)));
    widgets.successes = makeSpin(id + QStringLiteral("_successesSpin"), 1, 100);
    widgets.successes->setAccessibleName(tr("%1, successes to resolve").arg(ruleDisplayName(id)));
    widgets.reminder = makeSpin(id + QStringLiteral("_reminderSpin"), 0, 7 * 24 * 60, tr(" min"));
    widgets.reminder->setSpecialValueText(tr("never"));
    widgets.reminder->setSingleStep(15);
    widgets.reminder->setAccessibleName(tr("%1, remind every (minutes, 0 = never)").arg(ruleDisplayName(id)));
    m_table->setCellWidget(row, pendingColumn, cell(widgets.pending));
    m_table->setCellWidget(row, pendingColumn + 1, cell(widgets.failures));
    m_table->setCellWidget(row, pendingColumn + 2, cell(widgets.successes));
    m_table->setCellWidget(row, pendingColumn + 3, cell(widgets.reminder));
    connect(widgets.pending, &QSpinBox::valueChanged, this, [this, row](int minutes) {
        editRow(row, [minutes](AlertRule& r) { r.pendingFor = std::chrono::minutes(minutes); });
    });
    connect(widgets.failures, &QSpinBox::valueChanged, this,
        [this, row](int n) { editRow(row, [n](AlertRule& r) { r.failuresToFire = n; }); });
    connect(widgets.successes, &QSpinBox::valueChanged, this,
        [this, row](int m) { editRow(row, [m](AlertRule& r) { r.successesToResolve = m; }); });
    connect(widgets.reminder, &QSpinBox::valueChanged, this, [this, row](int minutes) {
        editRow(row, [minutes](AlertRule& r) { r.reminderEvery = std::chrono::minutes(minutes); });
    });
    m_rows << widgets;
}

const AlertRule* AlertRulesDialog::shownRule(int row) const
{
    return m_rules.ruleFor(m_ruleIds.at(row), subject());
}

void AlertRulesDialog::loadTable()
{
    m_loading = true;
    for (int row = 0; row < m_rows.size(); ++row) {
        const AlertRule* rule = shownRule(row);
        if (!rule)
            continue;
        const Row& widgets = m_rows.at(row);
        const Unit unit = unitFor(*rule);
        widgets.enabled->setChecked(rule->enabled);
        for (int i = 0; i < m_severities.size(); ++i) {
            const ThresholdCell& threshold = widgets.thresholds.at(i);
            const AlertRule::Level* level = rule->level(m_severities.at(i));
            const bool editable = level && threshold.spin;
            if (threshold.spin) {
                threshold.spin->setVisible(editable);
                if (editable)
                    threshold.spin->setValue(level->threshold * unit.factor);
            }
            threshold.text->setVisible(!editable);
            threshold.text->setText(level ? unit.fixedText : QStringLiteral("—"));
        }
        widgets.pending->setValue(int(std::chrono::duration_cast<std::chrono::minutes>(rule->pendingFor).count()));
        widgets.failures->setValue(rule->failuresToFire);
        widgets.successes->setValue(rule->successesToResolve);
        widgets.reminder->setValue(int(std::chrono::duration_cast<std::chrono::minutes>(rule->reminderEvery).count()));
    }
    m_loading = false;

    const QString shown = subject();
    if (shown.isEmpty()) {
        m_scopeHint->setText(tr("These rules apply to every client and server that has no rules of its own."));
        m_reset->setToolTip(tr("Put back the thresholds Fleetdeck comes with. Clients' own rules stay."));
    } else {
        m_scopeHint->setText(tr("Changes apply to %1 only. Rules in bold differ from the defaults.")
                                 .arg(m_subject->currentData(kRoleName).toString()));
        m_reset->setToolTip(tr("Drop this client's own rules, so the defaults apply to it again."));
    }
    updateState();
}

void AlertRulesDialog::editRow(int row, const std::function<void(AlertRule&)>& edit)
{
    if (m_loading)
        return;
    const QString id = m_ruleIds.at(row);
    const QString shown = subject();
    const AlertRule* global = m_rules.rule(id);
    if (!global)
        return;
    AlertRule rule = *m_rules.ruleFor(id, shown);
    edit(rule);
    if (shown.isEmpty())
        m_rules.setRule(rule);
    else if (rule == *global)
        m_rules.removeOverride(shown, id); // back to the defaults: no copy to keep in step
    else
        m_rules.setOverride(shown, rule);
    updateState();
}

void AlertRulesDialog::resetShown()
{
    const QString shown = subject();
    if (shown.isEmpty()) {
        AlertRuleSet reset = AlertRuleSet::defaults();
        for (const AlertRule& rule : m_rules.rules()) {
            if (!reset.rule(rule.id))
                reset.setRule(rule); // a rule Fleetdeck does not ship: keep it
        }
        for (auto it = m_rules.overrides().cbegin(); it != m_rules.overrides().cend(); ++it) {
            for (const AlertRule& rule : *it)
                reset.setOverride(it.key(), rule);
        }
        m_rules = reset;
    } else {
        for (const QString& id : std::as_const(m_ruleIds))
            m_rules.removeOverride(shown, id);
    }
    loadTable();
}

QStringList AlertRulesDialog::problems() const
{
    QStringList problems = m_rules.problems();
    for (const AlertRule& rule : m_rules.rules())
        problems << orderingProblems(rule);
    for (auto it = m_rules.overrides().cbegin(); it != m_rules.overrides().cend(); ++it) {
        for (const AlertRule& rule : *it) {
            for (const QString& problem : orderingProblems(rule))
                problems << tr("%1 (for %2)").arg(problem, subjectName(it.key()));
        }
    }
    return problems;
}

QString AlertRulesDialog::subjectName(const QString& subject) const
{
    const int index = m_subject->findData(subject);
    return index >= 0 ? m_subject->itemData(index, kRoleName).toString() : subject;
}

void AlertRulesDialog::updateState()
{
    const QString shown = subject();
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& widgets = m_rows.at(row);
        const bool own = !shown.isEmpty() && m_rules.overrideFor(shown, m_ruleIds.at(row));
        QFont font = m_table->font();
        font.setBold(own);
        widgets.name->setFont(font);
        const QString description = ruleDescription(m_ruleIds.at(row));
        widgets.name->setToolTip(
            own ? description + QLatin1Char('\n') + tr("This client has its own setting.") : description);
        const bool on = widgets.enabled->isChecked();
        for (int column = FirstThresholdColumn; column < m_table->columnCount(); ++column) {
            if (QWidget* editor = m_table->cellWidget(row, column))
                editor->setEnabled(on);
        }
    }

    // The clients with their own rules say so in the list.
    for (int i = 1; i < m_subject->count(); ++i) {
        const QString slug = m_subject->itemData(i).toString();
        if (slug.isEmpty())
            continue; // the separator
        const QString name = m_subject->itemData(i, kRoleName).toString();
        m_subject->setItemText(i, m_rules.overrides().contains(slug) ? tr("%1 — own rules").arg(name) : name);
    }

    if (shown.isEmpty()) {
        AlertRuleSet builtIn = AlertRuleSet::defaults();
        bool differs = false;
        for (const AlertRule& rule : m_rules.rules()) {
            const AlertRule* original = builtIn.rule(rule.id);
            differs = differs || (original && *original != rule);
        }
        m_reset->setEnabled(differs);
    } else {
        m_reset->setEnabled(m_rules.overrides().contains(shown));
    }

    if (!m_buttons)
        return; // still being built
    const QStringList found = problems();
    // The first reason beside OK; all of them in its tooltip.
    m_problem->setText(found.value(0));
    m_problem->setToolTip(found.join(QLatin1Char('\n')));
    m_problem->setVisible(!found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(found.join(QLatin1Char('\n')));
}

void AlertRulesDialog::accept()
{
    if (!problems().isEmpty())
        return;
    m_preferences.setAlertRules(m_rules);
    QDialog::accept();
}

} // namespace Fleetdeck
