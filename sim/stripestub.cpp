#include "sim/stripestub.h"

#include "sim/jsonwriter.h"
#include "sim/router.h"
#include "sim/simbilling.h"
#include "sim/simcontext.h"
#include "sim/upstreamerrors.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Fleetdeck::Sim {

namespace {

// Stripe's own redaction of a key in its error message: the first 8 characters and the last 4.
QString redacted(const QString& key)
{
    if (key.size() <= 12)
        return QString(key.size(), QLatin1Char('*'));
    return key.left(8) + QString(key.size() - 12, QLatin1Char('*')) + key.right(4);
}

std::optional<SimResponse> checkAuth(const SimRequest& request, const QByteArray& secret)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return UpstreamErrors::error(Upstream::Stripe, 401,
            QStringLiteral("You did not provide an API key. You need to provide your API key in the Authorization "
                           "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
                           "https://stripe.com/docs/api#authentication for details, or we can help at "
                           "https://support.stripe.com/."));
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    const QByteArray key = authorization.startsWith(prefix) ? authorization.mid(prefix.size()) : authorization;
    if (key != secret)
        return UpstreamErrors::error(
            Upstream::Stripe, 401, QStringLiteral("Invalid API Key provided: ") + redacted(QString::fromUtf8(key)));
    return std::nullopt;
}

// Stripe's invalid_request_error with its machine-readable `code` and the offending `param`.
SimResponse requestError(int status, const QString& message, const QString& code, const QString& param)
{
    SimResponse response = UpstreamErrors::error(Upstream::Stripe, status, message);
    QJsonObject root = QJsonDocument::fromJson(response.body).object();
    QJsonObject error = root.value(QLatin1String("error")).toObject();
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("param"), param);
    error.insert(QStringLiteral("doc_url"),
        QString(QStringLiteral("https://stripe.com/docs/error-codes/")
            + QString(code).replace(QLatin1Char('_'), QLatin1Char('-'))));
    root.insert(QStringLiteral("error"), error);
    response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return response;
}

void optionalInteger(JsonWriter& w, const char* key, const std::optional<qint64>& value)
{
    w.key(key);
    if (value)
        w.integer(*value);
    else
        w.null();
}

void optionalString(JsonWriter& w, const char* key, const QString& value)
{
    w.key(key);
    if (value.isEmpty())
        w.null();
    else
        w.string(value);
}

void emptyObject(JsonWriter& w, const char* key)
{
    w.key(key);
    w.beginObject();
    w.endObject();
}

// What a list request asked for: its page and its expansions.
struct ListQuery
{
    int limit = 10;
    QString startingAfter;
    QString endingBefore;
    QStringList expand;

    [[nodiscard]] bool expands(const char* path) const { return expand.contains(QLatin1String(path)); }
};

std::optional<SimResponse> parseListQuery(const SimRequest& request, ListQuery* query)
{
    bool present = false;
    const QString limit = request.formValue(QStringLiteral("limit"), &present);
    if (present) {
        bool ok = false;
        query->limit = limit.toInt(&ok);
        if (!ok || query->limit < 1 || query->limit > 100)
            return requestError(400,
                QStringLiteral("Invalid integer: ") + limit + QStringLiteral(" (limit must be between 1 and 100)"),
                QStringLiteral("parameter_invalid_integer"), QStringLiteral("limit"));
    }
    query->startingAfter = request.formValue(QStringLiteral("starting_after"));
    query->endingBefore = request.formValue(QStringLiteral("ending_before"));
    query->expand = request.formValues(QStringLiteral("expand[]")) + request.formValues(QStringLiteral("expand"));
    return std::nullopt;
}

// One page of a list held in Stripe's order. `indexOf` finds a cursor's position (-1 when unknown), `matches`
// applies the filters, `write` writes one object.
struct ListSource
{
    QString url; // "/v1/subscriptions"
    QString noun; // "subscription", for "No such subscription: 'sub_x'"
    int count = 0;
    std::function<int(const QString&)> indexOf;
    std::function<bool(int)> matches;
    std::function<void(JsonWriter&, int)> write;
};

