#pragma once

#include "core/domain/alertseverity.h"
#include "core/domain/tenant.h"
#include "core/engine/alertruleset.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace Fleetdeck {

class Preferences;

// Edits the alert rules in Preferences: the defaults for every client and server, or one client's own
// thresholds (AlertRuleSet overrides). Thresholds show in the unit a person thinks in (seconds, %, days, hours).
// OK stays disabled while a rule cannot be used and says why; OK stores, Cancel stores nothing.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    AlertRulesDialog(Preferences& preferences, const QList<Tenant>& tenants, QWidget* parent = nullptr);

    // What OK stores.
    [[nodiscard]] const AlertRuleSet& ruleSet() const { return m_rules; }
    // The subject whose rules the table shows: "" for the defaults, else a client's slug.
    [[nodiscard]] QString subject() const;
    // What keeps OK disabled, translated; empty when the rules can be stored.
    [[nodiscard]] QStringList problems() const;

    // The rule's name as a person reads it ("Disk use"); the id for a rule Fleetdeck does not know.
    static QString ruleDisplayName(const QString& ruleId);

public slots:
    void accept() override;

private:
    struct ThresholdCell
    {
        QDoubleSpinBox* spin = nullptr; // null for a rule whose threshold is not a number to choose (up/down)
        QLabel* text = nullptr; // "when down", or a dash where the rule has no level of this severity
    };
    struct Row
    {
        QTableWidgetItem* name = nullptr;
        QCheckBox* enabled = nullptr;
        QList<ThresholdCell> thresholds; // as m_severities
        QSpinBox* pending = nullptr;
        QSpinBox* failures = nullptr;
        QSpinBox* successes = nullptr;
        QSpinBox* reminder = nullptr;
    };

    void buildRow(int row, const AlertRule& rule);
    void loadTable();
    // Applies `edit` to the rule of `row` for the shown subject (the defaults, or the client's override).
    void editRow(int row, const std::function<void(AlertRule&)>& edit);
    void resetShown();
    void updateState();
    [[nodiscard]] const AlertRule* shownRule(int row) const;
    [[nodiscard]] QString subjectName(const QString& subject) const; // a client's name, else the subject

    Preferences& m_preferences;
    AlertRuleSet m_rules;
    QStringList m_ruleIds; // one per table row
    QList<Row> m_rows; // as m_ruleIds
    QList<AlertSeverity> m_severities; // one threshold column each
    bool m_loading = false;

    QComboBox* m_subject = nullptr;
    QLabel* m_scopeHint = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Fleetdeck
