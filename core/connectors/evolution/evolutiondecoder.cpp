#include "core/connectors/evolution/evolutiondecoder.h"

#include <QTimeZone>

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
    return it == object.end() ? nullptr : &*it;
}

QString stringMember(const Json& object, const char* key)
{
    const Json* value = member(object, key);
    return value && value->is_string() ? fromStd(value->get_ref<const std::string&>()) : QString();
}

std::optional<qint64> integerMember(const Json& object, const char* key)
{
    const Json* value = member(object, key);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer() || value->is_number_unsigned())
        return value->get<qint64>();
    if (value->is_number_float())
        return qint64(value->get<double>());
    if (value->is_string()) {
        bool ok = false;
        const qint64 parsed = stringMember(object, key).toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

QDateTime timeMember(const Json& object, const char* key)
{
    const QString text = stringMember(object, key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString describe(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("the answer is empty");
    if (trimmed.startsWith('<'))
        return QStringLiteral("the answer is an HTML page, not Evolution API's (a proxy or a login page in front "
                              "of it, or the wrong URL?)");
    return QStringLiteral("the answer is malformed or truncated JSON (%1 bytes)").arg(body.size());
}

Result<Json> parse(const QByteArray& body)
{
    Json root = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded())
        return Result<Json>::failure(malformed(describe(body)));
    return Result<Json>(std::move(root));
}

// An error envelope where data was expected (a proxy turning errors into 200s, or a 2.4 licence gate).
std::optional<ApiError> errorInPlaceOfData(const Json& root)
{
    if (!root.is_object())
        return std::nullopt;
    if (stringMember(root, "code") == QLatin1String("LICENSE_REQUIRED"))
        return malformed(QStringLiteral("Evolution API is not activated (LICENSE_REQUIRED, version 2.4): "
                                        "activate it in its manager or run a 2.3.x release"));
    if (member(root, "response") && member(root, "status") && member(root, "error")) {
        const auto body = QByteArray::fromStdString(root.dump());
        const EvolutionDecoder::ErrorBody error = EvolutionDecoder::decodeError(body);
        return malformed(QStringLiteral("Evolution API answered with an error: %1")
                             .arg(error.messages.isEmpty() ? error.error : error.messages.join(QStringLiteral("; "))));
    }
    return std::nullopt;
}

WhatsAppConnectAnswer qrFrom(const Json& object)
{
    WhatsAppConnectAnswer answer;
    answer.code = stringMember(object, "code");
    answer.pairingCode = stringMember(object, "pairingCode");
    answer.count = int(integerMember(object, "count").value_or(0));
    const QString base64 = stringMember(object, "base64");
    if (!base64.isEmpty())
        answer.png = EvolutionDecoder::imageFromDataUri(base64);
    answer.kind = (answer.code.isEmpty() && answer.png.isEmpty() && answer.pairingCode.isEmpty())
        ? WhatsAppConnectAnswer::Kind::Waiting
        : WhatsAppConnectAnswer::Kind::Qr;
    return answer;
}

} // namespace

QString EvolutionDecoder::phoneFromJid(const QString& jid)
{
    QString phone = jid.section(QLatin1Char('@'), 0, 0);
    phone = phone.section(QLatin1Char(':'), 0, 0);
    return phone.trimmed();
}

QByteArray EvolutionDecoder::imageFromDataUri(const QString& uri)
{
    QString data = uri.trimmed();
    if (data.startsWith(QLatin1String("data:"))) {
        const qsizetype comma = data.indexOf(QLatin1Char(','));
        if (comma < 0 || !data.left(comma).endsWith(QLatin1String(";base64")))
            return {};
        data = data.mid(comma + 1);
    }
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

Result<QList<WhatsAppInstance>> EvolutionDecoder::decodeInstances(const QByteArray& body)
{
    using R = Result<QList<WhatsAppInstance>>;
    Result<Json> parsed = parse(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json& root = parsed.value();
    if (!root.is_array()) {
        if (std::optional<ApiError> error = errorInPlaceOfData(root))
            return R::failure(*error);
        // v1 answered [{"instance":{…}}]; anything else is not this API.
        return R::failure(malformed(QStringLiteral("fetchInstances did not answer a list of instances")));
    }
    QList<WhatsAppInstance> instances;
    instances.reserve(qsizetype(root.size()));
    int index = 0;
    for (const Json& row : root) {
        const QString where = QStringLiteral("instance %1").arg(index++);
        if (!row.is_object())
            return R::failure(malformed(QStringLiteral("%1 is not an object").arg(where)));
        if (member(row, "instance") && !member(row, "name"))
            return R::failure(malformed(
                QStringLiteral("%1 is in Evolution API v1's shape ({\"instance\":{…}}); Fleetdeck speaks to v2 (2.x)")
                    .arg(where)));
        WhatsAppInstance instance;
        instance.name = stringMember(row, "name");
        if (instance.name.isEmpty())
            return R::failure(malformed(QStringLiteral("%1 has no name").arg(where)));
        instance.id = stringMember(row, "id");
        instance.integration = stringMember(row, "integration");
        instance.storedState =
            whatsAppStateFromName(stringMember(row, "connectionStatus")).value_or(WhatsAppState::Unknown);
        instance.phone = phoneFromJid(stringMember(row, "ownerJid"));
        instance.profileName = stringMember(row, "profileName");
        instance.pairingNumber = stringMember(row, "number");
        if (const Json* counts = member(row, "_count"); counts && counts->is_object()) {
            instance.counts.messages = integerMember(*counts, "Message").value_or(0);
            instance.counts.contacts = integerMember(*counts, "Contact").value_or(0);
            instance.counts.chats = integerMember(*counts, "Chat").value_or(0);
            instance.counts.known = true;
        }
        if (const std::optional<qint64> code = integerMember(row, "disconnectionReasonCode"))
            instance.disconnectionCode = int(*code);
        instance.disconnectionAt = timeMember(row, "disconnectionAt");
        instance.createdAt = timeMember(row, "createdAt");
        instance.updatedAt = timeMember(row, "updatedAt");
        instances.append(std::move(instance));
    }
    return R(std::move(instances));
}

Result<WhatsAppState> EvolutionDecoder::decodeConnectionState(const QByteArray& body)
{
    using R = Result<WhatsAppState>;
    Result<Json> parsed = parse(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json* instance = member(parsed.value(), "instance");
    if (!instance || !instance->is_object()) {
        if (std::optional<ApiError> error = errorInPlaceOfData(parsed.value()))
            return R::failure(*error);
        return R::failure(malformed(QStringLiteral("connectionState has no \"instance\" object")));
    }
    const Json* state = member(*instance, "state");
    if (!state || state->is_null())
        return R(WhatsAppState::Unknown); // the instance exists but is not loaded in memory
    if (!state->is_string())
        return R::failure(malformed(QStringLiteral("instance.state is not a string")));
    return R(whatsAppStateFromName(fromStd(state->get_ref<const std::string&>())).value_or(WhatsAppState::Unknown));
}

Result<WhatsAppConnectAnswer> EvolutionDecoder::decodeConnect(const QByteArray& body)
{
    using R = Result<WhatsAppConnectAnswer>;
    Result<Json> parsed = parse(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json& root = parsed.value();
    if (!root.is_object())
        return R::failure(malformed(QStringLiteral("connect did not answer an object")));
    if (const Json* error = member(root, "error"); error && error->is_boolean() && error->get<bool>()) {
        WhatsAppConnectAnswer answer;
        answer.kind = WhatsAppConnectAnswer::Kind::SoftError;
        answer.error = stringMember(root, "message");
        return R(std::move(answer));
    }
    if (std::optional<ApiError> error = errorInPlaceOfData(root))
        return R::failure(*error);
    if (const Json* instance = member(root, "instance"); instance && instance->is_object()) {
        // {"instance":{"instanceName","state":"open"}}; 2.3.7's restart path may say "status" instead.
        QString state = stringMember(*instance, "state");
        if (state.isEmpty())
            state = stringMember(*instance, "status");
        WhatsAppConnectAnswer answer;
        const WhatsAppState parsedState = whatsAppStateFromName(state).value_or(WhatsAppState::Unknown);
        answer.kind = parsedState == WhatsAppState::Open ? WhatsAppConnectAnswer::Kind::Open
                                                         : WhatsAppConnectAnswer::Kind::Waiting;
        return R(std::move(answer));
    }
    const bool qrShaped =
        member(root, "count") || member(root, "code") || member(root, "base64") || member(root, "pairingCode");
    if (!qrShaped && !root.empty())
        return R::failure(malformed(QStringLiteral("connect answered neither a QR code nor a connection state")));
    return R(qrFrom(root));
}

Result<WhatsAppCreated> EvolutionDecoder::decodeCreated(const QByteArray& body)
{
    using R = Result<WhatsAppCreated>;
    Result<Json> parsed = parse(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json& root = parsed.value();
    const Json* instance = member(root, "instance");
    if (!instance || !instance->is_object()) {
        if (std::optional<ApiError> error = errorInPlaceOfData(root))
            return R::failure(*error);
        return R::failure(malformed(QStringLiteral("create has no \"instance\" object")));
    }
    WhatsAppCreated created;
    created.name = stringMember(*instance, "instanceName");
    created.id = stringMember(*instance, "instanceId");
    created.integration = stringMember(*instance, "integration");
    created.state = whatsAppStateFromName(stringMember(*instance, "status")).value_or(WhatsAppState::Unknown);
    if (created.name.isEmpty())
        return R::failure(malformed(QStringLiteral("instance.instanceName is missing")));
    const Json* hash = member(root, "hash");
    if (hash && hash->is_string())
        created.instanceKey = QByteArray::fromStdString(hash->get<std::string>());
    else if (hash && hash->is_object()) // v1: {"apikey":"…"}
        created.instanceKey = stringMember(*hash, "apikey").toUtf8();
    if (const Json* qr = member(root, "qrcode"); qr && qr->is_object())
        created.pairing = qrFrom(*qr);
    return R(std::move(created));
}

Result<WhatsAppSentMessage> EvolutionDecoder::decodeSentMessage(const QByteArray& body)
{
    using R = Result<WhatsAppSentMessage>;
    Result<Json> parsed = parse(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json& root = parsed.value();
    const Json* key = member(root, "key");
    if (!key || !key->is_object()) {
        if (std::optional<ApiError> error = errorInPlaceOfData(root))
            return R::failure(*error);
        return R::failure(malformed(QStringLiteral("sendText's answer has no message \"key\"")));
    }
    WhatsAppSentMessage message;
    message.id = stringMember(*key, "id");
    message.remoteJid = stringMember(*key, "remoteJid");
    message.status = stringMember(root, "status");
    if (const std::optional<qint64> seconds = integerMember(root, "messageTimestamp"))
        message.at = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    return R(std::move(message));
}

Result<QString> EvolutionDecoder::decodeDone(const QByteArray& body)
{
    using R = Result<QString>;
    Result<Json> parsed = parse(body);
    if (!parsed)
        return R::failure(parsed.error());
    const Json& root = parsed.value();
    if (!root.is_object())
        return R::failure(malformed(QStringLiteral("the answer is not an object")));
    if (const Json* error = member(root, "error"); error && error->is_boolean() && error->get<bool>())
        return R::failure(malformed(QStringLiteral("Evolution API said it failed: %1")
                                        .arg(EvolutionDecoder::decodeError(body).messages.join(QStringLiteral("; ")))));
    QString message;
    if (const Json* response = member(root, "response"))
        message = stringMember(*response, "message");
    return R(message.isEmpty() ? stringMember(root, "status") : message);
}

EvolutionDecoder::ErrorBody EvolutionDecoder::decodeError(const QByteArray& body)
{
    ErrorBody error;
    const Json root = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return error;
    error.status = int(integerMember(root, "status").value_or(0));
    if (const Json* text = member(root, "error"); text && text->is_string())
        error.error = fromStd(text->get_ref<const std::string&>());
    const Json* response = member(root, "response");
    const Json* message = response ? member(*response, "message") : member(root, "message");
    auto addEntry = [&error](const Json& entry) {
        if (entry.is_string()) {
            error.messages << fromStd(entry.get_ref<const std::string&>());
        } else if (entry.is_object()) {
            const Json* exists = member(entry, "exists");
            if (exists && exists->is_boolean() && !exists->get<bool>()) {
                QString number = stringMember(entry, "number");
                if (number.isEmpty())
                    number = phoneFromJid(stringMember(entry, "jid"));
                error.notOnWhatsApp << number;
            } else {
                error.messages << fromStd(entry.dump());
            }
        }
    };
    if (message && message->is_array()) {
        for (const Json& entry : *message)
            addEntry(entry);
    } else if (message) {
        addEntry(*message);
    }
    return error;
}

} // namespace Fleetdeck
