#include "sim/alertmanagerstub.h"

#include "sim/jsonwriter.h"
#include "sim/router.h"
#include "sim/simalerting.h"
#include "sim/simcontext.h"
#include "sim/simlogging.h"
#include "sim/upstreamerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

namespace Fleetdeck::Sim {

namespace {

using Json = nlohmann::json;

constexpr qint64 kResendDelayMs = 4 * 60 * 1000; // Prometheus pushes endsAt 4 resend intervals ahead

// Alertmanager's own errors: a bare JSON string.
SimResponse stringError(int status, const QString& message)
{
    JsonWriter json;
    json.string(message);
    return SimResponse::json(json.take(), status);
}

// go-swagger's validation errors: {"code":6xx,"message":…} with 422 (400 when the body is not JSON).
SimResponse swaggerError(int status, int code, const QString& message)
{
    JsonWriter json;
    json.beginObject();
    json.key("code");
    json.integer(code);
    json.key("message");
    json.string(message);
    json.endObject();
    return SimResponse::json(json.take(), status);
}

void writeLabels(JsonWriter& json, const SimLabels& labels)
{
    json.beginObject();
    for (const auto& [name, value] : labels.pairs()) {
        json.key(name);
        json.string(value);
    }
    json.endObject();
}

void writeStrings(JsonWriter& json, const QStringList& list)
{
    json.beginArray();
    for (const QString& item : list)
        json.string(item);
    json.endArray();
}

void writeAlert(JsonWriter& json, const SimContext& context, const SimManagedAlert& managed, qint64 now)
{
    const SimAlert& alert = managed.alert;
    const SimAlertRule& rule = SimAlerting::rules().at(alert.rule);
    json.beginObject();
    json.key("annotations");
    writeLabels(json, alert.annotations);
    json.key("endsAt");
    json.time(now + kResendDelayMs);
    json.key("fingerprint");
    json.string(alert.fingerprint);
    json.key("receivers");
    json.beginArray();
    json.beginObject();
    json.key("name");
    json.string(managed.receiver);
    json.endObject();
    json.endArray();
    json.key("startsAt");
    json.time(alert.activeAtMs + qint64(rule.forSeconds) * 1000);
    json.key("status");
    json.beginObject();
    json.key("inhibitedBy");
    writeStrings(json, managed.inhibitedBy);
    json.key("silencedBy");
    writeStrings(json, managed.silencedBy);
    json.key("state");
    json.string(managed.isSuppressed() ? "suppressed" : "active");
    json.endObject();
    json.key("updatedAt");
    json.time(now);
    json.key("generatorURL");
    json.string(SimAlerting::generatorUrl(context, rule.query));
    json.key("labels");
    writeLabels(json, alert.labels);
    json.endObject();
}

void writeSilence(JsonWriter& json, const SimSilence& silence, qint64 now)
{
    json.beginObject();
    json.key("id");
    json.string(silence.id);
    json.key("status");
    json.beginObject();
    json.key("state");
    json.string(silence.state(now));
    json.endObject();
    json.key("updatedAt");
    json.time(silence.updatedAtMs);
    json.key("comment");
    json.string(silence.comment);
    json.key("createdBy");
    json.string(silence.createdBy);
    json.key("endsAt");
    json.time(silence.endsAtMs);
    json.key("matchers");
    json.beginArray();
    for (const SimSilence::Matcher& matcher : silence.matchers) {
        json.beginObject();
        json.key("isEqual");
        json.boolean(matcher.isEqual);
        json.key("isRegex");
        json.boolean(matcher.isRegex);
        json.key("name");
        json.string(matcher.name);
        json.key("value");
        json.string(matcher.value);
        json.endObject();
    }
    json.endArray();
    json.key("startsAt");
    json.time(silence.startsAtMs);
    json.endObject();
}

// A filter matcher ("severity=\"critical\"", "alertname=~Probe.*"), like Alertmanager's labels.ParseMatcher.
std::optional<SimSilence::Matcher> parseFilter(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*\\{?\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*\\}?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    SimSilence::Matcher matcher;
    matcher.name = match.captured(1);
    const QString op = match.captured(2);
    matcher.isRegex = op.endsWith(QLatin1Char('~'));
    matcher.isEqual = !op.startsWith(QLatin1Char('!'));
    QString value = match.captured(3);
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
        value = value.mid(1, value.size() - 2);
        value.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
    }
    matcher.value = value;
    if (matcher.isRegex) {
        matcher.regex = QRegularExpression(QRegularExpression::anchoredPattern(value));
        if (!matcher.regex.isValid())
            return std::nullopt;
    }
    return matcher;
}

struct AlertQuery
{
    bool active = true;
    bool silenced = true;
    bool inhibited = true;
    bool unprocessed = true;
    std::vector<SimSilence::Matcher> filters;
    std::optional<QRegularExpression> receiver;
};

// Reads the query parameters of the alert endpoints; an error response when one is invalid.
std::optional<SimResponse> readAlertQuery(const SimRequest& request, AlertQuery& query)
{
    const std::pair<const char*, bool*> flags[] = {{"active", &query.active}, {"silenced", &query.silenced},
        {"inhibited", &query.inhibited}, {"unprocessed", &query.unprocessed}};
    for (const auto& [name, target] : flags) {
        bool present = false;
        const QString value = request.formValue(QLatin1String(name), &present).toLower();
        if (!present)
            continue;
        if (value == QLatin1String("true") || value == QLatin1String("1"))
            *target = true;
        else if (value == QLatin1String("false") || value == QLatin1String("0"))
            *target = false;
        else
            return swaggerError(422, 601,
                QStringLiteral("%1 in query must be of type bool: \"%2\"")
                    .arg(QLatin1String(name), request.formValue(QLatin1String(name))));
    }
    for (const QString& filter : request.formValues(QStringLiteral("filter"))) {
        std::optional<SimSilence::Matcher> matcher = parseFilter(filter);
        if (!matcher)
            return stringError(400, QStringLiteral("bad matcher format: %1").arg(filter));
        query.filters.push_back(std::move(*matcher));
    }
    const QString receiver = request.formValue(QStringLiteral("receiver"));
    if (!receiver.isEmpty()) {
        QRegularExpression regex(QRegularExpression::anchoredPattern(receiver));
        if (!regex.isValid())
            return stringError(400, QStringLiteral("failed to parse receiver param: %1").arg(regex.errorString()));
        query.receiver = regex;
    }
    return std::nullopt;
}

bool selected(const AlertQuery& query, const SimManagedAlert& alert)
{
    if (query.receiver && !query.receiver->match(alert.receiver).hasMatch())
        return false;
    if (!query.active && !alert.isSuppressed())
        return false;
    if (!query.silenced && !alert.silencedBy.isEmpty())
        return false;
    if (!query.inhibited && !alert.inhibitedBy.isEmpty())
        return false;
    for (const SimSilence::Matcher& filter : query.filters) {
        if (!filter.matches(alert.alert.labels))
            return false;
    }
    return true;
}

SimResponse alerts(SimContext& context, const SimRequest& request)
{
    AlertQuery query;
    if (std::optional<SimResponse> error = readAlertQuery(request, query))
        return *error;
    const qint64 now = context.simMsecs();
    JsonWriter json;
    json.beginArray();
    for (const SimManagedAlert& alert : SimAlerting::managedAlerts(context)) {
        if (selected(query, alert))
            writeAlert(json, context, alert, now);
    }
    json.endArray();
    return SimResponse::json(json.take());
}

SimResponse alertGroups(SimContext& context, const SimRequest& request)
{
    AlertQuery query;
    if (std::optional<SimResponse> error = readAlertQuery(request, query))
        return *error;
    const qint64 now = context.simMsecs();
    // group_by: [alertname, severity], per receiver.
    std::map<std::pair<SimLabels, QString>, std::vector<SimManagedAlert>> groups;
    for (SimManagedAlert& alert : SimAlerting::managedAlerts(context)) {
        if (!selected(query, alert))
            continue;
        const SimLabels key{{QStringLiteral("alertname"), alert.alert.labels.value(QStringLiteral("alertname"))},
            {QStringLiteral("severity"), alert.alert.labels.value(QStringLiteral("severity"))}};
        groups[{key, alert.receiver}].push_back(std::move(alert));
    }
    JsonWriter json;
    json.beginArray();
    for (auto& [key, members] : groups) {
        std::sort(members.begin(), members.end(),
            [](const SimManagedAlert& a, const SimManagedAlert& b) { return a.alert.labels < b.alert.labels; });
        json.beginObject();
        json.key("alerts");
        json.beginArray();
        for (const SimManagedAlert& alert : members)
            writeAlert(json, context, alert, now);
        json.endArray();
        json.key("labels");
        writeLabels(json, key.first);
        json.key("receiver");
        json.beginObject();
        json.key("name");
        json.string(key.second);
        json.endObject();
        json.endObject();
    }
    json.endArray();
    return SimResponse::json(json.take());
}

SimResponse silences(SimContext& context, const SimRequest& request)
{
    std::vector<SimSilence::Matcher> filters;
    for (const QString& filter : request.formValues(QStringLiteral("filter"))) {
        std::optional<SimSilence::Matcher> matcher = parseFilter(filter);
        if (!matcher)
            return stringError(400, QStringLiteral("bad matcher format: %1").arg(filter));
        filters.push_back(std::move(*matcher));
    }
    const qint64 now = context.simMsecs();
    QList<const SimSilence*> list;
    for (const SimSilence& silence : context.monitoring.silences) {
        // A silence matches a filter when it has a matcher equal to it.
        bool keep = true;
        for (const SimSilence::Matcher& filter : filters) {
            bool found = false;
            for (const SimSilence::Matcher& own : silence.matchers) {
                found = found
                    || (own.name == filter.name && own.value == filter.value && own.isRegex == filter.isRegex
                        && own.isEqual == filter.isEqual);
            }
            keep = keep && found;
        }
        if (keep)
            list.append(&silence);
    }
    auto rank = [now](const SimSilence* s) {
        const QString state = s->state(now);
        return state == QLatin1String("active") ? 1 : state == QLatin1String("pending") ? 2 : 3;
    };
    std::sort(list.begin(), list.end(), [&](const SimSilence* a, const SimSilence* b) {
        const int ra = rank(a);
        const int rb = rank(b);
        if (ra != rb)
            return ra < rb;
        if (ra == 1)
            return a->endsAtMs < b->endsAtMs;
        if (ra == 2)
            return a->startsAtMs < b->startsAtMs;
        return a->endsAtMs > b->endsAtMs;
    });
    JsonWriter json;
    json.beginArray();
    for (const SimSilence* silence : list)
        writeSilence(json, *silence, now);
    json.endArray();
    return SimResponse::json(json.take());
}

bool isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

SimSilence* findSilence(SimContext& context, const QString& id)
{
    for (SimSilence& silence : context.monitoring.silences) {
        if (silence.id.compare(id, Qt::CaseInsensitive) == 0)
            return &silence;
    }
    return nullptr;
}

QString jsonString(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

SimResponse postSilence(SimContext& context, const SimRequest& request)
{
    const Json body = Json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return swaggerError(400, 400,
            QStringLiteral("parsing silence body from \"\" failed, because %1")
                .arg(body.is_discarded() ? QStringLiteral("invalid character in JSON input")
                                         : QStringLiteral("json: cannot unmarshal into Go value of type "
                                                          "models.PostableSilence")));
    // Types first (a wrong type fails the JSON decoding itself).
    for (const char* field : {"id", "comment", "createdBy", "startsAt", "endsAt"}) {
        const auto it = body.find(field);
        if (it != body.end() && !it->is_string() && !it->is_null())
            return swaggerError(400, 400,
                QStringLiteral("parsing silence body from \"\" failed, because json: cannot unmarshal %1 into Go "
                               "struct field of type string")
                    .arg(QString::fromStdString(std::string(it->type_name()))));
    }
    const auto matchersIt = body.find("matchers");
    if (matchersIt != body.end() && !matchersIt->is_array() && !matchersIt->is_null())
        return swaggerError(400, 400,
            QStringLiteral("parsing silence body from \"\" failed, because json: cannot unmarshal %1 into Go struct "
                           "field of type models.Matchers")
                .arg(QString::fromStdString(std::string(matchersIt->type_name()))));
    std::optional<qint64> startsAt;
    std::optional<qint64> endsAt;
    const std::pair<const char*, std::optional<qint64>*> times[] = {{"startsAt", &startsAt}, {"endsAt", &endsAt}};
    for (const auto& [field, target] : times) {
        const QString text = jsonString(body, field);
        if (text.isEmpty())
            continue;
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid() || !text.contains(QLatin1Char('T')))
            return swaggerError(400, 400,
                QStringLiteral("parsing silence body from \"\" failed, because parsing time \"%1\" as "
                               "\"2006-01-02T15:04:05Z07:00\": cannot parse")
                    .arg(text));
        *target = parsed.toMSecsSinceEpoch();
    }

    // Schema validation (go-swagger, alphabetical field order).
    QStringList problems;
    QList<int> codes;
    auto require = [&](bool ok, const QString& field) {
        if (!ok) {
            problems << QStringLiteral("%1 in body is required").arg(field);
            codes << 602;
        }
    };
    require(!jsonString(body, "comment").isEmpty(), QStringLiteral("comment"));
    require(!jsonString(body, "createdBy").isEmpty(), QStringLiteral("createdBy"));
    require(endsAt.has_value(), QStringLiteral("endsAt"));
    const bool hasMatchers = matchersIt != body.end() && matchersIt->is_array();
    require(hasMatchers, QStringLiteral("matchers"));
    if (hasMatchers && matchersIt->empty()) {
        problems << QStringLiteral("matchers in body should have at least 1 items");
        codes << 612;
    }
    if (hasMatchers) {
        int index = 0;
        for (const Json& item : *matchersIt) {
            const QString where = QStringLiteral("matchers.%1").arg(index++);
            if (!item.is_object()) {
                problems << QStringLiteral("%1 in body must be of type object").arg(where);
                codes << 601;
                continue;
            }
            require(item.contains("name") && item["name"].is_string() && !item["name"].get<std::string>().empty(),
                where + QStringLiteral(".name"));
            require(item.contains("value") && item["value"].is_string(), where + QStringLiteral(".value"));
            require(item.contains("isRegex") && item["isRegex"].is_boolean(), where + QStringLiteral(".isRegex"));
        }
    }
    require(startsAt.has_value(), QStringLiteral("startsAt"));
    if (problems.size() == 1)
        return swaggerError(422, codes.constFirst(), problems.constFirst());
    if (problems.size() > 1)
        return swaggerError(422, 422, QStringLiteral("validation failure list:\n") + problems.join(QLatin1Char('\n')));

    // Alertmanager's own checks: plain strings.
    SimSilence silence;
    silence.comment = jsonString(body, "comment");
    silence.createdBy = jsonString(body, "createdBy");
    silence.startsAtMs = *startsAt;
    silence.endsAtMs = *endsAt;
    int index = 0;
    bool selective = false;
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    for (const Json& item : *matchersIt) {
        SimSilence::Matcher matcher;
        matcher.name = QString::fromStdString(item["name"].get<std::string>());
        matcher.value = QString::fromStdString(item["value"].get<std::string>());
        matcher.isRegex = item["isRegex"].get<bool>();
        matcher.isEqual = !item.contains("isEqual") || !item["isEqual"].is_boolean() || item["isEqual"].get<bool>();
        if (!labelName.match(matcher.name).hasMatch())
            return stringError(400,
                QStringLiteral("silence invalid: invalid label matcher %1: invalid label name \"%2\"")
                    .arg(index)
                    .arg(matcher.name));
        if (matcher.isRegex) {
            matcher.regex = QRegularExpression(QRegularExpression::anchoredPattern(matcher.value));
            if (!matcher.regex.isValid())
                return stringError(400,
                    QStringLiteral("silence invalid: invalid label matcher %1: invalid regular expression \"%2\": %3")
                        .arg(index)
                        .arg(matcher.value, matcher.regex.errorString()));
        }
        const bool hit = matcher.isRegex ? matcher.regex.match(QString()).hasMatch() : matcher.value.isEmpty();
        selective = selective || (matcher.isEqual ? !hit : hit);
        silence.matchers.push_back(std::move(matcher));
        ++index;
    }
    if (!selective)
        return stringError(
            400, QStringLiteral("silence invalid: at least one matcher must not match the empty string"));
    if (silence.startsAtMs >= silence.endsAtMs)
        return stringError(400, QStringLiteral("Failed to create silence: start time must be before end time"));
    const qint64 now = context.simMsecs();
    if (silence.endsAtMs < now)
        return stringError(400, QStringLiteral("Failed to create silence: end time can't be in the past"));

    const QString id = jsonString(body, "id");
    silence.updatedAtMs = now;
    if (!id.isEmpty()) {
        SimSilence* existing = findSilence(context, id);
        if (!existing)
            return stringError(404, QStringLiteral("silence not found"));
        bool sameMatchers = existing->matchers.size() == silence.matchers.size();
        for (std::size_t i = 0; sameMatchers && i < silence.matchers.size(); ++i) {
            const SimSilence::Matcher& a = existing->matchers[i];
            const SimSilence::Matcher& b = silence.matchers[i];
            sameMatchers = a.name == b.name && a.value == b.value && a.isRegex == b.isRegex && a.isEqual == b.isEqual;
        }
        const QString state = existing->state(now);
        if (sameMatchers && state != QLatin1String("expired")) {
            // Updated in place (an active silence keeps its start).
            if (state == QLatin1String("active"))
                silence.startsAtMs = existing->startsAtMs;
            silence.id = existing->id;
            *existing = std::move(silence);
            qCInfo(lcSim) << "silence" << existing->id << "updated";
            return SimResponse::json(QByteArrayLiteral("{\"silenceID\":\"") + existing->id.toLatin1() + "\"}");
        }
        // Otherwise Alertmanager expires the old one and creates a new one.
        if (state == QLatin1String("pending"))
            existing->startsAtMs = now;
        if (state != QLatin1String("expired"))
            existing->endsAtMs = now;
        existing->updatedAtMs = now;
    }
    if (silence.startsAtMs < now)
        silence.startsAtMs = now; // a silence never starts in the past
    silence.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString newId = silence.id;
    context.monitoring.silences.append(std::move(silence));
    qCInfo(lcSim) << "silence" << newId << "created";
    return SimResponse::json(QByteArrayLiteral("{\"silenceID\":\"") + newId.toLatin1() + "\"}");
}

SimResponse emptyNotFound()
{
    SimResponse response;
    response.status = 404;
    response.contentType = QByteArrayLiteral("application/json");
    return response;
}

} // namespace

