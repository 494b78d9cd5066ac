// WorkFile: the .ditiocerts work file. Everything saved comes back exactly;
// version-1 files (one JSON document) open as they always did; every bad file
// is refused with a message that names it and says why, a cut one as
// truncated wherever the cut is; a save never overwrites a file another
// program changed, and a failed save leaves the old file as it was.

#include "filesizelimit.h"
#include "testhelpers.h"
#include "validation/rowvalidator.h"
#include "workfile/workfile.h"
#include "workfileversion1.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

// A device that takes `capacity` bytes and then fails, like a full disk.
class FailDevice : public QIODevice
{
public:
    explicit FailDevice(qint64 capacity) : m_capacity(capacity) { }

    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 room = m_capacity - written.size();
        if (room <= 0) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        const qint64 accepted = std::min(room, size);
        written.append(data, accepted);
        return accepted;
    }

private:
    qint64 m_capacity;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<cannot read>");
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

WorkDocument fullDocument()
{
    WorkDocument document;
    document.sourcePath = u"/home/anna/Sertifikater æøå.csv"_s;
    document.sourceFormat = u"csv"_s;

    CertificateRow typed =
            makeRow(u"1042"_s, u"Byggekort"_s, u"BK-2026-12345"_s, u"15.01.2026"_s, u"15.01.2028"_s,
                    u"Utstedt av opplæringskontoret\nlinje 2 \"sitat\""_s);
    CertificateRow imported = makeRow(u" 1043.0 "_s, u"Kranførerbevis "_s, QString(),
                                      u"2025-06-01"_s, u"31.02.2027"_s, QString());
    imported.sourceRow = 14;
    imported.setSourceText(Field::IssuedDate, u"45809"_s);
    imported.setSourceText(Field::EmployeeNumber, u"1043"_s);
    imported.setFromFormula(Field::CertificateNumber, true);

    CertificateRow uploaded =
            makeRow(u"1044"_s, u"Førstehjelp"_s, u"FH-1"_s, u"1.2.2024"_s, u"1.2.2026"_s);
    uploaded.sourceRow = 3;
    uploaded.uploadState = UploadState::Uploaded;
    uploaded.uploadedAt = QDateTime(QDate(2026, 11, 27), QTime(14, 3, 7, 250), QTimeZone::utc());

    CertificateRow rejected =
            makeRow(u"1045"_s, u"Ukjent type ÆØÅ"_s, u"X-1"_s, u"01.01.2025"_s, u"01.01.2030"_s);
    rejected.uploadState = UploadState::Rejected;
    rejected.uploadMessage = u"Certificate type 'Ukjent type ÆØÅ' does not exist"_s;
    rejected.uploadedAt = QDateTime(QDate(2026, 11, 27), QTime(14, 3, 8), QTimeZone::utc());

    CertificateRow unconfirmed =
            makeRow(u"1046"_s, u"Truck"_s, {}, u"01.01.2025"_s, u"01.01.2030"_s);
    unconfirmed.uploadState = UploadState::Unconfirmed;
    unconfirmed.uploadMessage = u"The connection was lost before Ditio answered."_s;

    document.rows = {typed, imported, uploaded, rejected, unconfirmed, CertificateRow()};
    return document;
}

} // namespace

class TestWorkFile : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTripInMemory();
    void roundTripOnDisk();
    void roundTripLargeAcrossBlocks();
    void lineShape();
    void escapesAsQtWritesThem_data();
    void escapesAsQtWritesThem();
    void version1FilesOpenAsBefore();
    void environmentRoundTrip_data();
    void environmentRoundTrip();
    void version2RowsEndBeforeTheEnvironment();
    void sendingComesBackUnconfirmed();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void truncatedAnywhere();
    void truncatedVersion1Anywhere();
    void capsAsTheOtherReaders();
    void aLineLongerThanTheReadersBlock();
    void tooLargeIsRefusedBeforeReading();
    void saveRefusedWhenChangedOnDisk();
    void saveWithTheLastHashSucceeds();
    void saveToAnImpossiblePathFails();
    void writeToAFailingDevice_data();
    void writeToAFailingDevice();
    void diskFullKeepsTheOldFile_data();
    void diskFullKeepsTheOldFile();

private:
    QTemporaryDir m_dir;
};

void TestWorkFile::init()
{
    QVERIFY(m_dir.isValid());
}

void TestWorkFile::roundTripInMemory()
{
    const WorkDocument document = fullDocument();
    const WorkFile::ReadResult read = WorkFile::parse(WorkFile::serialize(document), u"x"_s);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(tableText(read.document.rows), tableText(document.rows));
    QVERIFY(read.document.rows == document.rows);
    QCOMPARE(read.document.sourcePath, document.sourcePath);
    QCOMPARE(read.document.sourceFormat, document.sourceFormat);
    QCOMPARE(read.document.documentPath, QString());
    // Parsed values are derived again from the text.
    QCOMPARE(read.document.rows.at(1).issued().date, QDate(2025, 6, 1));
    QCOMPARE(read.document.rows.at(1).validUntil().status, DateParser::Status::NoSuchDate);
    QCOMPARE(read.document.rows.at(2).uploadedAt.time().msec(), 250);
}

