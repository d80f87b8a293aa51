#include "core/connectors/stripe/stripedecoder.h"

#include <nlohmann/json.hpp>
#include <string>

namespace Fleetdeck {

namespace {

using Json = nlohmann::json;

ApiError malformed(const QString& message)
{
    return ApiError::make(ApiError::Kind::Decode, message);
}

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const Json* member(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

QString stringMember(const Json& object, const char* key)
{
    const Json* value = member(object, key);
    return value && value->is_string() ? fromStd(value->get_ref<const std::string&>()) : QString();
}

std::optional<qint64> integerMember(const Json& object, const char* key)
{
    const Json* value = member(object, key);
    if (value && (value->is_number_integer() || value->is_number_unsigned()))
        return value->get<qint64>();
    if (value && value->is_number_float())
        return qint64(value->get<double>());
    return std::nullopt;
}

std::optional<double> numberMember(const Json& object, const char* key)
{
    const Json* value = member(object, key);
    if (value && value->is_number())
        return value->get<double>();
    return std::nullopt;
}

QDateTime timeMember(const Json& object, const char* key)
{
    const std::optional<qint64> seconds = integerMember(object, key);
    return seconds && *seconds > 0 ? QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC) : QDateTime();
}

// An id, whether the field holds the id or the expanded object.
QString idOf(const Json* value)
{
    if (!value)
        return {};
    if (value->is_string())
        return fromStd(value->get_ref<const std::string&>());
    return stringMember(*value, "id");
}

QString describe(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("the answer is empty");
    if (trimmed.startsWith('<'))
        return QStringLiteral(
            "the answer is an HTML page, not Stripe's API (a proxy in front of it, or the wrong URL?)");
    return QStringLiteral("the answer is malformed or truncated JSON (%1 bytes)").arg(body.size());
}

Result<Json> parseList(const QByteArray& body)
{
    Json root = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded())
        return Result<Json>::failure(malformed(describe(body)));
    if (const Json* error = member(root, "error"); error && error->is_object())
        return Result<Json>::failure(
            malformed(QStringLiteral("Stripe answered with an error: %1").arg(StripeDecoder::errorMessage(body))));
    const Json* data = member(root, "data");
    if (stringMember(root, "object") != QLatin1String("list") || !data || !data->is_array())
        return Result<Json>::failure(malformed(QStringLiteral("the answer is not a Stripe list (no \"data\" array)")));
    return Result<Json>(std::move(root));
}

std::optional<Coupon> couponFrom(const Json& object)
{
    if (!object.is_object())
        return std::nullopt;
    Coupon coupon;
    coupon.id = stringMember(object, "id");
    coupon.name = stringMember(object, "name");
    coupon.percentOff = numberMember(object, "percent_off");
    coupon.amountOffMinor = integerMember(object, "amount_off");
    coupon.currency = stringMember(object, "currency").toLower();
    const QString duration = stringMember(object, "duration");
    coupon.duration = duration == QLatin1String("forever") ? Coupon::Duration::Forever
        : duration == QLatin1String("repeating")           ? Coupon::Duration::Repeating
                                                           : Coupon::Duration::Once;
    coupon.durationInMonths = int(integerMember(object, "duration_in_months").value_or(0));
    return coupon;
}

// A discount: an id only (not expanded), or an object whose coupon is embedded (before clover) or under
// source.coupon (clover and later; an id or an object).
Discount discountFrom(const Json& value)
{
    Discount discount;
    if (value.is_string()) {
        discount.id = fromStd(value.get_ref<const std::string&>());
        return discount;
    }
    discount.id = stringMember(value, "id");
    discount.start = timeMember(value, "start");
    discount.end = timeMember(value, "end");
    const Json* coupon = member(value, "coupon");
    if (!coupon) {
        if (const Json* source = member(value, "source"))
            coupon = member(*source, "coupon");
    }
    discount.couponId = idOf(coupon);
    if (coupon && coupon->is_object())
        discount.coupon = couponFrom(*coupon);
    return discount;
}

QList<Discount> discountsFrom(const Json& object)
{
    QList<Discount> discounts;
    if (const Json* list = member(object, "discounts"); list && list->is_array()) {
        for (const Json& value : *list)
            discounts << discountFrom(value);
    } else if (const Json* single = member(object, "discount"); single && single->is_object()) {
        discounts << discountFrom(*single); // before basil
    }
    return discounts;
}

std::optional<SubscriptionItem> itemFrom(const Json& object, const QString& where, ApiError* error)
{
    if (!object.is_object()) {
        *error = malformed(QStringLiteral("%1 is not an object").arg(where));
        return std::nullopt;
    }
    SubscriptionItem item;
    item.id = stringMember(object, "id");
    if (const std::optional<qint64> quantity = integerMember(object, "quantity"))
        item.quantity = *quantity;
    item.periodStart = timeMember(object, "current_period_start");
    item.periodEnd = timeMember(object, "current_period_end");
    item.discounts = discountsFrom(object);
    const Json* price = member(object, "price");
    if (!price) // very old versions: `plan`
        price = member(object, "plan");
    if (!price || !price->is_object()) {
        *error = malformed(QStringLiteral("%1 has no price").arg(where));
        return std::nullopt;
    }
    RecurringPrice& p = item.price;
    p.id = stringMember(*price, "id");
    p.currency = stringMember(*price, "currency").toLower();
    p.unitAmountMinor = integerMember(*price, "unit_amount");
    if (!p.unitAmountMinor)
        p.unitAmountMinor = integerMember(*price, "amount"); // `plan`
    p.unitAmountDecimal = stringMember(*price, "unit_amount_decimal");
    p.tiered = stringMember(*price, "billing_scheme") == QLatin1String("tiered");
    p.product = idOf(member(*price, "product"));
    p.nickname = stringMember(*price, "nickname");
    const Json* recurring = member(*price, "recurring");
    const Json& cadence = recurring ? *recurring : *price; // `plan` keeps interval at its top level
    const QString interval = stringMember(cadence, "interval");
    const std::optional<BillingInterval> parsed = billingIntervalFromName(interval);
    if (!parsed) {
        *error = malformed(QStringLiteral("%1: the price is not recurring (interval \"%2\")").arg(where, interval));
        return std::nullopt;
    }
    p.interval = *parsed;
    p.intervalCount = int(std::max<qint64>(1, integerMember(cadence, "interval_count").value_or(1)));
    p.metered = stringMember(cadence, "usage_type") == QLatin1String("metered");
    return item;
}

} // namespace

