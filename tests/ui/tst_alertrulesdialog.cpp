#include "core/engine/alertnames.h"
#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "ui/dialogs/alertrulesdialog.h"
#include "ui/preferences.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Fleetdeck;

namespace {

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

Tenant tenant(const QString& slug, const QString& name)
{
    Tenant t;
    t.slug = slug;
    t.name = name;
    return t;
}

QList<Tenant> twoClients()
{
    return {tenant(QStringLiteral("pizza-co"), QStringLiteral("Pizza Co")),
        tenant(QStringLiteral("acme"), QStringLiteral("Acme Dental"))};
}

double threshold(const AlertRule* rule, AlertSeverity severity)
{
    if (!rule || !rule->level(severity))
        return -1;
    return rule->level(severity)->threshold;
}

template <typename T> T* child(QWidget& dialog, const QString& name)
{
    auto* found = dialog.findChild<T*>(name);
    if (!found)
        qWarning("no child named %s", qPrintable(name));
    return found;
}

QPushButton* okButton(QWidget& dialog)
{
    return child<QPushButton>(dialog, QStringLiteral("okButton"));
}

void chooseSubject(QWidget& dialog, const QString& slug)
{
    auto* combo = child<QComboBox>(dialog, QStringLiteral("subjectCombo"));
    QVERIFY(combo);
    const int index = combo->findData(slug);
    QVERIFY2(index >= 0, qPrintable(slug));
    combo->setCurrentIndex(index);
}

} // namespace

class TestAlertRulesDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void opensOnTheDefaultsInThePersonsUnits();
    void listsTheDefaultsThenEveryClientByName();
    void editingDiskHighTo85PercentAndOkStoresIt();
    void cancelStoresNothing();
    void clientOverrideChangesOnlyThatClient();
    void editingAClientBackToTheDefaultsDropsItsOverride();
    void resetToDefaultsDropsTheClientsOwnRules();
    void resetToDefaultsRestoresTheBuiltInRules();
    void criticalBelowHighDisablesOkWithTheReason();
    void switchingARuleOffGreysItsSettings();
    void corruptStoredRulesYieldTheDefaults();
    void storedRulesMissingANewRuleGainIt();
    void preferencesRoundTripReachesTheAlertService();
    void screenshots();
};

void TestAlertRulesDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FleetdeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_alertrulesdialog"));
    Theme::captureSystemPreference();
}

void TestAlertRulesDialog::init()
{
    QSettings().clear();
    Theme::apply(Theme::Mode::Light);
}

void TestAlertRulesDialog::opensOnTheDefaultsInThePersonsUnits()
{
    Preferences preferences;
    AlertRulesDialog dialog(preferences, twoClients());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.subject(), QString());
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("endpoint_latency_highSpin"))->value(), 1.0);
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("endpoint_latency_criticalSpin"))->value(), 2.0);
    QVERIFY(child<QDoubleSpinBox>(dialog, QStringLiteral("endpoint_latency_highSpin"))->suffix().contains(u's'));
    QVERIFY(!child<QDoubleSpinBox>(dialog, QStringLiteral("endpoint_latency_mediumSpin"))->isVisible());
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_mediumSpin"))->value(), 80.0);
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_highSpin"))->value(), 90.0);
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_criticalSpin"))->value(), 95.0);
    QVERIFY(child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_highSpin"))->suffix().contains(u'%'));
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("tls_expiry_mediumSpin"))->value(), 14.0);
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("tls_expiry_highSpin"))->value(), 7.0);
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("backup_age_highSpin"))->value(), 24.0);
    QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("endpoint_latency_pendingSpin"))->value(), 2);
    QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("endpoint_latency_failuresSpin"))->value(), 3);
    QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("endpoint_latency_successesSpin"))->value(), 3);
    QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("endpoint_latency_reminderSpin"))->value(), 120);
    QVERIFY(child<QCheckBox>(dialog, QStringLiteral("disk_usage_enabledCheck"))->isChecked());
    // Up/down rules have no number to choose.
    QVERIFY(!dialog.findChild<QDoubleSpinBox*>(QStringLiteral("endpoint_down_criticalSpin")));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("problemLabel"))->isVisible());
}