SimResponse listPage(const ListQuery& query, const ListSource& source)
{
    const QString& cursor = query.startingAfter.isEmpty() ? query.endingBefore : query.startingAfter;
    const QString cursorParam =
        query.startingAfter.isEmpty() ? QStringLiteral("ending_before") : QStringLiteral("starting_after");
    int position = -1;
    if (!cursor.isEmpty()) {
        position = source.indexOf(cursor);
        if (position < 0)
            return requestError(400, QStringLiteral("No such %1: '%2'").arg(source.noun, cursor),
                QStringLiteral("resource_missing"), cursorParam);
    }
    std::vector<int> picked;
    bool hasMore = false;
    const auto take = [&](int index) {
        if (!source.matches(index))
            return true;
        if (int(picked.size()) == query.limit) {
            hasMore = true;
            return false;
        }
        picked.push_back(index);
        return true;
    };
    if (query.startingAfter.isEmpty() && !query.endingBefore.isEmpty()) {
        // ending_before: the objects just before the cursor, still listed in Stripe's order.
        for (int i = position - 1; i >= 0 && take(i); --i) { }
        std::reverse(picked.begin(), picked.end());
    } else {
        for (int i = position + 1; i < source.count && take(i); ++i) { }
    }
    JsonWriter w;
    w.beginObject();
    w.key("object");
    w.string("list");
    w.key("data");
    w.beginArray();
    for (int index : picked)
        source.write(w, index);
    w.endArray();
    w.key("has_more");
    w.boolean(hasMore);
    w.key("url");
    w.string(source.url);
    w.endObject();
    return SimResponse::json(w.take());
}

// Shared by every route: the book, the customers in Stripe's order, and the Request-Id counter.
struct StripeState
{
    const SimContext* context = nullptr;
    QByteArray secret;
    std::vector<int> customerOrder; // tenant indexes, newest customer first
    QHash<QString, int> customerPosition; // cus_… -> position in customerOrder
    QSet<QString> delinquent; // customers with an unpaid invoice past its due date or a failed payment
    QHash<QString, int> redemptions; // coupon id -> subscriptions it was applied to
    quint64 requests = 0;

    [[nodiscard]] const SimBilling& book() const { return context->billing; }
    [[nodiscard]] const SimTenant& tenant(int index) const { return context->fleet.tenants().at(index); }

    // Stripe's request ids look like req_ + 14 characters; these count.
    SimResponse finish(SimResponse response)
    {
        ++requests;
        response.headers.removeIf([](const QPair<QByteArray, QByteArray>& header) {
            return header.first.compare("Request-Id", Qt::CaseInsensitive) == 0;
        });
        response.headers.append({QByteArrayLiteral("Request-Id"),
            QByteArrayLiteral("req_sim") + QByteArray::number(requests).rightJustified(10, '0')});
        return response;
    }

    void writeCustomer(JsonWriter& w, int tenantIndex) const
    {
        const SimTenant& t = tenant(tenantIndex);
        w.beginObject();
        w.key("id");
        w.string(t.stripeCustomer);
        w.key("object");
        w.string("customer");
        w.key("created");
        w.integer(t.createdSecs);
        w.key("currency");
        w.string(book().currencyOf(tenantIndex));
        w.key("delinquent");
        w.boolean(delinquent.contains(t.stripeCustomer));
        w.key("description");
        w.null();
        w.key("email");
        w.string(t.contact);
        w.key("livemode");
        w.boolean(false);
        w.key("metadata");
        w.beginObject();
        w.key("tenant");
        w.string(t.slug);
        w.endObject();
        w.key("name");
        w.string(t.name);
        w.endObject();
    }