void AlertmanagerStub::install(Router& router, SimContext& context)
{
    SimContext* ctx = &context;
    auto ok = [](const SimRequest&, const QStringList&) {
        return SimResponse::text(QByteArrayLiteral("OK"));
    };
    router.get(QStringLiteral("/alertmanager/-/healthy"), ok);
    router.get(QStringLiteral("/alertmanager/-/ready"), ok);

    const QString webhook = context.url(QStringLiteral("/n8n/webhook/alertmanager-intake"));
    const QString config =
        QStringLiteral("global:\n  resolve_timeout: 5m\nroute:\n  receiver: n8n-oncall\n  group_by:\n"
                       "  - alertname\n  - severity\n  routes:\n  - receiver: n8n-tickets\n"
                       "    matchers:\n    - severity=\"warning\"\n  group_wait: 10s\n"
                       "  group_interval: 30s\n  repeat_interval: 4h\ninhibit_rules:\n- source_matchers:\n"
                       "  - severity=\"critical\"\n  target_matchers:\n  - severity=\"warning\"\n  equal:\n"
                       "  - instance\nreceivers:\n"
                       "- name: n8n-oncall\n  webhook_configs:\n  - send_resolved: true\n"
                       "    url: %1\n- name: n8n-tickets\n  webhook_configs:\n"
                       "  - send_resolved: false\n    url: %1\ntemplates: []\n")
            .arg(webhook);
    const QByteArray status =
        QJsonDocument(QJsonObject{{QStringLiteral("cluster"),
                                      QJsonObject{{QStringLiteral("peers"), QJsonArray{}},
                                          {QStringLiteral("status"), QStringLiteral("disabled")}}},
                          {QStringLiteral("config"), QJsonObject{{QStringLiteral("original"), config}}},
                          {QStringLiteral("uptime"), context.startedAt.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("versionInfo"),
                              QJsonObject{{QStringLiteral("branch"), QStringLiteral("debian/sid")},
                                  {QStringLiteral("buildDate"), QStringLiteral("20230409-09:50:43")},
                                  {QStringLiteral("buildUser"), QStringLiteral("team+pkg-go@tracker.debian.org")},
                                  {QStringLiteral("goVersion"), QStringLiteral("go1.19.8")},
                                  {QStringLiteral("revision"), QStringLiteral("0.25.0-1+b4")},
                                  {QStringLiteral("version"), QStringLiteral("0.25.0")}}}})
            .toJson(QJsonDocument::Compact);
    router.get(QStringLiteral("/alertmanager/api/v2/status"),
        [status](const SimRequest&, const QStringList&) { return SimResponse::json(status); });

    router.get(QStringLiteral("/alertmanager/api/v2/alerts"),
        [ctx](const SimRequest& request, const QStringList&) { return alerts(*ctx, request); });
    router.get(QStringLiteral("/alertmanager/api/v2/alerts/groups"),
        [ctx](const SimRequest& request, const QStringList&) { return alertGroups(*ctx, request); });
    router.get(QStringLiteral("/alertmanager/api/v2/silences"),
        [ctx](const SimRequest& request, const QStringList&) { return silences(*ctx, request); });
    router.post(QStringLiteral("/alertmanager/api/v2/silences"),
        [ctx](const SimRequest& request, const QStringList&) { return postSilence(*ctx, request); });
    router.get(
        QStringLiteral("/alertmanager/api/v2/silence/<id>"), [ctx](const SimRequest&, const QStringList& captures) {
            const QString& id = captures.at(0);
            if (!isUuid(id))
                return swaggerError(422, 601, QStringLiteral("silenceID in path must be of type uuid: \"%1\"").arg(id));
            const SimSilence* silence = findSilence(*ctx, id);
            if (!silence)
                return emptyNotFound();
            JsonWriter json;
            writeSilence(json, *silence, ctx->simMsecs());
            return SimResponse::json(json.take());
        });
    router.add(QHttpServerRequest::Method::Delete, QStringLiteral("/alertmanager/api/v2/silence/<id>"),
        [ctx](const SimRequest&, const QStringList& captures) {
            const QString& id = captures.at(0);
            if (!isUuid(id))
                return swaggerError(422, 601, QStringLiteral("silenceID in path must be of type uuid: \"%1\"").arg(id));
            SimSilence* silence = findSilence(*ctx, id);
            if (!silence)
                return emptyNotFound();
            const qint64 now = ctx->simMsecs();
            const QString state = silence->state(now);
            if (state == QLatin1String("expired"))
                return stringError(500, QStringLiteral("silence %1 already expired").arg(silence->id));
            if (state == QLatin1String("pending"))
                silence->startsAtMs = now;
            silence->endsAtMs = now;
            silence->updatedAtMs = now;
            qCInfo(lcSim) << "silence" << silence->id << "expired";
            SimResponse response;
            response.status = 200;
            return response;
        });
}

} // namespace Fleetdeck::Sim