void TestWorkFile::roundTripOnDisk()
{
    const QString path = m_dir.filePath(u"Arbeid æøå.ditiocerts"_s);
    WorkDocument document = fullDocument();
    document.documentPath = u"/home/anna/site.ditiocerts"_s; // as a recovery file has it
    const WorkFile::SaveResult saved = WorkFile::write(path, document);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString));
    QCOMPARE(saved.contentHash, WorkFile::hashOf(readAll(path)));

    const WorkFile::ReadResult read = WorkFile::read(path);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QVERIFY(read.document.rows == document.rows);
    QCOMPARE(read.document.documentPath, document.documentPath);
    QCOMPARE(read.contentHash, saved.contentHash);
    // Saving what was read gives the same bytes.
    QCOMPARE(WorkFile::serialize(read.document), readAll(path));
    // No temporary file is left behind.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList {u"Arbeid æøå.ditiocerts"_s});
}

void TestWorkFile::roundTripLargeAcrossBlocks()
{
    // Many rows: written in several blocks, read in several (the reader's are
    // 1 MiB); the hash of the stream is the hash of the file.
    const QString path = m_dir.filePath(u"many.ditiocerts"_s);
    WorkDocument document;
    document.rows = manyRows(30000);
    document.rows[123].setSourceText(Field::IssuedDate, u"45809"_s);
    document.rows[29999].uploadState = UploadState::Rejected;
    document.rows[29999].uploadMessage = u"Ikke godkjent: «æøå» 😀"_s;
    const WorkFile::SaveResult saved = WorkFile::write(path, document);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString));
    QVERIFY(QFileInfo(path).size() > 2 * 1024 * 1024);
    QCOMPARE(saved.contentHash, WorkFile::hashOf(readAll(path)));
    QCOMPARE(WorkFile::hashOfFile(path), saved.contentHash);

    const WorkFile::ReadResult read = WorkFile::read(path);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(read.contentHash, saved.contentHash);
    QCOMPARE(read.document.rows.size(), document.rows.size());
    QVERIFY(read.document.rows == document.rows);
    QVERIFY(read.warnings.isEmpty());
}

void TestWorkFile::lineShape()
{
    // One line a row, each a JSON array any JSON reader reads; the header and
    // the trailer are objects.
    const QByteArray bytes = WorkFile::serialize(fullDocument());
    QVERIFY(bytes.endsWith('\n'));
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    QCOMPARE(lines.size(), 1 + 6 + 1);
    const QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(header.value(u"format").toString(), u"ditio-certificates-work-file"_s);
    // No row knows its environment: version 2, as older versions of the app read it.
    QCOMPARE(header.value(u"version").toInt(), 2);
    QCOMPARE(header.value(u"savedBy").toString(), u"Ditio Certificates " DITIO_VERSION ""_s);
    QCOMPARE(header.value(u"source").toObject().value(u"path").toString(),
             u"/home/anna/Sertifikater æøå.csv"_s);
    QCOMPARE(header.value(u"source").toObject().value(u"format").toString(), u"csv"_s);
    QVERIFY(!header.contains(u"recoveryOf"));
    QCOMPARE(header.value(u"columns").toArray(),
             QJsonArray({u"employeeNumber"_s, u"certificateType"_s, u"certificateNumber"_s,
                         u"issuedDateTime"_s, u"validUntilDateTime"_s, u"notes"_s, u"sourceRow"_s,
                         u"sources"_s, u"formulas"_s, u"uploadState"_s, u"uploadedAt"_s,
                         u"uploadMessage"_s}));
    QCOMPARE(lines.last(), QByteArray(R"({"rows":6})"));

    // Trailing defaults are left out: a typed row is its texts and a 0.
    const QList<QByteArray> rows = lines.mid(1, 6);
    QCOMPARE(QString::fromUtf8(rows.at(0)),
             uR"(["1042","Byggekort","BK-2026-12345","15.01.2026","15.01.2028",)"
             uR"("Utstedt av opplæringskontoret\nlinje 2 \"sitat\"",0])"_s);
    QCOMPARE(QString::fromUtf8(rows.at(1)),
             uR"([" 1043.0 ","Kranførerbevis ","","2025-06-01","31.02.2027","",14,)"
             uR"(["1043","","","45809","",""],4])"_s);
    QCOMPARE(QString::fromUtf8(rows.at(2)),
             uR"(["1044","Førstehjelp","FH-1","1.2.2024","1.2.2026","",3,0,0,"uploaded",)"
             uR"("2026-11-27T14:03:07.250Z"])"_s);
    QCOMPARE(
            QString::fromUtf8(rows.at(3)),
            uR"(["1045","Ukjent type ÆØÅ","X-1","01.01.2025","01.01.2030","",0,0,0,"rejected",)"
            uR"("2026-11-27T14:03:08.000Z","Certificate type 'Ukjent type ÆØÅ' does not exist"])"_s);
    QCOMPARE(QString::fromUtf8(rows.at(4)),
             uR"(["1046","Truck","","01.01.2025","01.01.2030","",0,0,0,"unconfirmed","",)"
             uR"("The connection was lost before Ditio answered."])"_s);
    QCOMPARE(rows.at(5), QByteArray(R"(["","","","","","",0])"));
    for (const QByteArray &row : rows) {
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(row, &error).isArray());
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    // No parsed dates: the text is the truth.
    QVERIFY(!bytes.contains("T00:00:00Z"));
}

