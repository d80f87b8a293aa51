// EvolutionDecoder on the shapes of Evolution API 2.3.7 (tests/data/evolution) and on hostile bodies: QR objects
// with any key missing, soft errors with HTTP 200, a connection state without `state`, error messages that are
// arrays, strings or objects.
#include "core/connectors/evolution/evolutiondecoder.h"

#include <QFile>
#include <QTest>

using namespace Fleetdeck;

namespace {

QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(FLEETDECK_TEST_DATA_DIR "/evolution/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestEvolutionDecoder : public QObject
{
    Q_OBJECT
private slots:
    void inventoryRowsBecomeInstancesWithoutTheirKeys();
    void ownerJidWithADeviceSuffixIsThePhone();
    void disconnectionIsKeptWithItsReason();
    void liveStateMissingIsUnknownNotClosed();
    void connectAnswersAreTellApart_data();
    void connectAnswersAreTellApart();
    void qrImageIsTheDecodedDataUri();
    void createGivesTheInstanceKeyAndFirstCode();
    void createWithoutQrCodeHasNoPairing();
    void sentMessageHasIdStatusAndTime();
    void logoutAndDeleteSayWhatHappened();
    void errorEnvelopesAreRead_data();
    void errorEnvelopesAreRead();
    void hostileBodiesAreClearErrors_data();
    void hostileBodiesAreClearErrors();
    void versionOneShapeIsRefusedByName();
    void licenceGateIsExplained();
    void stateNamesRoundTrip();
};

void TestEvolutionDecoder::inventoryRowsBecomeInstancesWithoutTheirKeys()
{
    const QByteArray body = sample(QStringLiteral("fetchInstances.json"));
    QVERIFY(body.contains("3F2A9C4E-5B6D-4E7F-8A9B-0C1D2E3F4A5B")); // the server sends every instance key
    const auto decoded = EvolutionDecoder::decodeInstances(body);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(decoded->size(), 3);
    const WhatsAppInstance& acme = decoded->at(0);
    QCOMPARE(acme.name, QStringLiteral("tenant-acme"));
    QCOMPARE(acme.id, QStringLiteral("8c1b5e0e-2f7d-4d6f-9d7a-1c2b3d4e5f60"));
    QCOMPARE(acme.storedState, WhatsAppState::Open);
    QCOMPARE(acme.phone, QStringLiteral("5511999990000"));
    QCOMPARE(acme.profileName, QStringLiteral("Acme Store"));
    QCOMPARE(acme.integration, QStringLiteral("WHATSAPP-BAILEYS"));
    QVERIFY(acme.counts.known);
    QCOMPARE(acme.counts.messages, 18234);
    QCOMPARE(acme.counts.contacts, 911);
    QCOMPARE(acme.counts.chats, 402);
    QCOMPARE(acme.createdAt, QDateTime(QDate(2025, 12, 6), QTime(10, 11, 12), Qt::UTC));
    QVERIFY(!acme.disconnectionCode);
    // Nothing of the instance key survives into the domain value.
    for (const WhatsAppInstance& instance : decoded.value()) {
        for (const QString& field : {instance.id, instance.name, instance.phone, instance.profileName,
                 instance.pairingNumber, instance.integration})
            QVERIFY2(!field.contains(QLatin1String("TOKEN")) && !field.contains(QLatin1String("3F2A9C4E")),
                qPrintable(field));
    }
    QCOMPARE(decoded->at(2).storedState, WhatsAppState::Connecting);
    QVERIFY(decoded->at(2).phone.isEmpty());
}

void TestEvolutionDecoder::ownerJidWithADeviceSuffixIsThePhone()
{
    const auto decoded = EvolutionDecoder::decodeInstances(sample(QStringLiteral("fetchInstances.json")));
    QVERIFY(decoded);
    QCOMPARE(decoded->at(1).phone, QStringLiteral("5521988887777"));
    QCOMPARE(decoded->at(1).pairingNumber, QStringLiteral("5521988887777"));
    QCOMPARE(EvolutionDecoder::phoneFromJid(QStringLiteral("5511999990000@s.whatsapp.net")),
        QStringLiteral("5511999990000"));
    QCOMPARE(EvolutionDecoder::phoneFromJid(QString()), QString());
}

void TestEvolutionDecoder::disconnectionIsKeptWithItsReason()
{
    const auto decoded = EvolutionDecoder::decodeInstances(sample(QStringLiteral("fetchInstances.json")));
    QVERIFY(decoded);
    const WhatsAppInstance& pizza = decoded->at(1);
    QCOMPARE(pizza.storedState, WhatsAppState::Close);
    QCOMPARE(pizza.disconnectionCode, std::optional<int>(401));
    QCOMPARE(pizza.disconnectionAt, QDateTime(QDate(2025, 12, 7), QTime(8, 30), Qt::UTC));
    QCOMPARE(whatsAppDisconnectionReason(401), QStringLiteral("logged out from the phone"));
    QVERIFY(!isTransientDisconnection(401));
    QVERIFY(isTransientDisconnection(428));
    QCOMPARE(whatsAppDisconnectionReason(999), QStringLiteral("code 999"));
}

void TestEvolutionDecoder::liveStateMissingIsUnknownNotClosed()
{
    const auto open = EvolutionDecoder::decodeConnectionState(sample(QStringLiteral("connectionState-open.json")));
    QVERIFY(open);
    QCOMPARE(open.value(), WhatsAppState::Open);
    const auto unloaded =
        EvolutionDecoder::decodeConnectionState(sample(QStringLiteral("connectionState-unloaded.json")));
    QVERIFY(unloaded);
    QCOMPARE(unloaded.value(), WhatsAppState::Unknown);
    const auto refused = EvolutionDecoder::decodeConnectionState(R"({"instance":{"state":"refused"}})");
    QVERIFY(refused);
    QCOMPARE(refused.value(), WhatsAppState::Close);
    QVERIFY(!EvolutionDecoder::decodeConnectionState(R"({"instance":{"state":7}})"));
    QVERIFY(!EvolutionDecoder::decodeConnectionState(R"({"state":"open"})"));
}

void TestEvolutionDecoder::connectAnswersAreTellApart_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("pairingCode");
    using K = WhatsAppConnectAnswer::Kind;
    QTest::newRow("qr") << "connect-qr.json" << int(K::Qr) << 3 << QString();
    QTest::newRow("pairing code") << "connect-pairing-code.json" << int(K::Qr) << 1 << QStringLiteral("K7QX2M9P");
    QTest::newRow("count only") << "connect-count-only.json" << int(K::Waiting) << 0 << QString();
    QTest::newRow("already open") << "connect-open.json" << int(K::Open) << 0 << QString();
    QTest::newRow("soft error") << "connect-soft-error.json" << int(K::SoftError) << 0 << QString();
}

void TestEvolutionDecoder::connectAnswersAreTellApart()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(int, count);
    QFETCH(QString, pairingCode);
    const auto decoded = EvolutionDecoder::decodeConnect(sample(file));
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(int(decoded->kind), kind);
    QCOMPARE(decoded->count, count);
    QCOMPARE(decoded->pairingCode, pairingCode);
    if (decoded->kind == WhatsAppConnectAnswer::Kind::SoftError)
        QCOMPARE(decoded->error, QStringLiteral("[object Object]"));
    // An empty object is "nothing yet", like a count-only answer.
    QCOMPARE(EvolutionDecoder::decodeConnect("{}")->kind, WhatsAppConnectAnswer::Kind::Waiting);
    // The code alone (no image) is still a code to show: the console draws it.
    const auto codeOnly = EvolutionDecoder::decodeConnect(R"({"code":"2@abc","count":2})");
    QVERIFY(codeOnly);
    QCOMPARE(codeOnly->kind, WhatsAppConnectAnswer::Kind::Qr);
    QVERIFY(codeOnly->png.isEmpty());
}

