#include "net/urlpolicy.h"

#include <QTest>

using Ditio::UrlPolicy;

class tst_UrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

void tst_UrlPolicy::check_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");

    const QString ok;
    QTest::newRow("https") << "https://core-api.ditio.dev/core" << ok;
    QTest::newRow("https with port") << "https://example.com:8443/x" << ok;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/core" << ok;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/core" << ok;
    QTest::newRow("http ::1") << "http://[::1]:8080/core" << ok;
    QTest::newRow("http localhost") << "http://localhost:8080/identity" << ok;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST/" << ok;
    QTest::newRow("http example.com")
            << "http://example.com/core"
            << "Plain http:// is only allowed to this computer; use https:// for example.com";
    QTest::newRow("http 10.0.0.1")
            << "http://10.0.0.1/core"
            << "Plain http:// is only allowed to this computer; use https:// for 10.0.0.1";
    QTest::newRow("http 128.0.0.1")
            << "http://128.0.0.1/"
            << "Plain http:// is only allowed to this computer; use https:// for 128.0.0.1";
    QTest::newRow("http localhost.evil.com") << "http://localhost.evil.com/"
                                             << "Plain http:// is only allowed to this computer; "
                                                "use https:// for localhost.evil.com";
    QTest::newRow("http 127.0.0.1.nip.io")
            << "http://127.0.0.1.nip.io/"
            << "Plain http:// is only allowed to this computer; use https:// for 127.0.0.1.nip.io";
    QTest::newRow("ftp") << "ftp://example.com/x"
                         << "Only https:// addresses are allowed: ftp://example.com/x";
    QTest::newRow("no scheme") << "core-api.ditio.dev/core"
                               << "“core-api.ditio.dev/core” is not a complete web address "
                                  "(https://…).";
    QTest::newRow("empty") << ""
                           << "“” is not a complete web address (https://…).";
    QTest::newRow("user info") << "https://user:pw@example.com/"
                               << "A web address must not carry a user name or password: "
                                  "https://example.com/";
}

void tst_UrlPolicy::check()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    QCOMPARE(UrlPolicy::check(QUrl(url)), reason);
    QCOMPARE(UrlPolicy::isAllowed(QUrl(url)), reason.isEmpty());
}

QTEST_GUILESS_MAIN(tst_UrlPolicy)
#include "tst_urlpolicy.moc"
