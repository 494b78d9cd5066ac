// Two programs writing one store at the same moment (the window and a cron
// job): every key of both arrives, confirmed, and neither fails as "locked".

#include "store/certificatestore.h"
#include "store/storeworker.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

const QString Env = u"https://core-api.ditio.dev/core"_s;

std::unique_ptr<QProcess> startChild(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(DITIO_STORE_CHILD));
    process->setArguments(arguments);
    process->start();
    return process;
}

QString finish(QProcess &process)
{
    if (!process.waitForFinished(60000))
        return u"did not finish"_s;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || process.readAllStandardOutput() != "done\n") {
        return u"exit %1: %2"_s.arg(process.exitCode())
                .arg(QString::fromUtf8(process.readAllStandardError()));
    }
    return {};
}

QString certificateNumber(const Ledger &ledger, const QString &number)
{
    const LedgerEntry *entry = ledger.find(number, u"Byggekort"_s);
    if (!entry || !entry->isConfirmed() || entry->hasUnconfirmed())
        return {};
    return unpackLedgerValues(entry->confirmedValues)[2];
}

} // namespace

class TestStoreConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void twoProcessesAtOnce_data();
    void twoProcessesAtOnce();
    void workerBesideAProcess();

private:
    QTemporaryDir m_dir;
};

void TestStoreConcurrency::twoProcessesAtOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("transactions");

    QTest::newRow("many small transactions") << 2000 << 200;
    QTest::newRow("a few large ones") << 20000 << 4;
}

void TestStoreConcurrency::twoProcessesAtOnce()
{
    QFETCH(int, count);
    QFETCH(int, transactions);
    // A new file: the three also race to create the schema.
    const QString file =
            m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    const QString n = QString::number(count);
    const QString k = QString::number(transactions);
    auto a = startChild({file, u"a"_s, n, k});
    auto b = startChild({file, u"b"_s, n, k});
    // The same keys as a, other values: one of the two wins each key.
    auto c = startChild({file, u"a"_s, n, k, u"c"_s});
    QCOMPARE(finish(*a), QString());
    QCOMPARE(finish(*b), QString());
    QCOMPARE(finish(*c), QString());

    CertificateStore store;
    QVERIFY(store.open(file));
    const std::optional<Ledger> ledger = store.loadLedger(Env);
    QVERIFY(ledger);
    QCOMPARE(ledger->size(), 2 * count);
    for (int i = 0; i < count; ++i) {
        const QString number = QString::number(i);
        QCOMPARE(certificateNumber(*ledger, u"b-"_s + number), u"b"_s);
        const QString overlapping = certificateNumber(*ledger, u"a-"_s + number);
        QVERIFY2(overlapping == u"a"_s || overlapping == u"c"_s, qPrintable(overlapping));
    }
    for (qint64 run = 1; run <= 3; ++run)
        QCOMPARE(store.run(run)->uploaded, count);
}

void TestStoreConcurrency::workerBesideAProcess()
{
    const QString file = m_dir.filePath(u"worker.sqlite"_s);
    StoreWorker worker;
    QString problem;
    connect(&worker, &StoreWorker::problem, this,
            [&](const QString &message) { problem = message; });
    CertificateStore::Status status = CertificateStore::Status::Closed;
    worker.open(file, this, [&](CertificateStore::Status s, const QString &) { status = s; });
    auto child = startChild({file, u"cron"_s, u"10000"_s, u"100"_s});

    constexpr int Calls = 100;
    constexpr int PerCall = 100;
    int succeeded = 0;
    for (int call = 0; call < Calls; ++call) {
        QList<LedgerSend> sends;
        for (int i = 0; i < PerCall; ++i) {
            LedgerValues values;
            values[0] = u"window-%1"_s.arg(call * PerCall + i);
            values[1] = u"Byggekort"_s;
            values[2] = u"window"_s;
            sends.append({values[0], values[1], packLedgerValues(values), true, 1});
        }
        worker.recordSends(Env, 0, sends, this, [&](bool ok) { succeeded += ok ? 1 : 0; });
    }
    QCOMPARE(finish(*child), QString());
    worker.waitForIdle();
    QTRY_COMPARE(succeeded, Calls);
    QCOMPARE(status, CertificateStore::Status::Ok);
    QCOMPARE(problem, QString());

    CertificateStore store;
    QVERIFY(store.open(file));
    const std::optional<Ledger> ledger = store.loadLedger(Env);
    QCOMPARE(ledger->size(), 10000 + Calls * PerCall);
    for (int i = 0; i < 10000; ++i) {
        QCOMPARE(certificateNumber(*ledger, u"cron-%1"_s.arg(i)), u"cron"_s);
        QCOMPARE(certificateNumber(*ledger, u"window-%1"_s.arg(i)), u"window"_s);
    }
}

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"
