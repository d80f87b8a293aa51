#include "core/net/httpclient.h"
#include "core/profile/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/store/registry.h"
#include "sim/simfleet.h"
#include "sim/simtenant.h"
#include "ui/dialogs/checkresultlabel.h"
#include "ui/dialogs/profileeditordialog.h"
#include "ui/theme.h"

#include "tests/support/simfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Fleetdeck;

namespace {

constexpr int kAnswerTimeoutMs = 15000;

// Lets pending layout requests run, so a picture shows what a person would see.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

bool saveScreenshot(QWidget* widget, const QString& name)
{
    settle();
    const QString dir = qEnvironmentVariable("FLEETDECK_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const qreal ratio = widget->devicePixelRatioF();
    const QString suffix = ratio > 1.0 ? QStringLiteral("@%1x").arg(ratio) : QString();
    return widget->grab().save(dir + QLatin1Char('/') + name + suffix + QStringLiteral(".png"));
}

// What a secret that must never reach the settings file looks like.
const QByteArray kTypedSecret = QByteArrayLiteral("n8n-typed-secret-7f3a9c");

} // namespace

class TestProfileEditorDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testButtonReportsSuccessForTheRightKey();
    void testButtonReportsTheRefusalForAWrongKey();
    void everyUpstreamTestPassesAgainstTheSimulator();
    void evolutionDefaultKeyPassesWithAWarning();
    void savingWritesTheProfileAndTheSecretButNoSecretValueToSettings();
    void reopeningShowsAnEmptyPasswordFieldWithTheStoredPlaceholder();
    void testUsesTheStoredKeyWithoutShowingIt();
    void invalidInputShowsTheFieldErrorAndDoesNotSave();
    void aSecondProfileCannotTakeAnExistingName();
    void renamingMovesTheProfileAndKeepsItActive();
    void registryTestReportsReadWriteAndSchema();
    void postgresRegistryShowsItsFieldsAndNeedsDatabaseAndUser();
    void cancelDropsALateAnswer();
    void aBrokenCaFileFailsTheTestAndTheSave();
    void screenshots();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_dialog->findChild<T*>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    void showSection(const QString& title);
    void typeInto(const QString& name, const QString& text);
    void click(const QString& name);
    void openDialog();
    void reopen(const QString& profileName);
    QString settingsText() const;
    QString simUrl(const QString& path) const { return m_sim->url(path).toString(); }

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileEditorDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester; // on the section list's model
};

void TestProfileEditorDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Theme::captureSystemPreference();
    Theme::apply(Theme::Mode::Light);
}

void TestProfileEditorDialog::init()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    QString error;
    QVERIFY2(m_sim->start({}, &error), qPrintable(error));
    m_http = std::make_unique<HttpClient>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_settingsPath = m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_settingsPath);
    m_store = std::make_unique<ProfileStore>(std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat));
    openDialog();
}

void TestProfileEditorDialog::cleanup()
{
    m_modelTester.reset();
    m_dialog.reset();
    m_store.reset();
    m_secrets.reset();
    m_http.reset();
    m_sim.reset();
}

void TestProfileEditorDialog::openDialog()
{
    m_dialog = std::make_unique<ProfileEditorDialog>(*m_store, *m_secrets, *m_http);
    auto* sections = m_dialog->findChild<QListWidget*>(QStringLiteral("sectionList"));
    QVERIFY(sections);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        sections->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->newProfile();
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileEditorDialog::reopen(const QString& profileName)
{
    m_modelTester.reset();
    m_dialog.reset();
    openDialog();
    m_dialog->editProfile(profileName);
}

void TestProfileEditorDialog::showSection(const QString& title)
{
    auto* sections = find<QListWidget>(QStringLiteral("sectionList"));
    QVERIFY(sections);
    const QList<QListWidgetItem*> items = sections->findItems(title, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    const QRect rect = sections->visualItemRect(items.first());
    QTest::mouseClick(sections->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(sections->currentItem(), items.first());
}

void TestProfileEditorDialog::typeInto(const QString& name, const QString& text)
{
    auto* edit = find<QLineEdit>(name);
    QVERIFY(edit);
    QVERIFY2(edit->isVisible(), qPrintable(name + QStringLiteral(" is not on the page shown")));
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestProfileEditorDialog::click(const QString& name)
{
    auto* button = find<QAbstractButton>(name);
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name));
    // A person clicks a check box on its box, which is at the start of a row that may span the page.
    const QPoint where = qobject_cast<QCheckBox*>(button)
        ? QPoint(button->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button) / 2 + 2, button->height() / 2)
        : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, where);
}

