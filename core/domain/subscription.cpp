#include "core/domain/subscription.h"

#include <array>
#include <utility>

namespace Fleetdeck {

namespace {

constexpr std::array<std::pair<SubscriptionStatus, const char16_t*>, 8> kStatusNames{{
    {SubscriptionStatus::Incomplete, u"incomplete"},
    {SubscriptionStatus::IncompleteExpired, u"incomplete_expired"},
    {SubscriptionStatus::Trialing, u"trialing"},
    {SubscriptionStatus::Active, u"active"},
    {SubscriptionStatus::PastDue, u"past_due"},
    {SubscriptionStatus::Canceled, u"canceled"},
    {SubscriptionStatus::Unpaid, u"unpaid"},
    {SubscriptionStatus::Paused, u"paused"},
}};

constexpr std::array<std::pair<BillingInterval, const char16_t*>, 4> kIntervalNames{{
    {BillingInterval::Day, u"day"},
    {BillingInterval::Week, u"week"},
    {BillingInterval::Month, u"month"},
    {BillingInterval::Year, u"year"},
}};

} // namespace

QString subscriptionStatusName(SubscriptionStatus status)
{
    for (const auto& [value, name] : kStatusNames) {
        if (value == status)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("unknown");
}

SubscriptionStatus subscriptionStatusFromName(QStringView name)
{
    for (const auto& [value, text] : kStatusNames) {
        if (name == QStringView(text))
            return value;
    }
    return SubscriptionStatus::Unknown;
}

QString billingIntervalName(BillingInterval interval)
{
    for (const auto& [value, name] : kIntervalNames) {
        if (value == interval)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("month");
}

std::optional<BillingInterval> billingIntervalFromName(QStringView name)
{
    for (const auto& [value, text] : kIntervalNames) {
        if (name == QStringView(text))
            return value;
    }
    return std::nullopt;
}

} // namespace Fleetdeck
