// Autosaver, killed while it compacts: a child process (journal_child) edits
// a 20,000-row table without pause while its recovery journal is compacted
// into new snapshots again and again, and is killed with SIGKILL at moments
// each data row picks: as a compaction starts, while its snapshot is open
// for writing, part written, just after it is in place, between two. Whatever
// the moment, the next start finds one orphan, and restoring it gives the
// table with exactly the edits the child had made: all it reported, and at
// most the one it was reporting.
//
// Also: one edit costs what it changes (a record, not a snapshot).

#include "childprocess.h"
#include "editscript.h"
#include "model/certificatetableeditor.h"
#include "model/certificatetablemodel.h"
#include "openfiles.h"
#include "savegenerations.h"
#include "session/autosaver.h"
#include "session/recoverystore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

// A snapshot of this many rows (about 2 MB) takes long enough to be killed
// in the middle of; the journal is compacted every few hundred edits.
constexpr int Rows = 20000;
constexpr qint64 CompactionBytes = 48 * 1024;
// Kill moments besides a delay in milliseconds (see tst_savekill).
constexpr int FileOpenForWriting = -1;
constexpr int PartWritten = -2;

// The last "edit K" the child printed; 0 when none.
int lastEdit(const QList<QByteArray> &lines)
{
    int last = 0;
    for (const QByteArray &line : lines) {
        if (line.startsWith("edit "))
            last = std::max(last, line.mid(5).toInt());
    }
    return last;
}

RowStore restoredForm(RowStore rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).uploadState == UploadState::Sending)
            rows[i].uploadState = UploadState::Unconfirmed;
    }
    return rows;
}

// The first row that differs, for the log.
QString firstDifference(const RowStore &a, const RowStore &b)
{
    if (a.size() != b.size())
        return u"%1 rows against %2"_s.arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a.at(i) == b.at(i)))
            return tableText(a.mid(i, 1)).join(u""_s) + u" / "_s
                    + tableText(b.mid(i, 1)).join(u""_s) + u" (row %1)"_s.arg(i);
    }
    return u"none"_s;
}

} // namespace

class TestAutosaver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void killedWhileCompacting_data();
    void killedWhileCompacting();
    void oneEditCostsARecord();

private:
    RowStore m_rows;
};

void TestAutosaver::initTestCase()
{
    m_rows = manyRows(Rows);
}

void TestAutosaver::killedWhileCompacting_data()
{
    QTest::addColumn<QByteArray>("after"); // a line the child prints
    QTest::addColumn<int>("delay");

    QTest::newRow("as compaction 2 starts") << QByteArray("snapshot 2 started") << 0;
    QTest::newRow("5 ms into compaction 2") << QByteArray("snapshot 2 started") << 5;
    QTest::newRow("30 ms into compaction 2") << QByteArray("snapshot 2 started") << 30;
    QTest::newRow("compaction 2's snapshot open for writing")
            << QByteArray("snapshot 2 started") << FileOpenForWriting;
    QTest::newRow("compaction 2's snapshot part written")
            << QByteArray("snapshot 2 started") << PartWritten;
    QTest::newRow("as compaction 2 is in place") << QByteArray("snapshot 2 written") << 0;
    QTest::newRow("between compactions 2 and 3") << QByteArray("snapshot 2 written") << 300;
    QTest::newRow("compaction 3's snapshot part written")
            << QByteArray("snapshot 3 started") << PartWritten;
}

