#include "certificatestore.h"

#include "net/ditioenvironment.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Ditio {

namespace {

// SQLite's primary result codes (sqlite3.h), as Qt's driver reports them in
// QSqlError::nativeErrorCode(); extended codes carry them in the low byte.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

const QString LegacyImportKey = QStringLiteral("legacy_known_types_imported");

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

// Prepared once per connection and reused: preparing costs more than a row.
struct CertificateStore::Statements
{
    explicit Statements(const QSqlDatabase &db) : confirmed(db), unconfirmed(db) { }
    QSqlQuery confirmed;
    QSqlQuery unconfirmed;
    bool prepared = false;
};

CertificateStore::CertificateStore()
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("ditio-store-%1").arg(++counter);
}

CertificateStore::~CertificateStore()
{
    close();
}

QString CertificateStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/store.sqlite");
}

QString CertificateStore::resolvePath(const QString &optionValue)
{
    if (!optionValue.isEmpty())
        return optionValue;
    const QString fromEnvironment = qEnvironmentVariable("DITIO_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

QString CertificateStore::environmentId(const DitioEnvironment &environment)
{
    if (environment.kind() == DitioEnvironment::Kind::Sandbox)
        return QStringLiteral("sandbox");
    const QUrl url = environment.apiBase();
    const QString scheme = url.scheme().toLower();
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // IPv6
    int port = url.port();
    if ((scheme == u"https" && port == 443) || (scheme == u"http" && port == 80))
        port = -1;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    QString id = scheme + QStringLiteral("://") + host;
    if (port != -1)
        id += u':' + QString::number(port);
    return id + path;
}

QStringList CertificateStore::migrationStep(int toVersion)
{
    // Ordered steps, each run in one transaction with the version bump; a
    // released step is never changed, a new schema is a new step.
    switch (toVersion) {
    case 1:
        return {
                QStringLiteral("CREATE TABLE environments ("
                               " id INTEGER PRIMARY KEY,"
                               " key TEXT NOT NULL UNIQUE," // CertificateStore::environmentId()
                               " title TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE runs ("
                               " id INTEGER PRIMARY KEY,"
                               " environment INTEGER NOT NULL REFERENCES environments(id),"
                               " started_at INTEGER NOT NULL," // UTC ms
                               " finished_at INTEGER,"
                               " source_file TEXT NOT NULL,"
                               " uploaded INTEGER NOT NULL DEFAULT 0,"
                               " rejected INTEGER NOT NULL DEFAULT 0,"
                               " unconfirmed INTEGER NOT NULL DEFAULT 0)"),
                // A million keys: small integers, values as one BLOB, no rowid,
                // no second index. Run ids are not foreign keys: checking them
                // would cost a look-up per row for nothing the app relies on.
                QStringLiteral("CREATE TABLE ledger ("
                               " environment INTEGER NOT NULL REFERENCES environments(id),"
                               " employee_number TEXT NOT NULL,"
                               " certificate_type TEXT NOT NULL,"
                               " confirmed_values BLOB,"
                               " confirmed_at INTEGER,"
                               " confirmed_run INTEGER,"
                               " unconfirmed_values BLOB,"
                               " unconfirmed_at INTEGER,"
                               " unconfirmed_run INTEGER,"
                               " PRIMARY KEY (environment, employee_number, certificate_type))"
                               " WITHOUT ROWID"),
        };
    case 2:
        return {
                QStringLiteral("CREATE TABLE register_snapshots ("
                               " environment INTEGER PRIMARY KEY REFERENCES environments(id),"
                               " read_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE register_employees ("
                               " environment INTEGER NOT NULL"
                               "  REFERENCES register_snapshots(environment) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL," // the order Ditio listed them in
                               " employee_number TEXT NOT NULL,"
                               " first_name TEXT NOT NULL,"
                               " last_name TEXT NOT NULL,"
                               " PRIMARY KEY (environment, position)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE accepted_types ("
                               " environment INTEGER NOT NULL REFERENCES environments(id),"
                               " type TEXT NOT NULL,"
                               " accepted_at INTEGER NOT NULL,"
                               " seq INTEGER NOT NULL," // higher: accepted more recently
                               " PRIMARY KEY (environment, type)) WITHOUT ROWID"),
                QStringLiteral(
                        "CREATE INDEX accepted_types_by_seq ON accepted_types (environment, seq)"),
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
                               " WITHOUT ROWID"),
        };
    default:
        return {};
    }
}

QSqlDatabase CertificateStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString CertificateStore::messageFor(Status status, const QString &detail) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (status) {
    case Status::Closed:
        return tr("The local store is not open. The app works without it: nothing is remembered "
                  "of uploads.");
    case Status::Ok:
        return {};
    case Status::ReadOnly:
        return tr("The local store %1 is read-only: uploads are not remembered. Make the file "
                  "writable to remember them.")
                .arg(file);
    case Status::Corrupt:
        return tr("The local store %1 is damaged and cannot be read. The app works without it: "
                  "nothing is remembered of uploads until the file is moved away (a new one is "
                  "made).")
                .arg(file);
    case Status::Locked:
        return tr("The local store %1 is in use by another program and could not be opened in "
                  "time. The app works without it: nothing is remembered of uploads until that "
                  "program lets go of it.")
                .arg(file);
    case Status::NewerVersion:
        return tr("The local store %1 was written by a newer version of Ditio Certificates "
                  "(store version %2; this version reads up to %3). The app works without it: "
                  "update Ditio Certificates to use it.")
                .arg(file, detail, QString::number(SchemaVersion));
    case Status::Failed:
        return tr("The local store %1 cannot be used (%2). The app works without it: nothing is "
                  "remembered of uploads.")
                .arg(file, detail);
    }
    return {};
}

