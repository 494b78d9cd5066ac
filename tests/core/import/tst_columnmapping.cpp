// ColumnMapping and ColumnMappingMemory: the mapping the user changes in the
// dialog, remembers per header layout, and saves for `validate --mapping`.

#include "filesizelimit.h"
#include "import/columnmapping.h"
#include "import/columnmappingmemory.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

const QStringList Headers {u"Ansattnr"_s, u"Navn"_s, u"Kurs"_s, u"Utstedt"_s, u"Utløper"_s};

ColumnMapping standard()
{
    return ColumnMapping(Headers,
                         {Field::EmployeeNumber, std::nullopt, Field::CertificateType,
                          Field::IssuedDate, Field::ValidUntilDate});
}

QString describe(const ColumnMapping &mapping)
{
    QStringList parts;
    for (const ColumnMapping::Column &column : mapping.columns())
        parts.append(column.header + u'=' + (column.field ? fieldApiName(*column.field) : u"-"_s));
    return parts.join(u", "_s);
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void eachFieldToOneColumn();
    void missingRequiredFields();
    void appliedTo_data();
    void appliedTo();
    void fileRoundTrip();
    void badFiles_data();
    void badFiles();
    void diskFullKeepsTheOldFile_data();
    void diskFullKeepsTheOldFile();
    void memory();
    void layoutKey();
};

void TestColumnMapping::eachFieldToOneColumn()
{
    ColumnMapping mapping = standard();
    QCOMPARE(mapping.columnOf(Field::CertificateType), 2);
    // The user moves the type to "Navn": "Kurs" is ignored from then on.
    mapping.setField(1, Field::CertificateType);
    QCOMPARE(describe(mapping),
             u"Ansattnr=employeeNumber, Navn=certificateType, Kurs=-, "
             u"Utstedt=issuedDateTime, Utløper=validUntilDateTime"_s);
    mapping.setField(0, std::nullopt);
    QCOMPARE(mapping.field(0), std::nullopt);
    QCOMPARE(mapping.field(99), std::nullopt);
    // A repeated field in the constructor: the leftmost keeps it.
    const ColumnMapping twice({u"a"_s, u"b"_s}, {Field::Notes, Field::Notes});
    QCOMPARE(describe(twice), u"a=notes, b=-"_s);
}

void TestColumnMapping::missingRequiredFields()
{
    ColumnMapping mapping = standard();
    QCOMPARE(mapping.missingRequiredFields(), QList<Field>());
    mapping.setField(4, std::nullopt);
    mapping.setField(0, Field::Notes);
    QCOMPARE(mapping.missingRequiredFields(),
             (QList<Field> {Field::EmployeeNumber, Field::ValidUntilDate}));
}

void TestColumnMapping::appliedTo_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("mapped");

    QTest::newRow("the same layout") << Headers
                                     << u"Ansattnr=employeeNumber, Navn=-, Kurs=certificateType, "
                                        u"Utstedt=issuedDateTime, Utløper=validUntilDateTime"_s;
    QTest::newRow("other case, spacing and punctuation")
            << QStringList {u"ANSATT-NR."_s, u"navn"_s, u" kurs "_s, u"Utstedt"_s, u"Utløper"_s}
            << u"ANSATT-NR.=employeeNumber, navn=-, \u0020kurs =certificateType, "
               u"Utstedt=issuedDateTime, Utløper=validUntilDateTime"_s;
    QTest::newRow("columns in another order, one unknown")
            << QStringList {u"Utløper"_s, u"Kurs"_s, u"Avdeling"_s, u"Ansattnr"_s}
            << u"Utløper=validUntilDateTime, Kurs=certificateType, Avdeling=-, "
               u"Ansattnr=employeeNumber"_s;
}

void TestColumnMapping::appliedTo()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, mapped);
    QCOMPARE(describe(standard().appliedTo(headers)), mapped);
}

void TestColumnMapping::fileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mapping.json"_s);
    QString error;
    QVERIFY2(standard().save(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"format").toString(), u"ditio-certs-column-mapping"_s);
    QCOMPARE(json.value(u"version").toInt(), 1);
    QCOMPARE(json.value(u"columns").toArray().at(1).toObject().value(u"field"), QJsonValue());
    QCOMPARE(json.value(u"columns").toArray().at(2).toObject().value(u"field").toString(),
             u"certificateType"_s);

    const std::optional<ColumnMapping> loaded = ColumnMapping::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, standard());
}

void TestColumnMapping::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not JSON") << QByteArray("Ansattnr;Kurs")
                              << u"it is not a column mapping saved by Ditio Certificates."_s;
    QTest::newRow("another JSON file")
            << QByteArray("{\"rows\": []}")
            << u"it is not a column mapping saved by Ditio Certificates."_s;
    QTest::newRow("newer version")
            << QByteArray("{\"format\": \"ditio-certs-column-mapping\", \"version\": 2, "
                          "\"columns\": []}")
            << u"it was saved by a newer version of Ditio Certificates."_s;
    QTest::newRow("unknown field")
            << QByteArray("{\"format\": \"ditio-certs-column-mapping\", \"version\": 1, "
                          "\"columns\": [{\"header\": \"Nr\", \"field\": \"employee\"}]}")
            << u"column 1 (\"Nr\") names the field \"employee\", which is not one of "
               u"employeeNumber, certificateType, certificateNumber, issuedDateTime, "
               u"validUntilDateTime, notes."_s;
    QTest::newRow("a field twice")
            << QByteArray("{\"format\": \"ditio-certs-column-mapping\", \"version\": 1, "
                          "\"columns\": [{\"header\": \"A\", \"field\": \"notes\"}, "
                          "{\"header\": \"B\", \"field\": \"notes\"}]}")
            << u"columns 1 and 2 both hold notes."_s;
}