void TestAutosaver::killedWhileCompacting()
{
    QFETCH(QByteArray, after);
    QFETCH(int, delay);
#ifndef Q_OS_LINUX
    if (delay < 0)
        QSKIP("Open files are found through /proc, on Linux only.");
#endif
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"recovery"_s);
    ChildProcess child(QStringLiteral(DITIO_JOURNAL_CHILD),
                       {folder, QString::number(Rows), QString::number(CompactionBytes)});
    QString error;
    QVERIFY2(child.start(&error), qPrintable(error));
    QVERIFY2(child.waitForLine(after, 60000, &error), qPrintable(error));
    if (delay < 0) {
        const qint64 atLeast = delay == PartWritten ? 1 : 0;
        const QDeadlineTimer deadline(20000);
        const QStringList ignored {u".lock"_s, u".journal"_s};
        while (sizeOfFileOpenForWriting(child.processId(), folder, ignored) < atLeast) {
            QVERIFY2(child.isRunning() && !deadline.hasExpired(), qPrintable(child.describe()));
        }
    } else {
        const QDeadlineTimer deadline(delay);
        while (!deadline.hasExpired() && child.isRunning())
            child.waitForOutput(int(deadline.remainingTime()));
    }
    const QStringList atKill = folderEntries(folder);
    QVERIFY2(child.kill(), qPrintable(child.describe()));
    QString file;
    for (const QByteArray &line : child.lines()) {
        if (line.startsWith("file "))
            file = QString::fromUtf8(line.mid(5));
    }
    const int reported = lastEdit(child.lines());
    QVERIFY(reported > 0);

    // The next start: one orphan, the snapshot and journals it left.
    const QList<RecoveryStore::Orphan> orphans = RecoveryStore(folder).orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().path, file);
    QCOMPARE(orphans.first().documentPath, recoveredDocumentPath());
    const WorkFile::ReadResult restored = RecoveryStore::read(file);
    QVERIFY2(restored.ok, qPrintable(restored.errorString));

    // The same edits here: the restore is the table after edit `reported`,
    // or after the next one if it reached the journal before being reported.
    CertificateTableModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    CertificateTableEditor editor(&model, &stack);
    model.setRows(m_rows);
    for (int k = 1; k <= reported; ++k)
        QVERIFY(EditScript::apply(EditScript::generated(k, model.rowCount()), model, editor,
                                  stack));
    int edits = reported;
    if (!(restored.document.rows == restoredForm(model.rows()))) {
        const QString atReported =
                firstDifference(restored.document.rows, restoredForm(model.rows()));
        QVERIFY(EditScript::apply(EditScript::generated(reported + 1, model.rowCount()), model,
                                  editor, stack));
        edits = reported + 1;
        QVERIFY2(restored.document.rows == restoredForm(model.rows()),
                 qPrintable(u"after edit %1: %2; after edit %3: %4"_s.arg(reported)
                                    .arg(atReported)
                                    .arg(edits)
                                    .arg(firstDifference(restored.document.rows,
                                                         restoredForm(model.rows())))));
    }
    qInfo("killed after %d reported edits; restored %d; in the folder then: %s", reported, edits,
          qPrintable(atKill.join(u", "_s)));
    QCOMPARE(orphans.first().rows, model.rowCount());

    // Declined or restored: nothing is left of it.
    RecoveryStore::removeOrphan(file);
    QCOMPARE(folderEntries(folder), QStringList());
}

void TestAutosaver::oneEditCostsARecord()
{
    // After the first snapshot, one typed cell appends a record of tens of
    // bytes and leaves the snapshot alone.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CertificateTableModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    CertificateTableEditor editor(&model, &stack);
    RecoveryStore store(dir.filePath(u"recovery"_s));
    Autosaver autosaver(&model, &store);
    autosaver.setDelay(10);
    QSignalSpy started(&autosaver, &Autosaver::snapshotStarted);
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    model.setRows(m_rows);
    QVERIFY(saved.wait(10000));
    const QString file = store.sessionFile();
    const QDateTime written = QFileInfo(file).lastModified();
    const qint64 snapshotBytes = QFileInfo(file).size();
    QVERIFY(snapshotBytes > 2000000);
    const qint64 before = autosaver.journalBytes();

    editor.setCell(12345, Field::Notes, u"Fornyet 2027"_s);
    const qint64 record = autosaver.journalBytes() - before;
    QVERIFY(QTest::qWaitFor([&] { return !autosaver.isPending(); }));
    QCOMPARE(started.size(), 1);
    QCOMPARE(QFileInfo(file).lastModified(), written);
    QCOMPARE(QFileInfo(file).size(), snapshotBytes);
    QVERIFY2(record > 0 && record < 100, qPrintable(QString::number(record)));
    QCOMPARE(RecoveryStore::read(file).document.rows.at(12345).text(Field::Notes),
             u"Fornyet 2027"_s);
}

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
