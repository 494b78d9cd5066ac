// Killed during save: a child process (save_child) saves a large work file,
// or its recovery copy, over and over, and is killed with SIGKILL at a moment
// each data row picks. Whatever the moment, the file on disk is one complete
// document, the old one or the new one, never a cut or a mixed one; nothing
// left in the folder is taken for a work file; and the next open and save
// there work.

#include "childprocess.h"
#include "openfiles.h"
#include "savegenerations.h"
#include "session/recoverystore.h"
#include "testhelpers.h"
#include "workfile/workfile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

// Rows in the document the child saves: a file of 5 MB, so that a save takes
// a while (about 0.2 s in a debug build) and a kill can land in the middle of
// it, yet the test stays fast.
constexpr int Rows = 10000;
// The kill moment: this many milliseconds after the line waited for, or as
// soon as the child has a file open for writing in the folder (QSaveFile's
// temporary file, just created most often), or as soon as that file has
// bytes in it (part or all of the new document, not yet in place of the old).
constexpr int FileOpenForWriting = -1;
constexpr int PartWritten = -2;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<cannot read>");
}

// Everything in the folder but the names given.
QStringList othersIn(const QString &folder, const QStringList &expected)
{
    QStringList others = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                | QDir::NoDotAndDotDot);
    for (const QString &name : expected)
        others.removeAll(name);
    return others;
}

// The last "saved N" the child printed; 0 when none.
int lastSaved(const QList<QByteArray> &lines)
{
    int last = 0;
    for (const QByteArray &line : lines) {
        if (line.startsWith("saved "))
            last = std::max(last, line.mid(6).toInt());
    }
    return last;
}

// For the test log: "file open for writing, 1234 of 5678 bytes written",
// "no file open for writing".
QString writingState(qint64 size, qint64 fullSize)
{
    return size < 0 ? u"no file open for writing"_s
                    : u"file open for writing, %1 of %2 bytes written"_s.arg(size).arg(fullSize);
}

// Whether the moment can be made here: an open file is found through /proc.
bool canKillAt(int delay)
{
#ifdef Q_OS_LINUX
    Q_UNUSED(delay);
    return true;
#else
    return delay >= 0;
#endif
}

} // namespace

class TestSaveKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void killedWhileSavingAWorkFile_data();
    void killedWhileSavingAWorkFile();
    void killedWhileSavingARecoveryFile_data();
    void killedWhileSavingARecoveryFile();
    void staleTemporaryFilesAreHarmless();

private:
    // Rows for killing at each of `delays` after the child printed `after`.
    void addKillMoments(const QByteArray &after, const QList<int> &delays);
    // Starts save_child and kills it at the row's moment; *writingSize is
    // the size of the file it had open for writing just before, or -1.
    void startAndKill(ChildProcess &child, const QString &folder, qint64 *writingSize);
    // The file opens, and is byte for byte one whole generation: the last one
    // saved, or the next if the kill came after it replaced the file but
    // before "saved"; nothing in its folder but `keep` ends with its suffix.
    // *read is what was read.
    void checkAfterKill(const QString &path, int saved, const QString &documentPath,
                        const QStringList &keep, qint64 writingSize, WorkFile::ReadResult *read);

    RowStore m_rows;
};

void TestSaveKill::initTestCase()
{
    m_rows = manyRows(Rows);
}

void TestSaveKill::checkAfterKill(const QString &path, int saved, const QString &documentPath,
                                  const QStringList &keep, qint64 writingSize,
                                  WorkFile::ReadResult *read)
{
    const QByteArray bytes = readAll(path);
    *read = WorkFile::read(path);
    QVERIFY2(read->ok, qPrintable(read->errorString));
    QCOMPARE(read->document.rows.size(), Rows);
    const int onDisk = generationOf(read->document);
    QVERIFY2(onDisk == saved || onDisk == saved + 1,
             qPrintable(u"generation %1 on disk, %2 saved"_s.arg(onDisk).arg(saved)));
    QVERIFY2(
            bytes == WorkFile::serialize(savedGeneration(onDisk, m_rows, documentPath)),
            qPrintable(
                    u"%1 bytes on disk differ from generation %2"_s.arg(bytes.size()).arg(onDisk)));

    // What the kill left next to it (nothing where Linux gives QSaveFile an
    // unnamed temporary file): never a name the app would open as this kind.
    const QFileInfo info(path);
    const QStringList left = othersIn(info.path(), keep);
    qInfo("killed after %d complete saves, %s; on disk: generation %d; left in the folder: %s",
          saved, qPrintable(writingState(writingSize, bytes.size())), onDisk,
          left.isEmpty() ? "nothing" : qPrintable(left.join(u", "_s)));
    for (const QString &name : left)
        QVERIFY2(!name.endsWith(u'.' + info.suffix()), qPrintable(name));
}