void TestAlertRulesDialog::listsTheDefaultsThenEveryClientByName()
{
    Preferences preferences;
    AlertRulesDialog dialog(preferences, twoClients());
    auto* combo = child<QComboBox>(dialog, QStringLiteral("subjectCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->itemText(0), QStringLiteral("Every client and server (defaults)"));
    QStringList clients;
    for (int i = 1; i < combo->count(); ++i) {
        if (!combo->itemData(i).toString().isEmpty())
            clients << combo->itemText(i);
    }
    QCOMPARE(clients, (QStringList{QStringLiteral("Acme Dental"), QStringLiteral("Pizza Co")}));
}

void TestAlertRulesDialog::editingDiskHighTo85PercentAndOkStoresIt()
{
    Preferences preferences;
    QSignalSpy changed(&preferences, &Preferences::changed);
    AlertRulesDialog dialog(preferences, twoClients());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* high = child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_highSpin"));
    high->setFocus();
    high->selectAll();
    QTest::keyClicks(high, QStringLiteral("85"));
    QCOMPARE(high->value(), 85.0);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);

    const AlertRuleSet stored = preferences.alertRules();
    QCOMPARE(threshold(stored.rule(RuleId::kDiskUsage), AlertSeverity::High), 0.85);
    QCOMPARE(threshold(stored.rule(RuleId::kDiskUsage), AlertSeverity::Medium), 0.80);
    QCOMPARE(threshold(stored.rule(RuleId::kDiskUsage), AlertSeverity::Critical), 0.95);
    QVERIFY(stored.overrides().isEmpty());
    // Nothing else moved.
    AlertRuleSet expected = AlertRuleSet::defaults();
    AlertRule disk = *expected.rule(RuleId::kDiskUsage);
    disk.levels[1].threshold = 0.85;
    expected.setRule(disk);
    QCOMPARE(stored.toJson(), expected.toJson());
}

void TestAlertRulesDialog::cancelStoresNothing()
{
    Preferences preferences;
    QSignalSpy changed(&preferences, &Preferences::changed);
    AlertRulesDialog dialog(preferences, twoClients());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_highSpin"))->setValue(85);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(preferences.alertRules(), AlertRuleSet::defaults());
}

void TestAlertRulesDialog::clientOverrideChangesOnlyThatClient()
{
    Preferences preferences;
    AlertRulesDialog dialog(preferences, twoClients());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseSubject(dialog, QStringLiteral("acme"));
    QCOMPARE(dialog.subject(), QStringLiteral("acme"));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("scopeHint"))->text().contains(QStringLiteral("Acme Dental")));
    auto* high = child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_highSpin"));
    QCOMPARE(high->value(), 90.0);
    high->setValue(85);
    child<QSpinBox>(dialog, QStringLiteral("disk_usage_reminderSpin"))->setValue(0);
    auto* combo = child<QComboBox>(dialog, QStringLiteral("subjectCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("Acme Dental — own rules"));

    // The defaults still show 90 %.
    chooseSubject(dialog, QString());
    QCOMPARE(high->value(), 90.0);
    chooseSubject(dialog, QStringLiteral("acme"));
    QCOMPARE(high->value(), 85.0);

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    const AlertRuleSet stored = preferences.alertRules();
    QCOMPARE(threshold(stored.ruleFor(RuleId::kDiskUsage, QStringLiteral("acme")), AlertSeverity::High), 0.85);
    QCOMPARE(stored.ruleFor(RuleId::kDiskUsage, QStringLiteral("acme"))->reminderEvery, std::chrono::seconds(0));
    QCOMPARE(threshold(stored.ruleFor(RuleId::kDiskUsage, QStringLiteral("pizza-co")), AlertSeverity::High), 0.90);
    QCOMPARE(threshold(stored.rule(RuleId::kDiskUsage), AlertSeverity::High), 0.90);
    QCOMPARE(stored.overrides().keys(), QStringList{QStringLiteral("acme")});
    QCOMPARE(stored.overrides().value(QStringLiteral("acme")).size(), 1);
}

void TestAlertRulesDialog::editingAClientBackToTheDefaultsDropsItsOverride()
{
    Preferences preferences;
    AlertRulesDialog dialog(preferences, twoClients());
    chooseSubject(dialog, QStringLiteral("pizza-co"));
    auto* failures = child<QSpinBox>(dialog, QStringLiteral("endpoint_down_failuresSpin"));
    failures->setValue(5);
    QVERIFY(dialog.ruleSet().overrideFor(QStringLiteral("pizza-co"), RuleId::kEndpointDown));
    failures->setValue(2);
    QVERIFY(!dialog.ruleSet().overrideFor(QStringLiteral("pizza-co"), RuleId::kEndpointDown));
    QVERIFY(dialog.ruleSet().overrides().isEmpty());
}

void TestAlertRulesDialog::resetToDefaultsDropsTheClientsOwnRules()
{
    Preferences preferences;
    AlertRuleSet rules = AlertRuleSet::defaults();
    AlertRule latency = *rules.rule(RuleId::kEndpointLatency);
    latency.levels[0].threshold = 3;
    latency.levels[1].threshold = 5;
    rules.setOverride(QStringLiteral("acme"), latency);
    rules.setOverride(QStringLiteral("pizza-co"), latency);
    preferences.setAlertRules(rules);

    AlertRulesDialog dialog(preferences, twoClients());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* reset = child<QPushButton>(dialog, QStringLiteral("resetButton"));
    QVERIFY(!reset->isEnabled()); // the defaults are the built-in ones
    chooseSubject(dialog, QStringLiteral("acme"));
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("endpoint_latency_highSpin"))->value(), 3.0);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("endpoint_latency_highSpin"))->value(), 1.0);
    QVERIFY(!reset->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    const AlertRuleSet stored = preferences.alertRules();
    QVERIFY(!stored.overrideFor(QStringLiteral("acme"), RuleId::kEndpointLatency));
    QCOMPARE(threshold(stored.ruleFor(RuleId::kEndpointLatency, QStringLiteral("pizza-co")), AlertSeverity::High), 3.0);
}