void TestColumnMapping::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    QVERIFY(!ColumnMapping::load(path, &error));
    QCOMPARE(error, path + u" cannot be read: "_s + reason);

    QVERIFY(!ColumnMapping::load(dir.filePath(u"missing.json"_s), &error));
    QCOMPARE(error,
             dir.filePath(u"missing.json"_s) + u" cannot be opened: No such file or directory"_s);
}

void TestColumnMapping::diskFullKeepsTheOldFile_data()
{
    QTest::addColumn<qint64>("room"); // bytes the disk takes; -1: one byte short

    // A mapping file is a few hundred bytes: it fits Qt's 16 KB write buffer.
    QTest::newRow("full from the start") << qint64(0);
    QTest::newRow("full after 100 bytes") << qint64(100);
    QTest::newRow("one byte short") << qint64(-1);
}

void TestColumnMapping::diskFullKeepsTheOldFile()
{
#ifndef Q_OS_LINUX
    QSKIP("A full disk is made with setrlimit(RLIMIT_FSIZE), on Linux only.");
#else
    QFETCH(qint64, room);

    // A real file on a real disk, saved over while the disk fills up.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = u"Kolonner æøå.json"_s;
    const QString path = dir.filePath(name);
    QString error;
    const ColumnMapping old({u"Ansattnr"_s, u"Kurs"_s},
                            {Field::EmployeeNumber, Field::CertificateType});
    QVERIFY2(old.save(path, &error), qPrintable(error));
    QFile oldFile(path);
    QVERIFY(oldFile.open(QIODevice::ReadOnly));
    const QByteArray oldBytes = oldFile.readAll();
    oldFile.close();
    const QByteArray newBytes = QJsonDocument(standard().toJson()).toJson(QJsonDocument::Indented);
    const qint64 limit = room < 0 ? newBytes.size() + room : room;
    QVERIFY(limit < newBytes.size());

    bool saved = true;
    error.clear();
    if (!DitioTest::withFileSizeLimit(limit, [&] { saved = standard().save(path, &error); }))
        QSKIP("setrlimit(RLIMIT_FSIZE) failed");

    QVERIFY(!saved);
    // EFBIG stands in for ENOSPC ("No space left on device"): both come from write().
    QCOMPARE(error, QDir::toNativeSeparators(path) + u" cannot be written: File too large"_s);
    // The old file, byte for byte, and nothing next to it: no cut copy, no temporary file.
    QVERIFY(oldFile.open(QIODevice::ReadOnly));
    QCOMPARE(oldFile.readAll(), oldBytes);
    oldFile.close();
    QCOMPARE(DitioTest::folderEntries(dir.path()), QStringList {name});
    QCOMPARE(ColumnMapping::load(path, &error).value_or(ColumnMapping()), old);

    // With room again the same save goes through.
    QVERIFY2(standard().save(path, &error), qPrintable(error));
    QVERIFY(oldFile.open(QIODevice::ReadOnly));
    QCOMPARE(oldFile.readAll(), newBytes);
    QCOMPARE(DitioTest::folderEntries(dir.path()), QStringList {name});
#endif
}

void TestColumnMapping::memory()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ColumnMappingMemory memory(&settings);
    QVERIFY(!memory.recall(Headers));

    const QDateTime confirmed(QDate(2026, 11, 28), QTime(13, 5), Qt::UTC);
    memory.remember(standard(), confirmed);
    settings.sync();

    // Another process (a new settings object) finds it for the same layout,
    // written in another case.
    QSettings again(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const ColumnMappingMemory other(&again);
    QStringList sameLayout = Headers;
    sameLayout[0] = u"ANSATTNR"_s;
    const std::optional<ColumnMappingMemory::Remembered> remembered = other.recall(sameLayout);
    QVERIFY(remembered);
    QCOMPARE(remembered->confirmedAt, confirmed);
    QCOMPARE(remembered->mapping.headers(), sameLayout);
    QCOMPARE(remembered->mapping.field(0), Field::EmployeeNumber);
    QCOMPARE(remembered->mapping.field(1), std::nullopt);

    // Another layout is not mapped this way.
    QVERIFY(!other.recall({u"Ansattnr"_s, u"Kurs"_s, u"Utstedt"_s, u"Utløper"_s}));

    memory.forget(Headers);
    QVERIFY(!memory.recall(Headers));
}

void TestColumnMapping::layoutKey()
{
    const QString key = ColumnMappingMemory::layoutKey(Headers);
    QCOMPARE(key.size(), 32);
    QCOMPARE(ColumnMappingMemory::layoutKey(
                     {u"ansatt nr"_s, u"NAVN"_s, u"Kurs"_s, u"Utstedt"_s, u"Utløper"_s, QString()}),
             key);
    QVERIFY(ColumnMappingMemory::layoutKey(
                    {u"Navn"_s, u"Ansattnr"_s, u"Kurs"_s, u"Utstedt"_s, u"Utløper"_s})
            != key);
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
