// RecoveryJournal: every kind of edit appended to the journal beside a
// recovery snapshot is replayed onto it as the table made it; a journal cut
// anywhere inside its last record restores the table as it was before that
// edit; the chain of journals across a compaction restores every edit, and a
// journal its snapshot already holds is never replayed twice.

#include "editscript.h"
#include "filesizelimit.h"
#include "model/certificatetableeditor.h"
#include "model/certificatetablemodel.h"
#include "session/autosaver.h"
#include "session/recoveryjournal.h"
#include "session/recoverystore.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

// Rows of every kind: typed, imported with the file's own texts and a
// formula, uploaded, rejected, blank.
RowStore initialRows()
{
    CertificateRow typed = makeRow(u"1042"_s, u"Byggekort"_s, u"BK-1"_s, u"15.01.2026"_s,
                                   u"15.01.2030"_s, u"Kurs"_s);
    CertificateRow imported =
            makeRow(u"1043"_s, u"Kranførerbevis"_s, QString(), u"2025-06-01"_s, u"01.06.2030"_s);
    imported.sourceRow = 14;
    imported.setSourceText(Field::IssuedDate, u"45809"_s);
    imported.setFromFormula(Field::CertificateNumber, true);
    CertificateRow uploaded =
            makeRow(u"1044"_s, u"Byggekort"_s, u"FH-1"_s, u"1.2.2024"_s, u"1.2.2030"_s);
    uploaded.uploadState = UploadState::Uploaded;
    uploaded.uploadedAt = QDateTime(QDate(2026, 11, 27), QTime(14, 3, 7, 250), QTimeZone::utc());
    CertificateRow rejected = makeRow(u"1045"_s, u"Ukjent"_s, u"X-1"_s);
    rejected.uploadState = UploadState::Rejected;
    rejected.uploadMessage = u"Certificate type 'Ukjent' does not exist"_s;
    return {typed, imported, uploaded, rejected, CertificateRow()};
}

// What a restore must give for the table: a row in flight comes back Unconfirmed.
RowStore restoredForm(RowStore rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).uploadState == UploadState::Sending)
            rows[i].uploadState = UploadState::Unconfirmed;
    }
    return rows;
}

