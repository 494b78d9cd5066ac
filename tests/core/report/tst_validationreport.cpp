// ValidationReport: the command line's reports, streamed row by row, give the
// very bytes the whole-document reports gave (the contract scheduled jobs
// parse), with and without the employee register, for every kind of row.

#include "import/importresult.h"
#include "register/employeedirectory.h"
#include "report/validationreport.h"
#include "testhelpers.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

QJsonObject apiValues(const CertificateTableModel &model, int row)
{
    QJsonObject values;
    const CertificateRow &r = model.row(row);
    for (Field field : allFields()) {
        const QString value = r.apiValue(field);
        if (!value.isEmpty())
            values.insert(fieldApiName(field), value);
    }
    return values;
}

// The report as the command line built it before it was streamed: the
// contract the streamed report must give byte for byte (plus unusedColumns,
// added since).
QJsonObject referenceJson(const CertificateTableModel &model, const QString &fileName,
                          const QList<UnusedColumn> &unusedColumns)
{
    QJsonArray rows;
    int ready = 0;
    int invalid = 0;
    int warnings = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        QJsonObject json;
        json.insert(u"sourceRow", ValidationReport::reportedRow(model, row));
        json.insert(u"values", apiValues(model, row));
        // Only when the register was read: null when Ditio has no such employee.
        if (model.employeeDirectory()) {
            const QString name = model.employeeName(row);
            json.insert(u"employeeName",
                        model.employeeDirectory()->contains(model.text(row, Field::EmployeeNumber))
                                ? QJsonValue(name)
                                : QJsonValue(QJsonValue::Null));
        }
        const QString state = ValidationReport::stateKey(model, row);
        json.insert(u"state", state);
        if (model.rowHasErrors(row))
            ++invalid;
        else
            ++ready;
        QJsonArray issues;
        for (const Issue &issue : model.issues(row)) {
            QJsonObject json;
            json.insert(u"field", fieldApiName(issue.field));
            json.insert(u"severity", severityKey(issue.severity));
            json.insert(u"code", issueCodeKey(issue.code));
            json.insert(u"message", issue.message);
            issues.append(json);
            if (issue.severity == Severity::Warning)
                ++warnings;
        }
        json.insert(u"issues", issues);
        const QString message = model.row(row).uploadMessage;
        if (!message.isEmpty())
            json.insert(u"message", message);
        rows.append(json);
    }
    QJsonObject summary;
    summary.insert(u"rows", model.rowCount());
    summary.insert(u"ready", ready);
    summary.insert(u"invalid", invalid);
    summary.insert(u"warnings", warnings);

    QJsonObject root;
    root.insert(u"file", fileName);
    root.insert(u"rows", rows);
    root.insert(u"summary", summary);
    QJsonArray unused;
    for (const UnusedColumn &column : unusedColumns) {
        QJsonObject json;
        json.insert(u"column", column.column);
        json.insert(u"header", column.header);
        if (column.repeats)
            json.insert(u"repeats", fieldApiName(*column.repeats));
        unused.append(json);
    }
    root.insert(u"unusedColumns", unused);
    return root;
}

QString referenceText(const CertificateTableModel &model, const QString &fileName)
{
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.rowHasProblems(row))
            continue;
        const int reported = ValidationReport::reportedRow(model, row);
        for (const Issue &issue : model.issues(row)) {
            // One arg() call: a "%1" in a file name must not be filled in again.
            text += QStringLiteral("%1:%2: %3: %4: %5\n")
                            .arg(fileName, QString::number(reported), severityKey(issue.severity),
                                 fieldApiName(issue.field), issue.message);
        }
    }
    text += ValidationReport::summaryLine(model) + u'\n';
    return text;
}

} // namespace

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
    QTest::addColumn<QList<UnusedColumn>>("unusedColumns");
    QTest::addColumn<int>("copies"); // of the six rows
    QTest::newRow("without the register") << false << QList<UnusedColumn> {} << 1;
    QTest::newRow("with the register, two unused columns")
            << true
            << QList<UnusedColumn> {{3, u"Avdeling \"Nord\""_s, std::nullopt},
                                    {7, u"Ansatt nr 2"_s, Field::EmployeeNumber}}
            << 1;
    // More rows than a block the reports build on another core: the blocks
    // join in order, with their separators.
    QTest::newRow("20,004 rows, in blocks") << true << QList<UnusedColumn> {} << 3334;
}

void TestValidationReport::streamedReportsAreTheSameBytes()
{
    QFETCH(bool, withRegister);
    QFETCH(QList<UnusedColumn>, unusedColumns);
    QFETCH(int, copies);
    const FixedClock clock(fixedNow());
    RowStore rows;
    for (int copy = 0; copy < copies; ++copy) {
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
        rejected.sourceRow = 12 + copy;
        rows.append(rejected);
    }
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
    QVERIFY(ValidationReport::writeJson(model, file, &json, unusedColumns));
    QCOMPARE(json.data(),
             QJsonDocument(referenceJson(model, file, unusedColumns))
                     .toJson(QJsonDocument::Indented));

    QBuffer text;
    text.open(QIODevice::WriteOnly);
    QVERIFY(ValidationReport::writeText(model, file, &text));
    QCOMPARE(QString::fromUtf8(text.data()), referenceText(model, file));
}

QTEST_GUILESS_MAIN(TestValidationReport)
#include "tst_validationreport.moc"
