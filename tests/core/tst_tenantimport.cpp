#include "core/store/tenantimport.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Fleetdeck;
using namespace Qt::StringLiterals;

namespace {

const QStringList kExisting{u"taken"_s};
const QStringList kKnownPlans{u"starter"_s, u"growth"_s};

QByteArray jsonPlan(const char* code)
{
    return QByteArray("{\"code\":\"") + code
        + "\",\"name\":\"Gold\",\"amountMinor\":9900,\"currency\":\"usd\",\"interval\":\"month\",\"intervalCount\":1}";
}

} // namespace

class TestTenantImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Which rows are accepted and why the others are rejected. `rejected` holds "line|phrase|phrase...".
    void sortsRowsIntoAcceptedAndRejected_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("accepted");
        QTest::addColumn<QStringList>("rejected");
        QTest::addColumn<QString>("fileError");
        const int autoFormat = int(TenantImport::Format::Auto);
        const int json = int(TenantImport::Format::Json);
        const int csv = int(TenantImport::Format::Csv);
        const QStringList none;

        // CSV that is fine
        QTest::newRow("csv minimal") << QByteArray("slug,name\nacme,Acme\n") << autoFormat << QStringList{u"acme"_s}
                                     << none << QString();
        QTest::newRow("csv columns in any order and case") << QByteArray("Name, SLUG ,Status\nAcme,acme,Suspended\n")
                                                           << autoFormat << QStringList{u"acme"_s} << none << QString();
        QTest::newRow("csv RFC 4180 quoting")
            << QByteArray("slug,name,notes\nacme,\"Acme, Inc.\",\"said \"\"hi\"\"\nsecond line\"\nbeta,Beta,\n") << csv
            << QStringList{u"acme"_s, u"beta"_s} << none << QString();
        QTest::newRow("csv UTF-8 BOM and CRLF")
            << QByteArray("\xEF\xBB\xBFslug,name\r\nacme,Acme\r\nbeta,B\xC3\xA9ta\r\n") << autoFormat
            << QStringList{u"acme"_s, u"beta"_s} << none << QString();
        QTest::newRow("csv last line without newline")
            << QByteArray("slug,name\nacme,Acme") << autoFormat << QStringList{u"acme"_s} << none << QString();
        QTest::newRow("csv blank lines and empty-cell rows are skipped")
            << QByteArray("slug,name\n\nacme,Acme\n,\n  \n") << autoFormat << QStringList{u"acme"_s} << none
            << QString();
        QTest::newRow("csv header only") << QByteArray("slug,name\n") << autoFormat << none << none << QString();
        QTest::newRow("csv quotes inside an unquoted field are text")
            << QByteArray("slug,name\nacme,=HYPERLINK(\"x\")\n") << autoFormat << QStringList{u"acme"_s} << none
            << QString();

        // CSV rows that are rejected
        QTest::newRow("csv bad slug") << QByteArray("slug,name\nBad Slug,Bad\n") << autoFormat << none
                                      << QStringList{u"2|row 2: |slug \"Bad Slug\" is not valid"_s} << QString();
        QTest::newRow("csv missing name") << QByteArray("slug,name\nacme,\n") << autoFormat << none
                                          << QStringList{u"2|name is missing"_s} << QString();
        QTest::newRow("csv unknown status") << QByteArray("slug,name,status\nacme,Acme,paused\n") << autoFormat << none
                                            << QStringList{u"2|status \"paused\" is unknown"_s} << QString();
        QTest::newRow("csv unknown plan names the known ones")
            << QByteArray("slug,name,plan\nacme,Acme,gold\n") << autoFormat << none
            << QStringList{u"2|plan \"gold\" is unknown (known: growth, starter)"_s} << QString();
        QTest::newRow("csv invalid health URL among valid ones")
            << QByteArray("slug,name,health\nacme,Acme,https://ok.test/ | ftp://x.test/\n") << autoFormat << none
            << QStringList{u"2|health URL \"ftp://x.test/\""_s} << QString();
        QTest::newRow("csv duplicate slug in the file")
            << QByteArray("slug,name\nacme,Acme\nbeta,Beta\nacme,Acme again\n") << autoFormat
            << QStringList{u"acme"_s, u"beta"_s} << QStringList{u"4|appears twice in the file (first on row 2)"_s}
            << QString();
        QTest::newRow("csv slug already in the registry")
            << QByteArray("slug,name\ntaken,Taken\nacme,Acme\n") << autoFormat << QStringList{u"acme"_s}
            << QStringList{u"2|slug \"taken\" already exists in the registry"_s} << QString();
        QTest::newRow("csv wrong number of fields") << QByteArray("slug,name\nacme,Acme,extra\n") << autoFormat << none
                                                    << QStringList{u"2|has 3 fields, the header has 2"_s} << QString();
        QTest::newRow("csv several problems in one row")
            << QByteArray("slug,name,plan\nBAD,,gold\n") << autoFormat << none
            << QStringList{u"2|slug \"BAD\"|name is missing|plan \"gold\""_s} << QString();
        QTest::newRow("csv row numbers follow multi-line cells")
            << QByteArray("slug,name,notes\nacme,Acme,\"one\ntwo\nthree\"\nBAD,Bad,\n") << autoFormat
            << QStringList{u"acme"_s} << QStringList{u"5|row 5: "_s} << QString();
        QTest::newRow("csv huge cell") << (QByteArray("slug,name\nacme,") + QByteArray(1 << 20, 'x') + "\n")
                                       << autoFormat << none << QStringList{u"2|name is longer than 200"_s}
                                       << QString();

        // CSV files that cannot be read at all
        QTest::newRow("csv unknown column") << QByteArray("slug,name,colour\nacme,Acme,red\n") << autoFormat << none
                                            << none << u"unknown column(s) \"colour\""_s;
        QTest::newRow("csv without slug column")
            << QByteArray("name\nAcme\n") << autoFormat << none << none << u"no \"slug\" column"_s;
        QTest::newRow("csv separated by semicolons")
            << QByteArray("slug;name\nacme;Acme\n") << autoFormat << none << none << u"';'"_s;
        QTest::newRow("csv quote never closed") << QByteArray("slug,name\nacme,\"Acme\nbeta,Beta\n") << autoFormat
                                                << none << none << u"line 2: a quoted field is not closed"_s;
        QTest::newRow("csv text after a closing quote")
            << QByteArray("slug,name\nacme,\"Acme\"x\n") << autoFormat << none << none << u"unexpected text"_s;
        QTest::newRow("csv column twice")
            << QByteArray("slug,name,slug\n") << autoFormat << none << none << u"appear more than once"_s;

        // Any file
        QTest::newRow("empty file") << QByteArray() << autoFormat << none << none << u"empty"_s;
        QTest::newRow("only whitespace") << QByteArray(" \n\r\n\t") << autoFormat << none << none << u"empty"_s;
        QTest::newRow("not UTF-8") << QByteArray("slug,name\nacme,\xff\xfe\n") << autoFormat << none << none
                                   << u"UTF-8"_s;
        QTest::newRow("NUL bytes") << QByteArray("slug,name\n\0acme,Acme\n", 21) << autoFormat << none << none
                                   << u"NUL"_s;

        // JSON that is fine
        QTest::newRow("json bare array") << QByteArray("[{\"slug\":\"acme\",\"name\":\"Acme\"}]") << autoFormat
                                         << QStringList{u"acme"_s} << none << QString();
        QTest::newRow("json plans defined in the file are known")
            << (QByteArray("{\"plans\":[") + jsonPlan("gold")
                   + "],\"tenants\":[{\"slug\":\"acme\",\"name\":\"Acme\",\"plan\":\"gold\"}]}")
            << autoFormat << QStringList{u"acme"_s} << none << QString();
        QTest::newRow("json health as string or array") << QByteArray(
            "[{\"slug\":\"a\",\"name\":\"A\",\"endpoints\":{\"health\":[\"https://a.test/1\",\"https://a.test/2\"]}},"
            "{\"slug\":\"b\",\"name\":\"B\",\"endpoints\":{\"health\":\"https://b.test/\"}}]")
                                                        << autoFormat << QStringList{u"a"_s, u"b"_s} << none
                                                        << QString();
        QTest::newRow("json nulls are empty") << QByteArray(
            "[{\"slug\":\"acme\",\"name\":\"Acme\",\"plan\":null,\"contact\":null,\"endpoints\":{\"host\":null}}]")
                                              << autoFormat << QStringList{u"acme"_s} << none << QString();
        QTest::newRow("json BOM and leading whitespace")
            << QByteArray("\xEF\xBB\xBF  \n[{\"slug\":\"acme\",\"name\":\"Acme\"}]") << autoFormat
            << QStringList{u"acme"_s} << none << QString();

        // JSON entries that are rejected
        QTest::newRow("json wrong type") << QByteArray("[{\"slug\":\"acme\",\"name\":42}]") << autoFormat << none
                                         << QStringList{u"1|tenant 1: |name must be a string"_s} << QString();
        QTest::newRow("json unknown field")
            << QByteArray("[{\"slug\":\"acme\",\"name\":\"Acme\",\"colour\":\"red\"}]") << autoFormat << none
            << QStringList{u"1|unknown field \"colour\""_s} << QString();
        QTest::newRow("json unknown endpoint")
            << QByteArray("[{\"slug\":\"acme\",\"name\":\"Acme\",\"endpoints\":{\"ftp\":\"x\"}}]") << autoFormat << none
            << QStringList{u"1|unknown endpoint \"ftp\""_s} << QString();
        QTest::newRow("json health of the wrong type")
            << QByteArray("[{\"slug\":\"acme\",\"name\":\"Acme\",\"endpoints\":{\"health\":{\"url\":\"x\"}}}]")
            << autoFormat << none << QStringList{u"1|health must be a string or an array"_s} << QString();
        QTest::newRow("json entries that are not objects")
            << QByteArray("[{\"slug\":\"acme\",\"name\":\"Acme\"},\"beta\",null,7]") << autoFormat
            << QStringList{u"acme"_s}
            << QStringList{u"2|is not an object"_s, u"3|is not an object"_s, u"4|is not an object"_s} << QString();
        QTest::newRow("json duplicate slug")
            << QByteArray("[{\"slug\":\"acme\",\"name\":\"A\"},{\"slug\":\"acme\",\"name\":\"B\"}]") << autoFormat
            << QStringList{u"acme"_s} << QStringList{u"2|first in tenant 1"_s} << QString();
        QTest::newRow("json deep but legal nesting inside an entry")
            << QByteArray("[[[[{\"slug\":\"acme\"}]]]]") << autoFormat << none << QStringList{u"1|is not an object"_s}
            << QString();

        // JSON files that cannot be read
        QTest::newRow("json truncated") << QByteArray("[{\"slug\":\"acme\",\"name\":\"Ac") << autoFormat << none << none
                                        << u"not valid JSON"_s;
        QTest::newRow("json a number") << QByteArray("42") << json << none << none << u"array of tenants"_s;
        QTest::newRow("json plan with a fractional amount")
            << QByteArray("{\"plans\":[{\"code\":\"gold\",\"name\":\"Gold\",\"amountMinor\":9.99}],\"tenants\":[]}")
            << autoFormat << none << none << u"plan 1: amountMinor must be a whole number"_s;
        QTest::newRow("json plan with an unknown interval") << QByteArray(
            "{\"plans\":[{\"code\":\"gold\",\"name\":\"Gold\",\"amountMinor\":1,\"interval\":\"fortnight\"}]}")
                                                            << autoFormat << none << none << u"fortnight"_s;
        QTest::newRow("json unknown top-level key")
            << QByteArray("{\"tenants\":[],\"version\":2}") << autoFormat << none << none << u"version"_s;
        QTest::newRow("json tenants not an array")
            << QByteArray("{\"tenants\":{\"slug\":\"acme\"}}") << autoFormat << none << none << u"must be an array"_s;
        QTest::newRow("json nested 100000 deep")
            << (QByteArray(100000, '[') + QByteArray(100000, ']')) << autoFormat << none << none << u"levels deep"_s;
        QTest::newRow("json unclosed 100000 deep")
            << QByteArray(100000, '{') << autoFormat << none << none << u"levels deep"_s;
        QTest::newRow("csv parsed as json when asked")
            << QByteArray("slug,name\nacme,Acme\n") << json << none << none << u"not valid JSON"_s;
    }

    void sortsRowsIntoAcceptedAndRejected()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QFETCH(QStringList, accepted);
        QFETCH(QStringList, rejected);
        QFETCH(QString, fileError);

        const TenantImport::Preview preview =
            TenantImport::parse(data, TenantImport::Format(format), kExisting, kKnownPlans);
        if (fileError.isEmpty()) {
            QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        } else {
            QVERIFY2(preview.fileError.contains(fileError), qPrintable(preview.fileError));
            QVERIFY(preview.accepted.isEmpty());
            QVERIFY(preview.rejected.isEmpty());
            return;
        }
        QStringList acceptedSlugs;
        for (const TenantImport::Accepted& row : preview.accepted)
            acceptedSlugs << row.tenant.slug;
        QCOMPARE(acceptedSlugs, accepted);
        QCOMPARE(preview.rejected.size(), rejected.size());
        for (qsizetype i = 0; i < rejected.size(); ++i) {
            const QStringList expected = rejected.at(i).split(u'|');
            const TenantImport::Rejected& row = preview.rejected.at(i);
            QCOMPARE(row.line, expected.first().toInt());
            for (qsizetype p = 1; p < expected.size(); ++p)
                QVERIFY2(row.reason.contains(expected.at(p)), qPrintable(row.reason));
        }
    }

    void csvFieldsLandInTheTenant()
    {
        const QByteArray csv =
            "host,ghl_location,stripe_customer,n8n_tag,evolution_instance,mautic,health,notes,contact,plan,status,"
            "name,slug\r\n"
            "acme.example.test,loc_1,cus_1,tenant:acme,acme-wa,https://mautic.test/acme,"
            "\"https://acme.test/health | https://acme.test/api\nhttps://acme.test/3 https://acme.test/health\","
            "\"line one\nline two\",ops@acme.test,growth,churned,\"  Acme, Inc.  \",acme\r\n";
        const auto preview = TenantImport::parse(csv, TenantImport::Format::Auto, {}, kKnownPlans);
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.rejected.size(), 0);
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.first().line, 2);
        const Tenant& t = preview.accepted.first().tenant;
        QCOMPARE(t.slug, u"acme"_s);
        QCOMPARE(t.name, u"Acme, Inc."_s);
        QCOMPARE(t.status, TenantStatus::Churned);
        QCOMPARE(t.plan, u"growth"_s);
        QCOMPARE(t.contact, u"ops@acme.test"_s);
        QCOMPARE(t.notes, u"line one\nline two"_s);
        // Separated by '|', spaces or line breaks; the repeated URL is kept once.
        QCOMPARE(t.healthUrls(),
            (QStringList{u"https://acme.test/health"_s, u"https://acme.test/api"_s, u"https://acme.test/3"_s}));
        using K = TenantEndpoint::Kind;
        QCOMPARE(t.endpointValue(K::Mautic), u"https://mautic.test/acme"_s);
        QCOMPARE(t.endpointValue(K::EvolutionInstance), u"acme-wa"_s);
        QCOMPARE(t.endpointValue(K::N8nTag), u"tenant:acme"_s);
        QCOMPARE(t.endpointValue(K::StripeCustomer), u"cus_1"_s);
        QCOMPARE(t.endpointValue(K::GhlLocation), u"loc_1"_s);
        QCOMPARE(t.host(), u"acme.example.test"_s);
    }

    void jsonFieldsLandInTheTenantAndPlans()
    {
        const QByteArray json =
            "{\n"
            "          \"plans\": [{\"code\": \"gold\", \"name\": \"Gold\", \"amountMinor\": 9900, \"currency\": "
            "\"EUR\",\n"
            "                     \"interval\": \"year\", \"intervalCount\": 2}],\n"
            "          \"tenants\": [{\"slug\": \"acme\", \"name\": \"Acme\", \"status\": \"suspended\", \"plan\": "
            "\"gold\",\n"
            "                       \"contact\": \"ops@acme.test\", \"notes\": \"n\\u00e9\",\n"
            "                       \"endpoints\": {\"health\": [\"https://acme.test/a\", \"https://acme.test/b\"],\n"
            "                                     \"mautic\": \"https://m.test/acme\", \"evolution_instance\": "
            "\"acme-wa\",\n"
            "                                     \"n8n_tag\": \"t\", \"stripe_customer\": \"cus_1\", "
            "\"ghl_location\": \"loc\",\n"
            "                                     \"host\": \"acme.test\"}},\n"
            "                      {\"slug\": \"beta\", \"name\": \"Beta\"}]\n"
            "        }";
        const auto preview = TenantImport::parse(json, TenantImport::Format::Json, {}, {});
        QVERIFY2(preview.fileError.isEmpty(), qPrintable(preview.fileError));
        QCOMPARE(preview.plans.size(), 1);
        const Plan& plan = preview.plans.first();
        QCOMPARE(plan.code, u"gold"_s);
        QCOMPARE(plan.amountMinor, qint64(9900));
        QCOMPARE(plan.currency, u"eur"_s);
        QCOMPARE(plan.interval, u"year"_s);
        QCOMPARE(plan.intervalCount, 2);
        QCOMPARE(preview.accepted.size(), 2);
        const Tenant& t = preview.accepted.first().tenant;
        QCOMPARE(t.status, TenantStatus::Suspended);
        QCOMPARE(t.plan, u"gold"_s);
        QCOMPARE(t.notes, u"né"_s);
        QCOMPARE(t.healthUrls(), (QStringList{u"https://acme.test/a"_s, u"https://acme.test/b"_s}));
        QCOMPARE(t.endpoints.size(), 8);
        QCOMPARE(preview.accepted.at(1).tenant.status, TenantStatus::Active); // the default
        QCOMPARE(preview.accepted.at(1).line, 2);
    }

    void formatFollowsTheFileName()
    {
        QCOMPARE(TenantImport::formatForFileName(u"/tmp/Tenants.JSON"_s), TenantImport::Format::Json);
        QCOMPARE(TenantImport::formatForFileName(u"export.csv"_s), TenantImport::Format::Csv);
        QCOMPARE(TenantImport::formatForFileName(u"export.txt"_s), TenantImport::Format::Auto);
        QCOMPARE(TenantImport::formatForFileName(u"noextension"_s), TenantImport::Format::Auto);
    }

    // Random bytes and randomly damaged good files: every one ends as rows or a file error, never a crash.
    void damagedInputNeverEscapes()
    {
        const QList<QByteArray> seeds{
            "slug,name,plan,health\nacme,\"Acme, Inc.\",starter,https://a.test/|https://b.test/\nbeta,Beta,,\n",
            "{\"plans\":[{\"code\":\"gold\",\"name\":\"G\",\"amountMinor\":1}],\"tenants\":[{\"slug\":\"a\",\"name\":"
            "\"A\","
            "\"endpoints\":{\"health\":[\"https://a.test/\"]}}]}",
        };
        QRandomGenerator random(20240501);
        int outcomes = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray data;
            if (round % 3 == 0) {
                data.resize(random.bounded(200));
                for (char& c : data)
                    c = char(random.bounded(256));
            } else {
                data = seeds.at(round % 2);
                for (int flips = 1 + random.bounded(6); flips > 0; --flips)
                    data[random.bounded(int(data.size()))] = char(random.bounded(256));
            }
            for (TenantImport::Format format :
                {TenantImport::Format::Auto, TenantImport::Format::Csv, TenantImport::Format::Json}) {
                const auto preview = TenantImport::parse(data, format, kExisting, kKnownPlans);
                QVERIFY(preview.fileError.isEmpty() || (preview.accepted.isEmpty() && preview.rejected.isEmpty()));
                ++outcomes;
            }
        }
        QCOMPARE(outcomes, 9000);
    }
};

QTEST_GUILESS_MAIN(TestTenantImport)
#include "tst_tenantimport.moc"
