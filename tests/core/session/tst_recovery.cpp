// Crash recovery: RecoveryStore and Autosaver. A running app owns its recovery
// file; after a crash (here: a child process killed with SIGKILL) the next
// start finds the file, and the table in it is the table that was on screen.

#include "childprocess.h"
#include "editscript.h"
#include "model/certificatetableeditor.h"
#include "session/autosaver.h"
#include "session/recoverystore.h"
#include "testhelpers.h"
#include "workfile/workfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

WorkDocument documentOf(const QList<CertificateRow> &rows, const QString &documentPath = {})
{
    WorkDocument document;
    document.rows = rows;
    document.documentPath = documentPath;
    return document;
}

// The recovery_child process: applies a script, autosaves, waits to be killed.
class Child
{
public:
    Child(const QString &folder, const QString &script, const QString &documentPath = {})
        : m_process(QStringLiteral(DITIO_RECOVERY_CHILD), arguments(folder, script, documentPath))
    { }

    bool startAndWaitForAutosave(QString *error)
    {
        return m_process.start(error) && m_process.waitForLine("autosaved", 30000, error);
    }
    bool kill() { return m_process.kill(); }
    bool isRunning() const { return m_process.isRunning(); }

private:
    // Writes the script next to the folder for the child to read.
    static QStringList arguments(const QString &folder, const QString &script,
                                 const QString &documentPath)
    {
        const QString scriptFile = QDir::cleanPath(folder + u"/../script.txt"_s);
        QFile file(scriptFile);
        if (file.open(QIODevice::WriteOnly))
            file.write(script.toUtf8());
        QStringList arguments {folder, scriptFile};
        if (!documentPath.isEmpty())
            arguments.append(documentPath);
        return arguments;
    }

    ChildProcess m_process;
};

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aRunningSessionIsNoOrphan();
    void aSessionGoneWithoutDiscardLeavesAnOrphan();
    void discardRemovesTheFile();
    void unreadableOrEmptyOrphansAreCleanedUp();
    void aSecondStoreSeesTheFirstOnlyAfterItsProcessIsGone();
    void killedChildLeavesTheTableItHad_data();
    void killedChildLeavesTheTableItHad();
    void autosaverWritesWithinTwoSeconds();
    void autosaverReportsAnUnwritableFolder();
    void autosaverClearRemovesTheFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void TestRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(u"recovery"_s);
}

void TestRecovery::cleanup()
{
    m_dir.reset();
}

void TestRecovery::aRunningSessionIsNoOrphan()
{
    RecoveryStore first(m_folder);
    QString error;
    QVERIFY2(first.save(documentOf({validRow(u"1042"_s)}), &error), qPrintable(error));
    QVERIFY(QFile::exists(first.sessionFile()));
    QVERIFY(first.sessionFile().startsWith(m_folder + u'/'));

    // Another window of the app, or a second app, in the same folder.
    RecoveryStore second(m_folder);
    QCOMPARE(second.orphans().size(), 0);
    // Its own file is never its orphan either.
    QCOMPARE(first.orphans().size(), 0);
    // Both files live side by side.
    QVERIFY(second.save(documentOf({validRow(u"2000"_s)})));
    QVERIFY(first.sessionFile() != second.sessionFile());
    QCOMPARE(RecoveryStore(m_folder).orphans().size(), 0);
}

void TestRecovery::aSessionGoneWithoutDiscardLeavesAnOrphan()
{
    const QList<CertificateRow> rows {validRow(u"1042"_s), validRow(u"1043"_s, u"Truck"_s)};
    QString file;
    {
        RecoveryStore gone(m_folder);
        QVERIFY(gone.save(documentOf(rows, u"/home/anna/site.ditiocerts"_s)));
        file = gone.sessionFile();
    }
    QVERIFY(QFile::exists(file));
    RecoveryStore next(m_folder);
    const QList<RecoveryStore::Orphan> orphans = next.orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().path, file);
    QCOMPARE(orphans.first().rows, 2);
    QCOMPARE(orphans.first().documentPath, u"/home/anna/site.ditiocerts"_s);
    QVERIFY(orphans.first().savedAt.isValid());
    const WorkFile::ReadResult read = WorkFile::read(orphans.first().path);
    QVERIFY(read.ok);
    QCOMPARE(tableText(read.document.rows), tableText(rows));

    // Restored or declined: gone for good, lock included.
    RecoveryStore::removeOrphan(orphans.first().path);
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(file + u".lock"_s));
    QCOMPARE(next.orphans().size(), 0);
}

