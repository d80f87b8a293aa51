#include "core/store/tenantimport.h"

#include "core/logging.h"
#include "core/store/recordvalidator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <exception>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

namespace Fleetdeck {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxFileBytes = 20 * 1024 * 1024;
constexpr int kMaxJsonDepth = 32;

const QStringList& csvColumns()
{
    static const QStringList columns{u"slug"_s, u"name"_s, u"status"_s, u"plan"_s, u"contact"_s, u"notes"_s,
        u"health"_s, u"mautic"_s, u"evolution_instance"_s, u"n8n_tag"_s, u"stripe_customer"_s, u"ghl_location"_s,
        u"host"_s};
    return columns;
}

// One tenant as read from a row or an object, before validation.
struct RawTenant
{
    int line = 0;
    QString slug;
    QString name;
    QString status;
    QString plan;
    QString contact;
    QString notes;
    QStringList health;
    QHash<TenantEndpoint::Kind, QString> endpoints; // every kind but health
    QStringList readProblems; // wrong types, unknown keys: found while reading
};

// Validates, checks duplicates against the file and the registry, and sorts into accepted/rejected.
class PreviewBuilder
{
public:
    PreviewBuilder(TenantImport::Preview& preview, const QStringList& existingSlugs, QStringList knownPlans, bool csv)
        : m_preview(preview)
        , m_existing(existingSlugs.cbegin(), existingSlugs.cend())
        , m_knownPlans(std::move(knownPlans))
        , m_csv(csv)
    {
    }

    void add(const RawTenant& raw)
    {
        QStringList problems = raw.readProblems;
        Tenant tenant;
        tenant.slug = raw.slug;
        tenant.name = raw.name;
        tenant.plan = raw.plan;
        tenant.contact = raw.contact;
        tenant.notes = raw.notes;
        if (!raw.status.trimmed().isEmpty()) {
            if (const auto status = tenantStatusFromName(raw.status))
                tenant.status = *status;
            else
                problems << QCoreApplication::translate(
                    "TenantImport", "status \"%1\" is unknown (use active, suspended or churned)")
                                .arg(raw.status.left(40));
        }
        for (const QString& url : raw.health)
            tenant.endpoints.append({TenantEndpoint::Kind::Health, url});
        for (TenantEndpoint::Kind kind : allEndpointKinds()) {
            if (kind != TenantEndpoint::Kind::Health && raw.endpoints.contains(kind))
                tenant.endpoints.append({kind, raw.endpoints.value(kind)});
        }
        tenant = RecordValidator::normalized(tenant);
        problems += RecordValidator::problems(tenant, m_knownPlans);

        if (!tenant.slug.isEmpty()) {
            if (const auto first = m_firstLine.constFind(tenant.slug); first != m_firstLine.constEnd()) {
                problems << (m_csv ? QCoreApplication::translate(
                                 "TenantImport", "slug \"%1\" appears twice in the file (first on row %2)")
                                   : QCoreApplication::translate(
                                       "TenantImport", "slug \"%1\" appears twice in the file (first in tenant %2)"))
                                .arg(tenant.slug, QString::number(*first));
            } else if (m_existing.contains(tenant.slug)) {
                problems << QCoreApplication::translate("TenantImport", "slug \"%1\" already exists in the registry")
                                .arg(tenant.slug);
            }
            if (!m_firstLine.contains(tenant.slug))
                m_firstLine.insert(tenant.slug, raw.line);
        }

        if (problems.isEmpty()) {
            m_preview.accepted.append({raw.line, tenant});
        } else {
            m_preview.rejected.append({raw.line, tenant.slug.left(63),
                (m_csv ? QCoreApplication::translate("TenantImport", "row %1: %2")
                       : QCoreApplication::translate("TenantImport", "tenant %1: %2"))
                    .arg(QString::number(raw.line), problems.join(u"; "_s))});
        }
    }

private:
    TenantImport::Preview& m_preview;
    QSet<QString> m_existing;
    QStringList m_knownPlans;
    bool m_csv; // rows of a CSV file, or entries of a JSON array
    QHash<QString, int> m_firstLine;
};

// ---- CSV (RFC 4180) ----

struct CsvRecord
{
    int line = 0; // where the record starts
    QStringList fields;
};

// Splits text into records. Quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF and a
// lone CR end a record. Returns an error sentence for broken quoting.
std::optional<QString> readCsv(const QString& text, QList<CsvRecord>& records)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        CsvRecord record;
        record.line = line;
        QString field;
        bool recordDone = false;
        while (!recordDone) {
            if (i < n && text.at(i) == u'"') {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed)
                    return QCoreApplication::translate("TenantImport", "line %1: a quoted field is not closed")
                        .arg(quoteLine);
                if (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n')
                    return QCoreApplication::translate("TenantImport", "line %1: unexpected text after a closing quote")
                        .arg(line);
            } else {
                while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                    field += text.at(i);
                    ++i;
                }
            }
            record.fields << field;
            field.clear();
            if (i >= n) {
                recordDone = true;
            } else if (text.at(i) == u',') {
                ++i;
            } else { // end of line
                if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                    ++i;
                ++i;
                ++line;
                recordDone = true;
            }
        }
        // Spreadsheets end files with rows of empty cells (",,,"); those are blank lines too.
        const bool blank = std::all_of(
            record.fields.cbegin(), record.fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!blank)
            records << record;
    }
    return std::nullopt;
}