CertificateStore::Status CertificateStore::statusOf(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return Status::Locked;
    case SqliteReadOnly:
        return Status::ReadOnly;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Status::Corrupt;
    default:
        return Status::Failed;
    }
}

bool CertificateStore::fail(Status status, const QString &message)
{
    m_status = status;
    m_errorMessage = message;
    m_statements.reset();
    return false;
}

// A write (or read) that failed on an open store: the message says why. A
// damaged file stays unusable; a busy or full one may work next time.
bool CertificateStore::writeFailed(const QSqlError &error)
{
    const Status status = statusOf(error);
    m_lastFailure = status;
    m_errorMessage = messageFor(status, error.databaseText());
    if (status == Status::Corrupt)
        m_status = Status::Corrupt;
    return false;
}

bool CertificateStore::usable(bool forWriting)
{
    if (m_status == Status::Ok)
        return true;
    if (m_status == Status::ReadOnly && !forWriting)
        return true;
    if (m_errorMessage.isEmpty() || (m_status == Status::ReadOnly && forWriting))
        m_errorMessage = messageFor(m_status);
    return false;
}

bool CertificateStore::exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    return writeFailed(query.lastError());
}

bool CertificateStore::begin()
{
    // IMMEDIATE: take the write lock now, waiting (busy timeout) for another
    // writer, rather than failing at the first write of a read transaction.
    QSqlQuery query(database());
    return exec(query, QStringLiteral("BEGIN IMMEDIATE"));
}

bool CertificateStore::commit()
{
    QSqlQuery query(database());
    if (exec(query, QStringLiteral("COMMIT")))
        return true;
    rollback();
    return false;
}

void CertificateStore::rollback()
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
    m_environmentRows.clear(); // rows made in the transaction are gone
}

