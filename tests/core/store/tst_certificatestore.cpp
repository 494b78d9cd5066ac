// CertificateStore: the schema and its migration, the ledger, the register
// snapshot and accepted types round trips, and every store the app must go on
// without (damaged, locked, read-only, newer) with its exact message.

#include "net/ditioenvironment.h"
#include "store/certificatestore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

const QString TestEnv = u"https://core-api.ditio.dev/core"_s;
const QString ProductionEnv = u"https://core-api.ditio.app/core"_s;

LedgerSend send(const QString &number, const QString &type, const QString &certificateNumber,
                bool confirmed, qint64 atMs)
{
    LedgerValues values;
    values[0] = number;
    values[1] = type;
    values[2] = certificateNumber;
    values[3] = u"2026-01-15T00:00:00Z"_s;
    return {number, type, packLedgerValues(values), confirmed, atMs};
}

QString certificateNumberOf(const QByteArray &packed)
{
    return unpackLedgerValues(packed)[2];
}

// A second connection of its own to look at the file as SQLite sees it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-%1"_s.arg(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

} // namespace

class TestCertificateStore : public QObject
{
    Q_OBJECT

private slots:
    void environmentId_data();
    void environmentId();
    void resolvePath_data();
    void resolvePath();
    void newStoreHasTheSchema();
    void zeroLengthFileIsANewStore();
    void migratesFromVersion1();
    void ledgerRoundTrip();
    void ledgerKeysAreExact_data();
    void ledgerKeysAreExact();
    void runs();
    void registerSnapshot();
    void acceptedTypes_data();
    void acceptedTypes();
    void legacyKnownTypesImportedOnce();
    void unusableStore_data();
    void unusableStore();
    void lockedStore();
    void readOnlyStore();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString native(const QString &name) const { return QDir::toNativeSeparators(path(name)); }
    // Reads give nothing, writes fail with `message`, nothing crashes.
    void checkUnusable(CertificateStore &store, const QString &message);
    QTemporaryDir m_dir;
};

void TestCertificateStore::environmentId_data()
{
    QTest::addColumn<DitioEnvironment>("environment");
    QTest::addColumn<QString>("expected");

    QTest::newRow("test") << DitioEnvironment::test() << TestEnv;
    QTest::newRow("production") << DitioEnvironment::production() << ProductionEnv;
    QTest::newRow("custom, trailing slash")
            << DitioEnvironment::custom(QUrl(u"https://integration.ditio.no/api/"_s), {})
            << u"https://integration.ditio.no/api"_s;
    QTest::newRow("custom, default port, case, query")
            << DitioEnvironment::custom(QUrl(u"HTTPS://Core-API.Ditio.App:443/core//?x=1"_s), {})
            << ProductionEnv;
    QTest::newRow("custom, own port")
            << DitioEnvironment::custom(QUrl(u"http://10.0.0.5:8080/core"_s), {})
            << u"http://10.0.0.5:8080/core"_s;
    QTest::newRow("custom, http default port")
            << DitioEnvironment::custom(QUrl(u"http://ditio.local:80"_s), {})
            << u"http://ditio.local"_s;
    QTest::newRow("sandbox, any port")
            << DitioEnvironment::sandbox(QUrl(u"http://127.0.0.1:41234/core"_s), {})
            << u"sandbox"_s;
}

void TestCertificateStore::environmentId()
{
    QFETCH(DitioEnvironment, environment);
    QFETCH(QString, expected);
    QCOMPARE(CertificateStore::environmentId(environment), expected);
}

void TestCertificateStore::resolvePath_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("variable"); // null: unset
    QTest::addColumn<QString>("expected"); // empty: defaultPath()

    QTest::newRow("option wins") << u"/srv/a.sqlite"_s << u"/srv/b.sqlite"_s << u"/srv/a.sqlite"_s;
    QTest::newRow("variable") << QString() << u"/srv/b.sqlite"_s << u"/srv/b.sqlite"_s;
    QTest::newRow("empty variable") << QString() << u""_s << QString();
    QTest::newRow("default") << QString() << QString() << QString();
}