void TestWorkFile::escapesAsQtWritesThem_data()
{
    QTest::addColumn<QString>("text");

    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    QTest::newRow("every control character") << controls + u"\u007f"_s;
    QTest::newRow("quotes, backslashes, slashes") << uR"("a\b/c" \\ \")"_s;
    QTest::newRow("Norwegian letters") << u"Kranførerbevis ÆØÅ æøå"_s;
    QTest::newRow("a character outside the BMP") << u"Sertifikat 😀 𝄞"_s;
    QTest::newRow("a lone high surrogate") << QString(u"10"_s + QChar(0xD800) + u"x"_s);
    QTest::newRow("a lone low surrogate at the end") << QString(u"10"_s + QChar(0xDC01));
    QTest::newRow("two high surrogates") << QString(QChar(0xD83D) + QString(QChar(0xD83D)));
    QTest::newRow("the last BMP characters") << u"\uFFFD\uFFFE\uFFFF \u2028\u2029"_s;
}

void TestWorkFile::escapesAsQtWritesThem()
{
    QFETCH(QString, text);

    WorkDocument document;
    CertificateRow row = makeRow(text, u"Byggekort"_s, text);
    row.setSourceText(Field::Notes, text);
    row.uploadState = UploadState::Rejected;
    row.uploadMessage = text;
    document.rows = {row};
    const QByteArray bytes = WorkFile::serialize(document);
    const WorkFile::ReadResult read = WorkFile::parse(bytes, u"x"_s);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QVERIFY(read.document.rows == document.rows);
    // Every string is escaped as QJsonDocument escapes it, and reads back
    // the same through QJsonDocument: other tools see the same text.
    const QByteArray line = bytes.split('\n').at(1);
    const QJsonArray values = QJsonDocument::fromJson(line).array();
    QCOMPARE(values.at(0).toString(), text);
    QCOMPARE(values.at(7).toArray().at(5).toString(), text);
    QCOMPARE(values.at(11).toString(), text);
    const QByteArray qtEscaped = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    QVERIFY2(line.startsWith(qtEscaped.chopped(1) + ','), line.constData());
}

void TestWorkFile::environmentRoundTrip_data()
{
    QTest::addColumn<UploadState>("state");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("changed"); // edited after the upload
    QTest::addColumn<QByteArray>("tail"); // the row line from its upload state on

    QTest::newRow("uploaded to test")
            << UploadState::Uploaded << QString() << false
            << QByteArray(R"("uploaded","2026-12-03T13:02:00.000Z","","test"])");
    QTest::newRow("changed since upload")
            << UploadState::Uploaded << QString() << true
            << QByteArray(R"("not-sent","2026-12-03T13:02:00.000Z","","test"])");
    QTest::newRow("rejected by test") << UploadState::Rejected << u"Nei"_s << false
                                      << QByteArray(R"("rejected","","Nei","test"])");
}

void TestWorkFile::environmentRoundTrip()
{
    QFETCH(UploadState, state);
    QFETCH(QString, message);
    QFETCH(bool, changed);
    QFETCH(QByteArray, tail);

    CertificateRow row;
    row.setText(Field::EmployeeNumber, u"1042"_s);
    row.setText(Field::CertificateType, u"Byggekort"_s);
    row.uploadState = state;
    row.uploadMessage = message;
    if (state == UploadState::Uploaded)
        row.uploadedAt = QDateTime(QDate(2026, 12, 3), QTime(13, 2), QTimeZone::utc());
    row.setUploadedTo(DitioEnvironment::Kind::Test);
    if (changed) {
        row.applyEdit(Field::Notes, u"endret"_s);
        QVERIFY(row.isChangedSinceUpload());
    }
    WorkDocument document;
    document.rows.append(row);
    document.rows.append(CertificateRow()); // a row without one, as before

    const QByteArray bytes = WorkFile::serialize(document);
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    const QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(header.value(u"version").toInt(), 3);
    QCOMPARE(header.value(u"columns").toArray().last().toString(), u"uploadedTo"_s);
    QCOMPARE(header.value(u"columns").toArray().size(), 13);
    QVERIFY2(lines.at(1).endsWith(tail), lines.at(1).constData());
    QCOMPARE(lines.at(2), QByteArray(R"(["","","","","","",0])"));

    const WorkFile::ReadResult read = WorkFile::parse(bytes, u"env.ditiocerts"_s);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(read.document.rows.size(), 2);
    QVERIFY(read.document.rows.at(0) == row);
    QCOMPARE(read.document.rows.at(0).uploadedToKind(), DitioEnvironment::Kind::Test);
    QCOMPARE(read.document.rows.at(0).isChangedSinceUpload(), changed);
    QCOMPARE(read.document.rows.at(1).uploadedTo, quint8(0));
}

void TestWorkFile::version2RowsEndBeforeTheEnvironment()
{
    // A version 2 file (as this and older versions write rows without an environment)
    // opens with no environment known; one with a value past its columns is damaged.
    CertificateRow row;
    row.setText(Field::EmployeeNumber, u"1042"_s);
    row.uploadState = UploadState::Uploaded;
    row.uploadedAt = QDateTime(QDate(2026, 12, 3), QTime(13, 2), QTimeZone::utc());
    WorkDocument document;
    document.rows.append(row);
    QByteArray bytes = WorkFile::serialize(document);
    QVERIFY(bytes.contains(R"("version":2)"));
    WorkFile::ReadResult read = WorkFile::parse(bytes, u"old.ditiocerts"_s);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QVERIFY(read.document.rows.at(0) == row);
    QCOMPARE(read.document.rows.at(0).uploadedTo, quint8(0));

    bytes.replace(R"(.000Z"])", R"(.000Z","","test"])");
    read = WorkFile::parse(bytes, u"old.ditiocerts"_s);
    QVERIFY(!read.ok);
    QCOMPARE(read.errorString,
             u"old.ditiocerts cannot be opened: row 1 has more values than a row holds; the "
             u"file is damaged."_s);
}