void TestEvolutionDecoder::qrImageIsTheDecodedDataUri()
{
    const auto decoded = EvolutionDecoder::decodeConnect(sample(QStringLiteral("connect-qr.json")));
    QVERIFY(decoded);
    QCOMPARE(decoded->code, QStringLiteral("2@Xy9AbCdEfGh,QwErTy+UiOp/AsDf==,ZxCv1234,5678"));
    QVERIFY(decoded->png.startsWith("\x89PNG"));
    QCOMPARE(decoded->png.mid(12, 4), QByteArray("IHDR"));
    QVERIFY(EvolutionDecoder::imageFromDataUri(QStringLiteral("data:image/png,notbase64")).isEmpty());
    QVERIFY(EvolutionDecoder::imageFromDataUri(QStringLiteral("data:image/png;base64,!!!")).isEmpty());
    // A garbage image is dropped, not an error: the code is drawn instead.
    const auto garbage = EvolutionDecoder::decodeConnect(R"({"code":"2@x","base64":"data:image/png;base64,%%%"})");
    QVERIFY(garbage);
    QVERIFY(garbage->png.isEmpty());
    QCOMPARE(garbage->code, QStringLiteral("2@x"));
}

void TestEvolutionDecoder::createGivesTheInstanceKeyAndFirstCode()
{
    const auto created = EvolutionDecoder::decodeCreated(sample(QStringLiteral("create-201.json")));
    QVERIFY(created);
    QCOMPARE(created->name, QStringLiteral("tenant-acme"));
    QCOMPARE(created->state, WhatsAppState::Connecting);
    QCOMPARE(created->instanceKey, QByteArray("3F2A9C4E-5B6D-4E7F-8A9B-0C1D2E3F4A5B"));
    QVERIFY(created->pairing);
    QCOMPARE(created->pairing->pairingCode, QStringLiteral("K7QX2M9P"));
    // v1 sent the key as {"apikey":…}.
    const auto v1 = EvolutionDecoder::decodeCreated(R"({"instance":{"instanceName":"a"},"hash":{"apikey":"K1"}})");
    QVERIFY(v1);
    QCOMPARE(v1->instanceKey, QByteArray("K1"));
}

