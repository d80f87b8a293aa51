// The WhatsApp panel on the real composition root (the demo's simulated Evolution API, in-process): the list with
// its filters, and pairing end to end the way a person does it — select a client's instance, press P, the QR code
// appears (the screenshot decodes with zbarimg to exactly the code the server issued), the phone "scans" it through
// the simulator's control API, the assistant closes itself and the table shows the phone. Then the typed delete
// confirmation and the test message to a number that is not on WhatsApp.
#include "app/consoleapp.h"
#include "app/session.h"
#include "core/fleet/whatsappmonitor.h"
#include "ui/dialogs/whatsapppairingdialog.h"
#include "ui/models/whatsappfilterproxy.h"
#include "ui/models/whatsapptablemodel.h"
#include "ui/panels/whatsapppanel.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Fleetdeck;

namespace {

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("FLEETDECK_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// What zbarimg reads in a PNG; empty when it finds no code.
QString decodeQr(const QString& png)
{
    QProcess zbar;
    zbar.start(
        QStringLiteral("zbarimg"), {QStringLiteral("--nodbus"), QStringLiteral("--raw"), QStringLiteral("-q"), png});
    if (!zbar.waitForFinished(20000) || zbar.exitCode() != 0)
        return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

} // namespace

class TestWhatsAppPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryInstanceWithItsClientAndFiltersByState();
    void pairingEndToEndShowsAScannableCodeAndThePhone();
    void aCodeSentWithoutAnImageIsDrawnLocallyAndScans();
    void anUnassignedInstanceIsAssignedToAClientInTheRegistry();
    void deleteAsksForTheTypedName();
    void aTestMessageToANumberNotOnWhatsAppSaysSo();

private:
    void startDemo();
    QJsonObject simGet(const QString& path);
    int simPost(const QString& path, const QJsonObject& body);
    MainWindow* window() const { return m_app->window(); }
    WhatsAppPanel* panel() const { return m_app->window()->whatsAppPanel(); }
    QString neverPairedInstance() const;
    std::unique_ptr<ConsoleApp> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QNetworkAccessManager m_nam;
};

void TestWhatsAppPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("FleetdeckTest"));
}

void TestWhatsAppPanel::init()
{
    QSettings().clear();
    startDemo();
}

void TestWhatsAppPanel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_app.reset();
}

void TestWhatsAppPanel::startDemo()
{
    GuiOptions options;
    options.session.demo = true;
    m_app = std::make_unique<ConsoleApp>(options);
    QString error;
    QVERIFY2(m_app->start(&error), qPrintable(error));
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        panel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        panel()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window()->resize(1300, 850);
    window()->showPanel(MainWindow::Panel::WhatsApp);
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    // 40 clients and the two instances nobody claims.
    QTRY_COMPARE_WITH_TIMEOUT(panel()->model()->rowCount(), 42, 30000);
}

