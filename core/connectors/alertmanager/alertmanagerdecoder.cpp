#include "core/connectors/alertmanager/alertmanagerdecoder.h"

#include <nlohmann/json.hpp>
#include <string>

namespace Fleetdeck {

namespace {

using Json = nlohmann::json;

ApiError decodeError(const QString& message)
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
    return it == object.end() ? nullptr : &*it;
}

QString stringMember(const Json& object, const char* key)
{
    const Json* value = member(object, key);
    return value && value->is_string() ? fromStd(value->get_ref<const std::string&>()) : QString();
}

bool boolMember(const Json& object, const char* key, bool fallback)
{
    const Json* value = member(object, key);
    return value && value->is_boolean() ? value->get<bool>() : fallback;
}

// RFC 3339 with any number of fraction digits; Go's zero time ("0001-01-01T00:00:00Z") is "none".
QDateTime timeMember(const Json& object, const char* key)
{
    const QString text = stringMember(object, key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() && parsed.date().year() > 1 ? parsed.toUTC() : QDateTime();
}

// A bare JSON body that is not what was expected, described for a person.
QString describe(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("the answer is empty");
    if (trimmed.startsWith('<'))
        return QStringLiteral("the answer is an HTML page, not Alertmanager's API (a proxy or a login page in front "
                              "of Alertmanager, or the wrong URL?)");
    return QStringLiteral("the answer is malformed or truncated JSON (%1 bytes)").arg(body.size());
}

Result<Json> parse(const QByteArray& body)
{
    Json root = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded())
        return Result<Json>::failure(decodeError(describe(body)));
    return Result<Json>(std::move(root));
}

std::optional<MetricLabels> labelsFrom(const Json* object, const QString& where, ApiError* error)
{
    MetricLabels labels;
    if (!object || object->is_null())
        return labels;
    if (!object->is_object()) {
        *error = decodeError(QStringLiteral("%1 is not an object").arg(where));
        return std::nullopt;
    }
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!it.value().is_string()) {
            *error = decodeError(QStringLiteral("%1.%2 is not a string").arg(where, fromStd(it.key())));
            return std::nullopt;
        }
        labels.insert(fromStd(it.key()), fromStd(it.value().get_ref<const std::string&>()));
    }
    return labels;
}

QStringList stringList(const Json* array)
{
    QStringList list;
    if (!array || !array->is_array())
        return list;
    for (const Json& item : *array) {
        if (item.is_string())
            list << fromStd(item.get_ref<const std::string&>());
    }
    return list;
}

// An error body in place of the expected list: Alertmanager's errors are JSON strings.
std::optional<ApiError> errorInPlaceOfData(const Json& root)
{
    if (root.is_string())
        return decodeError(
            QStringLiteral("Alertmanager answered with an error: %1").arg(fromStd(root.get_ref<const std::string&>())));
    return std::nullopt;
}

std::optional<ExternalAlert> alertFrom(const Json& object, const QString& where, ApiError* error)
{
    if (!object.is_object()) {
        *error = decodeError(QStringLiteral("%1 is not an object").arg(where));
        return std::nullopt;
    }
    ExternalAlert alert;
    alert.fingerprint = stringMember(object, "fingerprint");
    std::optional<MetricLabels> labels = labelsFrom(member(object, "labels"), where + QStringLiteral(".labels"), error);
    if (!labels)
        return std::nullopt;
    std::optional<MetricLabels> annotations =
        labelsFrom(member(object, "annotations"), where + QStringLiteral(".annotations"), error);
    if (!annotations)
        return std::nullopt;
    alert.labels = std::move(*labels);
    alert.annotations = std::move(*annotations);
    alert.startsAt = timeMember(object, "startsAt");
    alert.endsAt = timeMember(object, "endsAt");
    alert.updatedAt = timeMember(object, "updatedAt");
    alert.generatorUrl = stringMember(object, "generatorURL");
    if (const Json* receivers = member(object, "receivers"); receivers && receivers->is_array()) {
        for (const Json& receiver : *receivers) {
            const QString name =
                receiver.is_string() ? fromStd(receiver.get_ref<const std::string&>()) : stringMember(receiver, "name");
            if (!name.isEmpty())
                alert.receivers << name;
        }
    }
    const Json* status = member(object, "status");
    if (status && !status->is_object()) {
        *error = decodeError(QStringLiteral("%1.status is not an object").arg(where));
        return std::nullopt;
    }
    if (status) {
        const QString state = stringMember(*status, "state");
        alert.state = state == QLatin1String("active") ? ExternalAlert::State::Active
            : state == QLatin1String("suppressed")     ? ExternalAlert::State::Suppressed
                                                       : ExternalAlert::State::Unprocessed;
        alert.silencedBy = stringList(member(*status, "silencedBy"));
        alert.inhibitedBy = stringList(member(*status, "inhibitedBy"));
        alert.mutedBy = stringList(member(*status, "mutedBy"));
    }
    if (alert.fingerprint.isEmpty() && alert.labels.isEmpty()) {
        *error = decodeError(QStringLiteral("%1 has neither a fingerprint nor labels").arg(where));
        return std::nullopt;
    }
    return alert;
}