void TestCertificateStore::resolvePath()
{
    QFETCH(QString, option);
    QFETCH(QString, variable);
    QFETCH(QString, expected);
    if (variable.isNull())
        qunsetenv("DITIO_STORE");
    else
        qputenv("DITIO_STORE", variable.toUtf8());
    const QString resolved = CertificateStore::resolvePath(option);
    qunsetenv("DITIO_STORE");
    QCOMPARE(resolved, expected.isEmpty() ? CertificateStore::defaultPath() : expected);
    QVERIFY(CertificateStore::defaultPath().endsWith(u"/store.sqlite"_s));
}

void TestCertificateStore::newStoreHasTheSchema()
{
    const QString file = path(u"new/folder/store.sqlite"_s);
    {
        CertificateStore store;
        QVERIFY(store.open(file));
        QCOMPARE(store.status(), CertificateStore::Status::Ok);
        QCOMPARE(store.errorMessage(), QString());
        RawConnection raw(file);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(raw.value(u"SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                           " WHERE type = 'table' ORDER BY name)"_s)
                         .toString(),
                 u"accepted_types,environments,ledger,meta,register_employees,"
                 "register_snapshots,runs"_s);
    }
    // Opened again: nothing to migrate, all still there.
    CertificateStore again;
    QVERIFY(again.open(file));
    QCOMPARE(again.status(), CertificateStore::Status::Ok);
}

void TestCertificateStore::zeroLengthFileIsANewStore()
{
    const QString file = path(u"empty.sqlite"_s);
    QFile empty(file);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    CertificateStore store;
    QVERIFY(store.open(file));
    QCOMPARE(store.status(), CertificateStore::Status::Ok);
    QVERIFY(store.recordSends(TestEnv, 1, {send(u"1042"_s, u"Byggekort"_s, u"A1"_s, true, 5)}));
    QCOMPARE(store.loadLedger(TestEnv)->size(), 1);
}