QJsonObject TestWhatsAppPanel::simGet(const QString& path)
{
    QUrl url = m_app->session()->profile().upstream(QStringLiteral("evolution")).url;
    url.setPath(path);
    QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

int TestWhatsAppPanel::simPost(const QString& path, const QJsonObject& body)
{
    QUrl url = m_app->session()->profile().upstream(QStringLiteral("evolution")).url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString TestWhatsAppPanel::neverPairedInstance() const
{
    for (const WhatsAppStatus& status : m_app->session()->whatsApp()->instances()) {
        if (!status.tenantSlug.isEmpty() && status.state == WhatsAppState::Close && !status.everConnected)
            return status.instance.name;
    }
    return {};
}

void TestWhatsAppPanel::listsEveryInstanceWithItsClientAndFiltersByState()
{
    WhatsAppTableModel* model = panel()->model();
    const int pizza = model->rowOf(QStringLiteral("pizza-co"));
    QVERIFY(pizza >= 0);
    QCOMPARE(model->index(pizza, WhatsAppTableModel::ClientColumn).data().toString(), QStringLiteral("Pizza Co"));
    QVERIFY(
        model->index(pizza, WhatsAppTableModel::StateColumn).data().toString().contains(QLatin1String("Connected")));
    QVERIFY(model->index(pizza, WhatsAppTableModel::PhoneColumn).data().toString().startsWith(QLatin1Char('+')));
    QCOMPARE(model->index(pizza, WhatsAppTableModel::MessagesColumn).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    const int bot = model->rowOf(QStringLiteral("test-bot"));
    QCOMPARE(model->index(bot, WhatsAppTableModel::ClientColumn).data().toString(), QStringLiteral("Not assigned"));

    panel()->setScope(WhatsAppFilterProxy::Scope::Disconnected);
    QCOMPARE(panel()->proxy()->rowCount(), 1); // logged out from its phone
    QVERIFY(panel()
                ->proxy()
                ->index(0, WhatsAppTableModel::DisconnectionColumn)
                .data()
                .toString()
                .contains(QLatin1String("logged out from the phone")));
    panel()->setScope(WhatsAppFilterProxy::Scope::Unassigned);
    QCOMPARE(panel()->proxy()->rowCount(), 2);
    // "A" assigns the selected unassigned instance; the button says so.
    QVERIFY(panel()->selectInstance(QStringLiteral("test-bot")));
    QVERIFY(panel()->findChild<QPushButton*>(QStringLiteral("assignButton"))->isEnabled());
    panel()->setScope(WhatsAppFilterProxy::Scope::All);
    panel()->setSearchText(QStringLiteral("pizza"));
    QCOMPARE(panel()->proxy()->rowCount(), 1);
    panel()->setSearchText({});
    QCOMPARE(panel()->proxy()->rowCount(), 42);
    window()->grab().save(screenshotPath(QStringLiteral("whatsapp-panel.png")));
}

void TestWhatsAppPanel::pairingEndToEndShowsAScannableCodeAndThePhone()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        QSKIP("zbarimg (zbar-tools) is needed to read the QR code on screen");
    const QString name = neverPairedInstance();
    QVERIFY(!name.isEmpty());
    QVERIFY(panel()->selectInstance(name));
    panel()->view()->setFocus();
    QTest::keyClick(panel()->view(), Qt::Key_P);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->pairingDialog() != nullptr, 5000);
    WhatsAppPairingDialog* dialog = panel()->pairingDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // WhatsApp takes a moment to issue the first code; then the QR is on screen with its countdown.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pairing()->phase(), WhatsAppPairing::Phase::ShowingCode, 20000);
    QTRY_VERIFY(!dialog->qrLabel()->pixmap().isNull());
    QVERIFY(dialog->qrLabel()->pixmap().width() >= 300);
    // The whole code is on screen: nothing is laid over it.
    QTRY_VERIFY(dialog->qrLabel()->height() >= dialog->qrLabel()->pixmap().height());
    QVERIFY2(dialog->statusText().contains(QLatin1String("of 30")), qPrintable(dialog->statusText()));

    const QString shot = screenshotPath(QStringLiteral("whatsapp-pairing.png"));
    QVERIFY(dialog->grab().save(shot));
    const QString decoded = decodeQr(shot);
    const QString issued = simGet(QStringLiteral("/_sim/evolution/") + name).value(QLatin1String("code")).toString();
    QVERIFY(!issued.isEmpty());
    QCOMPARE(decoded, issued);

    // The phone scans what is on the screen.
    QCOMPARE(simPost(QStringLiteral("/_sim/evolution/") + name + QStringLiteral("/scan"),
                 QJsonObject{{QStringLiteral("code"), decoded}}),
        200);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->pairingDialog() == nullptr, 15000); // it closed itself
    const int row = panel()->model()->rowOf(name);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel()->model()->index(row, WhatsAppTableModel::PhoneColumn).data().toString().startsWith(QLatin1Char('+')),
        15000);
    QVERIFY(panel()
                ->model()
                ->index(row, WhatsAppTableModel::StateColumn)
                .data()
                .toString()
                .contains(QLatin1String("Connected")));
    QVERIFY2(panel()->resultText().contains(QLatin1String("is connected")), qPrintable(panel()->resultText()));
    QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("whatsapp-paired.png"))));
}

void TestWhatsAppPanel::aCodeSentWithoutAnImageIsDrawnLocallyAndScans()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        QSKIP("zbarimg (zbar-tools) is needed to read the QR code on screen");
    const QString name = neverPairedInstance();
    QVERIFY(!name.isEmpty());
    // This server sends the payload only: Fleetdeck draws the QR itself (libqrencode).
    QCOMPARE(simPost(QStringLiteral("/_sim/evolution/") + name + QStringLiteral("/config"),
                 QJsonObject{{QStringLiteral("withImage"), false}}),
        200);
    QVERIFY(panel()->selectInstance(name));
    panel()->pairSelected();
    WhatsAppPairingDialog* dialog = panel()->pairingDialog();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pairing()->phase(), WhatsAppPairing::Phase::ShowingCode, 20000);
    QVERIFY(dialog->pairing()->current().png.isEmpty());
    QTRY_VERIFY(!dialog->qrLabel()->pixmap().isNull());
    QTRY_VERIFY(dialog->qrLabel()->height() >= dialog->qrLabel()->pixmap().height());
    const QString shot = screenshotPath(QStringLiteral("whatsapp-pairing-local.png"));
    QVERIFY(dialog->grab().save(shot));
    const QString issued = simGet(QStringLiteral("/_sim/evolution/") + name).value(QLatin1String("code")).toString();
    QCOMPARE(decodeQr(shot), issued);
    // The demo's simulated phone scans what is on screen; the assistant closes itself.
    auto* scan = dialog->findChild<QPushButton*>(QStringLiteral("simulatedScan"));
    QVERIFY(scan && scan->isVisible());
    scan->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel()->pairingDialog() == nullptr, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->resultText().contains(QLatin1String("is connected")), 10000);
}

