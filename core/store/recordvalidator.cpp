#include "core/store/recordvalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Fleetdeck {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxEndpointLength = 2048;
constexpr qsizetype kMaxNotesLength = 10000;

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

Tenant RecordValidator::normalized(Tenant tenant)
{
    tenant.slug = tenant.slug.trimmed();
    tenant.name = tenant.name.trimmed();
    tenant.plan = tenant.plan.trimmed();
    tenant.contact = tenant.contact.trimmed();
    tenant.notes = tenant.notes.trimmed();
    QList<TenantEndpoint> endpoints;
    QSet<QString> seen;
    for (TenantEndpoint endpoint : std::as_const(tenant.endpoints)) {
        endpoint.value = endpoint.value.trimmed();
        const QString key = endpointKindName(endpoint.kind) + u'\n' + endpoint.value;
        if (endpoint.value.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        endpoints << endpoint;
    }
    tenant.endpoints = endpoints;
    return tenant;
}

Plan RecordValidator::normalized(Plan plan)
{
    plan.code = plan.code.trimmed();
    plan.name = plan.name.trimmed();
    plan.currency = plan.currency.trimmed().toLower();
    plan.interval = plan.interval.trimmed().toLower();
    return plan;
}

QStringList RecordValidator::problems(const Tenant& tenant, const QStringList& knownPlanCodes)
{
    QStringList problems;
    if (tenant.slug.isEmpty())
        problems << QCoreApplication::translate("RecordValidator", "slug is missing");
    else if (!isValidSlug(tenant.slug))
        problems << QCoreApplication::translate("RecordValidator",
            "slug \"%1\" is not valid (use 1 to 63 lower-case letters, digits and dashes, starting "
            "with a letter or digit)")
                        .arg(tenant.slug.left(80));
    if (tenant.name.isEmpty())
        problems << QCoreApplication::translate("RecordValidator", "name is missing");
    else if (tenant.name.size() > kMaxNameLength)
        problems
            << QCoreApplication::translate("RecordValidator", "name is longer than %1 characters").arg(kMaxNameLength);
    else if (hasControlCharacters(tenant.name))
        problems << QCoreApplication::translate("RecordValidator", "name contains control characters");
    if (!tenant.plan.isEmpty() && !knownPlanCodes.contains(tenant.plan))
        problems << QCoreApplication::translate("RecordValidator", "plan \"%1\" is unknown (known: %2)")
                        .arg(tenant.plan.left(80), knownPlansPhrase(knownPlanCodes));
    if (tenant.notes.size() > kMaxNotesLength)
        problems << QCoreApplication::translate("RecordValidator", "notes are longer than %1 characters")
                        .arg(kMaxNotesLength);
    for (const TenantEndpoint& endpoint : tenant.endpoints) {
        if (endpoint.value.size() > kMaxEndpointLength) {
            problems << QCoreApplication::translate("RecordValidator", "%1 is longer than %2 characters")
                            .arg(endpointKindName(endpoint.kind))
                            .arg(kMaxEndpointLength);
        } else if (endpoint.kind == TenantEndpoint::Kind::Health) {
            if (!isValidHealthUrl(endpoint.value))
                problems << QCoreApplication::translate(
                    "RecordValidator", "health URL \"%1\" is not a valid http:// or https:// URL")
                                .arg(endpoint.value.left(200));
        } else if (hasControlCharacters(endpoint.value) || endpoint.value.contains(u' ')) {
            problems << QCoreApplication::translate(
                "RecordValidator", "%1 \"%2\" contains spaces or control characters")
                            .arg(endpointKindName(endpoint.kind), endpoint.value.left(200));
        }
    }
    return problems;
}

QStringList RecordValidator::problems(const Plan& plan)
{
    static const QRegularExpression codePattern(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    static const QRegularExpression currencyPattern(u"^[a-z]{3}$"_s);
    static const QStringList intervals{u"day"_s, u"week"_s, u"month"_s, u"year"_s};
    QStringList problems;
    if (plan.code.isEmpty())
        problems << QCoreApplication::translate("RecordValidator", "plan code is missing");
    else if (!codePattern.match(plan.code).hasMatch())
        problems << QCoreApplication::translate(
            "RecordValidator", "plan code \"%1\" is not valid (letters, digits, '-', '_' and '.', up to 64 characters)")
                        .arg(plan.code.left(80));
    if (plan.name.isEmpty())
        problems << QCoreApplication::translate("RecordValidator", "plan name is missing");
    else if (plan.name.size() > kMaxNameLength)
        problems << QCoreApplication::translate("RecordValidator", "plan name is longer than %1 characters")
                        .arg(kMaxNameLength);
    if (plan.amountMinor < 0)
        problems << QCoreApplication::translate("RecordValidator", "amount must not be negative");
    if (!currencyPattern.match(plan.currency).hasMatch())
        problems << QCoreApplication::translate("RecordValidator", "currency \"%1\" is not a three-letter ISO code")
                        .arg(plan.currency.left(20));
    if (!intervals.contains(plan.interval))
        problems << QCoreApplication::translate(
            "RecordValidator", "interval \"%1\" is unknown (use day, week, month or year)")
                        .arg(plan.interval.left(20));
    if (plan.intervalCount < 1)
        problems << QCoreApplication::translate("RecordValidator", "interval count must be at least 1");
    return problems;
}

bool RecordValidator::isValidHealthUrl(const QString& url)
{
    if (url.isEmpty() || url.contains(u' ') || hasControlCharacters(url))
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme();
    return (scheme == u"http"_s || scheme == u"https"_s) && !parsed.host().isEmpty();
}

QStringList RecordValidator::splitHealthUrls(const QString& text)
{
    static const QRegularExpression separators(u"[|\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString RecordValidator::knownPlansPhrase(const QStringList& knownPlanCodes)
{
    if (knownPlanCodes.isEmpty())
        return QCoreApplication::translate("RecordValidator", "none defined");
    QStringList sorted = knownPlanCodes;
    sorted.sort();
    sorted.removeDuplicates();
    return sorted.join(u", "_s);
}

} // namespace Fleetdeck
