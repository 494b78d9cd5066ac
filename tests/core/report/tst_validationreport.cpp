// ValidationReport: the command line's reports, streamed row by row, give the
// very bytes the whole-document reports gave (the contract scheduled jobs
// parse), with and without the employee register, for every kind of row.

#include "report/validationreport.h"
#include "testhelpers.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

class TestValidationReport : public QObject
{
    Q_OBJECT

private slots:
    void streamedReportsAreTheSameBytes_data();
    void streamedReportsAreTheSameBytes();
};

void TestValidationReport::streamedReportsAreTheSameBytes_data()
{
    QTest::addColumn<bool>("withRegister");
    QTest::newRow("without the register") << false;
    QTest::newRow("with the register") << true;
}

void TestValidationReport::streamedReportsAreTheSameBytes()
{
    QFETCH(bool, withRegister);
    const FixedClock clock(fixedNow());
    RowStore rows;
    rows.append(validRow(u"1042"_s));
    rows.append(makeRow(u"1042"_s, u"Byggekort"_s, u"BK-2"_s, u"15.01.2026"_s, u"15.01.2030"_s,
                        u"Linje 1\r\n«sitat» 🏗"_s)); // a duplicate, with notes
    rows.append(makeRow(u" 1043.0"_s, u"byggekort "_s, {}, u"31.02.2026"_s, u"15.01.26"_s));
    rows.append(makeRow(u"9999"_s, u"Truck"_s, u"T\"1\\"_s, u"01.01.2020"_s, u"01.01.2021"_s));
    rows.append(makeRow(QString(u"10"_s + QChar(0) + u"44"_s), u"Førstehjelp"_s, {},
                        u"2026-01-15"_s, u"2027-01-15T00:00:00Z"_s));
    CertificateRow rejected = validRow(u"1045"_s, u"Kranførerbevis"_s);
    rejected.uploadState = UploadState::Rejected;
    rejected.uploadMessage = u"Employee 1045 is not active"_s;
    rejected.sourceRow = 12;
    rows.append(rejected);
    CertificateTableModel model;
    model.setClock(&clock);
    model.setRows(rows);
    if (withRegister) {
        model.setEmployeeDirectory(directoryOf(
                {{u"1042"_s, u"Ola"_s, u"Hansen"_s}, {u"1045"_s, u"Kari"_s, u"Larsen"_s}}));
    }
    const QString file = u"sertifikater \"%1\".csv"_s;

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QVERIFY(ValidationReport::writeJson(model, file, &json));
    QCOMPARE(json.data(),
             QJsonDocument(ValidationReport::toJson(model, file)).toJson(QJsonDocument::Indented));

    QBuffer text;
    text.open(QIODevice::WriteOnly);
    QVERIFY(ValidationReport::writeText(model, file, &text));
    QCOMPARE(QString::fromUtf8(text.data()), ValidationReport::toText(model, file));
}

QTEST_GUILESS_MAIN(TestValidationReport)
#include "tst_validationreport.moc"
