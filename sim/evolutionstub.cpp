#include "sim/evolutionstub.h"

#include "sim/jsonwriter.h"
#include "sim/router.h"
#include "sim/simcontext.h"
#include "sim/simwhatsapp.h"
#include "sim/upstreamerrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

namespace Fleetdeck::Sim {

namespace {

using Json = nlohmann::ordered_json;
using Instance = SimWhatsApp::Instance;
using State = SimWhatsApp::State;

const QByteArray kUnauthorized =
    QByteArrayLiteral(R"({"status":401,"error":"Unauthorized","response":{"message":"Unauthorized"}})");
const QString kClientName = QStringLiteral("fleetdeck_sim");
constexpr int kMaxSendDelayMs = 20000;

std::string str(const QString& value)
{
    return value.toStdString();
}

Json nullable(const QString& value)
{
    return value.isEmpty() ? Json(nullptr) : Json(str(value));
}

SimResponse reply(const Json& body, int status = 200)
{
    return SimResponse::json(
        QByteArray::fromStdString(body.dump(-1, ' ', false, Json::error_handler_t::replace)), status);
}

// {"status":N,"error":"<reason>","response":{"message":<message>}}: an array for HTTP exceptions, the raw
// text for thrown errors (500), the bare string for 401.
SimResponse envelope(int status, Json message)
{
    Json body;
    body["status"] = status;
    body["error"] = UpstreamErrors::reasonPhrase(status).toStdString();
    body["response"]["message"] = std::move(message);
    return reply(body, status);
}

SimResponse failure(int status, const QString& message)
{
    return envelope(status, Json::array({str(message)}));
}

// What a dead Baileys socket throws: 500 with the raw error text.
SimResponse connectionClosed()
{
    return envelope(500, "Connection Closed");
}

// connect and restart catch everything and answer 200 with the caught value, usually a plain object.
SimResponse softError()
{
    return reply(Json{{"error", true}, {"message", "[object Object]"}});
}

SimResponse success(const char* message)
{
    Json body;
    body["status"] = "SUCCESS";
    body["error"] = false;
    body["response"]["message"] = message;
    return reply(body);
}

SimResponse notFoundInstance(const QString& name)
{
    return failure(404, QStringLiteral("The \"%1\" instance does not exist").arg(name));
}

// Express' body-parser: an empty body is {}, anything else must be JSON.
std::optional<nlohmann::json> parseBody(const SimRequest& request, SimResponse* error)
{
    if (request.body.trimmed().isEmpty())
        return nlohmann::json::object();
    nlohmann::json body =
        nlohmann::json::parse(request.body.constData(), request.body.constData() + request.body.size(), nullptr, false);
    if (body.is_discarded()) {
        *error = failure(400, QStringLiteral("Unexpected token in JSON at position 0"));
        return std::nullopt;
    }
    return body;
}

QString stringField(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number_integer() || it->is_number_unsigned())
        return QString::fromStdString(it->dump());
    return {};
}

bool boolField(const nlohmann::json& object, const char* key, bool fallback = false)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

void writeNullable(JsonWriter& json, const QString& value)
{
    if (value.isEmpty())
        json.null();
    else
        json.string(value);
}

// The DB row fetchInstances returns (Prisma's Instance with its relations and _count). Streamed: a
// 100,000-tenant fleet lists ~100 MB.
void writeRow(JsonWriter& json, const Instance& instance)
{
    json.beginObject();
    json.key("id");
    json.string(instance.id);
    json.key("name");
    json.string(instance.name);
    json.key("connectionStatus");
    json.string(instance.connectionStatus);
    json.key("ownerJid");
    writeNullable(json, instance.ownerJid);
    json.key("profileName");
    writeNullable(json, instance.profileName);
    json.key("profilePicUrl");
    writeNullable(json, instance.profilePicUrl);
    json.key("integration");
    json.string(instance.integration);
    json.key("number");
    writeNullable(json, instance.number);
    json.key("businessId");
    json.null();
    json.key("token");
    json.string(instance.token);
    json.key("clientName");
    json.string(kClientName);
    json.key("disconnectionReasonCode");
    if (instance.disconnectionReasonCode)
        json.integer(*instance.disconnectionReasonCode);
    else
        json.null();
    json.key("disconnectionObject");
    writeNullable(json, instance.disconnectionObject);
    json.key("disconnectionAt");
    if (instance.disconnectionAtMs != 0)
        json.time(instance.disconnectionAtMs);
    else
        json.null();
    json.key("createdAt");
    json.time(instance.createdAtMs);
    json.key("updatedAt");
    json.time(instance.updatedAtMs);
    for (const char* relation : {"Chatwoot", "Proxy", "Rabbitmq", "Nats", "Sqs", "Websocket"}) {
        json.key(relation);
        json.null();
    }
    const SimWhatsApp::Settings& settings = instance.settings;
    json.key("Setting");
    json.beginObject();
    json.key("id");
    json.string(settings.id);
    json.key("rejectCall");
    json.boolean(settings.rejectCall);
    json.key("msgCall");
    json.string(settings.msgCall);
    json.key("groupsIgnore");
    json.boolean(settings.groupsIgnore);
    json.key("alwaysOnline");
    json.boolean(settings.alwaysOnline);
    json.key("readMessages");
    json.boolean(settings.readMessages);
    json.key("readStatus");
    json.boolean(settings.readStatus);
    json.key("syncFullHistory");
    json.boolean(settings.syncFullHistory);
    json.key("wavoipToken");
    json.string(settings.wavoipToken);
    json.key("createdAt");
    json.time(instance.createdAtMs);
    json.key("updatedAt");
    json.time(instance.createdAtMs);
    json.key("instanceId");
    json.string(instance.id);
    json.endObject();
    json.key("_count");
    json.beginObject();
    json.key("Message");
    json.integer(instance.messages);
    json.key("Contact");
    json.integer(instance.contacts);
    json.key("Chat");
    json.integer(instance.chats);
    json.endObject();
    json.endObject();
}

Json stateJson(const Instance& instance)
{
    Json inner;
    inner["instanceName"] = str(instance.name);
    if (instance.state != State::Unloaded) // a row without a socket has no state
        inner["state"] = str(SimWhatsApp::stateName(instance.state));
    return Json{{"instance", std::move(inner)}};
}

// wa.QrCode: {"count":0} until the first QR, then {pairingCode, code, base64, count}.
Json qrJson(SimWhatsApp& whatsApp, Instance& instance)
{
    const QString code = whatsApp.currentCode(instance);
    if (code.isEmpty())
        return Json{{"count", 0}};
    Json qr;
    qr["pairingCode"] = nullable(instance.pairing.pairingCode);
    qr["code"] = str(code);
    if (instance.withImage) {
        const QByteArray dataUri = whatsApp.currentDataUri(instance);
        if (!dataUri.isEmpty())
            qr["base64"] = dataUri.toStdString();
    }
    qr["count"] = instance.pairing.count;
    return qr;
}

bool canSend(const Instance& instance)
{
    return instance.state == State::Open && !instance.zombie;
}

using InstanceHandler = std::function<SimResponse(const SimRequest& request, Instance& instance)>;

// The guards of every /instance/<action>/<name> route: the instance exists (404, whatever the key), then
// the key is the global one or that instance's token (401).
Router::Handler instanceRoute(SimContext* context, const QByteArray& secret, InstanceHandler handler)
{
    return [context, secret, handler = std::move(handler)](const SimRequest& request, const QStringList& captures) {
        Instance* instance = context->whatsApp.find(captures.at(0));
        if (!instance)
            return notFoundInstance(captures.at(0));
        const QByteArray key = request.header("apikey");
        if (key != secret && (key.isEmpty() || key != instance->token.toUtf8()))
            return SimResponse::json(kUnauthorized, 401);
        return handler(request, *instance);
    };
}

SimResponse fetchInstances(SimContext& context, const QByteArray& secret, const SimRequest& request)
{
    SimWhatsApp& whatsApp = context.whatsApp;
    const QByteArray key = request.header("apikey");
    const QString name = request.query.queryItemValue(QStringLiteral("instanceName"), QUrl::FullyDecoded);
    const QString id = request.query.queryItemValue(QStringLiteral("instanceId"), QUrl::FullyDecoded);
    QList<Instance*> rows;
    if (key == secret) {
        if (!name.isEmpty()) {
            Instance* instance = whatsApp.find(name);
            if (!instance)
                return failure(404, QStringLiteral("Instance \"%1\" not found").arg(name));
            rows.append(instance);
        } else {
            rows = whatsApp.instances();
            if (!id.isEmpty()) {
                rows.removeIf([&id](const Instance* instance) { return instance->id != id; });
                if (rows.isEmpty())
                    return failure(404, QStringLiteral("Instance \"%1\" not found").arg(id));
            }
        }
    } else {
        // An instance key sees its own row only.
        Instance* own = whatsApp.findByToken(key);
        if (!own)
            return SimResponse::json(kUnauthorized, 401);
        if ((!name.isEmpty() && name != own->name) || (!id.isEmpty() && id != own->id))
            return SimResponse::json(kUnauthorized, 401);
        rows.append(own);
    }
    JsonWriter json;
    json.beginArray();
    for (const Instance* instance : std::as_const(rows))
        writeRow(json, *instance);
    json.endArray();
    return SimResponse::json(json.take());
}

SimResponse createInstance(SimContext& context, const QByteArray& secret, const SimRequest& request)
{
    SimWhatsApp& whatsApp = context.whatsApp;
    SimResponse error;
    const std::optional<nlohmann::json> body = parseBody(request, &error);
    if (!body)
        return error;
    const QString name = stringField(*body, "instanceName");
    // Guard order: name not taken (403, whatever the key), then the global key.
    if (!name.isEmpty() && whatsApp.find(name))
        return failure(403, QStringLiteral("This name \"%1\" is already in use.").arg(name));
    if (request.header("apikey") != secret)
        return SimResponse::json(kUnauthorized, 401);
    if (!body->is_object())
        return failure(400, QStringLiteral("instance is not of a type(s) object"));
    if (name.isEmpty())
        return failure(400, QStringLiteral("instance requires property \"instanceName\""));

    SimWhatsApp::CreateRequest create;
    create.name = name;
    create.integration = stringField(*body, "integration");
    static const QStringList kIntegrations{
        QStringLiteral("WHATSAPP-BAILEYS"), QStringLiteral("WHATSAPP-BUSINESS"), QStringLiteral("EVOLUTION")};
    if (!kIntegrations.contains(create.integration))
        return failure(400, QStringLiteral("Invalid integration"));
    create.token = stringField(*body, "token");
    create.number = digitsOf(stringField(*body, "number"));
    if (create.integration == QLatin1String("WHATSAPP-BUSINESS")) {
        if (create.token.isEmpty())
            return failure(400, QStringLiteral("token is required"));
        if (create.number.isEmpty())
            return failure(400, QStringLiteral("number is required"));
    }
    create.qrcode = boolField(*body, "qrcode") && create.integration == QLatin1String("WHATSAPP-BAILEYS");

    SimWhatsApp::Settings& settings = create.settings;
    settings.rejectCall = boolField(*body, "rejectCall");
    settings.msgCall = stringField(*body, "msgCall");
    settings.groupsIgnore = boolField(*body, "groupsIgnore");
    settings.alwaysOnline = boolField(*body, "alwaysOnline");
    settings.readMessages = boolField(*body, "readMessages");
    settings.readStatus = boolField(*body, "readStatus");
    settings.syncFullHistory = boolField(*body, "syncFullHistory");
    settings.wavoipToken = stringField(*body, "wavoipToken");

    const auto webhook = body->find("webhook");
    if (webhook != body->end() && !webhook->is_null()) {
        // webhook.controller.ts reads events.length: without an array the create fails (and is rolled back).
        const auto events = webhook->is_object() ? webhook->find("events") : webhook->end();
        if (!webhook->is_object() || events == webhook->end() || !events->is_array())
            return failure(400, QStringLiteral("Cannot read properties of undefined (reading 'length')"));
        SimWhatsApp::Webhook hook;
        hook.url = stringField(*webhook, "url");
        hook.byEvents = boolField(*webhook, "byEvents");
        hook.base64 = boolField(*webhook, "base64");
        const auto headers = webhook->find("headers");
        if (headers != webhook->end() && headers->is_object())
            hook.headersJson = QByteArray::fromStdString(headers->dump());
        for (const nlohmann::json& event : *events) {
            if (event.is_string())
                hook.events << QString::fromStdString(event.get<std::string>());
        }
        create.webhook = std::move(hook);
    }

    Instance& instance = whatsApp.create(create);
    Json answer;
    answer["instance"] = {{"instanceName", str(instance.name)}, {"instanceId", str(instance.id)},
        {"integration", str(instance.integration)}, {"webhookWaBusiness", nullptr}, {"accessTokenWaBusiness", ""},
        {"status", str(SimWhatsApp::stateName(instance.state))}};
    answer["hash"] = str(instance.token);
    Json hook = Json::object();
    if (instance.webhook) {
        hook["webhookUrl"] = str(instance.webhook->url);
        if (!instance.webhook->headersJson.isEmpty())
            hook["webhookHeaders"] = Json::parse(instance.webhook->headersJson.toStdString(), nullptr, false);
        hook["webhookByEvents"] = instance.webhook->byEvents;
        hook["webhookBase64"] = instance.webhook->base64;
    }
    answer["webhook"] = std::move(hook);
    for (const char* unset : {"websocket", "rabbitmq", "nats", "sqs"})
        answer[unset] = Json::object();
    answer["settings"] = {{"rejectCall", settings.rejectCall}, {"msgCall", str(settings.msgCall)},
        {"groupsIgnore", settings.groupsIgnore}, {"alwaysOnline", settings.alwaysOnline},
        {"readMessages", settings.readMessages}, {"readStatus", settings.readStatus},
        {"syncFullHistory", settings.syncFullHistory}, {"wavoipToken", str(settings.wavoipToken)}};
    // The real server waits up to 5 s for the first QR; the simulator answers at once with what exists.
    if (create.qrcode)
        answer["qrcode"] = qrJson(whatsApp, instance);
    return reply(answer, 201);
}

SimResponse sendText(SimContext& context, const SimRequest& request, Instance& instance)
{
    SimResponse error;
    const std::optional<nlohmann::json> body = parseBody(request, &error);
    if (!body)
        return error;
    if (!body->is_object())
        return failure(400, QStringLiteral("instance is not of a type(s) object"));
    const QString number = stringField(*body, "number");
    if (number.isEmpty())
        return failure(400, QStringLiteral("instance requires property \"number\""));
    if (stringField(*body, "text").isEmpty())
        return failure(400, QStringLiteral("Text is required"));
    if (!canSend(instance))
        return connectionClosed();

    QString jid;
    QString digits;
    if (number.contains(QLatin1Char('@'))) {
        jid = number;
        digits = number.section(QLatin1Char('@'), 0, 0);
    } else {
        digits = digitsOf(number);
        jid = digits + QStringLiteral("@s.whatsapp.net");
    }
    // The simulator's "not on WhatsApp": numbers whose digits end in 0000.
    if (!jid.endsWith(QLatin1String("@g.us")) && (digits.isEmpty() || digits.endsWith(QLatin1String("0000")))) {
        Json missing;
        missing["jid"] = str(jid);
        missing["exists"] = false;
        missing["number"] = str(number);
        return envelope(400, Json::array({missing}));
    }

    SimWhatsApp& whatsApp = context.whatsApp;
    whatsApp.recordSentMessage(instance);
    Json message;
    message["key"] = {{"remoteJid", str(jid)}, {"fromMe", true}, {"id", str(whatsApp.nextMessageId())}};
    message["pushName"] = "Você";
    message["status"] = "PENDING";
    message["message"] = {{"conversation", str(stringField(*body, "text"))}};
    message["contextInfo"] = nullptr;
    message["messageType"] = "conversation";
    message["messageTimestamp"] = whatsApp.simNow() / 1000;
    message["instanceId"] = str(instance.id);
    message["source"] = "web";
    SimResponse response = reply(message, 201);
    // `delay` shows "typing..." first and the call blocks that long.
    const auto delay = body->find("delay");
    if (delay != body->end() && delay->is_number())
        response.delayMs = std::clamp(int(delay->get<double>()), 0, kMaxSendDelayMs);
    return response;
}

} // namespace