QString StripeDecoder::errorMessage(const QByteArray& body)
{
    const Json root = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    const Json* error = root.is_discarded() ? nullptr : member(root, "error");
    if (!error || !error->is_object())
        return {};
    const QString message = stringMember(*error, "message");
    const QString code = stringMember(*error, "code");
    return code.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, code);
}

Result<StripePage<Subscription>> StripeDecoder::decodeSubscriptions(const QByteArray& body)
{
    using R = Result<StripePage<Subscription>>;
    Result<Json> parsed = parseList(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json& root = parsed.value();
    StripePage<Subscription> page;
    page.hasMore = member(root, "has_more") && member(root, "has_more")->is_boolean() && root["has_more"].get<bool>();
    int index = 0;
    for (const Json& object : root["data"]) {
        const QString where = QStringLiteral("subscription %1").arg(index++);
        if (!object.is_object())
            return R::failure(malformed(QStringLiteral("%1 is not an object").arg(where)));
        Subscription s;
        s.id = stringMember(object, "id");
        if (s.id.isEmpty())
            return R::failure(malformed(QStringLiteral("%1 has no id").arg(where)));
        s.customer = idOf(member(object, "customer"));
        s.currency = stringMember(object, "currency").toLower();
        s.status = subscriptionStatusFromName(stringMember(object, "status"));
        s.created = timeMember(object, "created");
        s.startDate = timeMember(object, "start_date");
        s.canceledAt = timeMember(object, "canceled_at");
        s.endedAt = timeMember(object, "ended_at");
        s.trialEnd = timeMember(object, "trial_end");
        if (const Json* cancel = member(object, "cancel_at_period_end"); cancel && cancel->is_boolean())
            s.cancelAtPeriodEnd = cancel->get<bool>();
        s.discounts = discountsFrom(object);
        const Json* items = member(object, "items");
        const Json* data = items ? member(*items, "data") : nullptr;
        if (!data || !data->is_array())
            return R::failure(malformed(QStringLiteral("%1 (%2) has no items list").arg(where, s.id)));
        if (const Json* more = member(*items, "has_more"); more && more->is_boolean())
            s.itemsHaveMore = more->get<bool>();
        // Before basil the period was the subscription's; give it to items that lack their own.
        const QDateTime periodStart = timeMember(object, "current_period_start");
        const QDateTime periodEnd = timeMember(object, "current_period_end");
        int itemIndex = 0;
        for (const Json& value : *data) {
            ApiError error;
            std::optional<SubscriptionItem> item =
                itemFrom(value, QStringLiteral("%1 (%2) item %3").arg(where, s.id).arg(itemIndex++), &error);
            if (!item)
                return R::failure(error);
            if (!item->periodStart.isValid())
                item->periodStart = periodStart;
            if (!item->periodEnd.isValid())
                item->periodEnd = periodEnd;
            s.items << std::move(*item);
        }
        page.lastId = s.id;
        page.items << std::move(s);
    }
    return R(std::move(page));
}

Result<StripePage<SubscriptionItem>> StripeDecoder::decodeSubscriptionItems(const QByteArray& body)
{
    using R = Result<StripePage<SubscriptionItem>>;
    Result<Json> parsed = parseList(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json& root = parsed.value();
    StripePage<SubscriptionItem> page;
    page.hasMore = member(root, "has_more") && root["has_more"].is_boolean() && root["has_more"].get<bool>();
    int index = 0;
    for (const Json& value : root["data"]) {
        ApiError error;
        std::optional<SubscriptionItem> item = itemFrom(value, QStringLiteral("item %1").arg(index++), &error);
        if (!item)
            return R::failure(error);
        page.lastId = item->id;
        page.items << std::move(*item);
    }
    return R(std::move(page));
}

Result<StripePage<Coupon>> StripeDecoder::decodeCoupons(const QByteArray& body)
{
    using R = Result<StripePage<Coupon>>;
    Result<Json> parsed = parseList(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json& root = parsed.value();
    StripePage<Coupon> page;
    page.hasMore = member(root, "has_more") && root["has_more"].is_boolean() && root["has_more"].get<bool>();
    for (const Json& value : root["data"]) {
        std::optional<Coupon> coupon = couponFrom(value);
        if (!coupon || coupon->id.isEmpty())
            return R::failure(malformed(QStringLiteral("a coupon is not an object with an id")));
        page.lastId = coupon->id;
        page.items << std::move(*coupon);
    }
    return R(std::move(page));
}

Result<StripePage<OpenInvoice>> StripeDecoder::decodeInvoices(const QByteArray& body)
{
    using R = Result<StripePage<OpenInvoice>>;
    Result<Json> parsed = parseList(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json& root = parsed.value();
    StripePage<OpenInvoice> page;
    page.hasMore = member(root, "has_more") && root["has_more"].is_boolean() && root["has_more"].get<bool>();
    int index = 0;
    for (const Json& value : root["data"]) {
        const QString where = QStringLiteral("invoice %1").arg(index++);
        if (!value.is_object() || stringMember(value, "id").isEmpty())
            return R::failure(malformed(QStringLiteral("%1 is not an object with an id").arg(where)));
        OpenInvoice invoice;
        invoice.id = stringMember(value, "id");
        invoice.number = stringMember(value, "number");
        invoice.customer = idOf(member(value, "customer"));
        invoice.currency = stringMember(value, "currency").toLower();
        invoice.amountDueMinor = integerMember(value, "amount_due").value_or(0);
        invoice.amountRemainingMinor = integerMember(value, "amount_remaining").value_or(invoice.amountDueMinor);
        invoice.created = timeMember(value, "created");
        invoice.dueDate = timeMember(value, "due_date");
        invoice.nextPaymentAttempt = timeMember(value, "next_payment_attempt");
        invoice.attemptCount = int(integerMember(value, "attempt_count").value_or(0));
        invoice.hostedUrl = stringMember(value, "hosted_invoice_url");
        invoice.chargedAutomatically = stringMember(value, "collection_method") != QLatin1String("send_invoice");
        // basil moved the subscription under parent.subscription_details; older versions have it at the top.
        invoice.subscription = idOf(member(value, "subscription"));
        if (invoice.subscription.isEmpty()) {
            if (const Json* parent = member(value, "parent")) {
                if (const Json* details = member(*parent, "subscription_details"))
                    invoice.subscription = idOf(member(*details, "subscription"));
            }
        }
        page.lastId = invoice.id;
        page.items << std::move(invoice);
    }
    return R(std::move(page));
}

} // namespace Fleetdeck