bool CertificateStore::open(const QString &path)
{
    close();
    m_path = path;
    m_errorMessage.clear();
    const QFileInfo info(path);
    if (info.isDir())
        return fail(Status::Failed, messageFor(Status::Failed, tr("it is a folder")));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Status::Failed, messageFor(Status::Failed, tr("its folder cannot be made")));
    const bool readOnly = m_forceReadOnly || (info.exists() && !info.isWritable());

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            return fail(Status::Failed,
                        messageFor(Status::Failed, tr("Qt's SQLite driver is not installed")));
        }
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            const Status status = statusOf(error);
            return fail(status, messageFor(status, error.databaseText()));
        }
    }
    m_status = Status::Ok; // for exec(); settled below

    // The header first: random bytes or a cut file fail here.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const QSqlError error = query.lastError();
        const Status status = statusOf(error);
        return fail(status, messageFor(status, error.databaseText()));
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion)
        return fail(Status::NewerVersion,
                    messageFor(Status::NewerVersion, QString::number(version)));

    const auto pragma = [&](const QString &sql) {
        if (query.exec(sql)) {
            query.finish();
            return true;
        }
        const QSqlError error = query.lastError();
        const Status status = statusOf(error);
        return fail(status, messageFor(status, error.databaseText()));
    };
    if (!pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs))
        || !pragma(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        return false;
    }
    if (readOnly) {
        m_status = Status::ReadOnly;
        m_errorMessage = messageFor(Status::ReadOnly);
        return true;
    }
    // WAL: the window reads while a cron job writes. NORMAL is durable
    // across a crash of the program; a power cut may lose the last commit.
    if (!pragma(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !pragma(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        return false;
    }
    m_lastFailure = Status::Failed;
    if (!migrate()) // the message is set
        return fail(m_status == Status::Ok ? m_lastFailure : m_status, m_errorMessage);
    m_errorMessage.clear();
    return true;
}

bool CertificateStore::migrate()
{
    for (int target = 1; target <= SchemaVersion; ++target) {
        if (!begin())
            return false;
        // Read inside the write transaction: another process opening the
        // same new file at the same moment has either done this step or waits.
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!exec(query, QStringLiteral("PRAGMA user_version")) || !query.next()) {
            rollback();
            return false;
        }
        const int version = query.value(0).toInt();
        query.finish();
        if (version > SchemaVersion) {
            rollback();
            return fail(Status::NewerVersion,
                        messageFor(Status::NewerVersion, QString::number(version)));
        }
        if (version >= target) {
            rollback();
            continue;
        }
        const QStringList statements = migrationStep(target);
        for (const QString &sql : statements) {
            if (!exec(query, sql)) {
                rollback();
                return false;
            }
        }
        if (!exec(query, QStringLiteral("PRAGMA user_version = %1").arg(target)) || !commit()) {
            rollback();
            return false;
        }
    }
    return true;
}

void CertificateStore::close()
{
    m_statements.reset();
    m_environmentRows.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_status = Status::Closed;
}

qint64 CertificateStore::environmentRow(const QString &envId, bool create, const QString &title)
{
    const auto cached = m_environmentRows.constFind(envId);
    if (cached != m_environmentRows.cend() && title.isEmpty())
        return *cached;
    QSqlQuery query(database());
    if (create) {
        query.prepare(title.isEmpty()
                              ? QStringLiteral("INSERT INTO environments (key, title) VALUES (?, ?)"
                                               " ON CONFLICT (key) DO NOTHING")
                              : QStringLiteral("INSERT INTO environments (key, title) VALUES (?, ?)"
                                               " ON CONFLICT (key) DO UPDATE SET title = "
                                               "excluded.title"));
        query.bindValue(0, envId);
        query.bindValue(1, title.isEmpty() ? envId : title);
        if (!query.exec()) {
            writeFailed(query.lastError());
            return 0;
        }
    }
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM environments WHERE key = ?"));
    query.bindValue(0, envId);
    if (!query.exec()) {
        writeFailed(query.lastError());
        return 0;
    }
    if (!query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    m_environmentRows.insert(envId, id);
    return id;
}

qint64 CertificateStore::beginRun(const QString &envId, const QString &envTitle,
                                  const QString &sourceFile, const QDateTime &startedAt)
{
    if (!usable(true) || !begin())
        return 0;
    const qint64 environment = environmentRow(envId, true, envTitle);
    if (environment == 0) {
        rollback();
        return 0;
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
            "INSERT INTO runs (environment, started_at, source_file) VALUES (?, ?, ?)"));
    query.bindValue(0, environment);
    query.bindValue(1, msOf(startedAt));
    query.bindValue(2, sourceFile);
    if (!query.exec()) {
        writeFailed(query.lastError());
        rollback();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    return commit() ? id : 0;
}

bool CertificateStore::finishRun(qint64 run, const QDateTime &finishedAt, int uploaded,
                                 int rejected, int unconfirmed)
{
    if (!usable(true) || !begin())
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE runs SET finished_at = ?, uploaded = ?, rejected = ?,"
                                 " unconfirmed = ? WHERE id = ?"));
    query.bindValue(0, msOf(finishedAt));
    query.bindValue(1, uploaded);
    query.bindValue(2, rejected);
    query.bindValue(3, unconfirmed);
    query.bindValue(4, run);
    if (!query.exec()) {
        writeFailed(query.lastError());
        rollback();
        return false;
    }
    const bool found = query.numRowsAffected() == 1;
    return commit() && found;
}

