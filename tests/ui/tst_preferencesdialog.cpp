#include "ui/dialogs/preferencesdialog.h"
#include "ui/preferences.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Fleetdeck;

namespace {

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

bool windowIsDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

// Picks the entry with `text` in a combo box the way a keyboard user does: focus it, then step with the arrows.
void chooseByKeyboard(QComboBox* combo, const QString& text)
{
    const int target = combo->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), text);
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void showsTheStoredChoices();
    void themeChangeAppliesLiveAndCancelRestoresIt();
    void themeChangeAppliesLiveAndOkKeepsIt();
    void okStoresEveryChoice();
    void cancelStoresNothing();
    void priceIsShownInMajorUnitsOfTheCurrency();
    void languageSaysARestartAppliesIt();
    void everyInteractiveWidgetHasAnObjectName();
    void screenshots();

private:
    template <typename T> T* find(QWidget& dialog, const QString& name) const { return dialog.findChild<T*>(name); }
};

void TestPreferencesDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FleetdeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    Theme::captureSystemPreference();
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
    Theme::apply(Theme::Mode::Light);
}

void TestPreferencesDialog::showsTheStoredChoices()
{
    Preferences preferences;
    preferences.setLanguage(QStringLiteral("de"));
    preferences.setCloseToTray(false);
    preferences.setNotifySeverity(AlertSeverity::High, false);
    preferences.setNotifySeverity(AlertSeverity::Medium, true);
    preferences.setMutedUntil(QStringLiteral("pizza-co"), QDateTime::currentDateTimeUtc().addSecs(3600));
    preferences.setTypedConfirmationMinor(12345);
    PreferencesDialog dialog(preferences);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(find<QComboBox>(dialog, QStringLiteral("themeCombo"))->currentText(), QStringLiteral("Light"));
    QCOMPARE(find<QComboBox>(dialog, QStringLiteral("languageCombo"))->currentText(), QStringLiteral("Deutsch"));
    QVERIFY(!find<QCheckBox>(dialog, QStringLiteral("closeToTrayCheck"))->isChecked());
    QVERIFY(find<QCheckBox>(dialog, QStringLiteral("notifycriticalCheck"))->isChecked());
    QVERIFY(!find<QCheckBox>(dialog, QStringLiteral("notifyhighCheck"))->isChecked());
    QVERIFY(find<QCheckBox>(dialog, QStringLiteral("notifymediumCheck"))->isChecked());
    QVERIFY(!find<QCheckBox>(dialog, QStringLiteral("notifylowCheck"))->isChecked());
    auto* mutes = dialog.findChild<QListWidget*>(QStringLiteral("mutesList"));
    QVERIFY(mutes);
    QCOMPARE(mutes->count(), 1);
    QVERIFY(mutes->item(0)->text().startsWith(QStringLiteral("pizza-co — until ")));
    auto* unmute = find<QPushButton>(dialog, QStringLiteral("unmuteButton"));
    QVERIFY(unmute->isEnabled());
    mutes->setCurrentRow(0);
    QTest::mouseClick(unmute, Qt::LeftButton);
    QCOMPARE(mutes->count(), 0);
    QVERIFY(!unmute->isEnabled());
    QVERIFY(preferences.mutedUntil(QStringLiteral("pizza-co")).isValid()); // applied on OK only
    QCOMPARE(find<QDoubleSpinBox>(dialog, QStringLiteral("typedConfirmationSpin"))->value(), 123.45);
}

void TestPreferencesDialog::themeChangeAppliesLiveAndCancelRestoresIt()
{
    Preferences preferences;
    preferences.setThemeMode(Theme::Mode::Light);
    PreferencesDialog dialog(preferences);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!windowIsDark());

    chooseByKeyboard(find<QComboBox>(dialog, QStringLiteral("themeCombo")), QStringLiteral("Dark"));
    QCOMPARE(Theme::mode(), Theme::Mode::Dark);
    QVERIFY(Theme::isDark());
    QVERIFY(windowIsDark()); // applied while the dialog is still open
    QCOMPARE(preferences.themeMode(), Theme::Mode::Light); // but not stored

    QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(Theme::mode(), Theme::Mode::Light);
    QVERIFY(!windowIsDark());
    QCOMPARE(preferences.themeMode(), Theme::Mode::Light);
}

void TestPreferencesDialog::themeChangeAppliesLiveAndOkKeepsIt()
{
    Preferences preferences;
    PreferencesDialog dialog(preferences);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseByKeyboard(find<QComboBox>(dialog, QStringLiteral("themeCombo")), QStringLiteral("Dark"));
    QVERIFY(windowIsDark());
    QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Theme::mode(), Theme::Mode::Dark);
    QCOMPARE(preferences.themeMode(), Theme::Mode::Dark);

    // Escape after another change goes back to the theme the dialog was opened with (dark), not the first one.
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(find<QComboBox>(dialog, QStringLiteral("themeCombo"))->currentText(), QStringLiteral("Dark"));
    chooseByKeyboard(find<QComboBox>(dialog, QStringLiteral("themeCombo")), QStringLiteral("Light"));
    QVERIFY(!windowIsDark());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(Theme::mode(), Theme::Mode::Dark);
}