void TestAlertRulesDialog::resetToDefaultsRestoresTheBuiltInRules()
{
    Preferences preferences;
    AlertRuleSet rules = AlertRuleSet::defaults();
    AlertRule disk = *rules.rule(RuleId::kDiskUsage);
    disk.levels[2].threshold = 0.99;
    disk.enabled = false;
    rules.setRule(disk);
    AlertRule backup = *rules.rule(RuleId::kBackupAge);
    backup.levels[0].threshold = 7 * 86400.0;
    rules.setOverride(QStringLiteral("acme"), backup);
    preferences.setAlertRules(rules);

    AlertRulesDialog dialog(preferences, twoClients());
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_criticalSpin"))->value(), 99.0);
    auto* reset = child<QPushButton>(dialog, QStringLiteral("resetButton"));
    QVERIFY(reset->isEnabled());
    reset->click();
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_criticalSpin"))->value(), 95.0);
    QVERIFY(child<QCheckBox>(dialog, QStringLiteral("disk_usage_enabledCheck"))->isChecked());
    // A client's own rules are not the defaults' business.
    QVERIFY(dialog.ruleSet().overrideFor(QStringLiteral("acme"), RuleId::kBackupAge));
    chooseSubject(dialog, QStringLiteral("acme"));
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("backup_age_highSpin"))->value(), 168.0);
}

void TestAlertRulesDialog::criticalBelowHighDisablesOkWithTheReason()
{
    Preferences preferences;
    AlertRulesDialog dialog(preferences, twoClients());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* critical = child<QDoubleSpinBox>(dialog, QStringLiteral("endpoint_latency_criticalSpin"));
    critical->setValue(0.5);
    QVERIFY(!okButton(dialog)->isEnabled());
    auto* problem = child<QLabel>(dialog, QStringLiteral("problemLabel"));
    QVERIFY(problem->isVisible());
    QCOMPARE(
        problem->text(), QStringLiteral("Slow answers: the critical threshold cannot be lower than the high one."));
    // Enter does not store it either.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(preferences.alertRules(), AlertRuleSet::defaults());

    critical->setValue(1.5);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!problem->isVisible());

    // The same for a client names the client; TLS counts down, so there a worse level has fewer days.
    chooseSubject(dialog, QStringLiteral("acme"));
    child<QDoubleSpinBox>(dialog, QStringLiteral("tls_expiry_highSpin"))->setValue(20);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(problem->text(),
        QStringLiteral("TLS certificate: the high threshold cannot be higher than the medium one. (for Acme Dental)"));
}