// The window's editing core and its autosave, without a window.
struct Session
{
    explicit Session(const QString &folder) : store(folder), autosaver(&model, &store)
    {
        model.setUndoStack(&stack);
        autosaver.setDelay(10);
        autosaver.setDocumentInfo([this] {
            WorkDocument document;
            document.documentPath = documentPath;
            document.sourcePath = u"/home/anna/Sertifikater.csv"_s;
            document.sourceFormat = u"csv"_s;
            return document;
        });
        QObject::connect(&autosaver, &Autosaver::snapshotStarted, &autosaver,
                         [this] { ++snapshots; });
    }
    bool apply(const QString &line)
    {
        QString error;
        const bool ok = EditScript::apply(line, model, editor, stack, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
    // Until the journal is synced and no snapshot is being written.
    bool waitUntilSaved()
    {
        return QTest::qWaitFor([this] { return !autosaver.isPending(); });
    }

    CertificateTableModel model;
    QUndoStack stack;
    CertificateTableEditor editor {&model, &stack};
    RecoveryStore store;
    Autosaver autosaver;
    QString documentPath = u"/home/anna/site.ditiocerts"_s;
    int snapshots = 0;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

WorkDocument snapshotOf(const RowStore &rows, quint64 generation)
{
    WorkDocument document;
    document.rows = rows;
    document.documentPath = u"/home/anna/site.ditiocerts"_s;
    document.recoveryGeneration = generation;
    return document;
}

} // namespace

class TestRecoveryJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyKindOfEdit_data();
    void everyKindOfEdit();
    void manyEditsAcrossCompactions();
    void aFailedWriteFallsBackToASnapshot();
    void aChainAcrossAnUnfinishedCompaction();
    void aJournalItsSnapshotHoldsIsNotReplayed();
    void aChainEndsAtAJournalWithoutItsNext();
    void anotherGenerationsJournalIsIgnored();
    void aDamagedRecordEndsTheReplay();
    void orphansCountTheJournal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void TestRecoveryJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(u"recovery"_s);
}

void TestRecoveryJournal::cleanup()
{
    m_dir.reset();
}

void TestRecoveryJournal::everyKindOfEdit_data()
{
    QTest::addColumn<QString>("script"); // EditScript, applied after the first snapshot
    QTest::addColumn<QString>("renamedTo"); // the document saved elsewhere before the last line
    QTest::addColumn<bool>("lastIsOneRecord"); // cut inside it: the table before it

    QTest::newRow("a typed cell") << u"set\t0\t0\t2042"_s << QString() << true;
    QTest::newRow("an edit forgets the upload result")
            << u"set\t2\t5\tNy merknad"_s << QString() << true;
    QTest::newRow("a date, in the file's own text's row")
            << u"set\t1\t3\t01.06.2025"_s << QString() << true;
    QTest::newRow("a paste over many cells")
            << u"paste\t0\t1\tTruck\tT-9\t01.01.2026\t01.01.2031"_s << QString() << true;
    QTest::newRow("undo and redo")
            << u"set\t0\t0\tx\nset\t0\t1\ty\nundo\nundo\nredo"_s << QString() << true;
    QTest::newRow("rows inserted") << u"insert\t1\t3\nset\t2\t0\t2000"_s << QString() << true;
    QTest::newRow("rows inserted at the end") << u"insert\t5\t2"_s << QString() << true;
    QTest::newRow("rows appended by a paste")
            << u"paste\t5\t0\t1050\tTruck\nset\t5\t2\tT-1"_s << QString() << true;
    QTest::newRow("rows removed, apart") << u"remove\t0,2,4"_s << QString() << false;
    QTest::newRow("a removal undone brings back sources and results")
            << u"remove\t1,2,3\nundo"_s << QString() << false;
    QTest::newRow("a removal undone, then edited")
            << u"remove\t1\nundo\nset\t1\t0\t9\nremove\t3"_s << QString() << true;
    QTest::newRow("fill down") << u"filldown\t1\t0,1,2,3"_s << QString() << true;
    QTest::newRow("replace all") << u"replace\tByggekort\tBK"_s << QString() << true;
    QTest::newRow("upload results")
            << u"upload\t0\tuploaded\nupload\t1\trejected\tIkke godkjent: \\\"æøå\\\" \\u0001\n"
               u"upload\t3\tunconfirmed"_s
            << QString() << true;
    QTest::newRow("upload results with their environment")
            << u"upload\t0\tuploaded\t\tproduction\nupload\t1\trejected\tNei\ttest\n"
               u"upload\t3\tunconfirmed\t\tsandbox"_s
            << QString() << true;
    QTest::newRow("an uploaded row edited keeps where it went")
            << u"upload\t0\tuploaded\t\ttest\nset\t0\t5\tendret"_s << QString() << true;
    QTest::newRow("a row in flight, edited: it stays in flight")
            << u"upload\t0\tsending\nset\t0\t5\tendret"_s << QString() << true;
    QTest::newRow("texts with escapes")
            << u"set\t0\t5\tlinje 1\\nlinje 2\\t\\\"sitat\\\" \\\\ \\u0001 \\ud83d\\ude00 \\ud800"_s
            << QString() << true;
    QTest::newRow("a long text") << u"set\t0\t5\t"_s + QString(40000, u'ø') << QString() << true;
    QTest::newRow("saved under another name meanwhile")
            << u"set\t0\t0\t1\nset\t0\t0\t2"_s << u"/home/anna/ny.ditiocerts"_s << true;
    QString mixed;
    {
        // The generated sequence the kill tests use, on this table.
        CertificateTableModel model;
        QUndoStack stack;
        model.setUndoStack(&stack);
        CertificateTableEditor editor(&model, &stack);
        model.setRows(initialRows());
        for (int k = 1; k <= 300; ++k) {
            const QString line = EditScript::generated(k, model.rowCount());
            QVERIFY(EditScript::apply(line, model, editor, stack));
            mixed += line + u'\n';
        }
    }
    QTest::newRow("300 generated edits") << mixed << QString() << false;
}

void TestRecoveryJournal::everyKindOfEdit()
{
    QFETCH(QString, script);
    QFETCH(QString, renamedTo);
    QFETCH(bool, lastIsOneRecord);

    Session session(m_folder);
    QSignalSpy saved(&session.autosaver, &Autosaver::saved);
    session.model.setRows(initialRows());
    QVERIFY(saved.wait(5000)); // the first snapshot
    QCOMPARE(session.snapshots, 1);
    const QString file = session.store.sessionFile();
    const QByteArray snapshot = readAll(file);

    QStringList lines = script.split(u'\n', Qt::SkipEmptyParts);
    const QString last = lines.takeLast();
    for (const QString &line : std::as_const(lines))
        QVERIFY(session.apply(line));
    if (!renamedTo.isEmpty()) {
        session.documentPath = renamedTo;
        session.autosaver.documentInfoChanged();
    }
    const RowStore before = restoredForm(session.model.rows());
    const qint64 beforeBytes = session.autosaver.journalBytes();
    QVERIFY(session.apply(last));
    const qint64 afterBytes = session.autosaver.journalBytes();
    QVERIFY(session.waitUntilSaved());

    // Each edit went to the journal: the snapshot was not written again.
    QCOMPARE(session.snapshots, 1);
    QCOMPARE(readAll(file), snapshot);
    QVERIFY(afterBytes > beforeBytes);
    const RowStore after = restoredForm(session.model.rows());
    const WorkFile::ReadResult restored = RecoveryStore::read(file);
    QVERIFY2(restored.ok, qPrintable(restored.errorString));
    QCOMPARE(tableText(restored.document.rows), tableText(after));
    QVERIFY(restored.document.rows == after);
    // Where an upload went is restored with it.
    int withEnvironment = 0;
    for (const CertificateRow &row : restored.document.rows)
        withEnvironment += row.uploadedTo != 0;
    QCOMPARE(withEnvironment > 0,
             script.contains(u"\ttest"_s) || script.contains(u"\tproduction"_s)
                     || script.contains(u"\tsandbox"_s));
    QCOMPARE(restored.document.documentPath, session.documentPath);
    QCOMPARE(restored.document.sourcePath, u"/home/anna/Sertifikater.csv"_s);

    if (!lastIsOneRecord)
        return;
    // The journal cut at every byte of its last record, as a kill during its
    // write leaves it: the table before that edit, never a broken one.
    const QStringList journals = RecoveryStore::journalsOf(file);
    QCOMPARE(journals.size(), 1);
    const QByteArray journal = readAll(journals.first());
    QCOMPARE(journal.size(), afterBytes);
    const QString copyFolder = m_dir->filePath(u"cut"_s);
    QVERIFY(QDir().mkpath(copyFolder));
    const QString copy = copyFolder + u'/' + QFileInfo(file).fileName();
    QVERIFY(writeAll(copy, snapshot));
    const QString copyJournal = copyFolder + u'/' + QFileInfo(journals.first()).fileName();
    // Long records are cut at a sample of places, short ones everywhere.
    const qint64 step = std::max<qint64>(1, (afterBytes - beforeBytes) / 500);
    for (qint64 cut = beforeBytes; cut < afterBytes; cut += step) {
        QVERIFY(writeAll(copyJournal, journal.left(cut)));
        const WorkFile::ReadResult read = RecoveryStore::read(copy);
        QVERIFY2(read.ok, qPrintable(read.errorString));
        QVERIFY2(read.document.rows == before,
                 qPrintable(u"cut at %1 of %2..%3"_s.arg(cut).arg(beforeBytes).arg(afterBytes)));
    }
    QVERIFY(writeAll(copyJournal, journal));
    QVERIFY(RecoveryStore::read(copy).document.rows == after);
}

void TestRecoveryJournal::manyEditsAcrossCompactions()
{
    // A small bound: the journal is compacted again and again while edits go
    // on, each compaction a new snapshot in the background.
    Session session(m_folder);
    session.autosaver.setCompactionBytes(4000);
    QSignalSpy saved(&session.autosaver, &Autosaver::saved);
    session.model.setRows(initialRows());
    QVERIFY(saved.wait(5000));
    for (int k = 1; k <= 3000; ++k) {
        QVERIFY(session.apply(EditScript::generated(k, session.model.rowCount())));
        if (k % 20 == 0)
            QTest::qWait(1);
    }
    QVERIFY(session.waitUntilSaved());
    QVERIFY2(session.snapshots >= 4, qPrintable(QString::number(session.snapshots)));
    const QString file = session.store.sessionFile();
    const WorkFile::ReadResult restored = RecoveryStore::read(file);
    QVERIFY2(restored.ok, qPrintable(restored.errorString));
    QCOMPARE(tableText(restored.document.rows), tableText(restoredForm(session.model.rows())));
    // Only the journal of the last snapshot is left.
    QCOMPARE(RecoveryStore::journalsOf(file).size(), 1);
    QCOMPARE(RecoveryStore::journalsOf(file).first(),
             RecoveryJournal::pathFor(file, quint64(session.snapshots)));

    // After a save nothing is left to recover.
    session.autosaver.clear();
    QVERIFY(!QFile::exists(file));
    QCOMPARE(RecoveryStore::journalsOf(file), QStringList());
}

void TestRecoveryJournal::aFailedWriteFallsBackToASnapshot()
{
#ifndef Q_OS_LINUX
    QSKIP("A full disk is made with setrlimit(RLIMIT_FSIZE), on Linux only.");
#else
    Session session(m_folder);
    QSignalSpy saved(&session.autosaver, &Autosaver::saved);
    QSignalSpy failed(&session.autosaver, &Autosaver::failed);
    session.model.setRows(initialRows());
    QVERIFY(saved.wait(5000));
    QVERIFY(session.apply(u"set\t0\t0\t1"_s));
    const qint64 bytes = session.autosaver.journalBytes();
    // The disk fills in the middle of the next record.
    bool limited = false;
    {
        FileSizeLimit full(bytes + 10);
        limited = full.isActive();
        session.apply(u"set\t0\t5\tthis record does not fit on the disk"_s);
    }
    if (!limited)
        QSKIP("setrlimit(RLIMIT_FSIZE) failed");
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"File too large"_s),
             qPrintable(failed.first().first().toString()));
    // The journal ends at its last whole record: the edit before.
    const QString file = session.store.sessionFile();
    QCOMPARE(RecoveryStore::read(file).document.rows.at(0).text(Field::EmployeeNumber), u"1"_s);
    QCOMPARE(RecoveryStore::read(file).document.rows.at(0).text(Field::Notes), u"Kurs"_s);

    // With room again, a snapshot takes over and journaling goes on.
    QVERIFY(session.apply(u"set\t1\t0\t2"_s));
    QVERIFY(session.waitUntilSaved());
    QCOMPARE(session.snapshots, 2);
    QVERIFY(session.apply(u"set\t1\t0\t3"_s));
    QVERIFY(session.waitUntilSaved());
    QCOMPARE(session.snapshots, 2);
    QVERIFY(RecoveryStore::read(file).document.rows == restoredForm(session.model.rows()));
