#include "app/cli.h"
#include "app/session.h"
#include "core/store/registry.h"
#include "core/store/tenantimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace Fleetdeck::Cli {

namespace {

// Opens the session's registry and runs `body` on it (on the store thread); returns its exit code.
int withRegistry(const QCommandLineParser& parser, const std::function<int(Registry&)>& body)
{
    auto created = Session::create(sessionOptions(parser));
    if (!created) {
        err() << created.error() << Qt::endl;
        return kExitFailure;
    }
    std::unique_ptr<Session> session = std::move(created.value());
    session->openRegistry([&](Result<StoreWorker::RegistryInfo, QString> opened) {
        if (!opened) {
            err() << opened.error() << Qt::endl;
            QCoreApplication::exit(kExitFailure);
            return;
        }
        session->store()->withRegistry<int>(body, kExitFailure, nullptr, [](int code) {
            out().flush();
            err().flush();
            QCoreApplication::exit(code);
        });
    });
    return QCoreApplication::exec();
}

int fail(const StoreError& error)
{
    err() << error.toDisplayString() << Qt::endl;
    return kExitFailure;
}

QJsonObject tenantJson(const Tenant& t)
{
    QJsonObject endpoints;
    for (TenantEndpoint::Kind kind : allEndpointKinds()) {
        const QStringList values = t.endpointValues(kind);
        if (values.isEmpty())
            continue;
        if (kind == TenantEndpoint::Kind::Health)
            endpoints.insert(endpointKindName(kind), QJsonArray::fromStringList(values));
        else
            endpoints.insert(endpointKindName(kind), values.first());
    }
    return QJsonObject{{QStringLiteral("slug"), t.slug}, {QStringLiteral("name"), t.name},
        {QStringLiteral("status"), tenantStatusName(t.status)}, {QStringLiteral("plan"), t.plan},
        {QStringLiteral("contact"), t.contact}, {QStringLiteral("notes"), t.notes},
        {QStringLiteral("createdAt"), t.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("endpoints"), endpoints}};
}

bool confirmOnTerminal(const QString& slug)
{
    if (isatty(STDIN_FILENO) == 0)
        return false;
    out() << QCoreApplication::translate("TenantsCommand", "Type the client's slug (%1) to confirm: ").arg(slug);
    out().flush();
    QTextStream in(stdin);
    return in.readLine().trimmed() == slug;
}

int list(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("TenantsCommand", "Lists the clients in the registry."));
    addProfileOptions(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("TenantsCommand", "Print JSON.")});
    if (!parse(parser, args))
        return kExitUsage;
    return withRegistry(parser, [&](Registry& registry) {
        auto tenants = registry.tenants();
        if (!tenants)
            return fail(tenants.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Tenant& t : tenants.value())
                array.append(tenantJson(t));
            out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return kExitOk;
        }
        int nameWidth = 6, slugWidth = 4;
        for (const Tenant& t : tenants.value()) {
            nameWidth = std::max(nameWidth, static_cast<int>(t.name.size()));
            slugWidth = std::max(slugWidth, static_cast<int>(t.slug.size()));
        }
        out() << QCoreApplication::translate("TenantsCommand", "CLIENT").leftJustified(nameWidth) << "  "
              << QCoreApplication::translate("TenantsCommand", "SLUG").leftJustified(slugWidth) << "  "
              << QCoreApplication::translate("TenantsCommand", "STATUS").leftJustified(9) << "  "
              << QCoreApplication::translate("TenantsCommand", "PLAN").leftJustified(8) << "  "
              << QCoreApplication::translate("TenantsCommand", "HOST").leftJustified(8) << "  "
              << QCoreApplication::translate("TenantsCommand", "HEALTH URL") << '\n';
        for (const Tenant& t : tenants.value()) {
            out() << t.name.leftJustified(nameWidth) << "  " << t.slug.leftJustified(slugWidth) << "  "
                  << tenantStatusDisplayName(t.status).leftJustified(9) << "  " << t.plan.leftJustified(8) << "  "
                  << t.host().leftJustified(8) << "  " << t.healthUrls().join(QStringLiteral(" ")) << '\n';
        }
        // Counted before the call: Qt 6.4's lupdate skips a translate() whose count is a template cast.
        const int count = int(tenants->size());
        out() << QCoreApplication::translate("TenantsCommand", "%n client(s)", nullptr, count) << '\n';
        out().flush();
        return kExitOk;
    });
}