void TestWorkFile::version1FilesOpenAsBefore()
{
    // A file the previous version saved: every row, source and upload result.
    WorkDocument document = fullDocument();
    document.documentPath = u"/home/anna/site.ditiocerts"_s;
    const QByteArray old = serializeVersion1(document);
    QVERIFY(old.startsWith("{\n    \"format\": \"ditio-certificates-work-file\""));
    const QString path = m_dir.filePath(u"old.ditiocerts"_s);
    QVERIFY(writeAll(path, old));
    const WorkFile::ReadResult read = WorkFile::read(path);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QVERIFY(read.document.rows == document.rows);
    QCOMPARE(read.document.sourcePath, document.sourcePath);
    QCOMPARE(read.document.sourceFormat, document.sourceFormat);
    QCOMPARE(read.document.documentPath, document.documentPath);
    QCOMPARE(read.contentHash, WorkFile::hashOf(old));
    // Saving it again over itself, with the hash read, writes version 2.
    const WorkFile::SaveResult saved = WorkFile::write(path, read.document, read.contentHash);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString));
    QVERIFY(readAll(path).startsWith("{\"columns\":"));
    QVERIFY(WorkFile::read(path).document.rows == document.rows);

    // Compact on one line, as another tool may write it: the same reader.
    const QByteArray compact = QJsonDocument::fromJson(old).toJson(QJsonDocument::Compact);
    const WorkFile::ReadResult oneLine = WorkFile::parse(compact, u"x"_s);
    QVERIFY2(oneLine.ok, qPrintable(oneLine.errorString));
    QVERIFY(oneLine.document.rows == document.rows);

    // And many rows of them.
    WorkDocument many;
    many.rows = manyRows(5000);
    const WorkFile::ReadResult manyRead = WorkFile::parse(serializeVersion1(many), u"x"_s);
    QVERIFY2(manyRead.ok, qPrintable(manyRead.errorString));
    QVERIFY(manyRead.document.rows == many.rows);
}

void TestWorkFile::sendingComesBackUnconfirmed()
{
    WorkDocument document;
    CertificateRow row = validRow(u"1042"_s);
    row.uploadState = UploadState::Sending;
    document.rows = {row};
    const WorkFile::ReadResult read = WorkFile::parse(WorkFile::serialize(document), u"x"_s);
    QVERIFY(read.ok);
    // The app stopped while the row was in flight: never Uploaded, safe to resend.
    QCOMPARE(read.document.rows.first().uploadState, UploadState::Unconfirmed);
    const WorkFile::ReadResult old = WorkFile::parse(serializeVersion1(document), u"x"_s);
    QVERIFY(old.ok);
    QCOMPARE(old.document.rows.first().uploadState, UploadState::Unconfirmed);
}

