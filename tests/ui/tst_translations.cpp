#include "ui/dialogs/tenanteditordialog.h"

#include <QTest>
#include <QTranslator>

using namespace Fleetdeck;

// The catalogues ship inside the program and turn the window's words into the person's language.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyLanguageIsEmbeddedAndTranslates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Kunde hinzufügen");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Añadir cliente");
        QTest::newRow("Brazilian Portuguese") << QStringLiteral("pt_BR") << QStringLiteral("Adicionar cliente");
    }
    void everyLanguageIsEmbeddedAndTranslates()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(language), QStringLiteral("fleetdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        TenantEditorDialog dialog({});
        QCOMPARE(dialog.windowTitle(), title);
        // Plurals follow the language's rules.
        const QString two = QCoreApplication::translate("Fleetdeck::TenantEditorDialog", "%n months", nullptr, 2);
        QVERIFY2(two.startsWith(QStringLiteral("2 ")) && two != QStringLiteral("2 months"), qPrintable(two));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(TenantEditorDialog({}).windowTitle(), QStringLiteral("Add client"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