int show(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("TenantsCommand", "Shows one client: its details, endpoints and audit history."));
    addProfileOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("slug"), QCoreApplication::translate("TenantsCommand", "The client's slug."));
    if (!parse(parser, args) || parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("TenantsCommand", "Usage: fleetdeck tenants show SLUG") << Qt::endl;
        return kExitUsage;
    }
    const QString slug = parser.positionalArguments().first();
    return withRegistry(parser, [&](Registry& registry) {
        auto tenant = registry.tenant(slug);
        if (!tenant)
            return fail(tenant.error());
        const Tenant& t = tenant.value();
        out() << t.name << " (" << t.slug << ")\n";
        out() << "  " << QCoreApplication::translate("TenantsCommand", "Status:") << ' '
              << tenantStatusDisplayName(t.status) << '\n';
        out() << "  " << QCoreApplication::translate("TenantsCommand", "Plan:") << ' '
              << (t.plan.isEmpty() ? QCoreApplication::translate("TenantsCommand", "none") : t.plan) << '\n';
        out() << "  " << QCoreApplication::translate("TenantsCommand", "Contact:") << ' ' << t.contact << '\n';
        out() << "  " << QCoreApplication::translate("TenantsCommand", "Client since:") << ' '
              << QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat) << '\n';
        if (!t.notes.isEmpty())
            out() << "  " << QCoreApplication::translate("TenantsCommand", "Notes:") << ' ' << t.notes << '\n';
        out() << "  " << QCoreApplication::translate("TenantsCommand", "Endpoints:") << '\n';
        for (const TenantEndpoint& e : t.endpoints)
            out() << "    " << endpointKindName(e.kind).leftJustified(20) << e.value << '\n';
        auto audit = registry.auditLog(t.slug, 50);
        if (audit && !audit->isEmpty()) {
            out() << "  " << QCoreApplication::translate("TenantsCommand", "History:") << '\n';
            for (const AuditEntry& a : audit.value())
                out() << "    " << a.at.toLocalTime().toString(Qt::ISODate) << "  " << a.actor << "  " << a.action
                      << '\n';
        }
        out().flush();
        return kExitOk;
    });
}