bool CertificateStore::recordSends(const QString &envId, qint64 run, const QList<LedgerSend> &sends)
{
    if (!usable(true))
        return false;
    if (sends.isEmpty())
        return true;
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(database());
    }
    Statements &s = *m_statements;
    if (!s.prepared) {
        // Confirmed: Ditio has these values now; an earlier unclear send is settled.
        if (!s.confirmed.prepare(QStringLiteral(
                    "INSERT INTO ledger (environment, employee_number, certificate_type,"
                    " confirmed_values, confirmed_at, confirmed_run)"
                    " VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (environment, employee_number, certificate_type) DO UPDATE SET"
                    " confirmed_values = excluded.confirmed_values,"
                    " confirmed_at = excluded.confirmed_at,"
                    " confirmed_run = excluded.confirmed_run,"
                    " unconfirmed_values = NULL, unconfirmed_at = NULL,"
                    " unconfirmed_run = NULL"))
            // Unconfirmed: what Ditio last confirmed stays as it was.
            || !s.unconfirmed.prepare(QStringLiteral(
                    "INSERT INTO ledger (environment, employee_number, certificate_type,"
                    " unconfirmed_values, unconfirmed_at, unconfirmed_run)"
                    " VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (environment, employee_number, certificate_type) DO UPDATE SET"
                    " unconfirmed_values = excluded.unconfirmed_values,"
                    " unconfirmed_at = excluded.unconfirmed_at,"
                    " unconfirmed_run = excluded.unconfirmed_run"))) {
            const QSqlError error = s.confirmed.lastError().isValid() ? s.confirmed.lastError()
                                                                      : s.unconfirmed.lastError();
            m_statements.reset();
            return writeFailed(error);
        }
        s.prepared = true;
    }
    if (!begin())
        return false;
    const qint64 environment = environmentRow(envId, true);
    if (environment == 0) {
        rollback();
        return false;
    }
    const QVariant environmentValue(environment);
    const QVariant runValue(run);
    for (const LedgerSend &send : sends) {
        QSqlQuery &query = send.confirmed ? s.confirmed : s.unconfirmed;
        query.bindValue(0, environmentValue);
        query.bindValue(1, send.employeeNumber);
        query.bindValue(2, send.certificateType);
        query.bindValue(3, send.values);
        query.bindValue(4, send.atMs);
        query.bindValue(5, runValue);
        if (!query.exec()) {
            writeFailed(query.lastError());
            rollback();
            return false;
        }
    }
    s.confirmed.finish();
    s.unconfirmed.finish();
    return commit();
}