void TestSaveKill::startAndKill(ChildProcess &child, const QString &folder, qint64 *writingSize)
{
    QFETCH(QByteArray, after);
    QFETCH(int, delay);

    QString error;
    QVERIFY2(child.start(&error), qPrintable(error));
    QVERIFY2(child.waitForLine(after, 20000, &error), qPrintable(error));
    if (delay < 0) {
        const qint64 atLeast = delay == PartWritten ? 1 : 0;
        const QDeadlineTimer deadline(20000);
        while (sizeOfFileOpenForWriting(child.processId(), folder) < atLeast) {
            QVERIFY2(child.isRunning() && !deadline.hasExpired(), qPrintable(child.describe()));
            child.waitForOutput(0);
        }
    } else {
        const QDeadlineTimer deadline(delay);
        while (!deadline.hasExpired() && child.isRunning())
            child.waitForOutput(int(deadline.remainingTime()));
    }
    *writingSize = sizeOfFileOpenForWriting(child.processId(), folder);
    QVERIFY2(child.kill(), qPrintable(child.describe()));
}

void TestSaveKill::addKillMoments(const QByteArray &after, const QList<int> &delays)
{
    for (int delay : delays) {
        const QByteArray moment = delay == FileOpenForWriting ? "file open for writing"
                : delay == PartWritten                        ? "part of the new file written"
                                                              : QByteArray::number(delay) + " ms";
        QTest::addRow("%s after %s", moment.constData(), after.constData()) << after << delay;
    }
}

void TestSaveKill::killedWhileSavingAWorkFile_data()
{
    QTest::addColumn<QByteArray>("after"); // a line the child prints
    QTest::addColumn<int>("delay");

    addKillMoments("ready", {0, 50, 120, 300, FileOpenForWriting, PartWritten});
    addKillMoments("saved 1", {0, FileOpenForWriting, PartWritten});
    addKillMoments("saved 2", {PartWritten});
}

void TestSaveKill::killedWhileSavingAWorkFile()
{
    QFETCH(int, delay);
    if (!canKillAt(delay))
        QSKIP("Open files are found through /proc, on Linux only.");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"site.ditiocerts"_s);
    QVERIFY(WorkFile::write(path, savedGeneration(0, m_rows)).ok());

    ChildProcess child(QStringLiteral(DITIO_SAVE_CHILD),
                       {u"workfile"_s, path, QString::number(Rows)});
    qint64 writingSize = -1;
    startAndKill(child, dir.path(), &writingSize);
    if (QTest::currentTestFailed())
        return;
    const int saved = lastSaved(child.lines());

    WorkFile::ReadResult read;
    checkAfterKill(path, saved, QString(), {u"site.ditiocerts"_s}, writingSize, &read);
    if (QTest::currentTestFailed())
        return;

    // The user opens the file and saves again: no "changed on disk" question,
    // and the new content is what reads back.
    const QStringList left = othersIn(dir.path(), {u"site.ditiocerts"_s});
    WorkDocument next;
    next.rows = {validRow(u"1042"_s)};
    const WorkFile::SaveResult again = WorkFile::write(path, next, read.contentHash);
    QVERIFY2(again.ok(), qPrintable(again.errorString));
    const WorkFile::ReadResult reread = WorkFile::read(path);
    QVERIFY2(reread.ok, qPrintable(reread.errorString));
    QCOMPARE(tableText(reread.document.rows), tableText(next.rows));
    QCOMPARE(othersIn(dir.path(), {u"site.ditiocerts"_s}), left);
}

void TestSaveKill::killedWhileSavingARecoveryFile_data()
{
    // From the first save on, as the app has one once it is autosaving.
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("delay");

    addKillMoments("saved 1", {0, 60, 150, FileOpenForWriting, PartWritten});
}

