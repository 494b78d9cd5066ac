#pragma once

#include "ledger.h"
#include "ledgersend.h"
#include "register/knowncertificatetypes.h"
#include "registersnapshot.h"
#include "storerun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
class QSqlDatabase;
class QSqlError;
class QSqlQuery;
QT_END_NAMESPACE

namespace Ditio {

class DitioEnvironment;

// The local store: one SQLite database shared by the window and the command
// line, holding per environment what this computer sent to Ditio (the
// ledger), the last employee register read and the certificate types Ditio
// accepted. One connection, used on one thread (StoreWorker runs it off the
// UI thread). Every write is one transaction.
//
// A store that cannot be used (damaged, locked, read-only, written by a newer
// version) never stops the app: status() and errorMessage() say why, every
// write returns false and every read returns nothing, and callers go on
// without it.
class CertificateStore
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::CertificateStore)

public:
    enum class Status { Closed, Ok, ReadOnly, Corrupt, Locked, NewerVersion, Failed };

    // The schema version this build writes and reads (PRAGMA user_version).
    static constexpr int SchemaVersion = 2;
    static constexpr int DefaultBusyTimeoutMs = 5000;

    CertificateStore();
    ~CertificateStore();
    CertificateStore(const CertificateStore &) = delete;
    CertificateStore &operator=(const CertificateStore &) = delete;

    // <app data folder>/store.sqlite
    static QString defaultPath();
    // The option (--store) when given, else $DITIO_STORE when set, else defaultPath().
    static QString resolvePath(const QString &optionValue);
    // "sandbox" for the Sandbox (its port changes every run); otherwise the API
    // base with scheme and host in lower case, no default port, no query and
    // no trailing slash: "https://core-api.ditio.dev/core".
    static QString environmentId(const DitioEnvironment &environment);

    // Before open(): how long to wait for another writer (tests shorten it),
    // and opening read-only as if the file were not writable (a test seam:
    // tests run as root, for whom file modes do not apply).
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }
    void setReadOnly(bool readOnly) { m_forceReadOnly = readOnly; }

    // Creates the folder and file when missing, then brings the schema up to
    // SchemaVersion. True when the store can be read (Ok or ReadOnly).
    bool open(const QString &path);
    void close();

    Status status() const { return m_status; }
    bool isOpen() const { return m_status == Status::Ok || m_status == Status::ReadOnly; }
    QString path() const { return m_path; }
    // Why the store cannot be used, or why the last write failed; one or two
    // translated sentences naming the file. Empty when all is well.
    QString errorMessage() const { return m_errorMessage; }

    // The ledger ---------------------------------------------------------
    // Starts a run of uploads; creates the environment on first use. 0 on failure.
    qint64 beginRun(const QString &envId, const QString &envTitle, const QString &sourceFile,
                    const QDateTime &startedAt);
    bool finishRun(qint64 run, const QDateTime &finishedAt, int uploaded, int rejected,
                   int unconfirmed);
    // Confirmed sends replace the key's confirmed values and clear its
    // unconfirmed ones; unconfirmed sends set the unconfirmed values only.
    bool recordSends(const QString &envId, qint64 run, const QList<LedgerSend> &sends);
    // Empty when the environment has no entries; nullopt when the store is unusable.
    std::optional<Ledger> loadLedger(const QString &envId);
    std::optional<StoreRun> run(qint64 id);

    // The employee register snapshot --------------------------------------
    // Replaces the environment's snapshot.
    bool saveRegister(const QString &envId, const EmployeeRecords &records,
                      const QDateTime &readAt);
    // nullopt when never read (or the store is unusable).
    std::optional<RegisterSnapshot> loadRegister(const QString &envId);

    // Certificate types Ditio accepted ------------------------------------
    // The most recently accepted `limit`, oldest first.
    QStringList acceptedTypes(const QString &envId,
                              int limit = KnownCertificateTypes::DefaultLimit);
    // Types accepted again move to the newest.
    bool addAcceptedTypes(const QString &envId, const QStringList &types, const QDateTime &at);
    // Copies the types older versions kept in settings (KnownCertificateTypes'
    // keys for "test", "production" and "sandbox"; "custom" named no fixed
    // address) into the store, once per store. True when done, now or before.
    bool importLegacyKnownTypes(QSettings &settings);

    // The SQL of the migration step that brings the schema from toVersion - 1
    // to toVersion (1 or 2); tests build stores of older versions with it.
    static QStringList migrationStep(int toVersion);

private:
    QSqlDatabase database() const;
    bool usable(bool forWriting);
    bool fail(Status status, const QString &message);
    QString messageFor(Status status, const QString &detail = {}) const;
    Status statusOf(const QSqlError &error) const;
    bool writeFailed(const QSqlError &error);
    bool exec(QSqlQuery &query, const QString &sql);
    bool begin();
    bool commit();
    void rollback();
    bool migrate();
    // The environment's row id, created when create and missing; 0 when none.
    qint64 environmentRow(const QString &envId, bool create, const QString &title = {});
    bool insertAcceptedTypes(qint64 environment, const QStringList &types, const QDateTime &at);

    QString m_connectionName;
    QString m_path;
    Status m_status = Status::Closed;
    QString m_errorMessage;
    Status m_lastFailure = Status::Failed; // of the last failed statement
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    bool m_forceReadOnly = false;
    QHash<QString, qint64> m_environmentRows; // envId -> environments.id
    struct Statements;
    std::unique_ptr<Statements> m_statements; // prepared once, reused
};

} // namespace Ditio