    void writePrice(JsonWriter& w, const SimPrice& p) const
    {
        w.beginObject();
        w.key("id");
        w.string(p.id);
        w.key("object");
        w.string("price");
        w.key("active");
        w.boolean(true);
        w.key("billing_scheme");
        w.string("per_unit");
        w.key("created");
        w.integer(p.created);
        w.key("currency");
        w.string(p.currency);
        w.key("custom_unit_amount");
        w.null();
        w.key("livemode");
        w.boolean(false);
        w.key("lookup_key");
        w.string(p.lookupKey);
        emptyObject(w, "metadata");
        w.key("nickname");
        w.string(p.nickname);
        w.key("product");
        w.string(p.product);
        w.key("recurring");
        w.beginObject();
        w.key("interval");
        w.string(p.interval);
        w.key("interval_count");
        w.integer(p.intervalCount);
        w.key("meter");
        if (p.metered)
            w.string(QString(QStringLiteral("mtr_") + p.id.mid(7, 16))); // usage-based prices bill a meter's events
        else
            w.null();
        w.key("trial_period_days");
        w.null();
        w.key("usage_type");
        w.string(p.metered ? "metered" : "licensed");
        w.endObject();
        w.key("tax_behavior");
        w.string("unspecified");
        w.key("tiers_mode");
        w.null();
        w.key("transform_quantity");
        w.null();
        w.key("type");
        w.string("recurring");
        w.key("unit_amount");
        w.integer(p.unitAmount);
        w.key("unit_amount_decimal");
        w.string(QString::number(p.unitAmount));
        w.endObject();
    }

    void writeItem(JsonWriter& w, const SimSubscription& s, const SimSubscriptionItem& item) const
    {
        w.beginObject();
        w.key("id");
        w.string(item.id);
        w.key("object");
        w.string("subscription_item");
        w.key("billing_thresholds");
        w.null();
        w.key("created");
        w.integer(item.created);
        w.key("current_period_end");
        w.integer(item.periodEnd);
        w.key("current_period_start");
        w.integer(item.periodStart);
        w.key("discounts");
        w.beginArray();
        w.endArray();
        emptyObject(w, "metadata");
        w.key("price");
        writePrice(w, book().price(item));
        if (item.quantity) { // Stripe leaves it out for metered prices
            w.key("quantity");
            w.integer(*item.quantity);
        }
        w.key("subscription");
        w.string(s.id);
        w.key("tax_rates");
        w.beginArray();
        w.endArray();
        w.endObject();
    }

    void writeDiscount(JsonWriter& w, const SimSubscription& s, const SimDiscount& d) const
    {
        w.beginObject();
        w.key("id");
        w.string(d.id);
        w.key("object");
        w.string("discount");
        w.key("checkout_session");
        w.null();
        w.key("customer");
        w.string(s.customer);
        optionalInteger(w, "end", d.end);
        w.key("invoice");
        w.null();
        w.key("invoice_item");
        w.null();
        w.key("promotion_code");
        w.null();
        w.key("source");
        w.beginObject();
        w.key("coupon");
        w.string(d.coupon);
        w.key("type");
        w.string("coupon");
        w.endObject();
        w.key("start");
        w.integer(d.start);
        w.key("subscription");
        w.string(s.id);
        w.key("subscription_item");
        w.null();
        w.endObject();
    }