void TestEvolutionDecoder::createWithoutQrCodeHasNoPairing()
{
    const auto created = EvolutionDecoder::decodeCreated(sample(QStringLiteral("create-201-no-qrcode.json")));
    QVERIFY(created);
    QCOMPARE(created->state, WhatsAppState::Close);
    QVERIFY(!created->pairing);
}

void TestEvolutionDecoder::sentMessageHasIdStatusAndTime()
{
    const auto sent = EvolutionDecoder::decodeSentMessage(sample(QStringLiteral("sendText-201.json")));
    QVERIFY(sent);
    QCOMPARE(sent->id, QStringLiteral("3EB0C7D1E2F3A4B5C6"));
    QCOMPARE(sent->remoteJid, QStringLiteral("5511988887777@s.whatsapp.net"));
    QCOMPARE(sent->status, QStringLiteral("PENDING"));
    QCOMPARE(sent->at, QDateTime::fromSecsSinceEpoch(1765000000, Qt::UTC));
    QVERIFY(!EvolutionDecoder::decodeSentMessage(R"({"status":"PENDING"})"));
}

void TestEvolutionDecoder::logoutAndDeleteSayWhatHappened()
{
    QCOMPARE(EvolutionDecoder::decodeDone(sample(QStringLiteral("logout-200.json"))).value(),
        QStringLiteral("Instance logged out"));
    QCOMPARE(EvolutionDecoder::decodeDone(sample(QStringLiteral("delete-200.json"))).value(),
        QStringLiteral("Instance deleted"));
    QVERIFY(!EvolutionDecoder::decodeDone(R"({"error":true,"response":{"message":["nope"]}})"));
}