QString TestProfileEditorDialog::settingsText() const
{
    QFile file(m_settingsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestProfileEditorDialog::testButtonReportsSuccessForTheRightKey()
{
    showSection(QStringLiteral("n8n"));
    typeInto(QStringLiteral("n8nUrlEdit"), simUrl(QStringLiteral("/n8n")));
    typeInto(QStringLiteral("n8nSecretEdit"), QStringLiteral("fleetdeck-sim"));
    click(QStringLiteral("n8nTestButton"));

    auto* button = find<QPushButton>(QStringLiteral("n8nTestButton"));
    auto* result = find<CheckResultLabel>(QStringLiteral("n8nTestResult"));
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Testing…"));
    QCOMPARE(result->state(), CheckResultLabel::State::Running);

    QTRY_COMPARE_WITH_TIMEOUT(result->state(), CheckResultLabel::State::Passed, kAnswerTimeoutMs);
    const QString sentence = QStringLiteral("n8n at %1 accepted the API key.").arg(simUrl(QStringLiteral("/n8n")));
    QCOMPARE(result->sentence(), sentence);
    QCOMPARE(result->text(), QStringLiteral("Passed: ") + sentence);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("&Test"));
    // Testing stores nothing.
    QVERIFY(m_store->names().isEmpty());
}

void TestProfileEditorDialog::testButtonReportsTheRefusalForAWrongKey()
{
    showSection(QStringLiteral("Stripe"));
    typeInto(QStringLiteral("stripeUrlEdit"), simUrl(QStringLiteral("/stripe")));
    typeInto(QStringLiteral("stripeSecretEdit"), QStringLiteral("rk_live_wrong"));
    click(QStringLiteral("stripeTestButton"));
    auto* result = find<CheckResultLabel>(QStringLiteral("stripeTestResult"));
    QTRY_COMPARE_WITH_TIMEOUT(result->state(), CheckResultLabel::State::Failed, kAnswerTimeoutMs);
    const QString sentence = QStringLiteral("Stripe at %1 answered 401: the credential was refused. Store a valid key "
                                            "for this upstream in the profile.")
                                 .arg(simUrl(QStringLiteral("/stripe/v1/customers")));
    QCOMPARE(result->sentence(), sentence);
    QCOMPARE(result->text(), QStringLiteral("Failed: ") + sentence);
    QVERIFY(!result->text().contains(QStringLiteral("rk_live_wrong")));
}

void TestProfileEditorDialog::everyUpstreamTestPassesAgainstTheSimulator()
{
    const QString slug = m_sim->simulator().fleet().tenants().constFirst().slug;
    const QHash<QString, QString> titles = {{QStringLiteral("evolution"), QStringLiteral("Evolution API")},
        {QStringLiteral("n8n"), QStringLiteral("n8n")}, {QStringLiteral("stripe"), QStringLiteral("Stripe")},
        {QStringLiteral("prometheus"), QStringLiteral("Prometheus")},
        {QStringLiteral("alertmanager"), QStringLiteral("Alertmanager")},
        {QStringLiteral("mautic"), QStringLiteral("Mautic")}};
    for (const QString& upstream : ConnectionProfile::upstreamNames()) {
        showSection(titles.value(upstream));
        typeInto(upstream + QStringLiteral("UrlEdit"), simUrl(QLatin1Char('/') + upstream));
        if (upstream == QLatin1String("mautic")) {
            typeInto(QStringLiteral("mauticSecretEdit"), QStringLiteral("admin:fleetdeck-sim"));
            typeInto(QStringLiteral("mauticTenantEdit"), slug);
        } else if (UpstreamCheck::requiresSecret(upstream)) {
            typeInto(upstream + QStringLiteral("SecretEdit"), QStringLiteral("fleetdeck-sim"));
        }
        click(upstream + QStringLiteral("TestButton"));
    }
    for (const QString& upstream : ConnectionProfile::upstreamNames()) {
        auto* result = find<CheckResultLabel>(upstream + QStringLiteral("TestResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->state() != CheckResultLabel::State::Running, kAnswerTimeoutMs);
        QVERIFY2(result->state() == CheckResultLabel::State::Passed, qPrintable(upstream + u": " + result->text()));
    }
    QCOMPARE(find<CheckResultLabel>(QStringLiteral("prometheusTestResult"))->sentence(),
        QStringLiteral("Prometheus 2.42.0 answered at %1.").arg(simUrl(QStringLiteral("/prometheus"))));
    QCOMPARE(find<CheckResultLabel>(QStringLiteral("alertmanagerTestResult"))->sentence(),
        QStringLiteral("Alertmanager 0.25.0 answered at %1.").arg(simUrl(QStringLiteral("/alertmanager"))));
    QCOMPARE(find<CheckResultLabel>(QStringLiteral("mauticTestResult"))->sentence(),
        QStringLiteral("Mautic at %1 accepted the user and password; it holds 0 contact(s).")
            .arg(simUrl(QStringLiteral("/mautic/") + slug)));
}

void TestProfileEditorDialog::evolutionDefaultKeyPassesWithAWarning()
{
    Testing::SimFixture insecure;
    Sim::SimOptions options;
    options.secret = QString::fromLatin1(UpstreamCheck::kEvolutionDefaultKey);
    QString error;
    QVERIFY2(insecure.start(options, &error), qPrintable(error));
    showSection(QStringLiteral("Evolution API"));
    typeInto(QStringLiteral("evolutionUrlEdit"), insecure.url(QStringLiteral("/evolution")).toString());
    typeInto(QStringLiteral("evolutionSecretEdit"), QString::fromLatin1(UpstreamCheck::kEvolutionDefaultKey));
    click(QStringLiteral("evolutionTestButton"));
    auto* result = find<CheckResultLabel>(QStringLiteral("evolutionTestResult"));
    QTRY_COMPARE_WITH_TIMEOUT(result->state(), CheckResultLabel::State::Warning, kAnswerTimeoutMs);
    QVERIFY(result->text().startsWith(QStringLiteral("Passed with a warning: Evolution API at ")));
    QVERIFY(result->sentence().contains(QStringLiteral("the server runs with Evolution's well-known default key")));
}

void TestProfileEditorDialog::savingWritesTheProfileAndTheSecretButNoSecretValueToSettings()
{
    QSignalSpy saved(m_dialog.get(), &ProfileEditorDialog::profileSaved);
    showSection(QStringLiteral("General"));
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("Production"));
    showSection(QStringLiteral("n8n"));
    click(QStringLiteral("n8nEnabledCheck"));
    typeInto(QStringLiteral("n8nUrlEdit"), QStringLiteral("https://n8n.example.com"));
    typeInto(QStringLiteral("n8nSecretEdit"), QString::fromUtf8(kTypedSecret));
    showSection(QStringLiteral("Registry"));
    typeInto(QStringLiteral("registryPathEdit"), m_dir.filePath(QStringLiteral("registry.sqlite")));
    click(QStringLiteral("saveButton"));

    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kAnswerTimeoutMs);
    QCOMPARE(saved.first().first().toString(), QStringLiteral("Production"));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());

    const auto profile = m_store->load(QStringLiteral("Production"));
    QVERIFY(profile);
    QVERIFY(profile->upstream(QStringLiteral("n8n")).enabled);
    QCOMPARE(profile->upstream(QStringLiteral("n8n")).url, QUrl(QStringLiteral("https://n8n.example.com")));
    QCOMPARE(profile->upstream(QStringLiteral("n8n")).secret, QStringLiteral("Production-n8n-key"));
    QCOMPARE(profile->registry.path, m_dir.filePath(QStringLiteral("registry.sqlite")));
    QCOMPARE(m_store->activeName(), QStringLiteral("Production"));

    // The value went to the secret store under the entry's name...
    std::optional<Result<QByteArray, SecretError>> stored;
    m_secrets->readSecret(QStringLiteral("Production-n8n-key"), this,
        [&stored](Result<QByteArray, SecretError> value) { stored = std::move(value); });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->hasValue());
    QCOMPARE(stored->value(), kTypedSecret);
    // ...and nowhere in the settings file.
    const QString text = settingsText();
    QVERIFY(text.contains(QStringLiteral("Production-n8n-key")));
    QVERIFY2(!text.contains(QString::fromUtf8(kTypedSecret)), qPrintable(text));
}

