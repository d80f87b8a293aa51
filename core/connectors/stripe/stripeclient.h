#pragma once

#include "core/connectors/stripe/stripedecoder.h"
#include "core/net/httpclient.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace Fleetdeck {

// Everything the revenue view needs from Stripe, read in one sync.
struct StripeBook
{
    QList<Subscription> subscriptions; // every status, items complete
    QHash<QString, Coupon> coupons; // by id
    QList<OpenInvoice> openInvoices;
    int requests = 0; // how many pages it took
};

// Stripe's read API over the shared HttpClient: a restricted read-only key (`rk_…`) as a Bearer token, the API
// version pinned with Stripe-Version, every list read to its end (limit 100, starting_after), one page at a time
// and at most `maxRequestsPerSecond` (Stripe allows 25 per endpoint), so a book of 5,000 subscriptions never
// trips its rate limit. 429s and Stripe-Should-Retry are honoured by HttpClient's retry policy.
//
// Callbacks run on `context`'s thread, never inside the call, and not at all once `context` is destroyed.
class StripeClient
{
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    static constexpr const char* kApiVersion = "2026-10-28.endive";

    struct Options
    {
        QUrl url; // https://api.stripe.com (the client adds /v1/…)
        QByteArray apiKey; // a value, never logged
        QByteArray apiVersion = kApiVersion;
        std::chrono::milliseconds timeout{20000};
        int maxRetries = 3;
        int pageSize = 100;
        int maxRequestsPerSecond = 20;
    };

    StripeClient(HttpClient* http, Options options);
    [[nodiscard]] const Options& options() const { return m_options; }

    // GET /v1/subscriptions?status=all&expand[]=data.discounts, every page; items of a subscription whose embedded
    // list was cut are completed from /v1/subscription_items.
    void subscriptions(const QObject* context, Callback<QList<Subscription>> callback);
    // GET /v1/coupons, every page.
    void coupons(const QObject* context, Callback<QList<Coupon>> callback);
    // GET /v1/invoices?status=open, every page.
    void openInvoices(const QObject* context, Callback<QList<OpenInvoice>> callback);
    // The three above, one after the other.
    void book(const QObject* context, Callback<StripeBook> callback);

    // "sk_live_…" is a full secret key; Fleetdeck only reads and recommends a restricted "rk_…" key.
    static bool isRestrictedKey(const QByteArray& key) { return key.startsWith("rk_"); }

private:
    template <typename T>
    void listAll(const QString& path, const QList<QPair<QString, QString>>& query,
        std::function<Result<StripePage<T>>(const QByteArray&)> decode, const QObject* context,
        Callback<QList<T>> callback);
    Result<HttpRequest> request(const QString& path, const QList<QPair<QString, QString>>& query) const;

    HttpClient* m_http;
    Options m_options;
    int m_requests = 0;
};

} // namespace Fleetdeck