void TestWorkFile::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // after "<file> cannot be opened: "

    // Version 1: one JSON document.
    const QByteArray good = serializeVersion1(fullDocument());
    QByteArray newer = good;
    newer.replace("\"version\": 1", "\"version\": 7");
    QByteArray damaged = good;
    damaged.replace("\"rows\": [", "\"rows\": [}");
    QByteArray otherFormat = good;
    otherFormat.replace("ditio-certificates-work-file", "some-other-program");
    QByteArray unknownState = good;
    unknownState.replace("\"rejected\"", "\"lost\"");
    QByteArray numberValue = good;
    numberValue.replace("\"employeeNumber\": \"1042\"", "\"employeeNumber\": 1042");
    QByteArray version2Document = good;
    version2Document.replace("\"version\": 1", "\"version\": 2");

    QTest::newRow("written by a newer version")
            << newer
            << u"it was written by a newer version of Ditio Certificates (Ditio Certificates "
               u"" DITIO_VERSION ", work file format 7); this version reads format 3 and older. "
               u"Update the app to open it."_s;
    QTest::newRow("truncated in the middle") << good.left(good.size() / 2)
                                             << u"the file is truncated (it ends at byte %1 in "
                                                u"the middle of the data)."_s.arg(good.size() / 2);
    QTest::newRow("damaged JSON") << damaged << u"the file is damaged at byte "_s;
    QTest::newRow("not JSON at all")
            << QByteArray("employeeNumber,certificateType\n1042,Byggekort\n")
            << u"it is not a Ditio Certificates work file."_s;
    QTest::newRow("JSON of another program")
            << otherFormat << u"it is not a Ditio Certificates work file."_s;
    QTest::newRow("a JSON array") << QByteArray("[1, 2, 3]")
                                  << u"it is not a Ditio Certificates work file."_s;
    QTest::newRow("empty file") << QByteArray() << u"the file is empty."_s;
    QTest::newRow("only spaces") << QByteArray(" \n\t ") << u"the file is empty."_s;
    QTest::newRow("no version") << QByteArray(
            R"({"format": "ditio-certificates-work-file", "rows": []})")
                                << u"the file has no valid format version."_s;
    QTest::newRow("version 2 as one document")
            << version2Document << u"the file has no valid format version."_s;
    QTest::newRow("no rows") << QByteArray(
            R"({"format": "ditio-certificates-work-file", "version": 1})")
                             << u"the file has no list of rows."_s;
    QTest::newRow("a row that is not an object") << QByteArray(
            R"({"format": "ditio-certificates-work-file", "version": 1, "rows": [{}, 5]})")
                                                 << u"row 2 of the file is not a row object."_s;
    QTest::newRow("unknown upload state")
            << unknownState << u"row 4 has an unknown upload state \"lost\"."_s;
    QTest::newRow("a value that is not text")
            << numberValue << u"row 1: the value of employeeNumber is not text."_s;
    // Each part of a row has its type: a list where an object belongs is a
    // damaged file, never read as an empty row.
    const auto row = [](const QByteArray &json) {
        return R"({"format": "ditio-certificates-work-file", "version": 1, "rows": [)" + json
                + "]}";
    };
    QTest::newRow("values as a list")
            << row(R"({"values": ["1042", "Byggekort"]})")
            << u"row 1: \"values\" is not an object; the file is damaged."_s;
    QTest::newRow("upload state as text")
            << row(R"({"values": {}, "upload": "uploaded"})")
            << u"row 1: \"upload\" is not an object; the file is damaged."_s;
    QTest::newRow("formulas as an object")
            << row(R"({"values": {}, "formulas": {"notes": true}})")
            << u"row 1: \"formulas\" is not a list; the file is damaged."_s;
    QTest::newRow("the source row as text")
            << row(R"({"values": {}, "sourceRow": "7"})")
            << u"row 1: \"sourceRow\" is not a number; the file is damaged."_s;
    QTest::newRow("the file's own text as a number")
            << row(R"({"values": {}, "sources": {"notes": 5}})")
            << u"row 1: the file's own text of notes is not text."_s;

    // Version 2: lines. Row 1 of fullDocument() is typed, row 2 imported
    // (sources, formulas), row 4 rejected.
    const QByteArray lines = WorkFile::serialize(fullDocument());
    const QList<QByteArray> parts = lines.split('\n');
    const QByteArray header = parts.at(0) + '\n';
    const auto v2 = [&](const QByteArray &rows, const QByteArray &trailer = "{\"rows\":1}\n") {
        return header + rows + trailer;
    };
    const auto replaced = [&](const char *before, const char *after) {
        QByteArray bytes = lines;
        bytes.replace(before, after);
        return bytes;
    };
    const qsizetype row1 = header.size();
    QTest::newRow("v2: written by a newer version")
            << replaced("\"version\":2", "\"version\":7")
            << u"it was written by a newer version of Ditio Certificates (Ditio Certificates "
               u"" DITIO_VERSION ", work file format 7); this version reads format 3 and older. "
               u"Update the app to open it."_s;
    QTest::newRow("v2: another program's lines")
            << replaced("ditio-certificates-work-file", "some-other-program")
            << u"it is not a Ditio Certificates work file."_s;
    QTest::newRow("v2: no version") << replaced("\"version\":2", "\"versio\":2")
                                    << u"the file has no valid format version."_s;
    QTest::newRow("v2: other columns")
            << replaced("\"uploadMessage\"", "\"message\"")
            << u"the file's header does not list the columns of its rows; the file is damaged."_s;
    QTest::newRow("v2: cut inside a row")
            << lines.left(row1 + 20)
            << u"the file is truncated (it ends at byte %1 in the middle of the data)."_s.arg(row1
                                                                                              + 20);
    QTest::newRow("v2: cut between two rows")
            << header + parts.at(1) + '\n'
            << u"the file is truncated (it ends at byte %1 in the middle of the data)."_s.arg(
                       header.size() + parts.at(1).size() + 1);
    QTest::newRow("v2: a row missing")
            << v2(parts.at(1) + '\n', "{\"rows\":2}\n")
            << u"the file says it has 2 rows but holds 1; the file is damaged."_s;
    QTest::newRow("v2: a trailer without its count")
            << v2(parts.at(1) + '\n', "{\"count\":1}\n")
            << u"the file says it has -1 rows but holds 1; the file is damaged."_s;
    QTest::newRow("v2: lines after the trailer")
            << lines + "[\"1042\"]\n"
            << u"the file is damaged at byte %1 (garbage at the end of the document)."_s.arg(
                       lines.size());
    QTest::newRow("v2: a row that is not a list")
            << v2("5\n") << u"the file is damaged at byte %1 (not a row)."_s.arg(row1);
    QTest::newRow("v2: a value that is not text")
            << replaced("[\"1042\",", "[1042,")
            << u"row 1: the value of employeeNumber is not text."_s;
    QTest::newRow("v2: the source row as text")
            << v2(R"(["1042","","","","","","7"])"
                  "\n")
            << u"row 1: \"sourceRow\" is not a number; the file is damaged."_s;
    QTest::newRow("v2: a negative source row")
            << v2(R"(["1042","","","","","",-7])"
                  "\n")
            << u"row 1: \"sourceRow\" has a value a work file never holds there; the file is "
               u"damaged."_s;
    QTest::newRow("v2: the sources as an object")
            << v2(R"(["1042","","","","","",7,{"notes":"x"}])"
                  "\n")
            << u"row 1: \"sources\" is not a list; the file is damaged."_s;
    QTest::newRow("v2: five sources")
            << v2(R"(["1042","","","","","",7,["","","","",""]])"
                  "\n")
            << u"row 1: \"sources\" has a value a work file never holds there; the file is "
               u"damaged."_s;
    QTest::newRow("v2: the file's own text as a number")
            << v2(R"(["1042","","","","","",7,["","","","","",5]])"
                  "\n")
            << u"row 1: the file's own text of notes is not text."_s;
    QTest::newRow("v2: formulas as text")
            << v2(R"(["1042","","","","","",7,0,"notes"])"
                  "\n")
            << u"row 1: \"formulas\" is not a number; the file is damaged."_s;
    QTest::newRow("v2: formulas of a seventh field")
            << v2(R"(["1042","","","","","",7,0,64])"
                  "\n")
            << u"row 1: \"formulas\" has a value a work file never holds there; the file is "
               u"damaged."_s;
    QTest::newRow("v2: unknown upload state") << replaced("\"rejected\"", "\"lost\"")
                                              << u"row 4 has an unknown upload state \"lost\"."_s;
    QTest::newRow("v2: the upload state as a number")
            << v2(R"(["1042","","","","","",7,0,0,3])"
                  "\n")
            << u"row 1: \"uploadState\" is not text; the file is damaged."_s;
    QTest::newRow("v2: too few values") << v2(R"(["1042","","","",""])"
                                              "\n")
                                        << u"row 1 has fewer values than a row holds; the file "
                                           u"is damaged."_s;
    QTest::newRow("v2: too many values")
            << v2(R"(["1042","","","","","",7,0,0,"uploaded","","ok","more"])"
                  "\n")
            << u"row 1 has more values than a row holds; the file is damaged."_s;
    QTest::newRow("v2: a missing comma")
            << v2(R"(["1042" "Byggekort","","","","",0])"
                  "\n")
            << u"the file is damaged at byte %1 (missing value separator)."_s.arg(row1 + 8);
    QTest::newRow("v2: a bad escape")
            << v2(R"(["10\x42","","","","","",0])"
                  "\n")
            << u"the file is damaged at byte %1 (invalid escape sequence)."_s.arg(row1 + 4);
    QTest::newRow("v2: a raw control character")
            << v2("[\"10\t42\",\"\",\"\",\"\",\"\",\"\",0]\n")
            << u"the file is damaged at byte %1 (illegal value)."_s.arg(row1 + 4);
    QTest::newRow("v2: bytes that are not UTF-8")
            << v2("[\"10\xff\xfe\",\"\",\"\",\"\",\"\",\"\",0]\n")
            << u"the file is damaged at byte %1 (invalid UTF8 string)."_s.arg(row1);
    QTest::newRow("v2: a fraction")
            << v2(R"(["1042","","","","","",7.5])"
                  "\n")
            << u"the file is damaged at byte %1 (illegal number)."_s.arg(row1 + 23);
}