void TestProfileEditorDialog::reopeningShowsAnEmptyPasswordFieldWithTheStoredPlaceholder()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Production");
    UpstreamConfig n8n;
    n8n.enabled = true;
    n8n.url = m_sim->url(QStringLiteral("/n8n"));
    n8n.secret = QStringLiteral("prod-n8n");
    profile.upstreams.insert(QStringLiteral("n8n"), n8n);
    UpstreamConfig stripe;
    stripe.url = m_sim->url(QStringLiteral("/stripe"));
    stripe.secret = QStringLiteral("prod-stripe"); // named, but nothing stored under it
    profile.upstreams.insert(QStringLiteral("stripe"), stripe);
    m_store->save(profile);
    m_secrets->insert(QStringLiteral("prod-n8n"), kTypedSecret);

    reopen(QStringLiteral("Production"));
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Edit profile “Production”"));
    showSection(QStringLiteral("n8n"));
    auto* secret = find<QLineEdit>(QStringLiteral("n8nSecretEdit"));
    QTRY_COMPARE(secret->placeholderText(), QStringLiteral("stored in the keychain — type to replace"));
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(find<QLineEdit>(QStringLiteral("n8nSecretNameEdit"))->text(), QStringLiteral("prod-n8n"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("n8nUrlEdit"))->text(), simUrl(QStringLiteral("/n8n")));
    QVERIFY(find<QCheckBox>(QStringLiteral("n8nEnabledCheck"))->isChecked());
    QCOMPARE(find<QLineEdit>(QStringLiteral("stripeSecretEdit"))->placeholderText(),
        QStringLiteral("not stored yet — type the key"));
    // The value is in no widget of the dialog.
    for (const QLineEdit* edit : m_dialog->findChildren<QLineEdit*>())
        QVERIFY2(!edit->text().contains(QString::fromUtf8(kTypedSecret)), qPrintable(edit->objectName()));

    // Saving again without typing keeps the stored secret as it is.
    click(QStringLiteral("saveButton"));
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    std::optional<Result<QByteArray, SecretError>> stored;
    m_secrets->readSecret(QStringLiteral("prod-n8n"), this,
        [&stored](Result<QByteArray, SecretError> value) { stored = std::move(value); });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->value(), kTypedSecret);
}

