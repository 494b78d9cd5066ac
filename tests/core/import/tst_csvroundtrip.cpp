// Export to CSV and import again: the same table. Text our exporter guards
// against formulas (a leading apostrophe, so Excel keeps "=SUM(A1)" text)
// reads back without the mark; an apostrophe the user typed stays.
#include "export/csvexporter.h"
#include "import/certificateimporter.h"
#include "model/certificatetablemodel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

class TestCsvRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void guardedTextReadsBack_data();
    void guardedTextReadsBack();
};

void TestCsvRoundTrip::guardedTextReadsBack_data()
{
    QTest::addColumn<QString>("certificateNumber");
    QTest::addColumn<QString>("notes");

    QTest::newRow("formula and negative number") << u"-12"_s << u"=SUM(A1)"_s;
    QTest::newRow("plus and at") << u"+47"_s << u"@kurs"_s;
    QTest::newRow("typed apostrophe before a formula sign") << u"'-12"_s << u"'=SUM(A1)"_s;
    QTest::newRow("apostrophe before plain text stays") << u"'12"_s << u"'Sjur'"_s;
    QTest::newRow("plain") << u"BK-12"_s << u"Fornyet 2026"_s;
}

void TestCsvRoundTrip::guardedTextReadsBack()
{
    QFETCH(QString, certificateNumber);
    QFETCH(QString, notes);

    CertificateRow row;
    row.setText(Field::EmployeeNumber, u"1042"_s);
    row.setText(Field::CertificateType, u"Byggekort"_s);
    row.setText(Field::CertificateNumber, certificateNumber);
    row.setText(Field::IssuedDate, u"15.01.2026"_s);
    row.setText(Field::ValidUntilDate, u"15.01.2031"_s);
    row.setText(Field::Notes, notes);
    CertificateTableModel model;
    model.setRows({row});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"roundtrip.csv"_s);
    QVERIFY(CsvExporter::write(model, path).ok);

    const ImportResult imported = CertificateImporter::import(path);
    QVERIFY2(imported.ok, qPrintable(imported.errorString));
    QCOMPARE(imported.rows.size(), 1);
    const CertificateRow &back = imported.rows.first();
    QCOMPARE(back.text(Field::CertificateNumber), certificateNumber);
    QCOMPARE(back.text(Field::Notes), notes);
    QCOMPARE(back.text(Field::EmployeeNumber), u"1042"_s);
    QCOMPARE(back.text(Field::IssuedDate), u"15.01.2026"_s);
    QVERIFY(back.sameContent(row));
}

QTEST_GUILESS_MAIN(TestCsvRoundTrip)
#include "tst_csvroundtrip.moc"
