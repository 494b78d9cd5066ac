#include "storeworker.h"

#include <QMutexLocker>
#include <QThread>

namespace Ditio {

StoreWorker::StoreWorker(QObject *parent) : QObject(parent)
{
    m_thread = new QThread; // not a child: it must outlive the queue, see the destructor
    m_thread->setObjectName(QStringLiteral("Ditio store"));
    m_receiver = new QObject;
    m_receiver->moveToThread(m_thread);
    m_thread->start();
    post([this] { m_store = std::make_unique<CertificateStore>(); });
}

StoreWorker::~StoreWorker()
{
    // Queued writes first; then the connection goes on the thread it was used on.
    post([this] { m_store.reset(); });
    waitForIdle();
    m_thread->quit();
    m_thread->wait();
    delete m_receiver;
    delete m_thread;
}

void StoreWorker::post(std::function<void()> work)
{
    {
        const QMutexLocker lock(&m_mutex);
        ++m_pending;
    }
    // Queued calls to one receiver run in the order they were posted.
    QMetaObject::invokeMethod(
            m_receiver,
            [this, work = std::move(work)] {
                work();
                const QMutexLocker lock(&m_mutex);
                if (--m_pending == 0)
                    m_idle.wakeAll();
            },
            Qt::QueuedConnection);
}

void StoreWorker::waitForIdle()
{
    Q_ASSERT(QThread::currentThread() != m_thread);
    QMutexLocker lock(&m_mutex);
    while (m_pending > 0)
        m_idle.wait(&m_mutex);
}

// Through this object, which outlives the queue, to the caller's thread; there
// the context is checked (the pointer is only read on its own thread).
template<typename T>
void StoreWorker::reply(const QPointer<QObject> &target, Callback<T> done, T result)
{
    if (!done)
        return;
    QMetaObject::invokeMethod(
            this,
            [target, done = std::move(done), result = std::move(result)]() mutable {
                if (!target)
                    return;
                if (target->thread() == QThread::currentThread()) {
                    done(std::move(result));
                    return;
                }
                QMetaObject::invokeMethod(
                        target.data(),
                        [done = std::move(done), result = std::move(result)] { done(result); },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

void StoreWorker::checkWrite(bool ok)
{
    if (ok)
        return;
    const QString message = m_store->errorMessage();
    if (message.isEmpty() || m_reported.contains(message))
        return;
    m_reported.insert(message);
    // Emitted on this object's thread, not the worker's.
    QMetaObject::invokeMethod(
            this, [this, message] { emit problem(message); }, Qt::QueuedConnection);
}

void StoreWorker::open(const QString &path, QObject *context, OpenCallback done)
{
    const QPointer<QObject> target(context ? context : this);
    post([this, path, target, done = std::move(done)] {
        m_store->open(path);
        if (!done)
            return;
        reply<std::pair<CertificateStore::Status, QString>>(
                target,
                [done](const std::pair<CertificateStore::Status, QString> &result) {
                    done(result.first, result.second);
                },
                {m_store->status(), m_store->errorMessage()});
    });
}

void StoreWorker::loadLedger(const QString &envId, QObject *context,
                             Callback<std::optional<Ledger>> done)
{
    const QPointer<QObject> target(context ? context : this);
    post([=, this] { reply<std::optional<Ledger>>(target, done, m_store->loadLedger(envId)); });
}

void StoreWorker::beginRun(const QString &envId, const QString &envTitle, const QString &sourceFile,
                           const QDateTime &startedAt, QObject *context, Callback<qint64> done)
{
    const QPointer<QObject> target(context ? context : this);
    post([=, this] {
        const qint64 run = m_store->beginRun(envId, envTitle, sourceFile, startedAt);
        checkWrite(run != 0);
        reply<qint64>(target, done, run);
    });
}

void StoreWorker::finishRun(qint64 run, const QDateTime &finishedAt, int uploaded, int rejected,
                            int unconfirmed, QObject *context, Callback<bool> done)
{
    const QPointer<QObject> target(context ? context : this);
    post([=, this] {
        const bool ok = m_store->finishRun(run, finishedAt, uploaded, rejected, unconfirmed);
        checkWrite(ok);
        reply<bool>(target, done, ok);
    });
}

void StoreWorker::recordSends(const QString &envId, qint64 run, const QList<LedgerSend> &sends,
                              QObject *context, Callback<bool> done)
{
    const QPointer<QObject> target(context ? context : this);
    post([=, this] {
        const bool ok = m_store->recordSends(envId, run, sends);
        checkWrite(ok);
        reply<bool>(target, done, ok);
    });
}

void StoreWorker::saveRegister(const QString &envId, const EmployeeRecords &records,
                               const QDateTime &readAt, QObject *context, Callback<bool> done)
{
    const QPointer<QObject> target(context ? context : this);
    post([=, this] {
        const bool ok = m_store->saveRegister(envId, records, readAt);
        checkWrite(ok);
        reply<bool>(target, done, ok);
    });
}

void StoreWorker::loadRegister(const QString &envId, QObject *context,
                               Callback<std::optional<RegisterSnapshot>> done)
{
    const QPointer<QObject> target(context ? context : this);
    post([=, this] {
        reply<std::optional<RegisterSnapshot>>(target, done, m_store->loadRegister(envId));
    });
}

void StoreWorker::acceptedTypes(const QString &envId, int limit, QObject *context,
                                Callback<QStringList> done)
{
    const QPointer<QObject> target(context ? context : this);
    post([=, this] { reply<QStringList>(target, done, m_store->acceptedTypes(envId, limit)); });
}

void StoreWorker::addAcceptedTypes(const QString &envId, const QStringList &types,
                                   const QDateTime &at, QObject *context, Callback<bool> done)
{
    const QPointer<QObject> target(context ? context : this);
    post([=, this] {
        const bool ok = m_store->addAcceptedTypes(envId, types, at);
        checkWrite(ok);
        reply<bool>(target, done, ok);
    });
}

void StoreWorker::call(std::function<void(CertificateStore &)> work)
{
    post([this, work = std::move(work)] { work(*m_store); });
}

} // namespace Ditio