void TestCertificateStore::migratesFromVersion1()
{
    const QString file = path(u"v1.sqlite"_s);
    {
        RawConnection raw(file);
        const QStringList step = CertificateStore::migrationStep(1);
        QVERIFY(!step.isEmpty());
        for (const QString &sql : step)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
        QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(raw.exec(
                u"INSERT INTO environments (id, key, title) VALUES (1, '%1', 'Test')"_s.arg(
                        TestEnv)));
        QVERIFY(raw.exec(u"INSERT INTO runs (id, environment, started_at, source_file)"
                         " VALUES (7, 1, 1000, '/home/anna/a.csv')"_s));
        QVERIFY(raw.exec(u"INSERT INTO ledger (environment, employee_number, certificate_type,"
                         " confirmed_values, confirmed_at, confirmed_run)"
                         " VALUES (1, '1042', 'Byggekort', X'41', 2000, 7)"_s));
        QVERIFY(!raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'meta'"_s).toBool());
    }
    CertificateStore store;
    QVERIFY(store.open(file));
    QCOMPARE(store.status(), CertificateStore::Status::Ok);
    const std::optional<Ledger> ledger = store.loadLedger(TestEnv);
    QVERIFY(ledger);
    QCOMPARE(ledger->size(), 1);
    const LedgerEntry *entry = ledger->find(u"1042"_s, u"Byggekort"_s);
    QVERIFY(entry);
    QCOMPARE(entry->confirmedValues, QByteArray("A"));
    QCOMPARE(entry->confirmedAtMs, 2000);
    QCOMPARE(entry->confirmedRun, 7);
    QCOMPARE(store.run(7)->sourceFile, u"/home/anna/a.csv"_s);
    // The version 2 tables are there and work.
    QVERIFY(!store.loadRegister(TestEnv));
    QVERIFY(store.saveRegister(TestEnv, {{u"1042"_s, u"Kari"_s, u"Nordmann"_s}},
                               QDateTime::fromMSecsSinceEpoch(3000, Qt::UTC)));
    QCOMPARE(store.loadRegister(TestEnv)->records.size(), 1);
    QVERIFY(store.addAcceptedTypes(TestEnv, {u"Byggekort"_s}, QDateTime::currentDateTimeUtc()));
    QCOMPARE(store.acceptedTypes(TestEnv), QStringList {u"Byggekort"_s});
    RawConnection raw(file);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
}

void TestCertificateStore::ledgerRoundTrip()
{
    CertificateStore store;
    QVERIFY(store.open(path(u"ledger.sqlite"_s)));
    QCOMPARE(store.loadLedger(TestEnv)->size(), 0);
    QCOMPARE(store.loadLedger(TestEnv)->environmentId(), TestEnv);

    const qint64 run1 = store.beginRun(TestEnv, u"Test"_s, u"/a.csv"_s,
                                       QDateTime::fromMSecsSinceEpoch(100, Qt::UTC));
    QVERIFY(run1 > 0);
    QVERIFY(store.recordSends(TestEnv, run1,
                              {send(u"1042"_s, u"Byggekort"_s, u"A1"_s, true, 1000),
                               send(u"1043"_s, u"Kran"_s, u"K1"_s, false, 1001)}));
    // Another environment: kept apart.
    QVERIFY(store.recordSends(ProductionEnv, run1,
                              {send(u"1042"_s, u"Byggekort"_s, u"P1"_s, true, 1002)}));

    std::optional<Ledger> ledger = store.loadLedger(TestEnv);
    QVERIFY(ledger);
    QCOMPARE(ledger->size(), 2);
    const LedgerEntry *confirmed = ledger->find(u"1042"_s, u"Byggekort"_s);
    QVERIFY(confirmed);
    QCOMPARE(certificateNumberOf(confirmed->confirmedValues), u"A1"_s);
    QCOMPARE(confirmed->confirmedAtMs, 1000);
    QCOMPARE(confirmed->confirmedRun, run1);
    QVERIFY(!confirmed->hasUnconfirmed());
    // Unconfirmed only: never recorded as confirmed.
    const LedgerEntry *unclear = ledger->find(u"1043"_s, u"Kran"_s);
    QVERIFY(unclear);
    QVERIFY(!unclear->isConfirmed());
    QVERIFY(unclear->confirmedValues.isEmpty());
    QCOMPARE(certificateNumberOf(unclear->unconfirmedValues), u"K1"_s);
    QCOMPARE(unclear->unconfirmedAtMs, 1001);
    QCOMPARE(unclear->unconfirmedRun, run1);

    // An unclear send over a confirmed key: the confirmed values stay.
    const qint64 run2 = store.beginRun(TestEnv, u"Test"_s, u"/b.csv"_s,
                                       QDateTime::fromMSecsSinceEpoch(200, Qt::UTC));
    QVERIFY(store.recordSends(TestEnv, run2,
                              {send(u"1042"_s, u"Byggekort"_s, u"A2"_s, false, 2000)}));
    ledger = store.loadLedger(TestEnv);
    const LedgerEntry *both = ledger->find(u"1042"_s, u"Byggekort"_s);
    QCOMPARE(certificateNumberOf(both->confirmedValues), u"A1"_s);
    QCOMPARE(both->confirmedAtMs, 1000);
    QCOMPARE(both->confirmedRun, run1);
    QCOMPARE(certificateNumberOf(both->unconfirmedValues), u"A2"_s);
    QCOMPARE(both->unconfirmedAtMs, 2000);
    QCOMPARE(both->unconfirmedRun, run2);

    // Confirmed again: the unconfirmed values are settled.
    const qint64 run3 = store.beginRun(TestEnv, u"Test"_s, u"/c.csv"_s,
                                       QDateTime::fromMSecsSinceEpoch(300, Qt::UTC));
    QVERIFY(store.recordSends(TestEnv, run3,
                              {send(u"1042"_s, u"Byggekort"_s, u"A3"_s, true, 3000),
                               send(u"1043"_s, u"Kran"_s, u"K1"_s, true, 3001)}));
    ledger = store.loadLedger(TestEnv);
    QCOMPARE(ledger->size(), 2);
    for (const LedgerEntry &entry : ledger->entries()) {
        QVERIFY(entry.isConfirmed());
        QVERIFY(!entry.hasUnconfirmed());
        QVERIFY(entry.unconfirmedValues.isEmpty());
        QCOMPARE(entry.unconfirmedRun, 0);
        QCOMPARE(entry.confirmedRun, run3);
    }
    QCOMPARE(certificateNumberOf(ledger->find(u"1042"_s, u"Byggekort"_s)->confirmedValues),
             u"A3"_s);

    const std::optional<Ledger> production = store.loadLedger(ProductionEnv);
    QCOMPARE(production->size(), 1);
    QCOMPARE(certificateNumberOf(production->entries().first().confirmedValues), u"P1"_s);
    QCOMPARE(store.loadLedger(u"sandbox"_s)->size(), 0);
    QVERIFY(store.recordSends(TestEnv, run3, {})); // nothing to record
}

void TestCertificateStore::ledgerKeysAreExact_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("type");

    QTest::newRow("type in lower case") << u"1042"_s << u"byggekort"_s;
    QTest::newRow("type with a trailing space") << u"1042"_s << u"Byggekort "_s;
    QTest::newRow("number with a leading zero") << u"01042"_s << u"Byggekort"_s;
    QTest::newRow("number with a trailing space") << u"1042 "_s << u"Byggekort"_s;
}

