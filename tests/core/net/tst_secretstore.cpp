#include "net/connectionsettings.h"
#include "net/keychainsecretbackend.h"
#include "net/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ditio;

namespace {

const QString Secret = QStringLiteral("a+b&c=d e-topsecret");

// A keychain that answers with a fixed status, and remembers what it was given.
class FakeBackend : public SecretBackend
{
public:
    explicit FakeBackend(Status status) : m_status(status) { }
    void read(const QString &, const QString &key, QObject *context, Callback callback) override
    {
        answer(context, callback, m_stored.value(key), m_stored.contains(key));
    }
    void write(const QString &, const QString &key, const QString &secret, QObject *context,
               Callback callback) override
    {
        if (m_status == Status::Ok)
            m_stored.insert(key, secret);
        answer(context, callback, {}, true);
    }
    void remove(const QString &, const QString &key, QObject *context, Callback callback) override
    {
        const bool had = m_stored.remove(key) > 0;
        answer(context, callback, {}, had);
    }
    int calls = 0;

private:
    void answer(QObject *context, const Callback &callback, const QString &secret, bool found)
    {
        ++calls;
        Result result;
        result.status = m_status == Status::Ok && !found ? Status::NotFound : m_status;
        result.secret = secret;
        if (m_status != Status::Ok)
            result.errorString = QStringLiteral("backend says no");
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    Status m_status;
    QHash<QString, QString> m_stored;
};

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void keys();
    void workingKeychain();
    void memoryFallback_data();
    void memoryFallback();
    void deniedIsReportedNotFallenBack();
    void realKeychainFallsBackHere();
};

void tst_SecretStore::keys()
{
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("no.ditio.Certificates"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("test"), QStringLiteral("client-1")),
             QStringLiteral("test/client-1"));
}

void tst_SecretStore::workingKeychain()
{
    auto backend = std::make_unique<FakeBackend>(SecretBackend::Status::Ok);
    SecretStore store(std::move(backend));
    QSignalSpy written(&store, &SecretStore::secretWritten);
    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy fallback(&store, &SecretStore::memoryFallbackStarted);
    store.write(QStringLiteral("test"), QStringLiteral("id"), Secret);
    QVERIFY(written.wait(1000));
    store.read(QStringLiteral("test"), QStringLiteral("id"));
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(0).at(2).toString(), Secret);
    QCOMPARE(read.at(0).at(3).toBool(), true);
    store.read(QStringLiteral("production"), QStringLiteral("id"));
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(1).at(3).toBool(), false);
    QVERIFY(!store.usingMemoryFallback());
    QCOMPARE(fallback.size(), 0);
}

void tst_SecretStore::memoryFallback_data()
{
    QTest::addColumn<bool>("readFirst");
    QTest::newRow("write first") << false;
    QTest::newRow("read first") << true;
}

