#include "app/cli.h"
#include "app/session.h"
#include "core/connectors/stripe/stripeclient.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/revenuereport.h"
#include "core/fleet/statusreport.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>

namespace Fleetdeck::Cli {

namespace {

QString moneyText(const QMap<QString, qint64>& amounts)
{
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts << moneyDisplayString(Money{it.value(), it.key()});
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" · "));
}

} // namespace

int runRevenue(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("RevenueCommand",
        "Reads Stripe's subscriptions, coupons and open invoices and prints the monthly recurring revenue per "
        "currency (Stripe's definition unless a policy says otherwise), the paying clients and what is still due.\n"
        "With --explain SLUG, shows how that client's MRR was computed, line by line, to check it against Stripe's "
        "dashboard."));
    addProfileOptions(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("RevenueCommand", "Print JSON.")});
    parser.addOption({QStringLiteral("explain"),
        QCoreApplication::translate("RevenueCommand", "How this client's MRR was computed."), QStringLiteral("SLUG")});
    parser.addOption({QStringLiteral("every-discount"),
        QCoreApplication::translate("RevenueCommand",
            "Deduct every active discount (ChartMogul, Baremetrics) instead of forever coupons only (Stripe).")});
    parser.addOption({QStringLiteral("drop-past-due-after"),
        QCoreApplication::translate("RevenueCommand", "Count a subscription past due for more than DAYS as churned."),
        QStringLiteral("DAYS")});
    if (!parse(parser, args))
        return kExitUsage;
    MrrPolicy policy;
    if (parser.isSet(QStringLiteral("every-discount")))
        policy.discounts = MrrPolicy::Discounts::EveryActive;
    if (parser.isSet(QStringLiteral("drop-past-due-after"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("drop-past-due-after")).toInt(&ok);
        if (!ok || days < 0) {
            err() << QCoreApplication::translate("RevenueCommand", "--drop-past-due-after takes a number of days.")
                  << Qt::endl;
            return kExitUsage;
        }
        policy.dropPastDueAfterDays = days;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString explain = parser.value(QStringLiteral("explain"));

    auto created = Session::create(sessionOptions(parser));
    if (!created) {
        err() << created.error() << Qt::endl;
        return kExitFailure;
    }
    std::unique_ptr<Session> session = std::move(created.value());
    const UpstreamConfig stripe = session->profile().upstream(QStringLiteral("stripe"));
    if (!stripe.enabled || stripe.url.isEmpty()) {
        err() << QCoreApplication::translate("RevenueCommand",
            "Stripe is not set up in this profile: add \"upstreams.stripe\" with its URL (https://api.stripe.com) and "
            "the name of a restricted read-only key, then store the key with \"fleetdeck secret set NAME\".")
              << Qt::endl;
        return kExitFailure;
    }
    std::unique_ptr<StripeClient> client;
    Session* raw = session.get();
    auto report = [&](const StripeBook& book) {
        const RevenueReport revenue =
            RevenueReport::compute(book, raw->fleet()->tenants(), policy, QDateTime::currentDateTimeUtc());
        if (!explain.isEmpty() && !raw->fleet()->tenant(explain)) {
            err() << QCoreApplication::translate(
                "RevenueCommand", "There is no client with the slug \"%1\"; see \"fleetdeck tenants list\".")
                         .arg(explain)
                  << Qt::endl;
            QCoreApplication::exit(kExitUsage);
            return;
        }
        if (!explain.isEmpty())
            out() << revenue.explain(explain);
        else if (json)
            out() << QString::fromUtf8(revenue.toJson(policy));
        else {
            out() << QCoreApplication::translate("RevenueCommand", "MRR: %1").arg(moneyText(revenue.mrr)) << '\n';
            if (revenue.mrr.size() > 1)
                out() << QCoreApplication::translate(
                    "RevenueCommand", "(one amount per currency: they are not added up without exchange rates)")
                      << '\n';
            out() << QCoreApplication::translate("RevenueCommand", "Paying clients: %1").arg(revenue.activeClients)
                  << '\n';
            out() << QCoreApplication::translate("RevenueCommand", "Open invoices: %1, %2 still due, oldest %3 days")
                         .arg(revenue.pendingInvoices)
                         .arg(moneyText(revenue.pendingAmount))
                         .arg(revenue.oldestPendingDays)
                  << '\n';
            if (!revenue.unmappedCustomers.isEmpty())
                out() << QCoreApplication::translate(
                    "RevenueCommand", "Paying Stripe customers no client names: %1 (add them to the clients' records)")
                             .arg(revenue.unmappedCustomers.join(QStringLiteral(", ")))
                      << '\n';
        }
        out().flush();
        QCoreApplication::exit(kExitOk);
    };
    openSession(*raw, true, [&] {
        raw->secrets()->readSecret(stripe.secret, raw, [&](Result<QByteArray, SecretError> key) {
            if (!key) {
                err() << key.error().toDisplayString(stripe.secret) << Qt::endl;
                QCoreApplication::exit(kExitFailure);
                return;
            }
            StripeClient::Options options;
            options.url = stripe.url;
            options.apiKey = key.value();
            options.timeout = std::chrono::milliseconds(stripe.timeoutMs);
            if (!StripeClient::isRestrictedKey(options.apiKey))
                err() << QCoreApplication::translate("RevenueCommand",
                    "Note: this is not a restricted key (rk_…); Fleetdeck only reads, so a read-only "
                    "restricted key is safer.")
                      << Qt::endl;
            client = std::make_unique<StripeClient>(raw->http(), options);
            client->book(raw, [&](Result<StripeBook> book) {
                if (!book) {
                    err() << book.error().toDisplayString() << Qt::endl;
                    QCoreApplication::exit(kExitFailure);
                    return;
                }
                report(book.value());
            });
        });
    });
    const int code = QCoreApplication::exec();
    session->store()->waitForIdle();
    return code;
}

} // namespace Fleetdeck::Cli
