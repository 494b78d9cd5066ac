#include "net/connectionsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using Kind = DitioEnvironment::Kind;

class tst_ConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTrip();
    void clamped_data();
    void clamped();
    void environment_data();
    void environment();
    void unknownEnvironmentIsTest();
};

void tst_ConnectionSettings::defaults()
{
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ConnectionSettings settings(&qs);
    QCOMPARE(settings.environmentKind(), Kind::Test);
    QCOMPARE(settings.batchSize(), 100);
    QCOMPARE(settings.requestsInFlight(), 2);
    QCOMPARE(settings.transferTimeoutSeconds(), 60);
    QCOMPARE(settings.clientId(Kind::Production), QString());
    QCOMPARE(settings.environment(), DitioEnvironment::test());
}

void tst_ConnectionSettings::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings qs(path, QSettings::IniFormat);
        ConnectionSettings settings(&qs);
        settings.setEnvironmentKind(Kind::Custom);
        settings.setCustomApiBase(QUrl(QStringLiteral("https://integration.ditio.no")));
        settings.setCustomIdentityBase(QUrl(QStringLiteral("https://identity.ditio.app")));
        settings.setClientId(Kind::Test, QStringLiteral(" test-client "));
        settings.setClientId(Kind::Production, QStringLiteral("prod-client"));
        settings.setBatchSize(250);
        settings.setRequestsInFlight(4);
        settings.setTransferTimeoutSeconds(90);
    }
    QSettings qs(path, QSettings::IniFormat);
    ConnectionSettings settings(&qs);
    QCOMPARE(settings.environmentKind(), Kind::Custom);
    QCOMPARE(qs.value(QStringLiteral("connection/environment")).toString(),
             QStringLiteral("custom"));
    QCOMPARE(settings.clientId(Kind::Test), QStringLiteral("test-client"));
    QCOMPARE(settings.clientId(Kind::Production), QStringLiteral("prod-client"));
    QCOMPARE(settings.batchSize(), 250);
    QCOMPARE(settings.requestsInFlight(), 4);
    QCOMPARE(settings.transferTimeoutSeconds(), 90);
    const DitioEnvironment environment = settings.environment();
    QCOMPARE(environment.kind(), Kind::Custom);
    QCOMPARE(environment.apiBase(), QUrl(QStringLiteral("https://integration.ditio.no")));
    QVERIFY(environment.isProduction());
    // No key that could hold a secret.
    const auto keys = qs.allKeys();
    for (const QString &key : keys)
        QVERIFY2(!key.contains(QStringLiteral("secret"), Qt::CaseInsensitive)
                         && !key.contains(QStringLiteral("token"), Qt::CaseInsensitive),
                 qPrintable(key));
}

void tst_ConnectionSettings::clamped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<int>("timeout");
    QTest::newRow("batch 0") << "upload/batchSize" << QVariant(0) << 1 << 2 << 60;
    QTest::newRow("batch 5000") << "upload/batchSize" << QVariant(5000) << 1000 << 2 << 60;
    QTest::newRow("batch text") << "upload/batchSize" << QVariant(QStringLiteral("many")) << 100
                                << 2 << 60;
    QTest::newRow("in flight 50") << "upload/requestsInFlight" << QVariant(50) << 100 << 8 << 60;
    QTest::newRow("timeout 1") << "connection/transferTimeoutSeconds" << QVariant(1) << 100 << 2
                               << 5;
}

void tst_ConnectionSettings::clamped()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(int, batch);
    QFETCH(int, inFlight);
    QFETCH(int, timeout);
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    qs.setValue(key, stored);
    ConnectionSettings settings(&qs);
    QCOMPARE(settings.batchSize(), batch);
    QCOMPARE(settings.requestsInFlight(), inFlight);
    QCOMPARE(settings.transferTimeoutSeconds(), timeout);
}

void tst_ConnectionSettings::environment_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("production");
    QTest::newRow("test") << Kind::Test << "test"
                          << "Test"
                          << "https://core-api.ditio.dev/core"
                          << "https://identity.ditio.dev" << false;
    QTest::newRow("production") << Kind::Production << "production"
                                << "Production"
                                << "https://core-api.ditio.app/core"
                                << "https://identity.ditio.app" << true;
    QTest::newRow("sandbox") << Kind::Sandbox << "sandbox"
                             << "Sandbox"
                             << "http://127.0.0.1:5000/core"
                             << "http://127.0.0.1:5000/identity" << false;
}

void tst_ConnectionSettings::environment()
{
    QFETCH(Kind, kind);
    QFETCH(QString, key);
    QFETCH(QString, title);
    QFETCH(QString, api);
    QFETCH(QString, identity);
    QFETCH(bool, production);
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ConnectionSettings settings(&qs);
    settings.setEnvironmentKind(kind);
    const DitioEnvironment environment =
            settings.environment(QUrl(QStringLiteral("http://127.0.0.1:5000/core")),
                                 QUrl(QStringLiteral("http://127.0.0.1:5000/identity")));
    QCOMPARE(environment.kind(), kind);
    QCOMPARE(environment.key(), key);
    QCOMPARE(environment.title(), title);
    QCOMPARE(environment.apiBase().toString(), api);
    QCOMPARE(environment.identityBase().toString(), identity);
    QCOMPARE(environment.isProduction(), production);
    QCOMPARE(environment.apiUrl(QStringLiteral("/api/v4/integration/certificates")).toString(),
             api + QStringLiteral("/api/v4/integration/certificates"));
    QCOMPARE(DitioEnvironment::kindFromKey(key), std::optional<Kind>(kind));
}

void tst_ConnectionSettings::unknownEnvironmentIsTest()
{
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    qs.setValue(QStringLiteral("connection/environment"), QStringLiteral("staging"));
    ConnectionSettings settings(&qs);
    QCOMPARE(settings.environmentKind(), Kind::Test);
}

QTEST_GUILESS_MAIN(tst_ConnectionSettings)
#include "tst_connectionsettings.moc"