void tst_SecretStore::memoryFallback()
{
    QFETCH(bool, readFirst);
    // Every place the app writes to goes into a temporary folder: the default QSettings (as
    // the app makes it) and the XDG folders, where a keychain's file fallback would go.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArrayList xdg {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                              "XDG_STATE_HOME"};
    QHash<QByteArray, QByteArray> savedEnvironment;
    for (const QByteArray &name : xdg) {
        if (qEnvironmentVariableIsSet(name.constData()))
            savedEnvironment.insert(name, qgetenv(name.constData()));
        qputenv(name.constData(), QFile::encodeName(dir.filePath(QString::fromLatin1(name))));
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("Ditio"));
    QCoreApplication::setApplicationName(QStringLiteral("ditio-certs"));
    const auto restore = qScopeGuard([&] {
        for (const QByteArray &name : xdg) {
            if (savedEnvironment.contains(name))
                qputenv(name.constData(), savedEnvironment.value(name));
            else
                qunsetenv(name.constData());
        }
    });

    QSettings settings;
    QVERIFY2(settings.fileName().startsWith(dir.path()), qPrintable(settings.fileName()));
    ConnectionSettings connection(&settings);
    connection.setEnvironmentKind(DitioEnvironment::Kind::Test);
    connection.setClientId(DitioEnvironment::Kind::Test, QStringLiteral("id"));

    auto backend = std::make_unique<FakeBackend>(SecretBackend::Status::Unavailable);
    FakeBackend *fake = backend.get();
    SecretStore store(std::move(backend));
    QSignalSpy fallback(&store, &SecretStore::memoryFallbackStarted);
    QSignalSpy written(&store, &SecretStore::secretWritten);
    QSignalSpy read(&store, &SecretStore::secretRead);
    QSignalSpy removed(&store, &SecretStore::secretRemoved);
    QSignalSpy failed(&store, &SecretStore::failed);

    if (readFirst) {
        store.read(QStringLiteral("test"), QStringLiteral("id"));
        QVERIFY(read.wait(1000));
        QCOMPARE(read.at(0).at(3).toBool(), false);
        read.clear();
    }
    store.write(QStringLiteral("test"), QStringLiteral("id"), Secret);
    QVERIFY(written.wait(1000) || written.size() == 1);
    QVERIFY(store.usingMemoryFallback());
    QCOMPARE(fallback.size(), 1);
    QCOMPARE(fallback.at(0).at(0).toString(),
             QStringLiteral("No system keychain is available: the client secret is kept in "
                            "memory until the app closes."));
    QCOMPARE(fake->calls, 1); // once missing, the keychain is not asked again

    store.read(QStringLiteral("test"), QStringLiteral("id"));
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(0).at(2).toString(), Secret);
    QCOMPARE(read.at(0).at(3).toBool(), true);

    // With the secret held: nothing of it in the settings or any file under the folder.
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    QVERIFY(QFileInfo::exists(settings.fileName()));
    const QList<QByteArray> forms {
            Secret.toUtf8(), QByteArray("topsecret"), QUrl::toPercentEncoding(Secret),
            QByteArray(reinterpret_cast<const char *>(Secret.utf16()), Secret.size() * 2)};
    int filesRead = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray content = file.readAll();
        ++filesRead;
        for (const QByteArray &form : forms)
            QVERIFY2(!content.contains(form), qPrintable(file.fileName()));
    }
    QVERIFY(filesRead >= 1); // the settings file at least
    const auto keys = settings.allKeys();
    for (const QString &key : keys)
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("topsecret")));
    QCOMPARE(settings.value(QStringLiteral("connection/clientId/test")).toString(),
             QStringLiteral("id"));

    store.remove(QStringLiteral("test"), QStringLiteral("id"));
    QVERIFY(removed.wait(1000));
    store.read(QStringLiteral("test"), QStringLiteral("id"));
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(1).at(3).toBool(), false);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(fallback.size(), 1);
}

void tst_SecretStore::deniedIsReportedNotFallenBack()
{
    SecretStore store(std::make_unique<FakeBackend>(SecretBackend::Status::Denied));
    QSignalSpy failed(&store, &SecretStore::failed);
    store.write(QStringLiteral("test"), QStringLiteral("id"), Secret);
    QVERIFY(failed.wait(1000));
    QCOMPARE(failed.at(0).at(2).toString(),
             QStringLiteral("The system keychain refused access to the client secret: backend "
                            "says no"));
    QVERIFY(!store.usingMemoryFallback());
}

void tst_SecretStore::realKeychainFallsBackHere()
{
    // The real QtKeychain path: on a desktop with a keychain it stores (and we clean up); on
    // this build machine, with no Secret Service, it falls back to memory and says so.
    SecretStore store;
    QSignalSpy written(&store, &SecretStore::secretWritten);
    QSignalSpy failed(&store, &SecretStore::failed);
    QSignalSpy read(&store, &SecretStore::secretRead);
    const QString clientId =
            QStringLiteral("tst_secretstore-%1").arg(QCoreApplication::applicationPid());
    store.write(QStringLiteral("sandbox"), clientId, Secret);
    QTRY_VERIFY_WITH_TIMEOUT(written.size() + failed.size() > 0, 30000);
    if (!failed.isEmpty())
        QSKIP(qPrintable(failed.at(0).at(2).toString()));
    store.read(QStringLiteral("sandbox"), clientId);
    QTRY_VERIFY_WITH_TIMEOUT(read.size() == 1, 30000);
    QCOMPARE(read.at(0).at(2).toString(), Secret);
    QSignalSpy removed(&store, &SecretStore::secretRemoved);
    store.remove(QStringLiteral("sandbox"), clientId);
    QTRY_VERIFY_WITH_TIMEOUT(removed.size() == 1, 30000);
    qInfo("keychain used: %s", store.usingMemoryFallback() ? "memory fallback" : "system");
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