void TestAlertRulesDialog::switchingARuleOffGreysItsSettings()
{
    Preferences preferences;
    AlertRulesDialog dialog(preferences, twoClients());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* enabled = child<QCheckBox>(dialog, QStringLiteral("disk_usage_enabledCheck"));
    QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(4, enabled->height() / 2));
    QVERIFY(!enabled->isChecked());
    QVERIFY(!child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_highSpin"))->isEnabled());
    QVERIFY(!child<QSpinBox>(dialog, QStringLiteral("disk_usage_pendingSpin"))->isEnabled());
    QVERIFY(child<QDoubleSpinBox>(dialog, QStringLiteral("endpoint_latency_highSpin"))->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(!preferences.alertRules().rule(RuleId::kDiskUsage)->enabled);
}

void TestAlertRulesDialog::corruptStoredRulesYieldTheDefaults()
{
    Preferences preferences;
    const QList<QVariant> corrupt = {QStringLiteral("{not json"), QStringLiteral("[]"), QVariant(42),
        QStringLiteral("{\"version\":7,\"rules\":[]}"),
        // Readable, but a rule that could never fire (N = 0).
        QStringLiteral("{\"version\":1,\"rules\":[{\"id\":\"disk_usage\",\"metric\":\"disk_used_ratio\","
                       "\"comparison\":\"at_least\",\"measure\":\"value\",\"levels\":[{\"severity\":\"high\","
                       "\"threshold\":0.9}],\"failuresToFire\":0}],\"overrides\":{}}"),
        QByteArray("\xff\xfe\x00garbage", 10)};
    for (const QVariant& value : corrupt) {
        QSettings().setValue(QStringLiteral("preferences/alertRules"), value);
        QCOMPARE(preferences.alertRules(), AlertRuleSet::defaults());
    }
    // And the dialog opens on them.
    AlertRulesDialog dialog(preferences, twoClients());
    QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_highSpin"))->value(), 90.0);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestAlertRulesDialog::storedRulesMissingANewRuleGainIt()
{
    Preferences preferences;
    AlertRuleSet old = AlertRuleSet::defaults();
    QVERIFY(old.removeRule(RuleId::kHostDown));
    preferences.setAlertRules(old);
    QCOMPARE(preferences.alertRules().rules().size(), AlertRuleSet::defaults().rules().size());
    QVERIFY(preferences.alertRules().rule(RuleId::kHostDown));
}

void TestAlertRulesDialog::preferencesRoundTripReachesTheAlertService()
{
    Preferences preferences;
    AlertRuleSet rules = AlertRuleSet::defaults();
    AlertRule latency = *rules.rule(RuleId::kEndpointLatency);
    latency.levels[0].threshold = 1.5;
    rules.setOverride(QStringLiteral("acme"), latency);
    QSignalSpy changed(&preferences, &Preferences::changed);
    preferences.setAlertRules(rules);
    QCOMPARE(changed.count(), 1);
    preferences.setAlertRules(rules); // the same again: nothing changed
    QCOMPARE(changed.count(), 1);
    QCOMPARE(preferences.alertRules(), rules);

    // What ConsoleApp does on Preferences::changed.
    FleetState fleet;
    AlertService service(&fleet, nullptr, nullptr);
    service.setRules(preferences.alertRules());
    QCOMPARE(service.rules(), rules);
    QCOMPARE(
        threshold(service.rules().ruleFor(RuleId::kEndpointLatency, QStringLiteral("acme")), AlertSeverity::High), 1.5);
}

void TestAlertRulesDialog::screenshots()
{
    Preferences preferences;
    AlertRulesDialog dialog(preferences, twoClients());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("alert-rules-light")));
    chooseSubject(dialog, QStringLiteral("acme"));
    child<QDoubleSpinBox>(dialog, QStringLiteral("disk_usage_highSpin"))->setValue(85);
    child<QDoubleSpinBox>(dialog, QStringLiteral("endpoint_latency_criticalSpin"))->setValue(0.5);
    Theme::apply(Theme::Mode::Dark);
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("alert-rules-client-dark")));
    dialog.reject();
}

QTEST_MAIN(TestAlertRulesDialog)
#include "tst_alertrulesdialog.moc"