    void writeSubscription(JsonWriter& w, const SimSubscription& s, const ListQuery& query) const
    {
        const bool canceled = s.status == QLatin1String("canceled");
        w.beginObject();
        w.key("id");
        w.string(s.id);
        w.key("object");
        w.string("subscription");
        w.key("application");
        w.null();
        w.key("application_fee_percent");
        w.null();
        w.key("automatic_tax");
        w.beginObject();
        w.key("disabled_reason");
        w.null();
        w.key("enabled");
        w.boolean(false);
        w.key("liability");
        w.null();
        w.endObject();
        w.key("billing_cycle_anchor");
        w.integer(s.billingCycleAnchor);
        optionalInteger(w, "cancel_at", s.cancelAt);
        w.key("cancel_at_period_end");
        w.boolean(s.cancelAtPeriodEnd);
        optionalInteger(w, "canceled_at", s.canceledAt);
        w.key("cancellation_details");
        w.beginObject();
        w.key("comment");
        w.null();
        w.key("feedback");
        if (s.story == SimBillingStory::Churned)
            w.string("switched_service");
        else
            w.null();
        w.key("reason");
        if (canceled || s.cancelAtPeriodEnd)
            w.string("cancellation_requested");
        else
            w.null();
        w.endObject();
        w.key("collection_method");
        w.string(s.collectionMethod);
        w.key("created");
        w.integer(s.created);
        w.key("currency");
        w.string(s.currency);
        w.key("customer");
        if (query.expands("data.customer"))
            writeCustomer(w, s.tenantIndex);
        else
            w.string(s.customer);
        w.key("days_until_due");
        if (s.daysUntilDue)
            w.integer(*s.daysUntilDue);
        else
            w.null();
        w.key("default_payment_method");
        w.null();
        w.key("description");
        w.null();
        w.key("discounts");
        w.beginArray();
        const bool expandDiscounts = query.expands("data.discounts");
        for (const SimDiscount& d : s.discounts) {
            if (expandDiscounts)
                writeDiscount(w, s, d);
            else
                w.string(d.id);
        }
        w.endArray();
        optionalInteger(w, "ended_at", s.endedAt);
        w.key("items");
        w.beginObject();
        w.key("object");
        w.string("list");
        w.key("data");
        w.beginArray();
        const int embedded = std::min<int>(int(s.items.size()), SimBilling::kEmbeddedItems);
        for (int i = 0; i < embedded; ++i)
            writeItem(w, s, s.items.at(i));
        w.endArray();
        w.key("has_more");
        w.boolean(embedded < s.items.size());
        w.key("total_count");
        w.integer(s.items.size());
        w.key("url");
        w.string(QString(QStringLiteral("/v1/subscription_items?subscription=") + s.id));
        w.endObject();
        optionalString(w, "latest_invoice", s.latestInvoice);
        w.key("livemode");
        w.boolean(false);
        w.key("metadata");
        w.beginObject();
        w.key("tenant");
        w.string(tenant(s.tenantIndex).slug);
        w.endObject();
        w.key("pause_collection");
        w.null();
        w.key("start_date");
        w.integer(s.startDate);
        w.key("status");
        w.string(s.status);
        optionalInteger(w, "trial_end", s.trialEnd);
        optionalInteger(w, "trial_start", s.trialStart);
        w.endObject();
    }