void TestWorkFile::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const QString path = m_dir.filePath(u"bad.ditiocerts"_s);
    QVERIFY(writeAll(path, bytes));
    const WorkFile::ReadResult read = WorkFile::read(path);
    QVERIFY(!read.ok);
    QVERIFY(read.document.rows.isEmpty());
    const QString prefix = QDir::toNativeSeparators(path) + u" cannot be opened: "_s;
    QVERIFY2(read.errorString.startsWith(prefix + reason), qPrintable(read.errorString));
    // Reading never changes the file.
    QCOMPARE(readAll(path), bytes);
}

void TestWorkFile::capsAsTheOtherReaders()
{
    // A value over a spreadsheet cell's size is cut, with the row and field
    // named, as the CSV and workbook readers do; a lone surrogate is read
    // and named by the validation (a control-character error on its cell).
    CertificateRow row;
    row.setText(Field::EmployeeNumber, u"1042"_s);
    row.setText(Field::Notes, QString(100000, u'x'));
    WorkDocument document;
    document.rows.append(row);
    const QByteArray bytes = WorkFile::serialize(document);
    for (const QByteArray &version : {bytes, serializeVersion1(document)}) {
        QByteArray file = version;
        file.replace("\"1042\"", "\"10\\ud800\"");
        const WorkFile::ReadResult read = WorkFile::parse(file, u"big.ditiocerts"_s);
        QVERIFY2(read.ok, qPrintable(read.errorString));
        QCOMPARE(read.document.rows.first().text(Field::Notes).size(), 32767);
        QCOMPARE(read.warnings,
                 QStringList {u"Row 1, notes: the value has 100000 characters, more than a "
                              u"spreadsheet cell can hold; only the first 32767 were kept."_s});
        const QString employee = read.document.rows.first().text(Field::EmployeeNumber);
        QCOMPARE(employee, QString(u"10"_s + QChar(0xD800)));
        QCOMPARE(RowValidator::firstControlCharacter(employee), 2);
    }
}

void TestWorkFile::aLineLongerThanTheReadersBlock()
{
    // A row of 1.5 million control characters, each written as \u0001: a
    // line of 9 MB, read whole however the blocks fall, and cut to a
    // cell's size like any other long value.
    CertificateRow row = validRow(u"1042"_s);
    row.setText(Field::Notes, QString(1500000, QChar(1)));
    row.setSourceText(Field::Notes, QString(40000, u'ø'));
    WorkDocument document;
    document.rows = {validRow(u"1041"_s), row, validRow(u"1043"_s)};
    const QByteArray bytes = WorkFile::serialize(document);
    QVERIFY(bytes.size() > 9000000);
    const WorkFile::ReadResult read = WorkFile::parse(bytes, u"long.ditiocerts"_s);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(read.document.rows.size(), 3);
    QCOMPARE(read.document.rows.at(1).text(Field::Notes), QString(32767, QChar(1)));
    QCOMPARE(read.document.rows.at(1).sourceText(Field::Notes), QString(32767, u'ø'));
    QCOMPARE(read.document.rows.at(2).text(Field::EmployeeNumber), u"1043"_s);
    QCOMPARE(read.warnings,
             QStringList {u"Row 2, notes: the value has 1500000 characters, more than a "
                          u"spreadsheet cell can hold; only the first 32767 were kept."_s});
    QCOMPARE(read.contentHash, WorkFile::hashOf(bytes));
}