#endif
}

void TestRecoveryJournal::aChainAcrossAnUnfinishedCompaction()
{
    // Killed while snapshot 2 was written: snapshot 1, its journal (ending by
    // naming journal 2) and journal 2 are on disk. Both are replayed.
    RecoveryStore store(m_folder);
    const QString file = store.sessionFile();
    QVERIFY(store.save(snapshotOf(initialRows(), 1)));
    RecoveryJournal first;
    QVERIFY(first.open(RecoveryJournal::pathFor(file, 1), 1));
    QVERIFY(first.appendCells({{0, Field::Notes, {}, u"one"_s}}, true));
    RowStore inserted {validRow(u"2000"_s)};
    QVERIFY(first.appendInsert(inserted, 0, 1));
    QVERIFY(first.appendNextAndClose(2));
    RecoveryJournal second;
    QVERIFY(second.open(RecoveryJournal::pathFor(file, 2), 2));
    QVERIFY(second.appendCells({{1, Field::Notes, {}, u"two"_s}}, true));
    QVERIFY(second.appendRemove(5, 1));
    second.close();

    const WorkFile::ReadResult read = RecoveryStore::read(file);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(read.document.rows.size(), 5);
    QCOMPARE(read.document.rows.at(0).text(Field::EmployeeNumber), u"2000"_s);
    QCOMPARE(read.document.rows.at(1).text(Field::Notes), u"two"_s);
    QCOMPARE(read.document.rows.at(1).text(Field::EmployeeNumber), u"1042"_s);
    QCOMPARE(read.document.rows.at(4).text(Field::EmployeeNumber), u"1045"_s);
}