void TestPreferencesDialog::okStoresEveryChoice()
{
    Preferences preferences;
    QSignalSpy changed(&preferences, &Preferences::changed);
    PreferencesDialog dialog(preferences);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    chooseByKeyboard(find<QComboBox>(dialog, QStringLiteral("languageCombo")), QStringLiteral("Português (Brasil)"));
    QTest::mouseClick(find<QCheckBox>(dialog, QStringLiteral("closeToTrayCheck")), Qt::LeftButton);
    QTest::mouseClick(find<QCheckBox>(dialog, QStringLiteral("notifycriticalCheck")), Qt::LeftButton);
    QTest::mouseClick(find<QCheckBox>(dialog, QStringLiteral("quietHoursCheck")), Qt::LeftButton);
    auto* price = find<QDoubleSpinBox>(dialog, QStringLiteral("typedConfirmationSpin"));
    price->setFocus();
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("149.99"));
    QTest::keyClick(price, Qt::Key_Return); // Enter = OK
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(preferences.language(), QStringLiteral("pt_BR"));
    QVERIFY(!preferences.closeToTray());
    QVERIFY(!preferences.notifySeverity(AlertSeverity::Critical));
    QVERIFY(preferences.notifySeverity(AlertSeverity::High));
    QVERIFY(preferences.quietHours().enabled);
    QCOMPARE(preferences.quietHours().from, QTime(22, 0));
    QCOMPARE(preferences.typedConfirmationMinor(), qint64(14999));
    QVERIFY(changed.size() >= 4);
}

void TestPreferencesDialog::cancelStoresNothing()
{
    Preferences preferences;
    PreferencesDialog dialog(preferences);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseByKeyboard(find<QComboBox>(dialog, QStringLiteral("languageCombo")), QStringLiteral("Español"));
    QTest::mouseClick(find<QCheckBox>(dialog, QStringLiteral("notifyhighCheck")), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(preferences.language(), QString());
    QVERIFY(preferences.notifySeverity(AlertSeverity::High));
    QVERIFY(!QSettings().contains(QStringLiteral("preferences/language")));
}

void TestPreferencesDialog::priceIsShownInMajorUnitsOfTheCurrency()
{
    Preferences preferences;
    PreferencesDialog dialog(preferences);
    auto* price = find<QDoubleSpinBox>(dialog, QStringLiteral("typedConfirmationSpin"));
    auto* unit = find<QLabel>(dialog, QStringLiteral("typedConfirmationUnit"));
    QCOMPARE(price->value(), 300.0); // the default, 30000 minor units
    QCOMPARE(price->decimals(), 2);
    QCOMPARE(unit->text(), QStringLiteral("USD per month"));

    dialog.setCurrency(QStringLiteral("jpy"));
    QCOMPARE(dialog.currency(), QStringLiteral("JPY"));
    QCOMPARE(price->decimals(), 0);
    QCOMPARE(unit->text(), QStringLiteral("JPY per month"));
    QCOMPARE(price->value(), 30000.0); // the same stored amount, in a currency without minor units
    price->setValue(45000);
    dialog.accept();
    QCOMPARE(preferences.typedConfirmationMinor(), qint64(45000));

    QCOMPARE(PreferencesDialog::minorUnitDigits(QStringLiteral("KWD")), 3);
    QCOMPARE(PreferencesDialog::minorUnitDigits(QStringLiteral("EUR")), 2);
}

void TestPreferencesDialog::languageSaysARestartAppliesIt()
{
    Preferences preferences;
    PreferencesDialog dialog(preferences);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString restart = QStringLiteral("A new language applies the next time Fleetdeck starts.");
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    const auto note = std::find_if(
        labels.begin(), labels.end(), [&restart](const QLabel* label) { return label->text() == restart; });
    QVERIFY(note != labels.end());
    QVERIFY((*note)->isVisible());
    const auto* language = find<QComboBox>(dialog, QStringLiteral("languageCombo"));
    QStringList entries;
    for (int i = 0; i < language->count(); ++i)
        entries << language->itemText(i);
    QCOMPARE(entries,
        QStringList({QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("Deutsch"),
            QStringLiteral("Español"), QStringLiteral("Português (Brasil)")}));
    const auto* theme = find<QComboBox>(dialog, QStringLiteral("themeCombo"));
    QCOMPARE(theme->itemText(0), QStringLiteral("Follow the system"));
}

void TestPreferencesDialog::everyInteractiveWidgetHasAnObjectName()
{
    Preferences preferences;
    PreferencesDialog dialog(preferences);
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QAbstractSpinBox*>(widget);
        if (interactive)
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
    }
}

void TestPreferencesDialog::screenshots()
{
    Preferences preferences;
    PreferencesDialog dialog(preferences);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("preferences-light")));
    chooseByKeyboard(find<QComboBox>(dialog, QStringLiteral("themeCombo")), QStringLiteral("Dark"));
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("preferences-dark")));
    dialog.reject();
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