void TestProfileEditorDialog::testUsesTheStoredKeyWithoutShowingIt()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sim");
    UpstreamConfig n8n;
    n8n.enabled = true;
    n8n.url = m_sim->url(QStringLiteral("/n8n"));
    n8n.secret = QStringLiteral("sim-n8n");
    profile.upstreams.insert(QStringLiteral("n8n"), n8n);
    m_store->save(profile);
    m_secrets->insert(QStringLiteral("sim-n8n"), QByteArrayLiteral("fleetdeck-sim"));

    reopen(QStringLiteral("Sim"));
    showSection(QStringLiteral("n8n"));
    click(QStringLiteral("n8nTestButton"));
    auto* result = find<CheckResultLabel>(QStringLiteral("n8nTestResult"));
    QTRY_COMPARE_WITH_TIMEOUT(result->state(), CheckResultLabel::State::Passed, kAnswerTimeoutMs);
    QVERIFY(find<QLineEdit>(QStringLiteral("n8nSecretEdit"))->text().isEmpty());
}

void TestProfileEditorDialog::invalidInputShowsTheFieldErrorAndDoesNotSave()
{
    QSignalSpy saved(m_dialog.get(), &ProfileEditorDialog::profileSaved);
    showSection(QStringLiteral("n8n"));
    click(QStringLiteral("n8nEnabledCheck"));
    typeInto(QStringLiteral("n8nUrlEdit"), QStringLiteral("n8n.example.com"));
    typeInto(QStringLiteral("n8nSecretEdit"), QString::fromUtf8(kTypedSecret));
    showSection(QStringLiteral("Mautic"));
    typeInto(QStringLiteral("mauticSecretEdit"), QStringLiteral("password-without-user"));
    click(QStringLiteral("saveButton"));

    // The first problem's page is shown, its field has the focus, and each field says what is wrong.
    auto* nameError = find<QLabel>(QStringLiteral("nameError"));
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), QStringLiteral("Give the profile a name."));
    QCOMPARE(m_dialog->focusWidget(), find<QLineEdit>(QStringLiteral("nameEdit")));
    QCOMPARE(find<QLineEdit>(QStringLiteral("nameEdit"))->property("invalid").toBool(), true);
    auto* urlError = find<QLabel>(QStringLiteral("n8nUrlError"));
    QCOMPARE(
        urlError->text(), QStringLiteral("Enter an http:// or https:// address, for example https://n8n.example.com."));
    QVERIFY(!urlError->isHidden());
    QCOMPARE(find<QLabel>(QStringLiteral("mauticSecretError"))->text(),
        QStringLiteral("Type the Mautic user and password as user:password."));
    auto* status = find<QLabel>(QStringLiteral("formStatus"));
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Not saved: fix the 3 marked field(s)."));

    QTest::qWait(50); // nothing asynchronous may follow a refused save
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_store->names().isEmpty());
    QVERIFY(!settingsText().contains(QString::fromUtf8(kTypedSecret)));

    // Fixing the fields clears the messages on the next save.
    showSection(QStringLiteral("General"));
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("Fixed"));
    showSection(QStringLiteral("n8n"));
    typeInto(QStringLiteral("n8nUrlEdit"), QStringLiteral("https://n8n.example.com"));
    showSection(QStringLiteral("Mautic"));
    typeInto(QStringLiteral("mauticSecretEdit"), QStringLiteral("admin:pw"));
    click(QStringLiteral("saveButton"));
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(nameError->isHidden());
    QVERIFY(urlError->isHidden());
}

