// StoreWorker: the store's work runs on a thread of its own, in the order of
// the calls; results come back on the caller's thread; waitForIdle() and the
// destructor let nothing queued get lost; a failing write is told once.

#include "store/storeworker.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

const QString Env = u"https://core-api.ditio.dev/core"_s;

QList<LedgerSend> sends(const QString &prefix, int count)
{
    QList<LedgerSend> result;
    for (int i = 0; i < count; ++i) {
        LedgerValues values;
        values[0] = prefix + QString::number(i);
        values[1] = u"Byggekort"_s;
        result.append({values[0], values[1], packLedgerValues(values), true, 1});
    }
    return result;
}

qsizetype ledgerSize(const QString &file)
{
    CertificateStore store;
    if (!store.open(file))
        return -1;
    const std::optional<Ledger> ledger = store.loadLedger(Env);
    return ledger ? ledger->size() : -1;
}

} // namespace

class TestStoreWorker : public QObject
{
    Q_OBJECT

private slots:
    void callsRunInOrderOnTheWorkerThread();
    void resultsComeBackOnTheCallersThread_data();
    void resultsComeBackOnTheCallersThread();
    void callbackOfAGoneContextIsDropped();
    void waitForIdleAndDestructorKeepQueuedWrites();
    void problemOnceOnAReadOnlyStore();

private:
    QTemporaryDir m_dir;
};

void TestStoreWorker::callsRunInOrderOnTheWorkerThread()
{
    StoreWorker worker;
    QVERIFY(worker.workerThread());
    QVERIFY(worker.workerThread() != QThread::currentThread());
    QList<int> order;
    QList<QThread *> threads;
    worker.open(m_dir.filePath(u"order.sqlite"_s));
    for (int i = 0; i < 50; ++i) {
        worker.call([&, i](CertificateStore &store) {
            order.append(i);
            threads.append(QThread::currentThread());
            QCOMPARE(store.status(), CertificateStore::Status::Ok);
        });
        if (i % 10 == 0)
            worker.recordSends(Env, 0, sends(u"k%1-"_s.arg(i), 10));
    }
    worker.waitForIdle(); // also makes order and threads safe to read here
    QCOMPARE(order.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(order.at(i), i);
        QCOMPARE(threads.at(i), worker.workerThread());
    }
}

void TestStoreWorker::resultsComeBackOnTheCallersThread_data()
{
    QTest::addColumn<bool>("ownContext"); // false: no context, the worker itself

    QTest::newRow("a context") << true;
    QTest::newRow("no context") << false;
}

void TestStoreWorker::resultsComeBackOnTheCallersThread()
{
    QFETCH(bool, ownContext);
    QObject context;
    QObject *target = ownContext ? &context : nullptr;
    StoreWorker worker;
    QStringList events;
    const auto here = [&](const QString &what) {
        QCOMPARE(QThread::currentThread(), this->thread());
        events.append(what);
    };
    const QString file = m_dir.filePath(u"results-%1.sqlite"_s.arg(ownContext));
    worker.open(file, target, [&](CertificateStore::Status status, const QString &message) {
        here(u"open %1 %2"_s.arg(int(status)).arg(message));
    });
    qint64 run = 0;
    worker.beginRun(Env, u"Test"_s, u"/a.csv"_s, QDateTime::currentDateTimeUtc(), target,
                    [&](qint64 id) {
                        here(u"run"_s);
                        run = id;
                    });
    worker.recordSends(Env, 1, sends(u"n"_s, 3), target,
                       [&](bool ok) { here(u"sends %1"_s.arg(ok)); });
    worker.finishRun(1, QDateTime::currentDateTimeUtc(), 3, 0, 0, target,
                     [&](bool ok) { here(u"finish %1"_s.arg(ok)); });
    worker.saveRegister(Env, {{u"n0"_s, u"Kari"_s, u"Nordmann"_s}}, QDateTime::currentDateTimeUtc(),
                        target, [&](bool ok) { here(u"register %1"_s.arg(ok)); });
    worker.addAcceptedTypes(Env, {u"Byggekort"_s}, QDateTime::currentDateTimeUtc(), target,
                            [&](bool ok) { here(u"add types %1"_s.arg(ok)); });
    worker.loadLedger(Env, target, [&](const std::optional<Ledger> &ledger) {
        here(u"ledger %1"_s.arg(ledger ? ledger->size() : -1));
    });
    worker.loadRegister(Env, target, [&](const std::optional<RegisterSnapshot> &snapshot) {
        here(u"register read %1"_s.arg(snapshot ? snapshot->records.first().displayName()
                                                : QString()));
    });
    worker.acceptedTypes(Env, 10, target,
                         [&](const QStringList &types) { here(u"types "_s + types.join(u',')); });
    QVERIFY(events.isEmpty()); // nothing runs inside the calls
    QTRY_COMPARE(events.size(), 9);
    QCOMPARE(events,
             (QStringList {u"open 1 "_s, u"run"_s, u"sends 1"_s, u"finish 1"_s, u"register 1"_s,
                           u"add types 1"_s, u"ledger 3"_s, u"register read Kari Nordmann"_s,
                           u"types Byggekort"_s}));
    QCOMPARE(run, 1);
}