void TestRecoveryJournal::aJournalItsSnapshotHoldsIsNotReplayed()
{
    // Killed after snapshot 2 replaced snapshot 1, before journal 1 was
    // removed: its insert is in snapshot 2 already and must not come twice.
    RecoveryStore store(m_folder);
    const QString file = store.sessionFile();
    RowStore rows = initialRows();
    RecoveryJournal first;
    QVERIFY(first.open(RecoveryJournal::pathFor(file, 1), 1));
    QVERIFY(first.appendInsert(RowStore {validRow(u"2000"_s)}, 0, 1));
    QVERIFY(first.appendNextAndClose(2));
    rows.insert(0, RowStore {validRow(u"2000"_s)});
    QVERIFY(store.save(snapshotOf(rows, 2)));
    RecoveryJournal second;
    QVERIFY(second.open(RecoveryJournal::pathFor(file, 2), 2));
    QVERIFY(second.appendCells({{0, Field::Notes, {}, u"after"_s}}, true));
    second.close();

    const WorkFile::ReadResult read = RecoveryStore::read(file);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(read.document.rows.size(), 6);
    QCOMPARE(read.document.rows.at(0).text(Field::Notes), u"after"_s);
    QCOMPARE(read.document.rows.at(1).text(Field::EmployeeNumber), u"1042"_s);
    // Restored or declined, every journal goes with it.
    QCOMPARE(RecoveryStore::journalsOf(file).size(), 2);
    store.discard();
    QCOMPARE(RecoveryStore::journalsOf(file), QStringList());
    QVERIFY(!QFile::exists(file));
}

