// ReviewReport: the HTML lists every count, every change with old -> new, the
// rows with problems and the unknown employees; the PDF is a real PDF with a
// page per screenful.

#include "ledgertesthelpers.h"
#include "model/certificatetablemodel.h"
#include "register/employeedirectory.h"
#include "review/changeclassifier.h"
#include "review/reviewreport.h"
#include "store/ledger.h"
#include "testhelpers.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

class TestReviewReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void htmlHasEveryCountAndChange_data();
    void htmlHasEveryCountAndChange();
    void pdfIsWritten();

private:
    std::unique_ptr<CertificateTableModel> m_model;
    Ledger m_ledger;
    ReviewReport::Input input() const;
};

void TestReviewReport::init()
{
    RowStore rows {
            validRow(u"1042"_s, u"Byggekort"_s), // unchanged
            validRow(u"1043"_s, u"Byggekort"_s), // update
            validRow(u"1044"_s, u"Truck"_s), // new
            makeRow(u"1045"_s, u"Truck"_s), // an error: no dates
            validRow(u"9999"_s, u"Truck"_s), // unknown employee
    };
    m_ledger = Ledger();
    recordInLedger(m_ledger, rows.at(0), true);
    recordInLedger(m_ledger, rows.at(1), true, Field::ValidUntilDate, u"2026-01-15T00:00:00Z"_s);
    m_model = std::make_unique<CertificateTableModel>();
    static const FixedClock clock(fixedNow());
    m_model->setClock(&clock);
    EmployeeRecords employees;
    for (int number = 1042; number <= 1045; ++number)
        employees.append({QString::number(number), u"Ola"_s, u"Hansen"_s});
    m_model->setEmployeeDirectory(std::make_shared<const EmployeeDirectory>(employees, fixedNow()));
    m_model->setRows(rows);
}

ReviewReport::Input TestReviewReport::input() const
{
    ReviewReport::Input in;
    in.model = m_model.get();
    in.ledger = &m_ledger;
    in.fileName = u"/data/sertifikater.xlsx"_s;
    in.environmentTitle = u"Test"_s;
    in.registerReadAt = fixedNow();
    in.madeAt = fixedNow().addDays(2);
    return in;
}

void TestReviewReport::htmlHasEveryCountAndChange_data()
{
    QTest::addColumn<QString>("expected");
    const QString validUntil = validRow(u"1"_s, u"x"_s).text(Field::ValidUntilDate);
    QTest::newRow("title") << u"Review before upload to Ditio (Test)"_s;
    QTest::newRow("header") << u"sertifikater.xlsx · Ditio (Test) · employee register read"_s;
    QTest::newRow("total") << u"<td><b>All rows</b></td><td class=\"n\"><b>1</b></td>"
                              "<td class=\"n\"><b>1</b></td><td class=\"n\"><b>1</b></td>"
                              "<td class=\"n\"><b>&#8211;</b></td><td class=\"n\"><b>2</b></td>"
                              "<td class=\"n\"><b>1</b></td><td class=\"n\"><b>5</b></td>"_s;
    QTest::newRow("to send") << u"An upload of the changes sends 2 row(s)."_s;
    QTest::newRow("update") << u"Valid until: 15.01.2026 -&gt; "_s + validUntil;
    QTest::newRow("update row") << u"1043 Ola Hansen"_s;
    QTest::newRow("new") << u"New in Ditio"_s;
    QTest::newRow("problems") << u"Rows with problems (2)"_s;
    QTest::newRow("unknown") << u"Employees Ditio does not know (1)"_s;
    QTest::newRow("unknown number") << u"<tr><td>9999</td><td class=\"n\">1</td></tr>"_s;
    QTest::newRow("signature") << u"Reviewed by:"_s;
}

void TestReviewReport::htmlHasEveryCountAndChange()
{
    QFETCH(QString, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReviewReport::writeHtml(input(), &buffer));
    const QString html = QString::fromUtf8(buffer.data());
    if (!html.contains(expected))
        qWarning().noquote() << html;
    QVERIFY(html.contains(expected));
}

void TestReviewReport::pdfIsWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.pdf"_s);
    QString error;
    QVERIFY2(ReviewReport::writePdf(input(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // For looking at: DITIO_KEEP_REPORT=/tmp/review.pdf keeps a copy.
    const QString keep = qEnvironmentVariable("DITIO_KEEP_REPORT");
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QVERIFY(QFile::copy(path, keep));
    }
}

QTEST_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
