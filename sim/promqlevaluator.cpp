#include "sim/promqlevaluator.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Fleetdeck::Sim {

namespace {

const QString kName = QStringLiteral("__name__");

double arithmetic(const QString& op, double a, double b)
{
    if (op == QLatin1String("+"))
        return a + b;
    if (op == QLatin1String("-"))
        return a - b;
    if (op == QLatin1String("*"))
        return a * b;
    if (op == QLatin1String("/"))
        return a / b; // ±Inf or NaN on 0, like Go
    if (op == QLatin1String("%"))
        return std::fmod(a, b);
    return std::pow(a, b); // "^"
}

bool compare(const QString& op, double a, double b)
{
    if (op == QLatin1String("=="))
        return a == b;
    if (op == QLatin1String("!="))
        return a != b;
    if (op == QLatin1String(">"))
        return a > b;
    if (op == QLatin1String("<"))
        return a < b;
    if (op == QLatin1String(">="))
        return a >= b;
    return a <= b; // "<="
}

QString describeLabels(const SimLabels& labels)
{
    QStringList parts;
    for (const auto& [name, value] : labels.pairs())
        parts << name + QStringLiteral("=\"") + value + QLatin1Char('"');
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

SimLabels signatureLabels(const PromqlExpr& expr, const SimLabels& labels)
{
    SimLabels signature = labels;
    switch (expr.matching) {
    case PromqlExpr::Matching::On:
        signature.keepOnly(expr.matchingLabels);
        break;
    case PromqlExpr::Matching::Ignoring:
        signature.removeAll(expr.matchingLabels);
        signature.remove(kName);
        break;
    case PromqlExpr::Matching::Default:
        signature.remove(kName);
        break;
    }
    return signature;
}

bool dropsName(const PromqlExpr& expr)
{
    return !expr.isComparison() || expr.returnBool;
}

bool checkUnique(const std::vector<SimSample>& vector, QString* error)
{
    QSet<QString> seen;
    seen.reserve(qsizetype(vector.size()));
    for (const SimSample& sample : vector) {
        const QString key = sample.labels.key();
        if (seen.contains(key)) {
            *error = QStringLiteral("vector cannot contain metrics with the same labelset");
            return false;
        }
        seen.insert(key);
    }
    return true;
}

std::optional<PromqlValue> evaluateBinary(
    const PromqlExpr& expr, const SeriesSource& source, qint64 simMsecs, QString* error)
{
    std::optional<PromqlValue> lhs = PromqlEvaluator::evaluate(*expr.lhs, source, simMsecs, error);
    if (!lhs)
        return std::nullopt;
    std::optional<PromqlValue> rhs = PromqlEvaluator::evaluate(*expr.rhs, source, simMsecs, error);
    if (!rhs)
        return std::nullopt;
    const bool comparison = expr.isComparison();
    PromqlValue out;

    if (lhs->isScalar && rhs->isScalar) {
        if (comparison && !expr.returnBool) {
            *error = QStringLiteral("comparisons between scalars must use BOOL modifier");
            return std::nullopt;
        }
        out.isScalar = true;
        out.scalar = comparison ? (compare(expr.op, lhs->scalar, rhs->scalar) ? 1.0 : 0.0)
                                : arithmetic(expr.op, lhs->scalar, rhs->scalar);
        return out;
    }

    if (lhs->isScalar || rhs->isScalar) {
        const bool vectorOnLeft = !lhs->isScalar;
        PromqlValue& vector = vectorOnLeft ? *lhs : *rhs;
        const double scalar = vectorOnLeft ? rhs->scalar : lhs->scalar;
        out.vector.reserve(vector.vector.size());
        for (SimSample& sample : vector.vector) {
            const double a = vectorOnLeft ? sample.value : scalar;
            const double b = vectorOnLeft ? scalar : sample.value;
            if (comparison) {
                const bool keep = compare(expr.op, a, b);
                if (expr.returnBool) {
                    sample.value = keep ? 1.0 : 0.0;
                    sample.labels.remove(kName);
                } else if (!keep) {
                    continue;
                }
            } else {
                sample.value = arithmetic(expr.op, a, b);
                sample.labels.remove(kName);
            }
            out.vector.push_back(std::move(sample));
        }
        if (!checkUnique(out.vector, error))
            return std::nullopt;
        return out;
    }

    // vector OP vector, one-to-one.
    QHash<QString, const SimSample*> right;
    right.reserve(qsizetype(rhs->vector.size()));
    for (const SimSample& sample : rhs->vector) {
        const SimLabels signature = signatureLabels(expr, sample.labels);
        const QString key = signature.key();
        if (right.contains(key)) {
            *error = QStringLiteral("found duplicate series for the match group %1 on the right hand-side of the "
                                    "operation: [%2, %3];many-to-many matching not allowed: matching labels must be "
                                    "unique on one side")
                         .arg(describeLabels(signature), describeLabels(right.value(key)->labels),
                             describeLabels(sample.labels));
            return std::nullopt;
        }
        right.insert(key, &sample);
    }
    QSet<QString> matchedLeft;
    out.vector.reserve(lhs->vector.size());
    for (SimSample& sample : lhs->vector) {
        const QString key = signatureLabels(expr, sample.labels).key();
        const SimSample* other = right.value(key, nullptr);
        if (!other)
            continue;
        if (matchedLeft.contains(key)) {
            *error = QStringLiteral("multiple matches for labels: many-to-one matching must be explicit "
                                    "(group_left/group_right)");
            return std::nullopt;
        }
        matchedLeft.insert(key);
        double value = 0;
        if (comparison) {
            const bool keep = compare(expr.op, sample.value, other->value);
            if (expr.returnBool)
                value = keep ? 1.0 : 0.0;
            else if (!keep)
                continue;
            else
                value = sample.value;
        } else {
            value = arithmetic(expr.op, sample.value, other->value);
        }
        SimSample result{std::move(sample.labels), value};
        if (dropsName(expr))
            result.labels.remove(kName);
        if (expr.matching == PromqlExpr::Matching::On)
            result.labels.keepOnly(expr.matchingLabels);
        else if (expr.matching == PromqlExpr::Matching::Ignoring)
            result.labels.removeAll(expr.matchingLabels);
        out.vector.push_back(std::move(result));
    }
    if (!checkUnique(out.vector, error))
        return std::nullopt;
    return out;
}

} // namespace

std::optional<PromqlValue> PromqlEvaluator::evaluate(
    const PromqlExpr& expr, const SeriesSource& source, qint64 simMsecs, QString* error)
{
    PromqlValue value;
    switch (expr.kind) {
    case PromqlExpr::Kind::Number:
        value.isScalar = true;
        value.scalar = expr.number;
        return value;
    case PromqlExpr::Kind::Time:
        value.isScalar = true;
        value.scalar = double(simMsecs) / 1000.0;
        return value;
    case PromqlExpr::Kind::Selector:
        source.select(expr.matchers, simMsecs, value.vector);
        return value;
    case PromqlExpr::Kind::Binary:
        return evaluateBinary(expr, source, simMsecs, error);
    }
    return value;
}

} // namespace Fleetdeck::Sim