void TestProfileEditorDialog::aSecondProfileCannotTakeAnExistingName()
{
    ConnectionProfile existing;
    existing.name = QStringLiteral("Production");
    m_store->save(existing);
    showSection(QStringLiteral("General"));
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("Production"));
    click(QStringLiteral("saveButton"));
    QCOMPARE(find<QLabel>(QStringLiteral("nameError"))->text(),
        QStringLiteral("A profile named “Production” exists already; choose another name."));
    QVERIFY(m_dialog->isVisible());
}

void TestProfileEditorDialog::renamingMovesTheProfileAndKeepsItActive()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Staging");
    m_store->save(profile);
    m_store->setActiveName(QStringLiteral("Staging"));
    reopen(QStringLiteral("Staging"));
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("Production"));
    QSignalSpy saved(m_dialog.get(), &ProfileEditorDialog::profileSaved);
    QTest::keyClick(find<QLineEdit>(QStringLiteral("nameEdit")), Qt::Key_Return); // Enter saves
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_store->names(), QStringList{QStringLiteral("Production")});
    QCOMPARE(m_store->activeName(), QStringLiteral("Production"));
}

void TestProfileEditorDialog::registryTestReportsReadWriteAndSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("test-registry/registry.sqlite"));
    showSection(QStringLiteral("Registry"));
    typeInto(QStringLiteral("registryPathEdit"), QDir::toNativeSeparators(path));
    click(QStringLiteral("registryTestButton"));
    auto* button = find<QPushButton>(QStringLiteral("registryTestButton"));
    auto* result = find<CheckResultLabel>(QStringLiteral("registryTestResult"));
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Testing…"));
    QTRY_VERIFY_WITH_TIMEOUT(result->state() != CheckResultLabel::State::Running, kAnswerTimeoutMs);
    QVERIFY2(result->state() == CheckResultLabel::State::Passed, qPrintable(result->text()));
    QVERIFY2(
        result->sentence().contains(QStringLiteral(": read-write, schema version %1.").arg(Registry::kSchemaVersion)),
        qPrintable(result->text()));
    QVERIFY(result->sentence().endsWith(QStringLiteral("There was no registry there, so an empty one was created.")));

    click(QStringLiteral("registryTestButton"));
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kAnswerTimeoutMs);
    QCOMPARE(result->state(), CheckResultLabel::State::Passed);
    QVERIFY(
        result->sentence().endsWith(QStringLiteral("read-write, schema version %1.").arg(Registry::kSchemaVersion)));
}