// Ditio matches the exact strings, so the ledger does too.
void TestCertificateStore::ledgerKeysAreExact()
{
    QFETCH(QString, number);
    QFETCH(QString, type);
    CertificateStore store;
    QVERIFY(store.open(path(u"exact-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())))));
    QVERIFY(store.recordSends(TestEnv, 1,
                              {send(u"1042"_s, u"Byggekort"_s, u"A1"_s, true, 1),
                               send(number, type, u"B1"_s, true, 2)}));
    const std::optional<Ledger> ledger = store.loadLedger(TestEnv);
    QCOMPARE(ledger->size(), 2);
    QCOMPARE(certificateNumberOf(ledger->find(u"1042"_s, u"Byggekort"_s)->confirmedValues),
             u"A1"_s);
    QCOMPARE(certificateNumberOf(ledger->find(number, type)->confirmedValues), u"B1"_s);
}

void TestCertificateStore::runs()
{
    CertificateStore store;
    QVERIFY(store.open(path(u"runs.sqlite"_s)));
    const QDateTime started = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
    const qint64 run =
            store.beginRun(TestEnv, u"Test"_s, u"/home/anna/sertifikater.xlsx"_s, started);
    QVERIFY(run > 0);
    std::optional<StoreRun> info = store.run(run);
    QVERIFY(info);
    QCOMPARE(info->id, run);
    QCOMPARE(info->environmentId, TestEnv);
    QCOMPARE(info->environmentTitle, u"Test"_s);
    QCOMPARE(info->startedAt, started);
    QVERIFY(!info->finishedAt.isValid());
    QCOMPARE(info->sourceFile, u"/home/anna/sertifikater.xlsx"_s);
    QVERIFY(store.finishRun(run, started.addSecs(12), 990, 7, 3));
    info = store.run(run);
    QCOMPARE(info->finishedAt, started.addSecs(12));
    QCOMPARE(info->uploaded, 990);
    QCOMPARE(info->rejected, 7);
    QCOMPARE(info->unconfirmed, 3);
    QVERIFY(!store.finishRun(run + 100, started, 1, 1, 1));
    QVERIFY(!store.run(run + 100));
    QVERIFY(store.beginRun(TestEnv, u"Test"_s, u"/b.csv"_s, started) > run);
}

void TestCertificateStore::registerSnapshot()
{
    CertificateStore store;
    QVERIFY(store.open(path(u"register.sqlite"_s)));
    QVERIFY(!store.loadRegister(TestEnv));
    const EmployeeRecords first = {{u"1042"_s, u"Kari"_s, u"Nordmann"_s},
                                   {u"0007"_s, u"Ola"_s, QString()},
                                   {u"1042"_s, u"Kari"_s, u"Duplikat"_s}};
    const QDateTime readAt = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    QVERIFY(store.saveRegister(TestEnv, first, readAt));
    std::optional<RegisterSnapshot> snapshot = store.loadRegister(TestEnv);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->records, first);
    QCOMPARE(snapshot->readAt, readAt);
    QVERIFY(!store.loadRegister(ProductionEnv));

    // Replaced whole, not merged.
    const EmployeeRecords second = {{u"2001"_s, u"Åse"_s, u"Ødegård"_s}};
    QVERIFY(store.saveRegister(TestEnv, second, readAt.addDays(1)));
    snapshot = store.loadRegister(TestEnv);
    QCOMPARE(snapshot->records, second);
    QCOMPARE(snapshot->readAt, readAt.addDays(1));
    // An empty register is a register read.
    QVERIFY(store.saveRegister(ProductionEnv, {}, readAt));
    QVERIFY(store.loadRegister(ProductionEnv));
    QVERIFY(store.loadRegister(ProductionEnv)->records.isEmpty());
}

void TestCertificateStore::acceptedTypes_data()
{
    QTest::addColumn<QList<QStringList>>("batches");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("oldest first") << QList<QStringList> {{u"Kran"_s, u"Truck"_s}, {u"Lift"_s}} << 10
                                  << QStringList {u"Kran"_s, u"Truck"_s, u"Lift"_s};
    QTest::newRow("re-accepted is the newest")
            << QList<QStringList> {{u"Kran"_s, u"Truck"_s}, {u"Lift"_s}, {u"Kran"_s}} << 10
            << QStringList {u"Truck"_s, u"Lift"_s, u"Kran"_s};
    QTest::newRow("the most recent within the limit")
            << QList<QStringList> {{u"Kran"_s, u"Truck"_s}, {u"Lift"_s}, {u"Kran"_s}} << 2
            << QStringList {u"Lift"_s, u"Kran"_s};
    QTest::newRow("empty spellings left out")
            << QList<QStringList> {{QString(), u"Kran"_s}, {}} << 10 << QStringList {u"Kran"_s};
    QTest::newRow("exact spellings") << QList<QStringList> {{u"Kran"_s, u"kran"_s, u"Kran "_s}}
                                     << 10 << QStringList {u"Kran"_s, u"kran"_s, u"Kran "_s};
}

void TestCertificateStore::acceptedTypes()
{
    QFETCH(QList<QStringList>, batches);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    CertificateStore store;
    QVERIFY(store.open(path(u"types-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())))));
    QDateTime at = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
    for (const QStringList &batch : std::as_const(batches)) {
        QVERIFY(store.addAcceptedTypes(TestEnv, batch, at));
        at = at.addSecs(1);
    }
    QCOMPARE(store.acceptedTypes(TestEnv, limit), expected);
    QCOMPARE(store.acceptedTypes(ProductionEnv, limit), QStringList());
}

void TestCertificateStore::legacyKnownTypesImportedOnce()
{
    QSettings settings(path(u"legacy.ini"_s), QSettings::IniFormat);
    settings.setValue(KnownCertificateTypes::settingsKey(u"test"_s),
                      QStringList {u"Byggekort"_s, u"Kran"_s});
    settings.setValue(KnownCertificateTypes::settingsKey(u"production"_s),
                      QStringList {u"Fallsikring"_s});
    settings.setValue(KnownCertificateTypes::settingsKey(u"sandbox"_s), QStringList {u"Truck"_s});
    settings.setValue(KnownCertificateTypes::settingsKey(u"custom"_s), QStringList {u"Lift"_s});

    CertificateStore store;
    QVERIFY(store.open(path(u"legacy.sqlite"_s)));
    QVERIFY(store.importLegacyKnownTypes(settings));
    QCOMPARE(store.acceptedTypes(TestEnv), (QStringList {u"Byggekort"_s, u"Kran"_s}));
    QCOMPARE(store.acceptedTypes(ProductionEnv), QStringList {u"Fallsikring"_s});
    QCOMPARE(store.acceptedTypes(u"sandbox"_s), QStringList {u"Truck"_s});

    // Once: types the store learnt since, and changes to the old keys, stay as they are.
    settings.setValue(KnownCertificateTypes::settingsKey(u"test"_s), QStringList {u"Stillas"_s});
    QVERIFY(store.addAcceptedTypes(TestEnv, {u"Byggekort"_s}, QDateTime::currentDateTimeUtc()));
    QVERIFY(store.importLegacyKnownTypes(settings));
    QCOMPARE(store.acceptedTypes(TestEnv), (QStringList {u"Kran"_s, u"Byggekort"_s}));
    // The settings themselves are left alone (the upload code still reads them).
    QCOMPARE(settings.value(KnownCertificateTypes::settingsKey(u"custom"_s)).toStringList(),
             QStringList {u"Lift"_s});
}

void TestCertificateStore::checkUnusable(CertificateStore &store, const QString &message)
{
    QCOMPARE(store.errorMessage(), message);
    QVERIFY(!store.loadLedger(TestEnv));
    QVERIFY(!store.run(1));
    QVERIFY(!store.loadRegister(TestEnv));
    QCOMPARE(store.acceptedTypes(TestEnv), QStringList());
    QCOMPARE(store.beginRun(TestEnv, u"Test"_s, u"/a.csv"_s, QDateTime::currentDateTimeUtc()), 0);
    QCOMPARE(store.errorMessage(), message);
    QVERIFY(!store.finishRun(1, QDateTime::currentDateTimeUtc(), 1, 0, 0));
    QVERIFY(!store.recordSends(TestEnv, 1, {send(u"1042"_s, u"Byggekort"_s, u"A1"_s, true, 1)}));
    QCOMPARE(store.errorMessage(), message);
    QVERIFY(!store.saveRegister(TestEnv, {}, QDateTime::currentDateTimeUtc()));
    QVERIFY(!store.addAcceptedTypes(TestEnv, {u"Kran"_s}, QDateTime::currentDateTimeUtc()));
    QSettings settings(path(u"unused.ini"_s), QSettings::IniFormat);
    QVERIFY(!store.importLegacyKnownTypes(settings));
    QCOMPARE(store.errorMessage(), message);
}

void TestCertificateStore::unusableStore_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // the file's content; empty: see the rows
    QTest::addColumn<CertificateStore::Status>("status");
    QTest::addColumn<QString>("message"); // %1: the file

    const QString damaged = u"The local store %1 is damaged and cannot be read. The app works "
                            "without it: nothing is remembered of uploads until the file is "
                            "moved away (a new one is made)."_s;
    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("random bytes") << u"random.sqlite"_s << random
                                  << CertificateStore::Status::Corrupt << damaged;
    QTest::newRow("text file") << u"text.sqlite"_s
                               << QByteArray("employee;type\n1042;Byggekort\n").repeated(100)
                               << CertificateStore::Status::Corrupt << damaged;
    QTest::newRow("truncated header") << u"truncated.sqlite"_s << QByteArray("truncate:60")
                                      << CertificateStore::Status::Corrupt << damaged;
    QTest::newRow("newer version")
            << u"newer.sqlite"_s << QByteArray("user_version:99")
            << CertificateStore::Status::NewerVersion
            << u"The local store %1 was written by a newer version of Ditio Certificates (store "
               "version 99; this version reads up to 2). The app works without it: update Ditio "
               "Certificates to use it."_s;
    QTest::newRow("a folder") << u"folder.sqlite"_s << QByteArray("folder")
                              << CertificateStore::Status::Failed
                              << u"The local store %1 cannot be used (it is a folder). The app "
                                 "works without it: nothing is remembered of uploads."_s;
}

void TestCertificateStore::unusableStore()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(CertificateStore::Status, status);
    QFETCH(QString, message);

    const QString file = path(name);
    if (bytes == "folder") {
        QVERIFY(QDir().mkpath(file));
    } else if (bytes.startsWith("truncate:") || bytes.startsWith("user_version:")) {
        {
            CertificateStore good;
            QVERIFY(good.open(file));
            QVERIFY(good.recordSends(TestEnv, 1,
                                     {send(u"1042"_s, u"Byggekort"_s, u"A1"_s, true, 1)}));
        }
        if (bytes.startsWith("user_version:")) {
            RawConnection raw(file);
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(bytes.mid(13).toInt())));
        } else {
            QFile cut(file);
            QVERIFY(cut.resize(bytes.mid(9).toInt()));
        }
    } else {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes), bytes.size());
    }
    const QByteArray before = bytes == "folder" ? QByteArray() : [&] {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }();

    CertificateStore store;
    QVERIFY(!store.open(file));
    QCOMPARE(store.status(), status);
    QVERIFY(!store.isOpen());
    checkUnusable(store, message.arg(native(name)));
    store.close();
    // Left as it was: the user may want it back.
    if (bytes != "folder") {
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), before);
    }
}

