#include "core/connectors/stripe/stripeclient.h"

#include "core/connectors/connectorsupport.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Fleetdeck {

namespace {

const QString kSource = QStringLiteral("Stripe");

QByteArray queryEncode(const QList<QPair<QString, QString>>& parameters)
{
    QByteArray encoded;
    for (const auto& [name, value] : parameters) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

ApiError explained(ApiError error)
{
    error.source = kSource;
    return error;
}

} // namespace

StripeClient::StripeClient(HttpClient* http, Options options)
    : m_http(http)
    , m_options(std::move(options))
{
}

Result<HttpRequest> StripeClient::request(const QString& path, const QList<QPair<QString, QString>>& query) const
{
    const QUrl& base = m_options.url;
    const QString scheme = base.scheme().toLower();
    if (base.isEmpty() || !base.isValid() || base.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Result<HttpRequest>::failure(ConnectorSupport::configError(kSource,
            QCoreApplication::translate("StripeClient",
                "\"%1\" is not an http:// or https:// address; Stripe's is "
                "https://api.stripe.com")
                .arg(base.toString())));
    if (m_options.apiKey.isEmpty())
        return Result<HttpRequest>::failure(ConnectorSupport::configError(kSource,
            QCoreApplication::translate(
                "StripeClient", "no API key is stored; store a restricted read-only key (rk_…) in the profile")));
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(queryEncode(query)), QUrl::StrictMode);
    HttpRequest r;
    r.url = url;
    r.source = kSource;
    r.timeout = m_options.timeout;
    r.maxRetries = std::max(0, m_options.maxRetries);
    r.credential = Credential::bearer(m_options.apiKey);
    r.headers.append({QByteArrayLiteral("Stripe-Version"), m_options.apiVersion});
    return Result<HttpRequest>(std::move(r));
}

template <typename T>
void StripeClient::listAll(const QString& path, const QList<QPair<QString, QString>>& query,
    std::function<Result<StripePage<T>>(const QByteArray&)> decode, const QObject* context, Callback<QList<T>> callback)
{
    struct State
    {
        QList<T> items;
        QString after;
        QElapsedTimer sinceLast;
    };
    auto state = std::make_shared<State>();
    QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto spacing = std::chrono::milliseconds(1000 / std::max(1, m_options.maxRequestsPerSecond));
    // The step holds itself only through the request in flight (a weak reference otherwise), so nothing leaks.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, path, query, decode, guard, hasContext, callback, state, weak = std::weak_ptr(next), spacing] {
        const std::shared_ptr<std::function<void()>> self = weak.lock();
        if ((hasContext && !guard) || !self)
            return;
        QList<QPair<QString, QString>> parameters = query;
        parameters.append({QStringLiteral("limit"), QString::number(std::clamp(m_options.pageSize, 1, 100))});
        if (!state->after.isEmpty())
            parameters.append({QStringLiteral("starting_after"), state->after});
        Result<HttpRequest> built = request(path, parameters);
        if (!built) {
            ConnectorSupport::failLater<QList<T>>(m_http, guard.data(), callback, built.error());
            return;
        }
        ++m_requests;
        state->sinceLast.start();
        m_http->send(std::move(built).value(), guard.data(),
            [this, decode, callback, state, self, spacing](Result<HttpResponse> response) {
                if (!response) {
                    ApiError error = explained(response.error());
                    qCInfo(lcFleet).noquote() << "Stripe page failed:" << error.message;
                    callback(Result<QList<T>>::failure(std::move(error)));
                    return;
                }
                Result<StripePage<T>> page = decode(response->body);
                if (!page) {
                    ApiError error = page.error();
                    error.source = kSource;
                    error.url = ConnectorSupport::shownUrl(response->url);
                    callback(Result<QList<T>>::failure(std::move(error)));
                    return;
                }
                state->items += page->items;
                if (!page->hasMore || page->lastId.isEmpty()) {
                    callback(Result<QList<T>>(std::move(state->items)));
                    return;
                }
                state->after = page->lastId;
                // Under Stripe's per-endpoint rate, whatever the network's speed.
                const qint64 wait = std::max<qint64>(0, qint64(spacing.count()) - state->sinceLast.elapsed());
                QTimer::singleShot(std::chrono::milliseconds(wait), m_http, [self] { (*self)(); });
            });
    };
    (*next)();
}