void TestWorkFile::tooLargeIsRefusedBeforeReading()
{
    // A work file past the cap is refused by its size, before a byte is
    // parsed (a 236 MB one took 4.6 GB). Sparse: no disk is filled.
    const QString path = m_dir.filePath(u"huge.ditiocerts"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(WorkFile::MaxFileBytes + 1));
    file.close();
    const WorkFile::ReadResult read = WorkFile::read(path);
    QVERIFY(!read.ok);
    QCOMPARE(read.errorString,
             QDir::toNativeSeparators(path)
                     + u" cannot be opened: it is %1, larger than a work file may be (%2); it "
                       u"was refused to keep the computer's memory free."_s.arg(
                               QLocale::system().formattedDataSize(WorkFile::MaxFileBytes + 1),
                               QLocale::system().formattedDataSize(WorkFile::MaxFileBytes)));
}

void TestWorkFile::truncatedAnywhere()
{
    // Cut at every byte (inside a character such as æ too, between two rows,
    // inside the trailer): always "truncated", never a crash, never fewer rows.
    const QByteArray good = WorkFile::serialize(fullDocument());
    for (qsizetype cut = 1; cut < good.size() - 1; ++cut) {
        const WorkFile::ReadResult read = WorkFile::parse(good.left(cut), u"w.ditiocerts"_s);
        QVERIFY2(!read.ok, qPrintable(QString::number(cut)));
        QVERIFY2(read.errorString
                         == u"w.ditiocerts cannot be opened: the file is truncated (it ends at "
                            u"byte %1 in the middle of the data)."_s.arg(cut),
                 qPrintable(QString::number(cut) + u": "_s + read.errorString));
        QVERIFY(read.document.rows.isEmpty());
    }
    // Only the last "\n" may go: the data is whole without it.
    const WorkFile::ReadResult noNewline = WorkFile::parse(good.chopped(1), u"w.ditiocerts"_s);
    QVERIFY2(noNewline.ok, qPrintable(noNewline.errorString));
    QCOMPARE(noNewline.document.rows.size(), 6);
}

void TestWorkFile::truncatedVersion1Anywhere()
{
    const QByteArray good = serializeVersion1(fullDocument());
    for (qsizetype cut = 1; cut < good.size() - 2; ++cut) {
        const WorkFile::ReadResult read = WorkFile::parse(good.left(cut), u"w.ditiocerts"_s);
        QVERIFY2(!read.ok, qPrintable(QString::number(cut)));
        QVERIFY2(read.errorString.contains(u"truncated"_s), qPrintable(read.errorString));
    }
}

void TestWorkFile::saveRefusedWhenChangedOnDisk()
{
    const QString path = m_dir.filePath(u"site.ditiocerts"_s);
    const WorkFile::SaveResult first = WorkFile::write(path, fullDocument());
    QVERIFY(first.ok());

    // Another program (or another copy of the app) saves over it.
    WorkDocument theirs;
    theirs.rows = {validRow(u"9999"_s)};
    const QByteArray theirBytes = WorkFile::serialize(theirs);
    QVERIFY(writeAll(path, theirBytes));

    WorkDocument mine = fullDocument();
    mine.rows.append(validRow(u"2000"_s));
    const WorkFile::SaveResult refused = WorkFile::write(path, mine, first.contentHash);
    QCOMPARE(refused.error, WorkFile::SaveError::ChangedOnDisk);
    QCOMPARE(refused.errorString,
             QDir::toNativeSeparators(path)
                     + u" was changed by another program since it was opened or saved here."_s);
    QCOMPARE(readAll(path), theirBytes);
    QVERIFY(!WorkFile::isUnchangedOnDisk(path, first.contentHash));

    // Saving anyway (the user chose to overwrite) passes no hash.
    QVERIFY(WorkFile::write(path, mine).ok());
    QCOMPARE(WorkFile::read(path).document.rows.size(), mine.rows.size());
}

void TestWorkFile::saveWithTheLastHashSucceeds()
{
    const QString path = m_dir.filePath(u"site.ditiocerts"_s);
    WorkFile::SaveResult saved = WorkFile::write(path, fullDocument());
    for (int i = 0; i < 3; ++i) {
        WorkDocument next = fullDocument();
        next.rows[0].setText(Field::Notes, QString::number(i));
        saved = WorkFile::write(path, next, saved.contentHash);
        QVERIFY2(saved.ok(), qPrintable(saved.errorString));
    }
    QCOMPARE(WorkFile::read(path).document.rows.first().text(Field::Notes), u"2"_s);
    // Deleted meanwhile: saving restores it.
    QVERIFY(QFile::remove(path));
    QVERIFY(WorkFile::write(path, fullDocument(), saved.contentHash).ok());
    QVERIFY(QFile::exists(path));
}