std::optional<Silence> silenceFrom(const Json& object, const QString& where, ApiError* error)
{
    if (!object.is_object()) {
        *error = decodeError(QStringLiteral("%1 is not an object").arg(where));
        return std::nullopt;
    }
    Silence silence;
    silence.id = stringMember(object, "id");
    silence.startsAt = timeMember(object, "startsAt");
    silence.endsAt = timeMember(object, "endsAt");
    silence.updatedAt = timeMember(object, "updatedAt");
    silence.createdBy = stringMember(object, "createdBy");
    silence.comment = stringMember(object, "comment");
    const QString state = stringMember(member(object, "status") ? *member(object, "status") : Json(), "state");
    silence.state = state == QLatin1String("active") ? Silence::State::Active
        : state == QLatin1String("expired")          ? Silence::State::Expired
                                                     : Silence::State::Pending;
    const Json* matchers = member(object, "matchers");
    if (!matchers || !matchers->is_array()) {
        *error = decodeError(QStringLiteral("%1.matchers is missing or not an array").arg(where));
        return std::nullopt;
    }
    int index = 0;
    for (const Json& item : *matchers) {
        if (!item.is_object() || !member(item, "name") || !member(item, "name")->is_string()) {
            *error = decodeError(QStringLiteral("%1.matchers[%2] has no name").arg(where).arg(index));
            return std::nullopt;
        }
        ++index;
        SilenceMatcher matcher;
        matcher.name = stringMember(item, "name");
        matcher.value = stringMember(item, "value");
        matcher.isRegex = boolMember(item, "isRegex", false);
        matcher.isEqual = boolMember(item, "isEqual", true); // absent before 0.22: always "="
        silence.matchers.append(std::move(matcher));
    }
    if (silence.id.isEmpty()) {
        *error = decodeError(QStringLiteral("%1 has no id").arg(where));
        return std::nullopt;
    }
    return silence;
}

template <typename T, typename Item> Result<QList<T>> listFrom(const QByteArray& body, const char* what, Item item)
{
    using R = Result<QList<T>>;
    try {
        Result<Json> root = parse(body);
        if (!root)
            return R::failure(root.error());
        if (std::optional<ApiError> error = errorInPlaceOfData(*root))
            return R::failure(*error);
        if (!root->is_array())
            return R::failure(decodeError(QStringLiteral("the %1 list is not a JSON array").arg(QLatin1String(what))));
        QList<T> list;
        list.reserve(qsizetype(root->size()));
        int index = 0;
        for (const Json& element : *root) {
            ApiError error;
            std::optional<T> value = item(element, QStringLiteral("[%1]").arg(index++), &error);
            if (!value)
                return R::failure(error);
            list.append(std::move(*value));
        }
        return R(std::move(list));
    } catch (const std::exception& e) {
        return R::failure(decodeError(
            QStringLiteral("the %1 could not be read: %2").arg(QLatin1String(what), QString::fromUtf8(e.what()))));
    }
}

} // namespace

Result<QList<ExternalAlert>> AlertmanagerDecoder::decodeAlerts(const QByteArray& body)
{
    return listFrom<ExternalAlert>(body, "alerts", &alertFrom);
}

Result<QList<AlertGroup>> AlertmanagerDecoder::decodeAlertGroups(const QByteArray& body)
{
    return listFrom<AlertGroup>(body, "alert groups", [](const Json& object, const QString& where, ApiError* error) {
        std::optional<AlertGroup> group;
        if (!object.is_object()) {
            *error = decodeError(QStringLiteral("%1 is not an object").arg(where));
            return group;
        }
        std::optional<MetricLabels> labels =
            labelsFrom(member(object, "labels"), where + QStringLiteral(".labels"), error);
        if (!labels)
            return group;
        AlertGroup out;
        out.labels = std::move(*labels);
        if (const Json* receiver = member(object, "receiver"))
            out.receiver = receiver->is_string() ? fromStd(receiver->get_ref<const std::string&>())
                                                 : stringMember(*receiver, "name");
        const Json* alerts = member(object, "alerts");
        if (alerts && !alerts->is_array()) {
            *error = decodeError(QStringLiteral("%1.alerts is not an array").arg(where));
            return group;
        }
        if (alerts) {
            int index = 0;
            for (const Json& item : *alerts) {
                std::optional<ExternalAlert> alert =
                    alertFrom(item, QStringLiteral("%1.alerts[%2]").arg(where).arg(index++), error);
                if (!alert)
                    return group;
                out.alerts.append(std::move(*alert));
            }
        }
        group = std::move(out);
        return group;
    });
}