void StripeClient::subscriptions(const QObject* context, Callback<QList<Subscription>> callback)
{
    QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    listAll<Subscription>(QStringLiteral("/v1/subscriptions"),
        {{QStringLiteral("status"), QStringLiteral("all")},
            {QStringLiteral("expand[]"), QStringLiteral("data.discounts")}},
        &StripeDecoder::decodeSubscriptions, context,
        [this, guard, hasContext, callback](Result<QList<Subscription>> listed) {
            if (!listed) {
                callback(std::move(listed));
                return;
            }
            // Complete the subscriptions whose embedded item list was cut, one after the other.
            auto subscriptions = std::make_shared<QList<Subscription>>(std::move(listed).value());
            auto index = std::make_shared<int>(-1);
            auto step = std::make_shared<std::function<void()>>();
            *step = [this, guard, hasContext, callback, subscriptions, index, weak = std::weak_ptr(step)] {
                const std::shared_ptr<std::function<void()>> self = weak.lock();
                if ((hasContext && !guard) || !self)
                    return;
                while (++*index < subscriptions->size() && !subscriptions->at(*index).itemsHaveMore) { }
                if (*index >= subscriptions->size()) {
                    callback(Result<QList<Subscription>>(std::move(*subscriptions)));
                    return;
                }
                const QString id = subscriptions->at(*index).id;
                listAll<SubscriptionItem>(QStringLiteral("/v1/subscription_items"),
                    {{QStringLiteral("subscription"), id}}, &StripeDecoder::decodeSubscriptionItems, guard.data(),
                    [callback, subscriptions, index, self](Result<QList<SubscriptionItem>> items) {
                        if (!items) {
                            callback(Result<QList<Subscription>>::failure(items.error()));
                            return;
                        }
                        Subscription& s = (*subscriptions)[*index];
                        s.items = std::move(items).value();
                        s.itemsHaveMore = false;
                        (*self)();
                    });
            };
            (*step)();
        });
}

void StripeClient::coupons(const QObject* context, Callback<QList<Coupon>> callback)
{
    listAll<Coupon>(QStringLiteral("/v1/coupons"), {}, &StripeDecoder::decodeCoupons, context, std::move(callback));
}

void StripeClient::openInvoices(const QObject* context, Callback<QList<OpenInvoice>> callback)
{
    listAll<OpenInvoice>(QStringLiteral("/v1/invoices"), {{QStringLiteral("status"), QStringLiteral("open")}},
        &StripeDecoder::decodeInvoices, context, std::move(callback));
}

void StripeClient::book(const QObject* context, Callback<StripeBook> callback)
{
    auto book = std::make_shared<StripeBook>();
    const int before = m_requests;
    QPointer<const QObject> guard(context);
    coupons(context, [this, guard, callback, book, before](Result<QList<Coupon>> coupons) {
        if (!coupons) {
            callback(Result<StripeBook>::failure(coupons.error()));
            return;
        }
        for (const Coupon& coupon : coupons.value())
            book->coupons.insert(coupon.id, coupon);
        subscriptions(guard.data(), [this, guard, callback, book, before](Result<QList<Subscription>> listed) {
            if (!listed) {
                callback(Result<StripeBook>::failure(listed.error()));
                return;
            }
            book->subscriptions = std::move(listed).value();
            openInvoices(guard.data(), [this, callback, book, before](Result<QList<OpenInvoice>> invoices) {
                if (!invoices) {
                    callback(Result<StripeBook>::failure(invoices.error()));
                    return;
                }
                book->openInvoices = std::move(invoices).value();
                book->requests = m_requests - before;
                callback(Result<StripeBook>(std::move(*book)));
            });
        });
    });
}

} // namespace Fleetdeck