std::optional<Ledger> CertificateStore::loadLedger(const QString &envId)
{
    if (!usable(false))
        return std::nullopt;
    Ledger ledger;
    ledger.setEnvironmentId(envId);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM ledger WHERE environment ="
                                 " (SELECT id FROM environments WHERE key = ?)"));
    query.bindValue(0, envId);
    if (!query.exec() || !query.next()) {
        writeFailed(query.lastError());
        return std::nullopt;
    }
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    if (count == 0)
        return ledger;
    ledger.reserve(count);
    query.prepare(QStringLiteral(
            "SELECT employee_number, certificate_type, confirmed_values, confirmed_at,"
            " confirmed_run, unconfirmed_values, unconfirmed_at, unconfirmed_run"
            " FROM ledger WHERE environment = (SELECT id FROM environments WHERE key = ?)"));
    query.bindValue(0, envId);
    if (!query.exec()) {
        writeFailed(query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        LedgerEntry entry;
        entry.employeeNumber = query.value(0).toString();
        entry.certificateType = query.value(1).toString();
        entry.confirmedValues = query.value(2).toByteArray();
        entry.confirmedAtMs = query.value(3).toLongLong();
        entry.confirmedRun = query.value(4).toLongLong();
        entry.unconfirmedValues = query.value(5).toByteArray();
        entry.unconfirmedAtMs = query.value(6).toLongLong();
        entry.unconfirmedRun = query.value(7).toLongLong();
        ledger.insert(std::move(entry));
    }
    if (query.lastError().isValid()) { // a damaged page half-way
        writeFailed(query.lastError());
        return std::nullopt;
    }
    return ledger;
}