void TestCertificateStore::lockedStore()
{
    const QString file = path(u"locked.sqlite"_s);
    {
        CertificateStore store;
        QVERIFY(store.open(file));
    }
    // Another program holds the file exclusively (even readers are kept out).
    auto other = std::make_unique<RawConnection>(file);
    QVERIFY(other->exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
    QVERIFY(other->exec(u"BEGIN EXCLUSIVE"_s));
    QVERIFY(other->exec(u"INSERT INTO environments (key, title) VALUES ('x', 'x')"_s));

    CertificateStore store;
    store.setBusyTimeout(100);
    QVERIFY(!store.open(file));
    QCOMPARE(store.status(), CertificateStore::Status::Locked);
    checkUnusable(store,
                  u"The local store %1 is in use by another program and could not be opened in "
                  "time. The app works without it: nothing is remembered of uploads until that "
                  "program lets go of it."_s.arg(native(u"locked.sqlite"_s)));

    // Once it lets go, the store opens again.
    other.reset();
    QVERIFY(store.open(file));
    QCOMPARE(store.status(), CertificateStore::Status::Ok);
}

// Tests run as root, for whom a file's mode does not keep writes out. So the
// file is opened the way the app opens a file it may not write
// (QSQLITE_OPEN_READONLY), through the setReadOnly() seam instead of chmod:
// SQLite itself then refuses every write, root or not.
void TestCertificateStore::readOnlyStore()
{
    const QString file = path(u"readonly.sqlite"_s);
    {
        CertificateStore store;
        QVERIFY(store.open(file));
        QVERIFY(store.recordSends(TestEnv, 1, {send(u"1042"_s, u"Byggekort"_s, u"A1"_s, true, 1)}));
        QVERIFY(store.addAcceptedTypes(TestEnv, {u"Kran"_s}, QDateTime::currentDateTimeUtc()));
    }
    CertificateStore store;
    store.setReadOnly(true);
    QVERIFY(store.open(file));
    QCOMPARE(store.status(), CertificateStore::Status::ReadOnly);
    QVERIFY(store.isOpen());
    const QString message =
            u"The local store %1 is read-only: uploads are not remembered. Make "
            "the file writable to remember them."_s.arg(native(u"readonly.sqlite"_s));
    QCOMPARE(store.errorMessage(), message);
    // Look-ups work.
    QCOMPARE(store.loadLedger(TestEnv)->size(), 1);
    QCOMPARE(store.acceptedTypes(TestEnv), QStringList {u"Kran"_s});
    // Writes do not.
    QCOMPARE(store.beginRun(TestEnv, u"Test"_s, u"/a.csv"_s, QDateTime::currentDateTimeUtc()), 0);
    QCOMPARE(store.errorMessage(), message);
    QVERIFY(!store.recordSends(TestEnv, 1, {send(u"1043"_s, u"Kran"_s, u"K1"_s, true, 2)}));
    QVERIFY(!store.saveRegister(TestEnv, {}, QDateTime::currentDateTimeUtc()));
    QVERIFY(!store.addAcceptedTypes(TestEnv, {u"Truck"_s}, QDateTime::currentDateTimeUtc()));
    QCOMPARE(store.errorMessage(), message);
    QCOMPARE(store.loadLedger(TestEnv)->size(), 1);

    // SQLite really refuses writes on such a connection: nothing got in through the seam.
    CertificateStore writable;
    QVERIFY(writable.open(file));
    QCOMPARE(writable.loadLedger(TestEnv)->size(), 1);
    QCOMPARE(writable.acceptedTypes(TestEnv), QStringList {u"Kran"_s});
}

QTEST_GUILESS_MAIN(TestCertificateStore)
#include "tst_certificatestore.moc"