void TestProfileEditorDialog::postgresRegistryShowsItsFieldsAndNeedsDatabaseAndUser()
{
    showSection(QStringLiteral("Registry"));
    auto* driver = find<QComboBox>(QStringLiteral("registryDriverCombo"));
    QVERIFY(find<QLineEdit>(QStringLiteral("registryPathEdit"))->isVisible());
    QVERIFY(!find<QLineEdit>(QStringLiteral("registryHostEdit"))->isVisible());
    driver->setFocus();
    QTest::keyClick(driver, Qt::Key_Down);
    QCOMPARE(driver->currentData().toString(), QStringLiteral("postgres"));
    QVERIFY(!find<QLineEdit>(QStringLiteral("registryPathEdit"))->isVisible());
    QVERIFY(find<QLineEdit>(QStringLiteral("registryHostEdit"))->isVisible());
    QCOMPARE(find<QLineEdit>(QStringLiteral("registryPasswordEdit"))->echoMode(), QLineEdit::Password);

    showSection(QStringLiteral("General"));
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("Team"));
    click(QStringLiteral("saveButton"));
    QVERIFY(find<QLabel>(QStringLiteral("registryDatabaseError"))->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("registryDatabaseError"))->text(),
        QStringLiteral("Enter the name of the PostgreSQL database."));
    QCOMPARE(
        find<QLabel>(QStringLiteral("registryUserError"))->text(), QStringLiteral("Enter the PostgreSQL user name."));
    QVERIFY(m_store->names().isEmpty());

    typeInto(QStringLiteral("registryDatabaseEdit"), QStringLiteral("platform"));
    typeInto(QStringLiteral("registryUserEdit"), QStringLiteral("support"));
    typeInto(QStringLiteral("registryPasswordEdit"), QStringLiteral("pg-typed-password-91"));
    QSignalSpy saved(m_dialog.get(), &ProfileEditorDialog::profileSaved);
    click(QStringLiteral("saveButton"));
    QTRY_COMPARE(saved.size(), 1);
    const auto profile = m_store->load(QStringLiteral("Team"));
    QVERIFY(profile);
    QVERIFY(profile->registry.isPostgres());
    QCOMPARE(profile->registry.secret, QStringLiteral("Team-registry-password"));
    QVERIFY(!settingsText().contains(QStringLiteral("pg-typed-password-91")));
    std::optional<Result<QByteArray, SecretError>> stored;
    m_secrets->readSecret(QStringLiteral("Team-registry-password"), this,
        [&stored](Result<QByteArray, SecretError> value) { stored = std::move(value); });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->value(), QByteArrayLiteral("pg-typed-password-91"));
}

void TestProfileEditorDialog::cancelDropsALateAnswer()
{
    QVERIFY(m_sim->addFault(QByteArrayLiteral(
                "{\"path\":\"/n8n/api/v1/workflows\",\"kind\":\"latency\",\"latencyMs\":400,\"count\":-1}"))
        > 0);
    showSection(QStringLiteral("n8n"));
    typeInto(QStringLiteral("n8nUrlEdit"), simUrl(QStringLiteral("/n8n")));
    typeInto(QStringLiteral("n8nSecretEdit"), QStringLiteral("fleetdeck-sim"));
    click(QStringLiteral("n8nTestButton"));
    click(QStringLiteral("cancelButton"));
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    auto* result = find<CheckResultLabel>(QStringLiteral("n8nTestResult"));
    QCOMPARE(result->state(), CheckResultLabel::State::Idle);
    QTest::qWait(800); // the delayed answer has arrived by now and must have changed nothing
    QCOMPARE(result->state(), CheckResultLabel::State::Idle);
    QVERIFY(m_store->names().isEmpty());
}