void TestEvolutionDecoder::errorEnvelopesAreRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("notOnWhatsApp");
    QTest::newRow("401 string") << "error-401.json" << 401 << QStringList{QStringLiteral("Unauthorized")}
                                << QStringList();
    QTest::newRow("404 instance") << "error-404-instance.json" << 404
                                  << QStringList{QStringLiteral("The \"acme\" instance does not exist")}
                                  << QStringList();
    QTest::newRow("404 route") << "error-404-route.json" << 404
                               << QStringList{QStringLiteral("Cannot GET /instance/status/acme")} << QStringList();
    QTest::newRow("403 name") << "error-403-name-taken.json" << 403
                              << QStringList{QStringLiteral("This name \"acme\" is already in use.")} << QStringList();
    QTest::newRow("400 exists false") << "error-400-not-on-whatsapp.json" << 400 << QStringList()
                                      << QStringList{QStringLiteral("5511900000000")};
    QTest::newRow("400 text") << "error-400-text-required.json" << 400
                              << QStringList{QStringLiteral("Text is required")} << QStringList();
    QTest::newRow("500 closed") << "error-500-connection-closed.json" << 500
                                << QStringList{QStringLiteral("Connection Closed")} << QStringList();
}

void TestEvolutionDecoder::errorEnvelopesAreRead()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QStringList, messages);
    QFETCH(QStringList, notOnWhatsApp);
    const EvolutionDecoder::ErrorBody error = EvolutionDecoder::decodeError(sample(file));
    QCOMPARE(error.status, status);
    QCOMPARE(error.messages, messages);
    QCOMPARE(error.notOnWhatsApp, notOnWhatsApp);
}

void TestEvolutionDecoder::hostileBodiesAreClearErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QStringLiteral("HTML");
    QTest::newRow("truncated") << QByteArray(R"([{"name":"a","connectionStatus":"op)") << QStringLiteral("truncated");
    QTest::newRow("object") << QByteArray(R"({"name":"a"})") << QStringLiteral("list");
    QTest::newRow("row not object") << QByteArray(R"([1,2])") << QStringLiteral("instance 0");
    QTest::newRow("row without name") << QByteArray(R"([{"id":"x"}])") << QStringLiteral("no name");
    QTest::newRow("error envelope") << sample(QStringLiteral("error-401.json")) << QStringLiteral("Unauthorized");
}

void TestEvolutionDecoder::hostileBodiesAreClearErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const auto decoded = EvolutionDecoder::decodeInstances(body);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().kind, ApiError::Kind::Decode);
    QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
    // The other decoders refuse the same bodies without crashing.
    QVERIFY(!EvolutionDecoder::decodeConnectionState(body));
    QVERIFY(!EvolutionDecoder::decodeCreated(body));
    QVERIFY(!EvolutionDecoder::decodeSentMessage(body));
    // Wrong types in optional fields are tolerated; a wrong type where a value is required is not.
    const auto odd = EvolutionDecoder::decodeInstances(
        R"([{"name":"a","connectionStatus":5,"ownerJid":null,"_count":"many","disconnectionReasonCode":"401"}])");
    QVERIFY(odd);
    QCOMPARE(odd->at(0).storedState, WhatsAppState::Unknown);
    QVERIFY(!odd->at(0).counts.known);
    QCOMPARE(odd->at(0).disconnectionCode, std::optional<int>(401));
}

void TestEvolutionDecoder::versionOneShapeIsRefusedByName()
{
    const auto decoded = EvolutionDecoder::decodeInstances(sample(QStringLiteral("v1-fetchInstances.json")));
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().message.contains(QLatin1String("v1")), qPrintable(decoded.error().message));
}

void TestEvolutionDecoder::licenceGateIsExplained()
{
    const auto decoded = EvolutionDecoder::decodeInstances(sample(QStringLiteral("error-503-license.json")));
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().message.contains(QLatin1String("LICENSE_REQUIRED")), qPrintable(decoded.error().message));
}

void TestEvolutionDecoder::stateNamesRoundTrip()
{
    for (WhatsAppState state :
        {WhatsAppState::Unknown, WhatsAppState::Open, WhatsAppState::Connecting, WhatsAppState::Close})
        QCOMPARE(whatsAppStateFromName(whatsAppStateName(state)), std::optional<WhatsAppState>(state));
    QVERIFY(!whatsAppStateFromName(u"banana"));
}

QTEST_GUILESS_MAIN(TestEvolutionDecoder)
#include "tst_evolutiondecoder.moc"
