#include "core/engine/mrrcalculator.h"

#include <QCoreApplication>

#include <cmath>

namespace Fleetdeck {

namespace {

qint64 roundHalfAway(double value)
{
    return qint64(std::llround(value));
}

std::optional<Coupon> couponOf(const Discount& discount, const QHash<QString, Coupon>& coupons)
{
    if (discount.coupon)
        return discount.coupon;
    const auto found = coupons.constFind(discount.couponId);
    if (found == coupons.constEnd())
        return std::nullopt;
    return found.value();
}

QString couponText(const Coupon& coupon)
{
    QString what;
    if (coupon.percentOff)
        what = QCoreApplication::translate("MrrCalculator", "%1 % off").arg(*coupon.percentOff);
    else if (coupon.amountOffMinor)
        what = QCoreApplication::translate("MrrCalculator", "%1 %2 off per invoice")
                   .arg(*coupon.amountOffMinor)
                   .arg(coupon.currency);
    switch (coupon.duration) {
    case Coupon::Duration::Forever:
        return QCoreApplication::translate("MrrCalculator", "%1 forever").arg(what);
    case Coupon::Duration::Once:
        return QCoreApplication::translate("MrrCalculator", "%1 once").arg(what);
    case Coupon::Duration::Repeating:
        break;
    }
    return QCoreApplication::translate("MrrCalculator", "%1 for %2 months").arg(what).arg(coupon.durationInMonths);
}

} // namespace

double MrrCalculator::monthsPerPeriod(BillingInterval interval, int count)
{
    const double n = std::max(1, count);
    switch (interval) {
    case BillingInterval::Day:
        return n * 12.0 / 365.0;
    case BillingInterval::Week:
        return n * 12.0 / 52.0;
    case BillingInterval::Month:
        return n;
    case BillingInterval::Year:
        break;
    }
    return n * 12.0;
}

MrrSubscriptionLine MrrCalculator::explain(const Subscription& subscription, const QHash<QString, Coupon>& coupons,
    const MrrPolicy& policy, const QDateTime& now)
{
    MrrSubscriptionLine line;
    line.subscriptionId = subscription.id;
    line.customer = subscription.customer;
    line.currency = subscription.currency;
    line.status = subscription.status;

    switch (subscription.status) {
    case SubscriptionStatus::Active:
        break;
    case SubscriptionStatus::PastDue:
        if (policy.dropPastDueAfterDays && subscription.pastDueSince.isValid()
            && subscription.pastDueSince.daysTo(now) > *policy.dropPastDueAfterDays)
            line.excluded = QCoreApplication::translate(
                "MrrCalculator", "past due for more than %1 days: counted as churned by the chosen policy")
                                .arg(*policy.dropPastDueAfterDays);
        break;
    case SubscriptionStatus::Trialing:
        line.excluded = QCoreApplication::translate("MrrCalculator", "in trial: not revenue yet");
        break;
    default:
        line.excluded = QCoreApplication::translate("MrrCalculator", "status %1: not recurring revenue")
                            .arg(subscriptionStatusName(subscription.status));
        break;
    }

    // Each item's monthly value before discounts.
    for (const SubscriptionItem& item : subscription.items) {
        MrrItemLine row;
        row.itemId = item.id;
        row.priceId = item.price.id;
        row.description = item.price.nickname.isEmpty() ? item.price.product : item.price.nickname;
        row.interval = item.price.interval;
        row.intervalCount = std::max(1, item.price.intervalCount);
        row.monthsPerPeriod = monthsPerPeriod(row.interval, row.intervalCount);
        row.quantity = item.quantity.value_or(1);
        bool decimalOk = false;
        const double decimal = item.price.unitAmountDecimal.toDouble(&decimalOk);
        row.unitAmountMinor = decimalOk ? decimal : double(item.price.unitAmountMinor.value_or(0));
        if (item.price.metered)
            row.excluded =
                QCoreApplication::translate("MrrCalculator", "metered (usage-based) price: not recurring revenue");
        else if (item.price.tiered && !decimalOk && !item.price.unitAmountMinor)
            row.excluded = QCoreApplication::translate(
                "MrrCalculator", "tiered price: its tiers are not loaded, so it is left out");
        else if (!item.price.currency.isEmpty() && !subscription.currency.isEmpty()
            && item.price.currency != subscription.currency)
            row.excluded = QCoreApplication::translate("MrrCalculator", "priced in %1, not the subscription's %2")
                               .arg(item.price.currency, subscription.currency);
        if (row.excluded.isEmpty()) {
            const double gross = row.unitAmountMinor * double(row.quantity);
            row.grossMinor = roundHalfAway(gross);
            row.monthlyMinor = roundHalfAway(gross / row.monthsPerPeriod);
        }
        line.items.append(row);
    }

    // Discounts: the item's own, then the subscription's (which spreads over every counting item).
    auto applicable = [&](const Discount& discount, const Coupon& coupon, QString* note) {
        // The coupon's id (what Stripe's dashboard shows) and its name when it has another one.
        const QString name = coupon.name.isEmpty() || coupon.name == coupon.id
            ? coupon.id
            : coupon.id + QStringLiteral(" · ") + coupon.name;
        if (discount.start.isValid() && discount.start > now) {
            *note = QCoreApplication::translate("MrrCalculator", "%1 (%2): starts later, not deducted")
                        .arg(name, couponText(coupon));
            return false;
        }
        if (discount.end.isValid() && discount.end <= now) {
            *note = QCoreApplication::translate("MrrCalculator", "%1 (%2): ended, not deducted")
                        .arg(name, couponText(coupon));
            return false;
        }
        if (policy.discounts == MrrPolicy::Discounts::ForeverOnly && coupon.duration != Coupon::Duration::Forever) {
            *note = QCoreApplication::translate(
                "MrrCalculator", "%1 (%2): not deducted (only forever coupons reduce MRR in Stripe's definition)")
                        .arg(name, couponText(coupon));
            return false;
        }
        *note = QCoreApplication::translate("MrrCalculator", "%1 (%2): deducted").arg(name, couponText(coupon));
        return true;
    };
    auto applyTo = [&](const Coupon& coupon, const QList<int>& rows) {
        // Percent: off each item's monthly value. Amount: per invoice, so ÷ the period's months, split over the
        // items in proportion to what is left of each.
        if (coupon.percentOff) {
            for (int r : rows) {
                MrrItemLine& row = line.items[r];
                const qint64 left = row.monthlyMinor - row.discountMinor;
                row.discountMinor += roundHalfAway(double(left) * std::clamp(*coupon.percentOff, 0.0, 100.0) / 100.0);
            }
            return;
        }
        if (!coupon.amountOffMinor || (!coupon.currency.isEmpty() && coupon.currency != subscription.currency))
            return;
        qint64 leftTotal = 0;
        for (int r : rows)
            leftTotal += std::max<qint64>(0, line.items[r].monthlyMinor - line.items[r].discountMinor);
        if (leftTotal <= 0)
            return;
        // The invoice's period: the first counting item's (items of one subscription share an interval).
        const double months = line.items[rows.first()].monthsPerPeriod;
        const double monthlyOff = double(*coupon.amountOffMinor) / months;
        qint64 given = 0;
        for (int k = 0; k < rows.size(); ++k) {
            MrrItemLine& row = line.items[rows[k]];
            const qint64 left = std::max<qint64>(0, row.monthlyMinor - row.discountMinor);
            qint64 share = k + 1 == rows.size() ? roundHalfAway(monthlyOff) - given
                                                : roundHalfAway(monthlyOff * double(left) / double(leftTotal));
            share = std::clamp<qint64>(share, 0, left);
            given += share;
            row.discountMinor += share;
        }
    };
    QList<int> counting;
    for (int r = 0; r < line.items.size(); ++r) {
        if (line.items.at(r).excluded.isEmpty())
            counting << r;
    }
    for (int r : std::as_const(counting)) {
        for (const Discount& discount : subscription.items.at(r).discounts) {
            const std::optional<Coupon> coupon = couponOf(discount, coupons);
            if (!coupon) {
                line.discountNotes << QCoreApplication::translate(
                    "MrrCalculator", "%1: its coupon %2 is unknown, not deducted")
                                          .arg(discount.id, discount.couponId);
                continue;
            }
            QString note;
            if (applicable(discount, *coupon, &note))
                applyTo(*coupon, {r});
            line.discountNotes << note;
        }
    }
    for (const Discount& discount : subscription.discounts) {
        const std::optional<Coupon> coupon = couponOf(discount, coupons);
        if (!coupon) {
            line.discountNotes << QCoreApplication::translate(
                "MrrCalculator", "%1: its coupon %2 is unknown, not deducted")
                                      .arg(discount.id, discount.couponId);
            continue;
        }
        QString note;
        if (applicable(discount, *coupon, &note) && !counting.isEmpty())
            applyTo(*coupon, counting);
        line.discountNotes << note;
    }

    for (MrrItemLine& row : line.items) {
        row.discountMinor = std::min(row.discountMinor, row.monthlyMinor);
        row.mrrMinor = std::max<qint64>(0, row.monthlyMinor - row.discountMinor);
        if (row.excluded.isEmpty() && line.excluded.isEmpty())
            line.mrrMinor += row.mrrMinor;
    }
    return line;
}

QList<MrrSubscriptionLine> MrrCalculator::explainAll(const QList<Subscription>& subscriptions,
    const QHash<QString, Coupon>& coupons, const MrrPolicy& policy, const QDateTime& now)
{
    QList<MrrSubscriptionLine> lines;
    lines.reserve(subscriptions.size());
    for (const Subscription& subscription : subscriptions)
        lines.append(explain(subscription, coupons, policy, now));
    return lines;
}

QMap<QString, qint64> MrrCalculator::totals(const QList<MrrSubscriptionLine>& lines)
{
    QMap<QString, qint64> sums;
    for (const MrrSubscriptionLine& line : lines) {
        if (line.excluded.isEmpty())
            sums[line.currency] += line.mrrMinor;
    }
    return sums;
}

} // namespace Fleetdeck