void parseCsv(const QString& text, TenantImport::Preview& preview, const QStringList& existingSlugs,
    const QStringList& knownPlans)
{
    QList<CsvRecord> records;
    if (const auto error = readCsv(text, records)) {
        preview.fileError = *error;
        return;
    }
    if (records.isEmpty()) {
        preview.fileError = QCoreApplication::translate("TenantImport", "the file has no header row");
        return;
    }
    const CsvRecord header = records.takeFirst();
    QStringList columns;
    QStringList unknown;
    for (const QString& raw : header.fields) {
        const QString column = raw.trimmed().toLower();
        if (!csvColumns().contains(column))
            unknown << (raw.trimmed().isEmpty() ? QCoreApplication::translate("TenantImport", "(empty)")
                                                : u"\"%1\""_s.arg(raw.trimmed().left(40)));
        columns << column;
    }
    if (!unknown.isEmpty()) {
        preview.fileError = QCoreApplication::translate("TenantImport", "line %1: unknown column(s) %2 (known: %3)")
                                .arg(header.line)
                                .arg(unknown.join(u", "_s), csvColumns().join(u", "_s));
        if (header.fields.size() == 1 && header.fields.first().contains(u';'))
            preview.fileError += QCoreApplication::translate(
                "TenantImport", "; the file seems to use ';' between columns, Fleetdeck expects ','");
        return;
    }
    QStringList duplicates;
    for (const QString& column : std::as_const(columns)) {
        if (columns.count(column) > 1 && !duplicates.contains(column))
            duplicates << column;
    }
    if (!duplicates.isEmpty()) {
        preview.fileError = QCoreApplication::translate("TenantImport", "line %1: column(s) %2 appear more than once")
                                .arg(header.line)
                                .arg(duplicates.join(u", "_s));
        return;
    }
    for (const QString& required : {u"slug"_s, u"name"_s}) {
        if (!columns.contains(required)) {
            preview.fileError = QCoreApplication::translate("TenantImport", "line %1: the header has no \"%2\" column")
                                    .arg(header.line)
                                    .arg(required);
            return;
        }
    }

    PreviewBuilder builder(preview, existingSlugs, knownPlans, true);
    for (const CsvRecord& record : std::as_const(records)) {
        RawTenant raw;
        raw.line = record.line;
        if (record.fields.size() != columns.size()) {
            raw.readProblems << QCoreApplication::translate("TenantImport", "has %1 fields, the header has %2")
                                    .arg(record.fields.size())
                                    .arg(columns.size());
        }
        for (qsizetype c = 0; c < columns.size() && c < record.fields.size(); ++c) {
            const QString& column = columns.at(c);
            const QString value = record.fields.at(c);
            if (column == u"slug"_s)
                raw.slug = value;
            else if (column == u"name"_s)
                raw.name = value;
            else if (column == u"status"_s)
                raw.status = value;
            else if (column == u"plan"_s)
                raw.plan = value;
            else if (column == u"contact"_s)
                raw.contact = value;
            else if (column == u"notes"_s)
                raw.notes = value;
            else if (column == u"health"_s)
                raw.health = RecordValidator::splitHealthUrls(value);
            else if (const auto kind = endpointKindFromName(column))
                raw.endpoints.insert(*kind, value);
        }
        builder.add(raw);
    }
}

// ---- JSON ----

using Json = nlohmann::json;

QString fromJsonString(const Json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

// A string member: absent/null gives an empty string, any other type a problem.
QString textMember(const Json& object, const char* key, QStringList& problems)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (!it->is_string()) {
        problems << QCoreApplication::translate("TenantImport", "%1 must be a string").arg(QLatin1String(key));
        return {};
    }
    return fromJsonString(*it);
}