void TestRecovery::discardRemovesTheFile()
{
    RecoveryStore store(m_folder);
    QVERIFY(store.save(documentOf({validRow(u"1042"_s)})));
    const QString file = store.sessionFile();
    store.discard();
    QVERIFY(!QFile::exists(file));
    // Saving again after a discard works (the next edit after a save).
    QVERIFY(store.save(documentOf({validRow(u"1043"_s)})));
    QVERIFY(QFile::exists(file));
    store.discard();
    QCOMPARE(RecoveryStore(m_folder).orphans().size(), 0);
}

void TestRecovery::unreadableOrEmptyOrphansAreCleanedUp()
{
    QVERIFY(QDir().mkpath(m_folder));
    const QString garbage = m_folder + u"/garbage.ditiocerts-recovery"_s;
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    {
        RecoveryStore empty(m_folder);
        QVERIFY(empty.save(documentOf({})));
    }
    // Files of other kinds in the folder are left alone.
    const QString other = m_folder + u"/notes.txt"_s;
    QFile otherFile(other);
    QVERIFY(otherFile.open(QIODevice::WriteOnly));
    otherFile.close();

    QCOMPARE(RecoveryStore(m_folder).orphans().size(), 0);
    QVERIFY(!QFile::exists(garbage));
    QVERIFY(QFile::exists(other));
    QCOMPARE(QDir(m_folder).entryList({u"*.ditiocerts-recovery"_s}, QDir::Files), QStringList());
}

void TestRecovery::aSecondStoreSeesTheFirstOnlyAfterItsProcessIsGone()
{
    Child child(m_folder, u"insert\t0\t1\nset\t0\t0\t1042\n"_s);
    QString error;
    QVERIFY2(child.startAndWaitForAutosave(&error), qPrintable(error));
    QCOMPARE(QDir(m_folder).entryList({u"*.ditiocerts-recovery"_s}, QDir::Files).size(), 1);
    // Alive: its file is its own.
    QCOMPARE(RecoveryStore(m_folder).orphans().size(), 0);
    QVERIFY(child.isRunning());
    QVERIFY(child.kill());
    // Gone: the file is an orphan to restore.
    QCOMPARE(RecoveryStore(m_folder).orphans().size(), 1);
}

void TestRecovery::killedChildLeavesTheTableItHad_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected"); // rowText() of every row

    QTest::newRow("typed rows") << u"insert\t0\t2\n"
                                   u"set\t0\t0\t1042\nset\t0\t1\tByggekort\nset\t0\t3\t15.01.2026\n"
                                   u"set\t0\t4\t15.01.2028\n"
                                   u"set\t1\t0\t1043\nset\t1\t1\tTruck\nset\t1\t3\t31.02.2026\n"_s
                                << QStringList {
                                           u"1042 | Byggekort |  | 15.01.2026 | 15.01.2028 | "_s,
                                           u"1043 | Truck |  | 31.02.2026 |  | "_s};
    QTest::newRow("paste appends, undo and redo, removal")
            << u"paste\t0\t0\t1042\tByggekort\tBK-1\t15.01.2026\t15.01.2028\tKurs\n"
               u"paste\t1\t0\t1043\tbyggekort\n"
               u"paste\t2\t0\t1044\tTruck\n"
               u"set\t2\t5\tslettes\n"
               u"undo\nundo\nredo\n"
               u"remove\t0\n"
               u"filldown\t3\t0,1\n"_s
            << QStringList {u"1043 | byggekort |  |  |  | "_s, u"1044 | Truck |  |  |  | "_s};
    QTest::newRow("edits after the first autosave are in the file")
            << u"insert\t0\t1\nset\t0\t0\t1042\nsave\n"
               u"set\t0\t1\tFørstehjelp\ninsert\t1\t1\nset\t1\t5\tÆØÅ – æøå\nsave\n"
               u"replace\t1042\t2042\n"_s
            << QStringList {u"2042 | Førstehjelp |  |  |  | "_s, u" |  |  |  |  | ÆØÅ – æøå"_s};
}

