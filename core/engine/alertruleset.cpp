#include "core/engine/alertruleset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Fleetdeck {

namespace {

constexpr int kFormatVersion = 1;

QJsonObject ruleToJson(const AlertRule& rule)
{
    QJsonArray levels;
    for (const AlertRule::Level& level : rule.levels) {
        levels.append(QJsonObject{
            {QStringLiteral("severity"), alertSeverityName(level.severity)},
            {QStringLiteral("threshold"), level.threshold},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), rule.id},
        {QStringLiteral("metric"), rule.metric},
        {QStringLiteral("comparison"), comparisonName(rule.comparison)},
        {QStringLiteral("measure"), measureName(rule.measure)},
        {QStringLiteral("levels"), levels},
        {QStringLiteral("pendingSeconds"), qint64(rule.pendingFor.count())},
        {QStringLiteral("failuresToFire"), rule.failuresToFire},
        {QStringLiteral("successesToResolve"), rule.successesToResolve},
        {QStringLiteral("reminderSeconds"), qint64(rule.reminderEvery.count())},
        {QStringLiteral("notifyResolved"), rule.notifyResolved},
        {QStringLiteral("enabled"), rule.enabled},
    };
}

Result<AlertRule, QString> ruleFromJson(const QJsonValue& value)
{
    using R = Result<AlertRule, QString>;
    auto bad = [](const QString& what) {
        return R::failure(QCoreApplication::translate("AlertRuleSet", "alert rules: %1").arg(what));
    };
    if (!value.isObject())
        return bad(QCoreApplication::translate("AlertRuleSet", "a rule is not an object"));
    const QJsonObject o = value.toObject();
    AlertRule rule;
    rule.id = o.value(QStringLiteral("id")).toString();
    rule.metric = o.value(QStringLiteral("metric")).toString();
    const auto comparison = comparisonFromName(o.value(QStringLiteral("comparison")).toString());
    const auto measure = measureFromName(o.value(QStringLiteral("measure")).toString());
    if (!comparison || !measure)
        return bad(QCoreApplication::translate("AlertRuleSet", "rule \"%1\" has an unknown comparison or measure")
                       .arg(rule.id));
    rule.comparison = *comparison;
    rule.measure = *measure;
    for (const QJsonValue& levelValue : o.value(QStringLiteral("levels")).toArray()) {
        const QJsonObject level = levelValue.toObject();
        const auto severity = alertSeverityFromName(level.value(QStringLiteral("severity")).toString());
        const QJsonValue threshold = level.value(QStringLiteral("threshold"));
        if (!severity || !threshold.isDouble())
            return bad(
                QCoreApplication::translate("AlertRuleSet", "rule \"%1\" has an unreadable threshold").arg(rule.id));
        rule.levels.append({*severity, threshold.toDouble()});
    }
    rule.pendingFor = std::chrono::seconds(o.value(QStringLiteral("pendingSeconds")).toInteger());
    rule.failuresToFire = o.value(QStringLiteral("failuresToFire")).toInt(1);
    rule.successesToResolve = o.value(QStringLiteral("successesToResolve")).toInt(1);
    rule.reminderEvery = std::chrono::seconds(o.value(QStringLiteral("reminderSeconds")).toInteger());
    rule.notifyResolved = o.value(QStringLiteral("notifyResolved")).toBool(true);
    rule.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    if (const QStringList problems = rule.problems(); !problems.isEmpty())
        return bad(problems.join(QStringLiteral("; ")));
    return rule;
}

} // namespace

AlertRuleSet::AlertRuleSet(QList<AlertRule> rules)
    : m_rules(std::move(rules))
{
}

AlertRuleSet AlertRuleSet::defaults()
{
    return AlertRuleSet(defaultAlertRules());
}