    void writeInvoice(JsonWriter& w, const SimInvoice& invoice, const ListQuery& query) const
    {
        const bool paid = invoice.status == QLatin1String("paid");
        w.beginObject();
        w.key("id");
        w.string(invoice.id);
        w.key("object");
        w.string("invoice");
        w.key("account_country");
        w.string("US");
        w.key("account_name");
        w.string("Fleetdeck (simulated)");
        w.key("amount_due");
        w.integer(invoice.amountDue);
        w.key("amount_paid");
        w.integer(invoice.amountPaid);
        w.key("amount_remaining");
        w.integer(invoice.amountRemaining);
        w.key("attempt_count");
        w.integer(invoice.attemptCount);
        w.key("attempted");
        w.boolean(invoice.attemptCount > 0);
        w.key("auto_advance");
        w.boolean(!paid && invoice.collectionMethod == QLatin1String("charge_automatically")
            && invoice.nextPaymentAttempt.has_value());
        w.key("billing_reason");
        w.string("subscription_cycle");
        w.key("collection_method");
        w.string(invoice.collectionMethod);
        w.key("created");
        w.integer(invoice.created);
        w.key("currency");
        w.string(invoice.currency);
        w.key("customer");
        const int tenantIndex = customerPosition.contains(invoice.customer)
            ? customerOrder[std::size_t(customerPosition.value(invoice.customer))]
            : -1;
        if (query.expands("data.customer") && tenantIndex >= 0)
            writeCustomer(w, tenantIndex);
        else
            w.string(invoice.customer);
        w.key("customer_email");
        w.string(invoice.customerEmail);
        w.key("customer_name");
        w.string(invoice.customerName);
        optionalInteger(w, "due_date", invoice.dueDate);
        w.key("hosted_invoice_url");
        w.string(invoice.hostedInvoiceUrl);
        w.key("invoice_pdf");
        w.string(QString(invoice.hostedInvoiceUrl + QStringLiteral("/pdf")));
        w.key("livemode");
        w.boolean(false);
        optionalInteger(w, "next_payment_attempt", invoice.nextPaymentAttempt);
        w.key("number");
        w.string(invoice.number);
        w.key("parent");
        if (invoice.subscription.isEmpty()) {
            w.null();
        } else {
            w.beginObject();
            w.key("quote_details");
            w.null();
            w.key("subscription_details");
            w.beginObject();
            emptyObject(w, "metadata");
            w.key("subscription");
            w.string(invoice.subscription);
            w.endObject();
            w.key("type");
            w.string("subscription_details");
            w.endObject();
        }
        w.key("period_end");
        w.integer(invoice.periodEnd);
        w.key("period_start");
        w.integer(invoice.periodStart);
        w.key("status");
        w.string(invoice.status);
        w.key("subtotal");
        w.integer(invoice.amountDue);
        w.key("total");
        w.integer(invoice.amountDue);
        w.endObject();
    }

    void writeCoupon(JsonWriter& w, const SimCoupon& c) const
    {
        w.beginObject();
        w.key("id");
        w.string(c.id);
        w.key("object");
        w.string("coupon");
        optionalInteger(w, "amount_off", c.amountOff);
        w.key("created");
        w.integer(c.created);
        optionalString(w, "currency", c.currency);
        w.key("duration");
        w.string(c.duration);
        w.key("duration_in_months");
        if (c.durationInMonths > 0)
            w.integer(c.durationInMonths);
        else
            w.null();
        w.key("livemode");
        w.boolean(false);
        w.key("max_redemptions");
        w.null();
        emptyObject(w, "metadata");
        w.key("name");
        w.string(c.name);
        w.key("percent_off");
        if (c.percentOff)
            w.number(*c.percentOff);
        else
            w.null();
        w.key("redeem_by");
        w.null();
        w.key("times_redeemed");
        w.integer(redemptions.value(c.id));
        w.key("valid");
        w.boolean(true);
        w.endObject();
    }
};

const QStringList& subscriptionStatuses()
{
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("past_due"), QStringLiteral("unpaid"),
        QStringLiteral("canceled"), QStringLiteral("incomplete"), QStringLiteral("incomplete_expired"),
        QStringLiteral("trialing"), QStringLiteral("paused"), QStringLiteral("all"), QStringLiteral("ended")};
    return statuses;
}

const QStringList& invoiceStatuses()
{
    static const QStringList statuses{QStringLiteral("draft"), QStringLiteral("open"), QStringLiteral("paid"),
        QStringLiteral("uncollectible"), QStringLiteral("void")};
    return statuses;
}

std::optional<SimResponse> checkEnum(const QString& param, const QString& value, const QStringList& allowed)
{
    if (value.isEmpty() || allowed.contains(value))
        return std::nullopt;
    return requestError(400,
        QStringLiteral("Invalid %1: must be one of %2").arg(param, allowed.join(QStringLiteral(", "))),
        QStringLiteral("parameter_invalid_string"), param);
}

} // namespace