void TestRecovery::killedChildLeavesTheTableItHad()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);

    // The same script applied here gives the table the child had on screen.
    CertificateTableModel model;
    QUndoStack stack;
    CertificateTableEditor editor(&model, &stack);
    QString error;
    QVERIFY2(EditScript::applyAll(script, model, editor, stack, &error), qPrintable(error));
    QStringList onScreen;
    for (const CertificateRow &row : model.rows())
        onScreen.append(rowText(row));
    QCOMPARE(onScreen, expected);

    Child child(m_folder, script, u"/home/anna/site.ditiocerts"_s);
    QVERIFY2(child.startAndWaitForAutosave(&error), qPrintable(error));
    QVERIFY(child.kill());

    const QList<RecoveryStore::Orphan> orphans = RecoveryStore(m_folder).orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().documentPath, u"/home/anna/site.ditiocerts"_s);
    QCOMPARE(orphans.first().rows, int(expected.size()));
    // As the app restores it: the snapshot with its journal replayed.
    const WorkFile::ReadResult restored = RecoveryStore::read(orphans.first().path);
    QVERIFY2(restored.ok, qPrintable(restored.errorString));
    // Every cell's text, as it was on screen.
    QCOMPARE(tableText(restored.document.rows), tableText(model));
}

void TestRecovery::autosaverWritesWithinTwoSeconds()
{
    CertificateTableModel model;
    RecoveryStore store(m_folder);
    Autosaver autosaver(&model, &store); // the app's own delay
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    QVERIFY(!autosaver.isPending());

    QElapsedTimer timer;
    timer.start();
    model.insertCertificateRows(0, {validRow(u"1042"_s)});
    QVERIFY(autosaver.isPending());
    // More edits while waiting do not push the save further out.
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(100);
        model.setCellText(0, Field::Notes, QString::number(i));
    }
    QVERIFY(saved.wait(2500));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    autosaver.waitForIdle();
    const WorkFile::ReadResult read = WorkFile::read(store.sessionFile());
    QVERIFY(read.ok);
    QCOMPARE(read.document.rows.size(), 1);
    // Another save follows for edits made while the first was written (in
    // the journal beside the snapshot: the restore replays it).
    model.setCellText(0, Field::Notes, u"last"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
            RecoveryStore::read(store.sessionFile()).document.rows.value(0).text(Field::Notes),
            u"last"_s, 3000);
}

void TestRecovery::autosaverReportsAnUnwritableFolder()
{
    // The "folder" is a regular file.
    const QString notAFolder = m_dir->filePath(u"file"_s);
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    CertificateTableModel model;
    RecoveryStore store(notAFolder + u"/recovery"_s);
    Autosaver autosaver(&model, &store);
    autosaver.setDelay(10);
    QSignalSpy failed(&autosaver, &Autosaver::failed);
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    model.insertCertificateRows(0, {validRow(u"1042"_s)});
    QVERIFY(failed.wait(5000));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(failed.first().first().toString(),
             u"The recovery folder %1 cannot be written."_s.arg(
                     QDir::toNativeSeparators(notAFolder + u"/recovery"_s)));
}

void TestRecovery::autosaverClearRemovesTheFile()
{
    CertificateTableModel model;
    RecoveryStore store(m_folder);
    Autosaver autosaver(&model, &store);
    autosaver.setDelay(10);
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    model.insertCertificateRows(0, {validRow(u"1042"_s)});
    QVERIFY(saved.wait(5000));
    QVERIFY(QFile::exists(store.sessionFile()));
    // Saved to the work file: nothing left to recover.
    autosaver.clear();
    QVERIFY(!autosaver.isPending());
    QVERIFY(!QFile::exists(store.sessionFile()));
    QCOMPARE(RecoveryStore(m_folder).orphans().size(), 0);
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