void TestSaveKill::killedWhileSavingARecoveryFile()
{
    QFETCH(int, delay);
    if (!canKillAt(delay))
        QSKIP("Open files are found through /proc, on Linux only.");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"recovery"_s);

    ChildProcess child(QStringLiteral(DITIO_SAVE_CHILD),
                       {u"recovery"_s, folder, QString::number(Rows)});
    QString file;
    qint64 writingSize = -1;
    startAndKill(child, folder, &writingSize);
    if (QTest::currentTestFailed())
        return;
    for (const QByteArray &line : child.lines()) {
        if (line.startsWith("file "))
            file = QString::fromUtf8(line.mid(5));
    }
    QVERIFY2(!file.isEmpty(), qPrintable(child.describe()));
    const int saved = lastSaved(child.lines());
    QVERIFY(saved >= 1);

    // The next start finds it, whole: the last generation saved or the next.
    RecoveryStore next(folder);
    const QList<RecoveryStore::Orphan> orphans = next.orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().path, file);
    QCOMPARE(orphans.first().rows, Rows);
    QCOMPARE(orphans.first().documentPath, recoveredDocumentPath());
    const QString name = QFileInfo(file).fileName();
    WorkFile::ReadResult read;
    checkAfterKill(file, saved, recoveredDocumentPath(), {name, name + u".lock"_s}, writingSize,
                   &read);
    if (QTest::currentTestFailed())
        return;

    // The new session autosaves in the same folder; restoring (or declining)
    // the orphan removes it and its lock.
    WorkDocument mine;
    mine.rows = {validRow(u"1042"_s)};
    QString error;
    QVERIFY2(next.save(mine, &error), qPrintable(error));
    QCOMPARE(tableText(WorkFile::read(next.sessionFile()).document.rows), tableText(mine.rows));
    RecoveryStore::removeOrphan(file);
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(file + u".lock"_s));
    QCOMPARE(RecoveryStore(folder).orphans().size(), 0);
}

void TestSaveKill::staleTemporaryFilesAreHarmless()
{
    // Where QSaveFile cannot use an unnamed temporary file, or a kill comes
    // between naming it and renaming it, a cut copy is left under the final
    // name plus six random characters. None of it is opened, restored or
    // removed by the app, and saving and opening go on working.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"site.ditiocerts"_s);
    const QByteArray whole = WorkFile::serialize(savedGeneration(0, m_rows.mid(0, 100)));
    QVERIFY(WorkFile::write(path, savedGeneration(0, m_rows.mid(0, 100))).ok());
    const QString stale = path + u".aB3dE9"_s;
    QFile staleFile(stale);
    QVERIFY(staleFile.open(QIODevice::WriteOnly));
    staleFile.write(whole.left(whole.size() / 2));
    staleFile.close();

    const WorkFile::ReadResult read = WorkFile::read(path);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(read.document.rows.size(), 100);
    const WorkFile::SaveResult saved =
            WorkFile::write(path, savedGeneration(1, m_rows.mid(0, 100)), read.contentHash);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString));
    QCOMPARE(generationOf(WorkFile::read(path).document), 1);
    QCOMPARE(readAll(stale), whole.left(whole.size() / 2));

    // The same next to a recovery file: it is not an orphan to offer.
    const QString folder = dir.filePath(u"recovery"_s);
    {
        RecoveryStore gone(folder);
        QVERIFY(gone.save(savedGeneration(2, m_rows.mid(0, 100), recoveredDocumentPath())));
        const QString staleRecovery = gone.sessionFile() + u".xY7pQ2"_s;
        QVERIFY(QFile::copy(stale, staleRecovery));
    }
    const QList<RecoveryStore::Orphan> orphans = RecoveryStore(folder).orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(generationOf(WorkFile::read(orphans.first().path).document), 2);
    RecoveryStore::removeOrphan(orphans.first().path);
    QCOMPARE(othersIn(folder, {}).size(), 1); // the stale copy, left alone
    QVERIFY(othersIn(folder, {}).first().endsWith(u".ditiocerts-recovery.xY7pQ2"_s));
}

QTEST_GUILESS_MAIN(TestSaveKill)
#include "tst_savekill.moc"