RawTenant readJsonTenant(const Json& object, int line)
{
    RawTenant raw;
    raw.line = line;
    if (!object.is_object()) {
        raw.readProblems << QCoreApplication::translate("TenantImport", "is not an object");
        return raw;
    }
    static const QSet<QString> keys{
        u"slug"_s, u"name"_s, u"status"_s, u"plan"_s, u"contact"_s, u"notes"_s, u"endpoints"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!keys.contains(key))
            raw.readProblems << QCoreApplication::translate("TenantImport", "unknown field \"%1\"").arg(key.left(40));
    }
    raw.slug = textMember(object, "slug", raw.readProblems);
    raw.name = textMember(object, "name", raw.readProblems);
    raw.status = textMember(object, "status", raw.readProblems);
    raw.plan = textMember(object, "plan", raw.readProblems);
    raw.contact = textMember(object, "contact", raw.readProblems);
    raw.notes = textMember(object, "notes", raw.readProblems);

    const auto endpoints = object.find("endpoints");
    if (endpoints == object.end() || endpoints->is_null())
        return raw;
    if (!endpoints->is_object()) {
        raw.readProblems << QCoreApplication::translate("TenantImport", "endpoints must be an object");
        return raw;
    }
    for (auto it = endpoints->begin(); it != endpoints->end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const auto kind = endpointKindFromName(key);
        if (!kind) {
            raw.readProblems
                << QCoreApplication::translate("TenantImport", "unknown endpoint \"%1\"").arg(key.left(40));
            continue;
        }
        const Json& value = it.value();
        if (value.is_null())
            continue;
        if (*kind == TenantEndpoint::Kind::Health) {
            if (value.is_string()) {
                raw.health << RecordValidator::splitHealthUrls(fromJsonString(value));
            } else if (value.is_array()) {
                for (const Json& url : value) {
                    if (url.is_string())
                        raw.health << RecordValidator::splitHealthUrls(fromJsonString(url));
                    else
                        raw.readProblems << QCoreApplication::translate(
                            "TenantImport", "every health URL must be a string");
                }
            } else {
                raw.readProblems << QCoreApplication::translate(
                    "TenantImport", "health must be a string or an array of strings");
            }
        } else if (value.is_string()) {
            raw.endpoints.insert(*kind, fromJsonString(value));
        } else {
            raw.readProblems << QCoreApplication::translate("TenantImport", "%1 must be a string").arg(key);
        }
    }
    return raw;
}

// Reads the "plans" array; a problem in any plan is a file error (tenants refer to them).
std::optional<QString> readJsonPlans(const Json& array, QList<Plan>& plans)
{
    if (!array.is_array())
        return QCoreApplication::translate("TenantImport", "\"plans\" must be an array");
    QSet<QString> codes;
    int index = 0;
    for (const Json& object : array) {
        ++index;
        if (!object.is_object())
            return QCoreApplication::translate("TenantImport", "plan %1: is not an object").arg(index);
        QStringList problems;
        static const QSet<QString> keys{
            u"code"_s, u"name"_s, u"amountMinor"_s, u"currency"_s, u"interval"_s, u"intervalCount"_s};
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!keys.contains(key))
                problems << QCoreApplication::translate("TenantImport", "unknown field \"%1\"").arg(key.left(40));
        }
        Plan plan;
        plan.code = textMember(object, "code", problems);
        plan.name = textMember(object, "name", problems);
        if (const QString currency = textMember(object, "currency", problems); !currency.isEmpty())
            plan.currency = currency;
        if (const QString interval = textMember(object, "interval", problems); !interval.isEmpty())
            plan.interval = interval;
        if (const auto amount = object.find("amountMinor"); amount != object.end()) {
            if (amount->is_number_integer())
                plan.amountMinor = amount->get<qint64>();
            else
                problems << QCoreApplication::translate(
                    "TenantImport", "amountMinor must be a whole number of minor units (cents)");
        } else {
            problems << QCoreApplication::translate("TenantImport", "amountMinor is missing");
        }
        if (const auto count = object.find("intervalCount"); count != object.end()) {
            if (count->is_number_integer() && count->get<qint64>() >= 1
                && count->get<qint64>() <= std::numeric_limits<int>::max())
                plan.intervalCount = static_cast<int>(count->get<qint64>());
            else
                problems << QCoreApplication::translate(
                    "TenantImport", "intervalCount must be a whole number of at least 1");
        }
        plan = RecordValidator::normalized(plan);
        problems += RecordValidator::problems(plan);
        if (!plan.code.isEmpty() && codes.contains(plan.code))
            problems << QCoreApplication::translate("TenantImport", "code \"%1\" is listed twice").arg(plan.code);
        codes.insert(plan.code);
        if (!problems.isEmpty())
            return QCoreApplication::translate("TenantImport", "plan %1: %2").arg(index).arg(problems.join(u"; "_s));
        plans << plan;
    }
    return std::nullopt;
}