const AlertRule* AlertRuleSet::rule(const QString& id) const
{
    for (const AlertRule& rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

void AlertRuleSet::setRule(const AlertRule& rule)
{
    for (AlertRule& existing : m_rules) {
        if (existing.id == rule.id) {
            existing = rule;
            return;
        }
    }
    m_rules.append(rule);
}

bool AlertRuleSet::removeRule(const QString& id)
{
    const auto removed = m_rules.removeIf([&id](const AlertRule& rule) { return rule.id == id; });
    for (auto it = m_overrides.begin(); it != m_overrides.end();) {
        it->removeIf([&id](const AlertRule& rule) { return rule.id == id; });
        it = it->isEmpty() ? m_overrides.erase(it) : std::next(it);
    }
    return removed > 0;
}

void AlertRuleSet::setOverride(const QString& subject, const AlertRule& rule)
{
    QList<AlertRule>& rules = m_overrides[subject];
    for (AlertRule& existing : rules) {
        if (existing.id == rule.id) {
            existing = rule;
            return;
        }
    }
    rules.append(rule);
}

bool AlertRuleSet::removeOverride(const QString& subject, const QString& ruleId)
{
    const auto found = m_overrides.find(subject);
    if (found == m_overrides.end())
        return false;
    const auto removed = found->removeIf([&ruleId](const AlertRule& rule) { return rule.id == ruleId; });
    if (found->isEmpty())
        m_overrides.erase(found);
    return removed > 0;
}

const AlertRule* AlertRuleSet::overrideFor(const QString& subject, const QString& ruleId) const
{
    const auto found = m_overrides.constFind(subject);
    if (found == m_overrides.cend())
        return nullptr;
    for (const AlertRule& rule : *found) {
        if (rule.id == ruleId)
            return &rule;
    }
    return nullptr;
}

const AlertRule* AlertRuleSet::ruleFor(const QString& ruleId, const QString& subject) const
{
    const AlertRule* global = rule(ruleId);
    if (!global)
        return nullptr;
    const AlertRule* own = overrideFor(subject, ruleId);
    return own ? own : global;
}

QStringList AlertRuleSet::problems() const
{
    QStringList problems;
    QStringList seen;
    for (const AlertRule& rule : m_rules) {
        problems << rule.problems();
        if (seen.contains(rule.id))
            problems << QCoreApplication::translate("AlertRuleSet", "rule \"%1\" is listed twice").arg(rule.id);
        seen << rule.id;
    }
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        for (const AlertRule& rule : *it) {
            for (const QString& problem : rule.problems())
                problems << QCoreApplication::translate("AlertRuleSet", "%1 (for %2)").arg(problem, it.key());
        }
    }
    return problems;
}

QByteArray AlertRuleSet::toJson() const
{
    QJsonArray rules;
    for (const AlertRule& rule : m_rules)
        rules.append(ruleToJson(rule));
    QJsonObject overrides;
    QStringList subjects = m_overrides.keys();
    subjects.sort(); // stable text for the same content
    for (const QString& subject : std::as_const(subjects)) {
        QJsonArray own;
        for (const AlertRule& rule : m_overrides.value(subject))
            own.append(ruleToJson(rule));
        overrides.insert(subject, own);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("rules"), rules},
                             {QStringLiteral("overrides"), overrides}})
        .toJson(QJsonDocument::Compact);
}

Result<AlertRuleSet, QString> AlertRuleSet::fromJson(const QByteArray& json)
{
    using R = Result<AlertRuleSet, QString>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        return R::failure(
            QCoreApplication::translate("AlertRuleSet", "alert rules: not readable (%1)").arg(error.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion) {
        return R::failure(QCoreApplication::translate("AlertRuleSet", "alert rules: unknown format version %1")
                              .arg(root.value(QStringLiteral("version")).toInt()));
    }
    AlertRuleSet set;
    for (const QJsonValue& value : root.value(QStringLiteral("rules")).toArray()) {
        auto rule = ruleFromJson(value);
        if (!rule)
            return R::failure(rule.error());
        set.m_rules.append(*rule);
    }
    const QJsonObject overrides = root.value(QStringLiteral("overrides")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        for (const QJsonValue& value : it.value().toArray()) {
            auto rule = ruleFromJson(value);
            if (!rule)
                return R::failure(rule.error());
            set.setOverride(it.key(), *rule);
        }
    }
    if (const QStringList problems = set.problems(); !problems.isEmpty())
        return R::failure(problems.join(QStringLiteral("; ")));
    return set;
}

} // namespace Fleetdeck