void TestStoreWorker::callbackOfAGoneContextIsDropped()
{
    StoreWorker worker;
    auto context = std::make_unique<QObject>();
    bool called = false;
    worker.open(m_dir.filePath(u"gone.sqlite"_s), context.get(),
                [&](CertificateStore::Status, const QString &) { called = true; });
    worker.waitForIdle();
    context.reset();
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestStoreWorker::waitForIdleAndDestructorKeepQueuedWrites()
{
    const QString file = m_dir.filePath(u"idle.sqlite"_s);
    {
        StoreWorker worker;
        worker.open(file);
        for (int i = 0; i < 20; ++i)
            worker.recordSends(Env, 0, sends(u"w%1-"_s.arg(i), 500));
        worker.waitForIdle(); // no event loop ran: the work is not the caller's
        QCOMPARE(ledgerSize(file), 10000);
        for (int i = 20; i < 40; ++i)
            worker.recordSends(Env, 0, sends(u"w%1-"_s.arg(i), 500));
    } // the destructor finishes them
    QCOMPARE(ledgerSize(file), 20000);
}

void TestStoreWorker::problemOnceOnAReadOnlyStore()
{
    const QString file = m_dir.filePath(u"readonly.sqlite"_s);
    QCOMPARE(ledgerSize(file), 0); // made, empty
    StoreWorker worker;
    QSignalSpy problems(&worker, &StoreWorker::problem);
    // As root a file's mode keeps no write out: open it read-only as the app
    // does for a file it may not write.
    worker.call([](CertificateStore &store) { store.setReadOnly(true); });
    CertificateStore::Status status = CertificateStore::Status::Closed;
    worker.open(file, this, [&](CertificateStore::Status s, const QString &) { status = s; });
    QList<bool> results;
    for (int i = 0; i < 3; ++i)
        worker.recordSends(Env, 0, sends(u"r"_s, 5), this, [&](bool ok) { results.append(ok); });
    worker.addAcceptedTypes(Env, {u"Kran"_s}, QDateTime::currentDateTimeUtc());
    std::optional<Ledger> ledger;
    worker.loadLedger(Env, this, [&](const std::optional<Ledger> &loaded) { ledger = loaded; });
    QTRY_VERIFY(ledger.has_value());
    QCOMPARE(status, CertificateStore::Status::ReadOnly);
    QCOMPARE(results, (QList<bool> {false, false, false}));
    QCOMPARE(ledger->size(), 0); // reads still work
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().first().toString(),
             u"The local store %1 is read-only: uploads are not remembered. Make the file "
             "writable to remember them."_s.arg(QDir::toNativeSeparators(file)));
}

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