void TestProfileEditorDialog::aBrokenCaFileFailsTheTestAndTheSave()
{
    const QString caPath = m_dir.filePath(QStringLiteral("not-a-ca.pem"));
    {
        QFile file(caPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a certificate\n");
    }
    showSection(QStringLiteral("General"));
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("Private CA"));
    typeInto(QStringLiteral("caFileEdit"), caPath);

    // The test uses the form's transport rules (here: its CA file), not the shared client's.
    showSection(QStringLiteral("n8n"));
    typeInto(QStringLiteral("n8nUrlEdit"), simUrl(QStringLiteral("/n8n")));
    typeInto(QStringLiteral("n8nSecretEdit"), QStringLiteral("fleetdeck-sim"));
    click(QStringLiteral("n8nTestButton"));
    auto* result = find<CheckResultLabel>(QStringLiteral("n8nTestResult"));
    QTRY_COMPARE_WITH_TIMEOUT(result->state(), CheckResultLabel::State::Failed, kAnswerTimeoutMs);
    QCOMPARE(result->sentence(),
        QStringLiteral("The extra CA file is not configured correctly: \"tls.caFile\" %1 holds no PEM certificate")
            .arg(QDir::toNativeSeparators(caPath)));

    // Saving refuses it too, at the field.
    QSignalSpy saved(m_dialog.get(), &ProfileEditorDialog::profileSaved);
    click(QStringLiteral("saveButton"));
    auto* caError = find<QLabel>(QStringLiteral("caFileError"));
    QTRY_VERIFY(caError->isVisible());
    QVERIFY(caError->text().contains(QStringLiteral("holds no PEM certificate")));
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_store->names().isEmpty());

    // With the file cleared, the same test passes.
    showSection(QStringLiteral("General"));
    typeInto(QStringLiteral("caFileEdit"), QString());
    showSection(QStringLiteral("n8n"));
    click(QStringLiteral("n8nTestButton"));
    QTRY_COMPARE_WITH_TIMEOUT(result->state(), CheckResultLabel::State::Passed, kAnswerTimeoutMs);
}

void TestProfileEditorDialog::screenshots()
{
    // One picture per interesting state, for a person to look at (not compared automatically).
    showSection(QStringLiteral("General"));
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("Production"));
    QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("profileeditor-general")));

    showSection(QStringLiteral("n8n"));
    click(QStringLiteral("n8nEnabledCheck"));
    typeInto(QStringLiteral("n8nUrlEdit"), simUrl(QStringLiteral("/n8n")));
    typeInto(QStringLiteral("n8nSecretEdit"), QStringLiteral("fleetdeck-sim"));
    click(QStringLiteral("n8nTestButton"));
    QTRY_COMPARE_WITH_TIMEOUT(find<CheckResultLabel>(QStringLiteral("n8nTestResult"))->state(),
        CheckResultLabel::State::Passed, kAnswerTimeoutMs);
    QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("profileeditor-n8n-passed")));

    showSection(QStringLiteral("Stripe"));
    typeInto(QStringLiteral("stripeUrlEdit"), simUrl(QStringLiteral("/stripe")));
    typeInto(QStringLiteral("stripeSecretEdit"), QStringLiteral("rk_live_wrong"));
    click(QStringLiteral("stripeTestButton"));
    QTRY_COMPARE_WITH_TIMEOUT(find<CheckResultLabel>(QStringLiteral("stripeTestResult"))->state(),
        CheckResultLabel::State::Failed, kAnswerTimeoutMs);
    QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("profileeditor-stripe-failed")));

    showSection(QStringLiteral("Mautic"));
    typeInto(QStringLiteral("mauticUrlEdit"), QStringLiteral("mautic.example.com"));
    click(QStringLiteral("mauticEnabledCheck"));
    showSection(QStringLiteral("General"));
    typeInto(QStringLiteral("nameEdit"), QString());
    click(QStringLiteral("saveButton"));
    showSection(QStringLiteral("Mautic"));
    QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("profileeditor-mautic-invalid")));

    showSection(QStringLiteral("Registry"));
    typeInto(QStringLiteral("registryPathEdit"), m_dir.filePath(QStringLiteral("shot/registry.sqlite")));
    click(QStringLiteral("registryTestButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        find<CheckResultLabel>(QStringLiteral("registryTestResult"))->state() != CheckResultLabel::State::Running,
        kAnswerTimeoutMs);
    QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("profileeditor-registry")));

    showSection(QStringLiteral("Health checks"));
    QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("profileeditor-health")));

    Theme::apply(Theme::Mode::Dark);
    showSection(QStringLiteral("n8n"));
    QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("profileeditor-n8n-dark")));
    showSection(QStringLiteral("Registry"));
    auto* driver = find<QComboBox>(QStringLiteral("registryDriverCombo"));
    driver->setCurrentIndex(driver->findData(QStringLiteral("postgres")));
    QVERIFY(saveScreenshot(m_dialog.get(), QStringLiteral("profileeditor-postgres-dark")));
    Theme::apply(Theme::Mode::Light);
}

QTEST_MAIN(TestProfileEditorDialog)
#include "tst_profileeditordialog.moc"