// Our format nests four levels deep; anything far deeper is hostile and is refused before parsing.
bool nestsTooDeeply(const QByteArray& data)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : data) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

void parseJson(const QByteArray& data, TenantImport::Preview& preview, const QStringList& existingSlugs,
    const QStringList& knownPlans)
{
    if (nestsTooDeeply(data)) {
        preview.fileError =
            QCoreApplication::translate("TenantImport", "the file nests arrays or objects more than %1 levels deep")
                .arg(kMaxJsonDepth);
        return;
    }
    const Json document = Json::parse(data.constBegin(), data.constEnd(), nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) {
        preview.fileError = QCoreApplication::translate("TenantImport", "the file is not valid JSON");
        return;
    }
    const Json* tenants = nullptr;
    if (document.is_array()) {
        tenants = &document;
    } else if (document.is_object()) {
        QStringList unknown;
        for (auto it = document.begin(); it != document.end(); ++it) {
            if (it.key() != "plans" && it.key() != "tenants")
                unknown << QString::fromStdString(it.key()).left(40);
        }
        if (!unknown.isEmpty()) {
            preview.fileError =
                QCoreApplication::translate("TenantImport", "unknown top-level key(s) %1 (known: plans, tenants)")
                    .arg(unknown.join(u", "_s));
            return;
        }
        if (const auto plans = document.find("plans"); plans != document.end()) {
            if (const auto error = readJsonPlans(*plans, preview.plans)) {
                preview.fileError = *error;
                return;
            }
        }
        const auto found = document.find("tenants");
        if (found == document.end()) {
            if (preview.plans.isEmpty())
                preview.fileError =
                    QCoreApplication::translate("TenantImport", "the file has neither \"tenants\" nor \"plans\"");
            return;
        }
        tenants = &*found;
    } else {
        preview.fileError = QCoreApplication::translate(
            "TenantImport", "the file must hold an array of tenants or an object with \"tenants\"");
        return;
    }
    if (!tenants->is_array()) {
        preview.fileError = QCoreApplication::translate("TenantImport", "\"tenants\" must be an array");
        return;
    }
    QStringList known = knownPlans;
    for (const Plan& plan : std::as_const(preview.plans))
        known << plan.code;
    PreviewBuilder builder(preview, existingSlugs, known, false);
    int index = 0;
    for (const Json& object : *tenants)
        builder.add(readJsonTenant(object, ++index));
}

} // namespace

TenantImport::Preview TenantImport::parse(
    const QByteArray& input, Format format, const QStringList& existingSlugs, const QStringList& knownPlans)
{
    Preview preview;
    if (input.size() > kMaxFileBytes) {
        preview.fileError = QCoreApplication::translate("TenantImport", "the file is larger than %1 MB")
                                .arg(kMaxFileBytes / (1024 * 1024));
        return preview;
    }
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty()) {
        preview.fileError = QCoreApplication::translate("TenantImport", "the file is empty");
        return preview;
    }
    if (data.contains('\0')) {
        preview.fileError = QCoreApplication::translate("TenantImport", "the file is not text (it contains NUL bytes)");
        return preview;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        preview.fileError =
            QCoreApplication::translate("TenantImport", "the file is not UTF-8 text; save it as UTF-8 and try again");
        return preview;
    }
    if (format == Format::Auto) {
        const QString start = text.trimmed();
        format = (start.startsWith(u'{') || start.startsWith(u'[')) ? Format::Json : Format::Csv;
    }
    try {
        if (format == Format::Json)
            parseJson(data, preview, existingSlugs, knownPlans);
        else
            parseCsv(text, preview, existingSlugs, knownPlans);
    } catch (const std::exception& e) {
        // Belt and braces: the readers check types before every get<>(), nothing should throw.
        qCWarning(lcStore) << "import parser threw:" << e.what();
        preview.accepted.clear();
        preview.rejected.clear();
        preview.plans.clear();
        preview.fileError = QCoreApplication::translate("TenantImport", "the file could not be read (%1)")
                                .arg(QString::fromUtf8(e.what()));
    }
    return preview;
}

TenantImport::Format TenantImport::formatForFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"json"_s)
        return Format::Json;
    if (suffix == u"csv"_s)
        return Format::Csv;
    return Format::Auto;
}

} // namespace Fleetdeck