void TestRecoveryJournal::aChainEndsAtAJournalWithoutItsNext()
{
    // A journal whose write failed ends without naming the next: the journal
    // after it continues a table no restore can rebuild, and is not replayed.
    RecoveryStore store(m_folder);
    const QString file = store.sessionFile();
    QVERIFY(store.save(snapshotOf(initialRows(), 1)));
    RecoveryJournal first;
    QVERIFY(first.open(RecoveryJournal::pathFor(file, 1), 1));
    QVERIFY(first.appendCells({{0, Field::Notes, {}, u"kept"_s}}, true));
    first.close();
    RecoveryJournal second;
    QVERIFY(second.open(RecoveryJournal::pathFor(file, 2), 2));
    QVERIFY(second.appendRemove(0, 5));
    second.close();
    const WorkFile::ReadResult read = RecoveryStore::read(file);
    QCOMPARE(read.document.rows.size(), 5);
    QCOMPARE(read.document.rows.at(0).text(Field::Notes), u"kept"_s);
}

void TestRecoveryJournal::anotherGenerationsJournalIsIgnored()
{
    RecoveryStore store(m_folder);
    const QString file = store.sessionFile();
    QVERIFY(store.save(snapshotOf(initialRows(), 3)));
    // Named for generation 3, written for 2: not this snapshot's.
    RecoveryJournal journal;
    QVERIFY(journal.open(RecoveryJournal::pathFor(file, 3), 2));
    QVERIFY(journal.appendRemove(0, 5));
    journal.close();
    QCOMPARE(RecoveryStore::read(file).document.rows.size(), 5);
    // A snapshot without a generation (version 1, or written whole) has no journal.
    QVERIFY(store.save(snapshotOf(initialRows(), 0)));
    QVERIFY(journal.open(RecoveryJournal::pathFor(file, 0), 0));
    QVERIFY(journal.appendRemove(0, 5));
    journal.close();
    QCOMPARE(RecoveryStore::read(file).document.rows.size(), 5);
}