void StripeStub::install(Router& router, SimContext& context)
{
    auto state = std::make_shared<StripeState>();
    state->context = &context;
    state->secret = context.options.secret.toUtf8();

    // Customers newest first, as Stripe lists them.
    const QList<SimTenant>& tenants = context.fleet.tenants();
    state->customerOrder.resize(std::size_t(tenants.size()));
    for (std::size_t i = 0; i < state->customerOrder.size(); ++i)
        state->customerOrder[i] = int(i);
    std::sort(state->customerOrder.begin(), state->customerOrder.end(), [&tenants](int a, int b) {
        if (tenants[a].createdSecs != tenants[b].createdSecs)
            return tenants[a].createdSecs > tenants[b].createdSecs;
        return tenants[a].stripeCustomer < tenants[b].stripeCustomer;
    });
    state->customerPosition.reserve(tenants.size());
    for (std::size_t i = 0; i < state->customerOrder.size(); ++i)
        state->customerPosition.insert(tenants[state->customerOrder[i]].stripeCustomer, int(i));
    const qint64 startedAt = context.billing.generatedAt();
    for (const SimInvoice& invoice : context.billing.invoices()) {
        if (invoice.status == QLatin1String("open")
            && (invoice.attemptCount > 0 || (invoice.dueDate && *invoice.dueDate < startedAt)))
            state->delinquent.insert(invoice.customer);
    }
    for (const SimSubscription& subscription : context.billing.subscriptions()) {
        for (const SimDiscount& discount : subscription.discounts)
            ++state->redemptions[discount.coupon];
    }

    // Authenticates, answers, stamps the Request-Id.
    const auto route = [&router, state](const QString& path,
                           std::function<SimResponse(StripeState&, const SimRequest&, const ListQuery&)> handler) {
        router.get(path, [state, handler](const SimRequest& request, const QStringList&) {
            if (std::optional<SimResponse> denied = checkAuth(request, state->secret))
                return state->finish(*denied);
            ListQuery query;
            if (std::optional<SimResponse> invalid = parseListQuery(request, &query))
                return state->finish(*invalid);
            return state->finish(handler(*state, request, query));
        });
    };

    route(QStringLiteral("/stripe/v1/customers"), [](StripeState& s, const SimRequest&, const ListQuery& query) {
        ListSource source;
        source.url = QStringLiteral("/v1/customers");
        source.noun = QStringLiteral("customer");
        source.count = int(s.customerOrder.size());
        source.indexOf = [&s](const QString& id) {
            return s.customerPosition.value(id, -1);
        };
        source.matches = [](int) {
            return true;
        };
        source.write = [&s](JsonWriter& w, int i) {
            s.writeCustomer(w, s.customerOrder[std::size_t(i)]);
        };
        return listPage(query, source);
    });

    route(QStringLiteral("/stripe/v1/subscriptions"),
        [](StripeState& s, const SimRequest& request, const ListQuery& query) {
            const QString status = request.formValue(QStringLiteral("status"));
            const QString customer = request.formValue(QStringLiteral("customer"));
            const QString collection = request.formValue(QStringLiteral("collection_method"));
            const QString price = request.formValue(QStringLiteral("price"));
            if (std::optional<SimResponse> invalid =
                    checkEnum(QStringLiteral("status"), status, subscriptionStatuses()))
                return *invalid;
            const SimBilling& book = s.book();
            ListSource source;
            source.url = QStringLiteral("/v1/subscriptions");
            source.noun = QStringLiteral("subscription");
            source.count = int(book.subscriptions().size());
            source.indexOf = [&book](const QString& id) {
                return book.subscriptionIndex(id);
            };
            source.matches = [&](int i) {
                const SimSubscription& sub = book.subscriptions()[std::size_t(i)];
                if (status.isEmpty()) {
                    if (sub.status == QLatin1String("canceled"))
                        return false;
                } else if (status == QLatin1String("ended")) {
                    if (sub.status != QLatin1String("canceled") && sub.status != QLatin1String("incomplete_expired"))
                        return false;
                } else if (status != QLatin1String("all") && sub.status != status) {
                    return false;
                }
                if (!customer.isEmpty() && sub.customer != customer)
                    return false;
                if (!collection.isEmpty() && sub.collectionMethod != collection)
                    return false;
                if (!price.isEmpty()
                    && std::none_of(sub.items.cbegin(), sub.items.cend(),
                        [&](const SimSubscriptionItem& item) { return book.price(item).id == price; }))
                    return false;
                return true;
            };
            source.write = [&](JsonWriter& w, int i) {
                s.writeSubscription(w, book.subscriptions()[std::size_t(i)], query);
            };
            return listPage(query, source);
        });

    route(QStringLiteral("/stripe/v1/subscription_items"),
        [](StripeState& s, const SimRequest& request, const ListQuery& query) {
            const QString id = request.formValue(QStringLiteral("subscription"));
            if (id.isEmpty())
                return requestError(400, QStringLiteral("Missing required param: subscription."),
                    QStringLiteral("parameter_missing"), QStringLiteral("subscription"));
            const SimSubscription* sub = s.book().subscription(id);
            if (!sub)
                return requestError(404, QStringLiteral("No such subscription: '%1'").arg(id),
                    QStringLiteral("resource_missing"), QStringLiteral("subscription"));
            ListSource source;
            source.url = QStringLiteral("/v1/subscription_items");
            source.noun = QStringLiteral("subscription item");
            source.count = int(sub->items.size());
            source.indexOf = [sub](const QString& itemId) {
                for (qsizetype i = 0; i < sub->items.size(); ++i) {
                    if (sub->items.at(i).id == itemId)
                        return int(i);
                }
                return -1;
            };
            source.matches = [](int) {
                return true;
            };
            source.write = [&s, sub](JsonWriter& w, int i) {
                s.writeItem(w, *sub, sub->items.at(i));
            };
            return listPage(query, source);
        });

    route(QStringLiteral("/stripe/v1/invoices"), [](StripeState& s, const SimRequest& request, const ListQuery& query) {
        const QString status = request.formValue(QStringLiteral("status"));
        const QString customer = request.formValue(QStringLiteral("customer"));
        const QString subscription = request.formValue(QStringLiteral("subscription"));
        const QString collection = request.formValue(QStringLiteral("collection_method"));
        if (std::optional<SimResponse> invalid = checkEnum(QStringLiteral("status"), status, invoiceStatuses()))
            return *invalid;
        const SimBilling& book = s.book();
        ListSource source;
        source.url = QStringLiteral("/v1/invoices");
        source.noun = QStringLiteral("invoice");
        source.count = int(book.invoices().size());
        source.indexOf = [&book](const QString& id) {
            return book.invoiceIndex(id);
        };
        source.matches = [&](int i) {
            const SimInvoice& invoice = book.invoices()[std::size_t(i)];
            return (status.isEmpty() || invoice.status == status)
                && (customer.isEmpty() || invoice.customer == customer)
                && (subscription.isEmpty() || invoice.subscription == subscription)
                && (collection.isEmpty() || invoice.collectionMethod == collection);
        };
        source.write = [&](JsonWriter& w, int i) {
            s.writeInvoice(w, book.invoices()[std::size_t(i)], query);
        };
        return listPage(query, source);
    });

    route(QStringLiteral("/stripe/v1/coupons"), [](StripeState& s, const SimRequest&, const ListQuery& query) {
        const std::vector<SimCoupon>& coupons = s.book().coupons();
        ListSource source;
        source.url = QStringLiteral("/v1/coupons");
        source.noun = QStringLiteral("coupon");
        source.count = int(coupons.size());
        source.indexOf = [&coupons](const QString& id) {
            const auto it = std::find_if(
                coupons.cbegin(), coupons.cend(), [&id](const SimCoupon& coupon) { return coupon.id == id; });
            return it == coupons.cend() ? -1 : int(it - coupons.cbegin());
        };
        source.matches = [](int) {
            return true;
        };
        source.write = [&s, &coupons](JsonWriter& w, int i) {
            s.writeCoupon(w, coupons[std::size_t(i)]);
        };
        return listPage(query, source);
    });
}

} // namespace Fleetdeck::Sim
