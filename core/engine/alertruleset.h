#pragma once

#include "core/engine/alertrule.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fleetdeck {

// The rules in force: the global ones (defaults, edited in preferences) and per-subject overrides — a tenant
// (by slug) or a component (by id) can replace any rule with its own copy: other thresholds, another
// backup period, reminders off, or the rule disabled for it. Plain data; serialises to JSON for preferences.
class AlertRuleSet
{
public:
    AlertRuleSet() = default; // no rules at all
    explicit AlertRuleSet(QList<AlertRule> rules);
    static AlertRuleSet defaults(); // defaultAlertRules(), no overrides

    [[nodiscard]] const QList<AlertRule>& rules() const { return m_rules; }
    [[nodiscard]] const AlertRule* rule(const QString& id) const; // null when unknown
    void setRule(const AlertRule& rule); // replaces the rule with that id, or appends it
    bool removeRule(const QString& id); // its overrides go with it

    // `rule.id` names the rule replaced for `subject`; an override of an unknown rule is kept but unused.
    void setOverride(const QString& subject, const AlertRule& rule);
    bool removeOverride(const QString& subject, const QString& ruleId);
    [[nodiscard]] const QHash<QString, QList<AlertRule>>& overrides() const { return m_overrides; }
    [[nodiscard]] const AlertRule* overrideFor(const QString& subject, const QString& ruleId) const;
    // What applies to `subject`: its override when it has one, else the rule; null when there is no such rule.
    [[nodiscard]] const AlertRule* ruleFor(const QString& ruleId, const QString& subject) const;

    // Translated; empty when every rule and override can be used.
    [[nodiscard]] QStringList problems() const;

    // {"version":1,"rules":[...],"overrides":{"<subject>":[...]}}; times in seconds, severities by name.
    [[nodiscard]] QByteArray toJson() const;
    // Refuses unknown names, missing fields and rules with problems(); the error is translated.
    static Result<AlertRuleSet, QString> fromJson(const QByteArray& json);

    friend bool operator==(const AlertRuleSet&, const AlertRuleSet&) = default;

private:
    QList<AlertRule> m_rules;
    QHash<QString, QList<AlertRule>> m_overrides;
};

} // namespace Fleetdeck