void EvolutionStub::install(Router& router, SimContext& context)
{
    const QByteArray welcome = QJsonDocument(
        QJsonObject{{QStringLiteral("status"), 200},
            {QStringLiteral("message"), QStringLiteral("Welcome to the Evolution API, it is working!")},
            {QStringLiteral("version"), QStringLiteral("2.3.7")}, {QStringLiteral("clientName"), kClientName},
            {QStringLiteral("manager"), context.url(QStringLiteral("/evolution/manager"))},
            {QStringLiteral("documentation"), QStringLiteral("https://doc.evolution-api.com")},
            {QStringLiteral("whatsappWebVersion"), QStringLiteral("2.3000.1029560483")}})
                                   .toJson(QJsonDocument::Compact);
    auto welcomeHandler = [welcome](const SimRequest&, const QStringList&) {
        return SimResponse::json(welcome);
    };
    router.get(QStringLiteral("/evolution"), welcomeHandler);
    router.get(QStringLiteral("/evolution/"), welcomeHandler);

    const QByteArray secret = context.options.secret.toUtf8();
    router.post(QStringLiteral("/evolution/verify-creds"), [secret](const SimRequest& request, const QStringList&) {
        if (request.header("apikey") != secret)
            return SimResponse::json(kUnauthorized, 401);
        return SimResponse::json(QByteArrayLiteral(R"({"status":200,"message":"Credentials are valid",)"
                                                   R"("facebookAppId":null,"facebookConfigId":null,)"
                                                   R"("facebookUserToken":null})"));
    });

    SimContext* ctx = &context;
    router.get(QStringLiteral("/evolution/instance/fetchInstances"),
        [ctx, secret](const SimRequest& request, const QStringList&) { return fetchInstances(*ctx, secret, request); });
    router.post(QStringLiteral("/evolution/instance/create"),
        [ctx, secret](const SimRequest& request, const QStringList&) { return createInstance(*ctx, secret, request); });

    router.get(QStringLiteral("/evolution/instance/connectionState/<name>"),
        instanceRoute(ctx, secret, [](const SimRequest&, Instance& instance) { return reply(stateJson(instance)); }));

    router.get(QStringLiteral("/evolution/instance/connect/<name>"),
        instanceRoute(ctx, secret, [ctx](const SimRequest& request, Instance& instance) {
            switch (instance.state) {
            case State::Unloaded:
                return softError();
            case State::Open:
                return reply(stateJson(instance));
            case State::Close:
                ctx->whatsApp.startPairing(
                    instance, digitsOf(request.query.queryItemValue(QStringLiteral("number"), QUrl::FullyDecoded)));
                break;
            case State::Connecting:
                break;
            }
            return reply(qrJson(ctx->whatsApp, instance));
        }));

    router.post(QStringLiteral("/evolution/instance/restart/<name>"),
        instanceRoute(ctx, secret, [ctx](const SimRequest&, Instance& instance) {
            if (instance.state == State::Unloaded || instance.state == State::Close)
                return softError();
            if (instance.zombie)
                return connectionClosed();
            ctx->whatsApp.restart(instance);
            return reply(stateJson(instance));
        }));

    router.post(QStringLiteral("/evolution/instance/setPresence/<name>"),
        instanceRoute(ctx, secret, [](const SimRequest& request, Instance& instance) {
            SimResponse error;
            const std::optional<nlohmann::json> body = parseBody(request, &error);
            if (!body)
                return error;
            static const QStringList kPresences{QStringLiteral("available"), QStringLiteral("unavailable"),
                QStringLiteral("composing"), QStringLiteral("recording"), QStringLiteral("paused")};
            const QString presence = stringField(*body, "presence");
            if (!kPresences.contains(presence))
                return failure(
                    400, QStringLiteral("presence is not one of enum values: ") + kPresences.join(QLatin1Char(',')));
            if (!canSend(instance))
                return connectionClosed();
            return reply(Json{{"presence", str(presence)}}, 201);
        }));

    router.add(QHttpServerRequest::Method::Delete, QStringLiteral("/evolution/instance/logout/<name>"),
        instanceRoute(ctx, secret, [ctx](const SimRequest&, Instance& instance) {
            if (instance.state == State::Unloaded || instance.state == State::Close)
                return failure(400, QStringLiteral("The \"%1\" instance is not connected").arg(instance.name));
            if (instance.zombie)
                return connectionClosed();
            ctx->whatsApp.logout(instance);
            return success("Instance logged out");
        }));

    router.add(QHttpServerRequest::Method::Delete, QStringLiteral("/evolution/instance/delete/<name>"),
        instanceRoute(ctx, secret, [ctx](const SimRequest&, Instance& instance) {
            // 2.3.x logs out first, and a dead socket makes that throw.
            if (instance.zombie)
                return failure(400, QStringLiteral("Error: Connection Closed"));
            ctx->whatsApp.scheduleDelete(instance);
            return success("Instance deleted");
        }));

    router.post(QStringLiteral("/evolution/message/sendText/<name>"),
        instanceRoute(ctx, secret,
            [ctx](const SimRequest& request, Instance& instance) { return sendText(*ctx, request, instance); }));
}

} // namespace Fleetdeck::Sim