int add(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("TenantsCommand", "Adds a client to the registry."));
    addProfileOptions(parser);
    parser.addOption({QStringLiteral("slug"),
        QCoreApplication::translate("TenantsCommand", "Short id: lower-case letters, digits, dashes."),
        QStringLiteral("SLUG")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("TenantsCommand", "The client's name."),
        QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("plan"), QCoreApplication::translate("TenantsCommand", "Plan code (see the registry's plans)."),
            QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("status"),
        QCoreApplication::translate("TenantsCommand", "active (default), suspended or churned."),
        QStringLiteral("STATUS"), QStringLiteral("active")});
    parser.addOption({QStringLiteral("contact"),
        QCoreApplication::translate("TenantsCommand", "Contact (e-mail or phone)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("notes"), QCoreApplication::translate("TenantsCommand", "Free notes."),
        QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("health"),
        QCoreApplication::translate("TenantsCommand", "Health URL to probe (repeatable)."), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("host"), QCoreApplication::translate("TenantsCommand", "Server/host label the client runs on."),
            QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("mautic"),
        QCoreApplication::translate("TenantsCommand", "The client's Mautic URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("evolution-instance"),
        QCoreApplication::translate("TenantsCommand", "Evolution API instance name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("n8n-tag"), QCoreApplication::translate("TenantsCommand", "n8n workflow tag."),
        QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("stripe-customer"),
        QCoreApplication::translate("TenantsCommand", "Stripe customer id (cus_…)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("ghl-location"),
        QCoreApplication::translate("TenantsCommand", "GoHighLevel location id."), QStringLiteral("ID")});
    if (!parse(parser, args))
        return kExitUsage;
    Tenant t;
    t.slug = parser.value(QStringLiteral("slug")).trimmed();
    t.name = parser.value(QStringLiteral("name")).trimmed();
    if (t.slug.isEmpty() || t.name.isEmpty()) {
        err() << QCoreApplication::translate("TenantsCommand", "Both --slug and --name are required.") << Qt::endl;
        return kExitUsage;
    }
    const auto status = tenantStatusFromName(parser.value(QStringLiteral("status")));
    if (!status) {
        err() << QCoreApplication::translate("TenantsCommand", "--status must be active, suspended or churned.")
              << Qt::endl;
        return kExitUsage;
    }
    t.status = *status;
    t.plan = parser.value(QStringLiteral("plan"));
    t.contact = parser.value(QStringLiteral("contact"));
    t.notes = parser.value(QStringLiteral("notes"));
    for (const QString& url : parser.values(QStringLiteral("health")))
        t.endpoints.append({TenantEndpoint::Kind::Health, url});
    const QList<QPair<QString, TenantEndpoint::Kind>> single = {{QStringLiteral("host"), TenantEndpoint::Kind::Host},
        {QStringLiteral("mautic"), TenantEndpoint::Kind::Mautic},
        {QStringLiteral("evolution-instance"), TenantEndpoint::Kind::EvolutionInstance},
        {QStringLiteral("n8n-tag"), TenantEndpoint::Kind::N8nTag},
        {QStringLiteral("stripe-customer"), TenantEndpoint::Kind::StripeCustomer},
        {QStringLiteral("ghl-location"), TenantEndpoint::Kind::GhlLocation}};
    for (const auto& [option, kind] : single) {
        if (parser.isSet(option))
            t.endpoints.append({kind, parser.value(option)});
    }
    return withRegistry(parser, [&](Registry& registry) {
        auto added = registry.addTenant(t);
        if (!added)
            return fail(added.error());
        out() << QCoreApplication::translate("TenantsCommand", "Added %1 (%2).").arg(added->name, added->slug)
              << Qt::endl;
        return kExitOk;
    });
}

int import(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("TenantsCommand",
        "Imports clients from a CSV or JSON file. Every rejected row is reported with "
        "its reason; accepted rows are written together or not at all."));
    addProfileOptions(parser);
    parser.addOption({QStringLiteral("dry-run"),
        QCoreApplication::translate("TenantsCommand", "Only check the file; write nothing.")});
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("TenantsCommand", "CSV or JSON file."));
    if (!parse(parser, args) || parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("TenantsCommand", "Usage: fleetdeck tenants import FILE [--dry-run]")
              << Qt::endl;
        return kExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("TenantsCommand", "Cannot read %1: %2").arg(path, file.errorString())
              << Qt::endl;
        return kExitFailure;
    }
    if (file.size() > 64 * 1024 * 1024) {
        err() << QCoreApplication::translate("TenantsCommand", "%1 is larger than 64 MiB; split it into smaller files.")
                     .arg(path)
              << Qt::endl;
        return kExitFailure;
    }
    const QByteArray data = file.readAll();
    return withRegistry(parser, [&](Registry& registry) {
        QStringList slugs, plans;
        if (auto tenants = registry.tenants()) {
            for (const Tenant& t : tenants.value())
                slugs << t.slug;
        }
        if (auto known = registry.plans()) {
            for (const Plan& p : known.value())
                plans << p.code;
        }
        const auto preview = TenantImport::parse(data, TenantImport::formatForFileName(path), slugs, plans);
        if (!preview.fileError.isEmpty()) {
            err() << QCoreApplication::translate("TenantsCommand", "%1: %2").arg(path, preview.fileError) << Qt::endl;
            return kExitFailure;
        }
        for (const auto& rejected : preview.rejected)
            err() << QCoreApplication::translate("TenantsCommand", "rejected: %1").arg(rejected.reason) << '\n';
        err().flush();
        QList<Tenant> tenants;
        for (const auto& accepted : preview.accepted)
            tenants << accepted.tenant;
        if (parser.isSet(QStringLiteral("dry-run"))) {
            out() << QCoreApplication::translate(
                "TenantsCommand", "%1 row(s) would be imported, %2 rejected. Nothing was written (--dry-run).")
                         .arg(tenants.size())
                         .arg(preview.rejected.size())
                  << Qt::endl;
            return preview.rejected.isEmpty() ? kExitOk : kExitFailure;
        }
        if (!tenants.isEmpty() || !preview.plans.isEmpty()) {
            auto imported = registry.importTenants(tenants, preview.plans);
            if (!imported)
                return fail(imported.error());
        }
        out() << QCoreApplication::translate("TenantsCommand", "Imported %1 client(s); %2 row(s) rejected.")
                     .arg(tenants.size())
                     .arg(preview.rejected.size())
              << Qt::endl;
        return preview.rejected.isEmpty() ? kExitOk : kExitFailure;
    });
}

int changeStatus(const QStringList& args, const QString& verb)
{
    QCommandLineParser parser;
    addProfileOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("slug"), QCoreApplication::translate("TenantsCommand", "The client's slug."));
    parser.addOption(
        {QStringLiteral("yes"), QCoreApplication::translate("TenantsCommand", "Do not ask for confirmation.")});
    if (!parse(parser, args) || parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("TenantsCommand", "Usage: fleetdeck tenants %1 SLUG [--yes]").arg(verb)
              << Qt::endl;
        return kExitUsage;
    }
    const QString slug = parser.positionalArguments().first();
    const bool destructive = verb != QLatin1String("reactivate");
    if (destructive && !parser.isSet(QStringLiteral("yes"))) {
        if (!confirmOnTerminal(slug)) {
            err() << (verb == QLatin1String("remove")
                    ? QCoreApplication::translate(
                        "TenantsCommand", "Not confirmed. To remove \"%1\" without a prompt, add --yes.")
                    : QCoreApplication::translate(
                        "TenantsCommand", "Not confirmed. To suspend \"%1\" without a prompt, add --yes."))
                         .arg(slug)
                  << Qt::endl;
            return kExitFailure;
        }
    }
    return withRegistry(parser, [&](Registry& registry) {
        Result<Done, StoreError> done = Done{};
        if (verb == QLatin1String("remove"))
            done = registry.removeTenant(slug);
        else
            done = registry.setTenantStatus(
                slug, verb == QLatin1String("suspend") ? TenantStatus::Suspended : TenantStatus::Active);
        if (!done)
            return fail(done.error());
        if (verb == QLatin1String("remove"))
            out() << QCoreApplication::translate("TenantsCommand", "Removed %1.").arg(slug) << Qt::endl;
        else if (verb == QLatin1String("suspend"))
            out() << QCoreApplication::translate("TenantsCommand", "Suspended %1; it is no longer probed.").arg(slug)
                  << Qt::endl;
        else
            out() << QCoreApplication::translate("TenantsCommand", "Reactivated %1.").arg(slug) << Qt::endl;
        return kExitOk;
    });
}

} // namespace

int runTenants(const QStringList& args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(QStringLiteral("fleetdeck tenants ") + sub);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("show"))
        return show(rest);
    if (sub == QLatin1String("add"))
        return add(rest);
    if (sub == QLatin1String("import"))
        return import(rest);
    if (sub == QLatin1String("suspend") || sub == QLatin1String("reactivate") || sub == QLatin1String("remove"))
        return changeStatus(rest, sub);
    err() << QCoreApplication::translate("TenantsCommand",
        "Usage: fleetdeck tenants list|show SLUG|add|import FILE|suspend SLUG|reactivate SLUG|remove SLUG "
        "[--demo | --profile NAME | --profile-file FILE]")
          << Qt::endl;
    return kExitUsage;
}

} // namespace Fleetdeck::Cli