Result<QList<Silence>> AlertmanagerDecoder::decodeSilences(const QByteArray& body)
{
    return listFrom<Silence>(body, "silences", &silenceFrom);
}

Result<Silence> AlertmanagerDecoder::decodeSilence(const QByteArray& body)
{
    try {
        Result<Json> root = parse(body);
        if (!root)
            return Result<Silence>::failure(root.error());
        if (std::optional<ApiError> error = errorInPlaceOfData(*root))
            return Result<Silence>::failure(*error);
        ApiError error;
        std::optional<Silence> silence = silenceFrom(*root, QStringLiteral("the silence"), &error);
        if (!silence)
            return Result<Silence>::failure(error);
        return Result<Silence>(std::move(*silence));
    } catch (const std::exception& e) {
        return Result<Silence>::failure(
            decodeError(QStringLiteral("the silence could not be read: %1").arg(QString::fromUtf8(e.what()))));
    }
}

Result<QString> AlertmanagerDecoder::decodeSilenceId(const QByteArray& body)
{
    Result<Json> root = parse(body);
    if (!root)
        return Result<QString>::failure(root.error());
    if (std::optional<ApiError> error = errorInPlaceOfData(*root))
        return Result<QString>::failure(*error);
    const QString id = stringMember(*root, "silenceID");
    if (id.isEmpty())
        return Result<QString>::failure(decodeError(QStringLiteral("\"silenceID\" is missing from the answer")));
    return Result<QString>(id);
}

Result<AlertmanagerStatus> AlertmanagerDecoder::decodeStatus(const QByteArray& body)
{
    Result<Json> root = parse(body);
    if (!root)
        return Result<AlertmanagerStatus>::failure(root.error());
    if (!root->is_object() || (!member(*root, "versionInfo") && !member(*root, "cluster")))
        return Result<AlertmanagerStatus>::failure(
            decodeError(QStringLiteral("the answer is not Alertmanager's status")));
    AlertmanagerStatus status;
    if (const Json* version = member(*root, "versionInfo"))
        status.version = stringMember(*version, "version");
    if (const Json* cluster = member(*root, "cluster")) {
        status.clusterStatus = stringMember(*cluster, "status");
        if (const Json* peers = member(*cluster, "peers"); peers && peers->is_array())
            status.clusterPeers = int(peers->size());
    }
    status.uptime = timeMember(*root, "uptime");
    if (const Json* config = member(*root, "config"))
        status.configYaml = stringMember(*config, "original");
    return Result<AlertmanagerStatus>(std::move(status));
}

QString AlertmanagerDecoder::errorMessage(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    const Json root = Json::parse(trimmed.constBegin(), trimmed.constEnd(), nullptr, false);
    if (!root.is_discarded()) {
        if (root.is_string())
            return fromStd(root.get_ref<const std::string&>()).left(300);
        const QString message = stringMember(root, "message"); // go-swagger's {"code":602,"message":…}
        if (!message.isEmpty())
            return message.left(300);
        const QString error = stringMember(root, "error");
        return error.left(300);
    }
    if (trimmed.size() <= 200 && !trimmed.startsWith('<'))
        return QString::fromUtf8(trimmed).simplified();
    return {};
}

QString AlertmanagerDecoder::alertStateName(ExternalAlert::State state)
{
    switch (state) {
    case ExternalAlert::State::Active:
        return QStringLiteral("active");
    case ExternalAlert::State::Suppressed:
        return QStringLiteral("suppressed");
    case ExternalAlert::State::Unprocessed:
        break;
    }
    return QStringLiteral("unprocessed");
}

QString AlertmanagerDecoder::silenceStateName(Silence::State state)
{
    switch (state) {
    case Silence::State::Active:
        return QStringLiteral("active");
    case Silence::State::Expired:
        return QStringLiteral("expired");
    case Silence::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

} // namespace Fleetdeck
