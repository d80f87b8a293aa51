#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Fleetdeck::Sim {

// One label matcher of a selector: name = "v", != , =~ (anchored regex), !~.
struct PromqlMatcher
{
    enum class Op
    {
        Equal,
        NotEqual,
        Regex,
        NotRegex,
    };
    QString name;
    Op op = Op::Equal;
    QString value;
    QRegularExpression regex; // anchored; Regex / NotRegex only

    [[nodiscard]] bool matches(const QString& labelValue) const
    {
        switch (op) {
        case Op::Equal:
            return labelValue == value;
        case Op::NotEqual:
            return labelValue != value;
        case Op::Regex:
            return regex.match(labelValue).hasMatch();
        case Op::NotRegex:
            return !regex.match(labelValue).hasMatch();
        }
        return false;
    }
};

// The part of PromQL the simulator understands: instant selectors, numbers, time(), parentheses, unary minus,
// + - * / % and the comparisons (with `bool`, `on(...)` and `ignoring(...)`).
struct PromqlExpr
{
    enum class Kind
    {
        Number,
        Selector,
        Time, // time()
        Binary,
    };
    enum class Matching
    {
        Default, // every label except __name__
        On,
        Ignoring,
    };

    Kind kind = Kind::Number;
    double number = 0;
    QString metric; // Selector: the metric name, empty when only given by matchers
    std::vector<PromqlMatcher> matchers; // Selector: including a __name__ matcher for the metric name
    QString op; // Binary: "+", "-", "*", "/", "%", "==", "!=", ">", "<", ">=", "<="
    bool returnBool = false;
    Matching matching = Matching::Default;
    QStringList matchingLabels;
    std::unique_ptr<PromqlExpr> lhs;
    std::unique_ptr<PromqlExpr> rhs;

    [[nodiscard]] bool isComparison() const
    {
        return op == QLatin1String("==") || op == QLatin1String("!=") || op == QLatin1String(">")
            || op == QLatin1String("<") || op == QLatin1String(">=") || op == QLatin1String("<=");
    }
};

} // namespace Fleetdeck::Sim
