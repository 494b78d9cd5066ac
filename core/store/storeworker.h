#pragma once

#include "certificatestore.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QWaitCondition>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Ditio {

// Runs a CertificateStore on a thread of its own, so that no store work (a
// 100,000-row ledger write, a look-up on a busy file) ever runs on the UI
// thread. Every call returns at once; the work runs on the worker thread in
// the order of the calls. Results come back on the caller's thread: the
// callback runs through a queued call in the context object's thread, and is
// dropped when that object is gone (nullptr context: this object).
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(T)>;
    using OpenCallback = std::function<void(CertificateStore::Status, const QString &)>;

    explicit StoreWorker(QObject *parent = nullptr);
    // Finishes every queued call, then stops the thread.
    ~StoreWorker() override;

    void open(const QString &path, QObject *context = nullptr, OpenCallback done = {});
    void loadLedger(const QString &envId, QObject *context, Callback<std::optional<Ledger>> done);
    void beginRun(const QString &envId, const QString &envTitle, const QString &sourceFile,
                  const QDateTime &startedAt, QObject *context, Callback<qint64> done);
    void finishRun(qint64 run, const QDateTime &finishedAt, int uploaded, int rejected,
                   int unconfirmed, QObject *context = nullptr, Callback<bool> done = {});
    void recordSends(const QString &envId, qint64 run, const QList<LedgerSend> &sends,
                     QObject *context = nullptr, Callback<bool> done = {});
    void saveRegister(const QString &envId, const EmployeeRecords &records, const QDateTime &readAt,
                      QObject *context = nullptr, Callback<bool> done = {});
    void loadRegister(const QString &envId, QObject *context,
                      Callback<std::optional<RegisterSnapshot>> done);
    void acceptedTypes(const QString &envId, int limit, QObject *context,
                       Callback<QStringList> done);
    void addAcceptedTypes(const QString &envId, const QStringList &types, const QDateTime &at,
                          QObject *context = nullptr, Callback<bool> done = {});
    // Any other work on the store, in order with the rest (test seams such as
    // CertificateStore::setReadOnly() before open()).
    void call(std::function<void(CertificateStore &)> work);

    // Blocks until every call made so far has run (not their callbacks, which
    // need the caller's event loop): for the command line's exit and tests.
    void waitForIdle();

    QThread *workerThread() const { return m_thread; }

signals:
    // A write failed; once per distinct message.
    void problem(const QString &message);

private:
    void post(std::function<void()> work);
    template<typename T> void reply(const QPointer<QObject> &target, Callback<T> done, T result);
    // On the worker thread, after a write.
    void checkWrite(bool ok);

    QThread *m_thread = nullptr;
    QObject *m_receiver = nullptr; // lives on m_thread: queued calls run there
    std::unique_ptr<CertificateStore> m_store; // made, used and destroyed on m_thread
    QSet<QString> m_reported; // worker thread only
    QMutex m_mutex;
    QWaitCondition m_idle;
    int m_pending = 0; // guarded by m_mutex
};

} // namespace Ditio