std::optional<StoreRun> CertificateStore::run(qint64 id)
{
    if (!usable(false))
        return std::nullopt;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT r.id, e.key, e.title, r.started_at, r.finished_at, r.source_file,"
            " r.uploaded, r.rejected, r.unconfirmed"
            " FROM runs r JOIN environments e ON e.id = r.environment WHERE r.id = ?"));
    query.bindValue(0, id);
    if (!query.exec()) {
        writeFailed(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    StoreRun run;
    run.id = query.value(0).toLongLong();
    run.environmentId = query.value(1).toString();
    run.environmentTitle = query.value(2).toString();
    run.startedAt = timeOf(query.value(3));
    run.finishedAt = timeOf(query.value(4));
    run.sourceFile = query.value(5).toString();
    run.uploaded = query.value(6).toInt();
    run.rejected = query.value(7).toInt();
    run.unconfirmed = query.value(8).toInt();
    return run;
}

bool CertificateStore::saveRegister(const QString &envId, const EmployeeRecords &records,
                                    const QDateTime &readAt)
{
    if (!usable(true) || !begin())
        return false;
    const qint64 environment = environmentRow(envId, true);
    if (environment == 0) {
        rollback();
        return false;
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM register_employees WHERE environment = ?"));
    query.bindValue(0, environment);
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral("INSERT INTO register_snapshots (environment, read_at)"
                                     " VALUES (?, ?) ON CONFLICT (environment) DO UPDATE SET"
                                     " read_at = excluded.read_at"));
        query.bindValue(0, environment);
        query.bindValue(1, msOf(readAt));
        ok = query.exec();
    }
    if (ok) {
        ok = query.prepare(
                QStringLiteral("INSERT INTO register_employees"
                               " (environment, position, employee_number, first_name, last_name)"
                               " VALUES (?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; ok && i < records.size(); ++i) {
            const EmployeeRecord &record = records.at(i);
            query.bindValue(0, environment);
            query.bindValue(1, qint64(i));
            query.bindValue(2, record.employeeNumber);
            // NOT NULL columns: a null QString would bind as NULL.
            query.bindValue(3, record.firstName.isNull() ? QStringLiteral("") : record.firstName);
            query.bindValue(4, record.lastName.isNull() ? QStringLiteral("") : record.lastName);
            ok = query.exec();
        }
    }
    if (!ok) {
        writeFailed(query.lastError());
        rollback();
        return false;
    }
    query.finish();
    return commit();
}

std::optional<RegisterSnapshot> CertificateStore::loadRegister(const QString &envId)
{
    if (!usable(false))
        return std::nullopt;
    const qint64 environment = environmentRow(envId, false);
    if (environment == 0)
        return std::nullopt;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT read_at FROM register_snapshots WHERE environment = ?"));
    query.bindValue(0, environment);
    if (!query.exec()) {
        writeFailed(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    RegisterSnapshot snapshot;
    snapshot.readAt = timeOf(query.value(0));
    query.finish();
    query.prepare(QStringLiteral("SELECT employee_number, first_name, last_name"
                                 " FROM register_employees WHERE environment = ?"
                                 " ORDER BY position"));
    query.bindValue(0, environment);
    if (!query.exec()) {
        writeFailed(query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        snapshot.records.append(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return snapshot;
}

QStringList CertificateStore::acceptedTypes(const QString &envId, int limit)
{
    if (!usable(false) || limit <= 0)
        return {};
    const qint64 environment = environmentRow(envId, false);
    if (environment == 0)
        return {};
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT type FROM (SELECT type, seq FROM accepted_types"
                                 " WHERE environment = ? ORDER BY seq DESC LIMIT ?)"
                                 " ORDER BY seq"));
    query.bindValue(0, environment);
    query.bindValue(1, limit);
    if (!query.exec()) {
        writeFailed(query.lastError());
        return {};
    }
    QStringList types;
    while (query.next())
        types.append(query.value(0).toString());
    return types;
}

bool CertificateStore::insertAcceptedTypes(qint64 environment, const QStringList &types,
                                           const QDateTime &at)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT coalesce(max(seq), 0) FROM accepted_types WHERE environment = ?"));
    query.bindValue(0, environment);
    if (!query.exec() || !query.next())
        return writeFailed(query.lastError());
    qint64 seq = query.value(0).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO accepted_types (environment, type, accepted_at, seq)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (environment, type) DO UPDATE"
                                 " SET accepted_at = excluded.accepted_at, seq = excluded.seq"));
    for (const QString &type : types) {
        if (type.isEmpty())
            continue;
        query.bindValue(0, environment);
        query.bindValue(1, type);
        query.bindValue(2, msOf(at));
        query.bindValue(3, ++seq);
        if (!query.exec())
            return writeFailed(query.lastError());
    }
    return true;
}

bool CertificateStore::addAcceptedTypes(const QString &envId, const QStringList &types,
                                        const QDateTime &at)
{
    if (!usable(true))
        return false;
    if (types.isEmpty())
        return true;
    if (!begin())
        return false;
    const qint64 environment = environmentRow(envId, true);
    if (environment == 0 || !insertAcceptedTypes(environment, types, at)) {
        rollback();
        return false;
    }
    return commit();
}

bool CertificateStore::importLegacyKnownTypes(QSettings &settings)
{
    if (!usable(true) || !begin())
        return false;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bindValue(0, LegacyImportKey);
    if (!query.exec()) {
        writeFailed(query.lastError());
        rollback();
        return false;
    }
    if (query.next()) {
        query.finish();
        rollback(); // nothing written
        return true;
    }
    query.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const struct
    {
        QString legacyKey;
        DitioEnvironment environment;
    } legacy[] = {
            {QStringLiteral("test"), DitioEnvironment::test()},
            {QStringLiteral("production"), DitioEnvironment::production()},
            {QStringLiteral("sandbox"), DitioEnvironment::sandbox({}, {})},
    };
    for (const auto &[legacyKey, environment] : legacy) {
        const QStringList types =
                settings.value(KnownCertificateTypes::settingsKey(legacyKey)).toStringList();
        if (types.isEmpty())
            continue;
        const qint64 row = environmentRow(environmentId(environment), true, environment.title());
        if (row == 0 || !insertAcceptedTypes(row, types, now)) {
            rollback();
            return false;
        }
    }
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    query.bindValue(0, LegacyImportKey);
    query.bindValue(1, now.toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        writeFailed(query.lastError());
        rollback();
        return false;
    }
    return commit();
}

} // namespace Ditio