void TestWhatsAppPanel::anUnassignedInstanceIsAssignedToAClientInTheRegistry()
{
    QVERIFY(panel()->selectInstance(QStringLiteral("legacy-sales")));
    panel()->view()->setFocus();
    QTest::keyClick(panel()->view(), Qt::Key_A);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = panel()->findChild<QDialog*>(QStringLiteral("assignDialog"))) != nullptr);
    auto* clients = dialog->findChild<QComboBox*>(QStringLiteral("assignClient"));
    const int pizza = clients->findData(QStringLiteral("pizza-co"));
    QVERIFY(pizza >= 0);
    QVERIFY2(
        clients->itemText(pizza).contains(QLatin1String("replaces pizza-co")), qPrintable(clients->itemText(pizza)));
    clients->setCurrentIndex(pizza);
    dialog->accept();
    // The registry now names legacy-sales for Pizza Co; the list follows once the clients reload.
    WhatsAppTableModel* model = panel()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(QStringLiteral("legacy-sales")), 0)
                                  .data(WhatsAppTableModel::TenantSlugRole)
                                  .toString(),
        QStringLiteral("pizza-co"), 15000);
    QCOMPARE(
        model->index(model->rowOf(QStringLiteral("pizza-co")), 0).data(WhatsAppTableModel::TenantSlugRole).toString(),
        QString());
    QVERIFY2(
        panel()->resultText().contains(QLatin1String("now belongs to Pizza Co")), qPrintable(panel()->resultText()));
}

void TestWhatsAppPanel::deleteAsksForTheTypedName()
{
    QVERIFY(panel()->selectInstance(QStringLiteral("test-bot")));
    panel()->view()->setFocus();
    QTest::keyClick(panel()->view(), Qt::Key_Delete);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = panel()->findChild<QDialog*>(QStringLiteral("deleteConfirmation"))) != nullptr);
    auto* typed = dialog->findChild<QLineEdit*>(QStringLiteral("confirmName"));
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmDelete"));
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("test-bo"));
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("t"));
    QVERIFY(confirm->isEnabled());
    confirm->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel()->model()->rowOf(QStringLiteral("test-bot")), -1, 10000);
    // Evolution removes it in the background; it is gone from the server's list too.
    QTRY_VERIFY_WITH_TIMEOUT(simGet(QStringLiteral("/_sim/evolution/test-bot")).isEmpty()
            || simGet(QStringLiteral("/_sim/evolution/test-bot")).value(QLatin1String("deleting")).toBool(),
        10000);
}

void TestWhatsAppPanel::aTestMessageToANumberNotOnWhatsAppSaysSo()
{
    QVERIFY(panel()->selectInstance(QStringLiteral("pizza-co")));
    panel()->view()->setFocus();
    QTest::keyClick(panel()->view(), Qt::Key_T);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = panel()->findChild<QDialog*>(QStringLiteral("testMessageDialog"))) != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("testNumber")), QStringLiteral("+55 11 90000-0000"));
    dialog->findChild<QPushButton*>(QStringLiteral("sendButton"))->click();
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResult"));
    QTRY_VERIFY2_WITH_TIMEOUT(
        result->text().contains(QLatin1String("is not on WhatsApp")), qPrintable(result->text()), 10000);
    QVERIFY2(result->text().contains(QLatin1String("+5511900000000")), qPrintable(result->text()));
    // A real number goes through.
    auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("testNumber"));
    number->setText(QStringLiteral("5511988887777"));
    dialog->findChild<QPushButton*>(QStringLiteral("sendButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Sent to 5511988887777")), 10000);
    dialog->reject();
}

QTEST_MAIN(TestWhatsAppPanel)
#include "tst_whatsapppanel.moc"