void TestRecoveryJournal::aDamagedRecordEndsTheReplay()
{
    RecoveryStore store(m_folder);
    const QString file = store.sessionFile();
    QVERIFY(store.save(snapshotOf(initialRows(), 1)));
    const QString path = RecoveryJournal::pathFor(file, 1);
    RecoveryJournal journal;
    QVERIFY(journal.open(path, 1));
    QVERIFY(journal.appendCells({{0, Field::Notes, {}, u"first"_s}}, true));
    journal.close();
    const QByteArray good = readAll(path);
    for (const QByteArray &bad :
         {QByteArray("[\"set\",99,0,\"no such row\"]\n"), QByteArray("[\"set\",0,6,\"x\"]\n"),
          QByteArray("[\"remove\",4,2]\n"),
          QByteArray("[\"insert\",0,2]\n[\"1\",\"\",\"\",\"\",\"\",\"\",0]\n"),
          QByteArray("[\"upload\",0,\"lost\",\"\",\"\"]\n"), QByteArray("[\"what\"]\n"),
          QByteArray("{\"set\":1}\n"), QByteArray("[\"set\",0,0,\"x\"] x\n")}) {
        QVERIFY(writeAll(path, good + bad + "[\"set\",0,5,\"after\"]\n"));
        const WorkFile::ReadResult read = RecoveryStore::read(file);
        QVERIFY2(read.ok, qPrintable(read.errorString));
        QVERIFY2(read.document.rows.size() == 5, bad.constData());
        QVERIFY2(read.document.rows.at(0).text(Field::Notes) == u"first"_s, bad.constData());
    }
}

void TestRecoveryJournal::orphansCountTheJournal()
{
    QString file;
    {
        RecoveryStore gone(m_folder);
        file = gone.sessionFile();
        QVERIFY(gone.save(snapshotOf(initialRows(), 1)));
        RecoveryJournal journal;
        QVERIFY(journal.open(RecoveryJournal::pathFor(file, 1), 1));
        QVERIFY(journal.appendInsert(initialRows(), 0, 3));
        QVERIFY(journal.appendDocumentInfo(snapshotOf({}, 0)));
        journal.close();
    }
    // A journal whose snapshot never arrived (killed before it was in place).
    const QString lonely = m_folder + u"/0a1b.ditiocerts-recovery.4.journal"_s;
    QVERIFY(writeAll(lonely, "{}\n"));
    QFile snapshot(file);
    QVERIFY(snapshot.open(QIODevice::ReadWrite));
    QVERIFY(snapshot.setFileTime(QDateTime::currentDateTime().addSecs(-600),
                                 QFileDevice::FileModificationTime));
    snapshot.close();
    const QList<RecoveryStore::Orphan> orphans = RecoveryStore(m_folder).orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().rows, 8);
    QCOMPARE(orphans.first().documentPath, u"/home/anna/site.ditiocerts"_s);
    // Saved when the last edit reached the journal.
    QVERIFY(orphans.first().savedAt > QDateTime::currentDateTime().addSecs(-60));
    QVERIFY(!QFile::exists(lonely));
    QCOMPARE(RecoveryStore::journalsOf(file).size(), 1);
    // Restored or declined: the journal and the lock go with it.
    RecoveryStore::removeOrphan(file);
    QCOMPARE(folderEntries(m_folder), QStringList());
}

QTEST_GUILESS_MAIN(TestRecoveryJournal)
#include "tst_recoveryjournal.moc"