void TestWorkFile::saveToAnImpossiblePathFails()
{
    // The "folder" is a regular file: nothing can be written below it.
    const QString notAFolder = m_dir.filePath(u"old.ditiocerts"_s);
    QVERIFY(WorkFile::write(notAFolder, fullDocument()).ok());
    const QByteArray oldBytes = readAll(notAFolder);
    const QString path = notAFolder + u"/new.ditiocerts"_s;

    const WorkFile::SaveResult result = WorkFile::write(path, fullDocument());
    QCOMPARE(result.error, WorkFile::SaveError::WriteFailed);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString.startsWith(QDir::toNativeSeparators(path)
                                           + u" could not be saved: "_s),
             qPrintable(result.errorString));
    QVERIFY(result.contentHash.isEmpty());
    QCOMPARE(readAll(notAFolder), oldBytes);
    QVERIFY(!QFile::exists(path));
}

void TestWorkFile::writeToAFailingDevice_data()
{
    QTest::addColumn<qint64>("capacity");

    QTest::addColumn<int>("rows"); // 0: fullDocument()'s six

    QTest::newRow("full from the start") << qint64(0) << 0;
    QTest::newRow("full after 100 bytes") << qint64(100) << 0;
    QTest::newRow("full one byte before the end") << qint64(-1) << 0;
    // Written in blocks: the disk fills in the second, or in the last.
    QTest::newRow("10,000 rows, full after 300 KB") << qint64(300 * 1024) << 10000;
    QTest::newRow("10,000 rows, one byte short") << qint64(-1) << 10000;
}

void TestWorkFile::writeToAFailingDevice()
{
    QFETCH(qint64, capacity);
    QFETCH(int, rows);

    WorkDocument document = fullDocument();
    if (rows > 0)
        document.rows = manyRows(rows);
    const QByteArray bytes = WorkFile::serialize(document);
    FailDevice device(capacity < 0 ? bytes.size() + capacity : capacity);
    QVERIFY(device.open(QIODevice::WriteOnly));
    QString error;
    QByteArray hash;
    QVERIFY(!WorkFile::writeTo(&device, document, &error, &hash));
    QCOMPARE(error, u"No space left on device"_s);
    QVERIFY(device.written.size() < bytes.size());
    QVERIFY(hash.isEmpty());

    // With room enough, every byte arrives, and the hash is theirs.
    FailDevice roomy(bytes.size());
    QVERIFY(roomy.open(QIODevice::WriteOnly));
    QVERIFY(WorkFile::writeTo(&roomy, document, &error, &hash));
    QCOMPARE(roomy.written, bytes);
    QCOMPARE(hash, WorkFile::hashOf(bytes));
}

void TestWorkFile::diskFullKeepsTheOldFile_data()
{
    QTest::addColumn<int>("rows"); // 0: fullDocument()'s six
    QTest::addColumn<qint64>("room"); // bytes the disk takes; -1: one byte short

    // A small file fits Qt's write buffer, a large one is written past it.
    QTest::newRow("small file, full from the start") << 0 << qint64(0);
    QTest::newRow("small file, full after 100 bytes") << 0 << qint64(100);
    QTest::newRow("small file, one byte short") << 0 << qint64(-1);
    QTest::newRow("2,000 rows, full from the start") << 2000 << qint64(0);
    QTest::newRow("2,000 rows, full after 100 KB") << 2000 << qint64(100 * 1024);
    QTest::newRow("2,000 rows, one byte short") << 2000 << qint64(-1);
}

void TestWorkFile::diskFullKeepsTheOldFile()
{
#ifndef Q_OS_LINUX
    QSKIP("A full disk is made with setrlimit(RLIMIT_FSIZE), on Linux only.");
#else
    QFETCH(int, rows);
    QFETCH(qint64, room);

    // A real file on a real disk, saved over while the disk fills up.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"Arbeid æøå.ditiocerts"_s);
    WorkDocument old;
    old.rows = {validRow(u"1042"_s), validRow(u"1043"_s, u"Truck"_s)};
    QVERIFY(WorkFile::write(path, old).ok());
    const QByteArray oldBytes = readAll(path);

    WorkDocument mine = fullDocument();
    if (rows > 0)
        mine.rows = manyRows(rows);
    const QByteArray newBytes = WorkFile::serialize(mine);
    const qint64 limit = room < 0 ? newBytes.size() + room : room;
    QVERIFY(limit < newBytes.size());

    WorkFile::SaveResult result;
    bool limited = false;
    {
        FileSizeLimit full(limit);
        limited = full.isActive();
        if (limited)
            result = WorkFile::write(path, mine, WorkFile::hashOf(oldBytes));
    }
    if (!limited)
        QSKIP("setrlimit(RLIMIT_FSIZE) failed");

    QCOMPARE(result.error, WorkFile::SaveError::WriteFailed);
    // EFBIG stands in for ENOSPC ("No space left on device"): both come from write().
    QCOMPARE(result.errorString,
             QDir::toNativeSeparators(path) + u" could not be saved: File too large"_s);
    QVERIFY(result.contentHash.isEmpty());
    // The old file, byte for byte, and nothing next to it: no cut copy, no temporary file.
    QCOMPARE(readAll(path), oldBytes);
    QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                | QDir::NoDotAndDotDot),
             QStringList {u"Arbeid æøå.ditiocerts"_s});

    // With room again the same save goes through: the old file is still the one read.
    result = WorkFile::write(path, mine, WorkFile::hashOf(oldBytes));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(readAll(path), newBytes);
#endif
}

QTEST_GUILESS_MAIN(TestWorkFile)
#include "tst_workfile.moc"
