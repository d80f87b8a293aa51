#pragma once

#include "core/domain/subscription.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Fleetdeck {

// One page of a Stripe list: {"object":"list","data":[…],"has_more":…}. Pass the last id as starting_after
// to get the next page while hasMore.
template <typename T> struct StripePage
{
    QList<T> items;
    bool hasMore = false;
    QString lastId;
};

// Pure functions from Stripe's bodies to domain values. Nothing throws. Tolerates the shapes of the API versions
// Fleetdeck meets: subscription-level current_period_* (before basil) or item-level ones; the singular
// `discount` with an embedded coupon (before basil) or `discounts[]` as ids or objects whose coupon is embedded
// (basil) or under `source.coupon` (clover and later).
class StripeDecoder
{
public:
    static Result<StripePage<Subscription>> decodeSubscriptions(const QByteArray& body);
    // GET /v1/subscription_items?subscription=…: the rest of a subscription's items when its embedded list was cut.
    static Result<StripePage<SubscriptionItem>> decodeSubscriptionItems(const QByteArray& body);
    static Result<StripePage<Coupon>> decodeCoupons(const QByteArray& body);
    static Result<StripePage<OpenInvoice>> decodeInvoices(const QByteArray& body);
    // {"error":{"type","code","message"}} -> "message (code)"; empty when the body is not Stripe's error.
    static QString errorMessage(const QByteArray& body);
};

} // namespace Fleetdeck
