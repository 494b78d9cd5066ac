// PayloadExporter: the file holds exactly what the upload sends
// (CertificatePayload over the rows without errors), and says how many rows
// it left out.

#include "diskfullexport.h"
#include "export/payloadexporter.h"
#include "exporttesthelpers.h"
#include "upload/certificatepayload.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

class TestPayloadExporter : public QObject
{
    Q_OBJECT

private slots:
    void validRowsOnly_data();
    void validRowsOnly();
    void exactBytes();
    void unwritablePath();
    void diskFullKeepsTheOldFile_data();
    void diskFullKeepsTheOldFile();
};

void TestPayloadExporter::validRowsOnly_data()
{
    QTest::addColumn<QList<CertificateRow>>("rows");
    QTest::addColumn<QStringList>("employees"); // of the rows in the payload

    const CertificateRow missingType =
            makeRow(u"1002"_s, QString(), QString(), u"01.06.2025"_s, u"01.06.2030"_s);
    const CertificateRow badDate =
            makeRow(u"1003"_s, u"Truck"_s, QString(), u"31.02.2026"_s, u"01.06.2030"_s);
    const CertificateRow expired = // a warning only: still sent
            makeRow(u"1004"_s, u"Truck"_s, QString(), u"01.06.2020"_s, u"01.06.2025"_s);
    CertificateRow uploaded = validRow(u"1005"_s);
    uploaded.uploadState = UploadState::Uploaded;

    QTest::newRow("no rows") << QList<CertificateRow>() << QStringList();
    QTest::newRow("all valid") << QList<CertificateRow> {validRow(u"1001"_s), expired, uploaded}
                               << QStringList {u"1001"_s, u"1004"_s, u"1005"_s};
    QTest::newRow("errors left out")
            << QList<CertificateRow> {validRow(u"1001"_s), missingType, badDate, expired}
            << QStringList {u"1001"_s, u"1004"_s};
    QTest::newRow("only errors") << QList<CertificateRow> {missingType, badDate} << QStringList();
    {
        // More rows than a block built on another core: every valid one, in
        // order, the blocks joined with their separators.
        QList<CertificateRow> many;
        QStringList sent;
        for (int i = 0; i < 20000; ++i) {
            const QString number = QString::number(30000 + i);
            if (i % 7 == 3) {
                many.append(
                        makeRow(number, u"Truck"_s, QString(), u"31.02.2026"_s, u"01.06.2030"_s));
            } else {
                many.append(validRow(number));
                sent.append(number);
            }
        }
        QTest::newRow("20,000 rows, in blocks") << many << sent;
    }
}

void TestPayloadExporter::validRowsOnly()
{
    QFETCH(QList<CertificateRow>, rows);
    QFETCH(QStringList, employees);

    const auto model = makeModel(rows);
    QList<const CertificateRow *> expectedRows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (employees.contains(model->text(row, Field::EmployeeNumber)))
            expectedRows.append(&model->row(row));
    }

    // Byte for byte the compact form the upload sends, indented the way
    // QJsonDocument indents: the streamed file and the wire never disagree.
    const QByteArray expected =
            QJsonDocument::fromJson(CertificatePayload::toJsonArray(expectedRows)).toJson();
    QCOMPARE(PayloadExporter::toBytes(*model), expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"payload.json"_s);
    const ExportResult result = PayloadExporter::write(*model, path);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rowsWritten, employees.size());
    QCOMPARE(result.rowsLeftOut, rows.size() - employees.size());
    QCOMPARE(readAll(path), expected);

    QStringList written;
    for (const QJsonValue &value : QJsonDocument::fromJson(readAll(path)).array())
        written.append(value[u"employeeNumber"].toString());
    QCOMPARE(written, employees);
}

void TestPayloadExporter::exactBytes()
{
    const auto model = makeModel(
            {makeRow(u"01042"_s, u"Byggekort"_s, u"BK-1"_s, u"15.01.2026"_s, u"15.1.2030"_s,
                     u"=1+1"_s),
             makeRow(u"1043"_s, u"Truck"_s, QString(), u"2026-01-15"_s, u"2030-01-15"_s)});
    QCOMPARE(PayloadExporter::toBytes(*model),
             QByteArray("[\n"
                        "    {\n"
                        "        \"certificateNumber\": \"BK-1\",\n"
                        "        \"certificateType\": \"Byggekort\",\n"
                        "        \"employeeNumber\": \"01042\",\n"
                        "        \"issuedDateTime\": \"2026-01-15T00:00:00Z\",\n"
                        "        \"notes\": \"=1+1\",\n"
                        "        \"validUntilDateTime\": \"2030-01-15T00:00:00Z\"\n"
                        "    },\n"
                        "    {\n"
                        "        \"certificateType\": \"Truck\",\n"
                        "        \"employeeNumber\": \"1043\",\n"
                        "        \"issuedDateTime\": \"2026-01-15T00:00:00Z\",\n"
                        "        \"validUntilDateTime\": \"2030-01-15T00:00:00Z\"\n"
                        "    }\n"
                        "]\n"));
}

void TestPayloadExporter::unwritablePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/payload.json"_s);
    const auto model = makeModel({validRow(u"1042"_s)});
    const ExportResult result = PayloadExporter::write(*model, path);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorString,
             u"%1 cannot be written: the folder %2 does not exist."_s.arg(
                     path, dir.filePath(u"missing"_s)));
    QCOMPARE(result.rowsWritten, 0);
}

void TestPayloadExporter::diskFullKeepsTheOldFile_data()
{
    addDiskFullRows();
}

void TestPayloadExporter::diskFullKeepsTheOldFile()
{
#ifndef Q_OS_LINUX
    QSKIP("A full disk is made with setrlimit(RLIMIT_FSIZE), on Linux only.");
#else
    QFETCH(int, rows);
    QFETCH(qint64, room);
    const auto model = makeModel(manyRows(rows).toList());
    const QByteArray newBytes = PayloadExporter::toBytes(*model);
    checkDiskFullKeepsTheOldFile(
            u"Nyttelast æøå.json"_s, "[]\n", newBytes.size(), room, rows,
            [&](const QString &path) { return PayloadExporter::write(*model, path); },
            [&](const QString &path) { QCOMPARE(readAll(path), newBytes); });
#endif
}

QTEST_GUILESS_MAIN(TestPayloadExporter)
#include "tst_payloadexporter.moc"
