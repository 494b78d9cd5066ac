// KnownCertificateTypes: the certificate types Ditio accepted before, per
// environment. Which new spellings count as close to a known type (and which
// do not), that each environment keeps its own list across runs, and the bound.

#include "register/knowncertificatetypes.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

class TestKnownCertificateTypes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void closeKnownType_data();
    void closeKnownType();
    void closestAndNewestWin();
    void emptyAndRepeatedTypesAreIgnored();
    void persistedPerEnvironment();
    void fromListIsNotPersisted_data();
    void fromListIsNotPersisted();
    void boundForgetsTheOldestFirst();
    void snapshotIsNotChangedByLaterAccepts();
    void manyLookUpsAreFast();

private:
    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }
    QTemporaryDir m_dir;
};

void TestKnownCertificateTypes::init()
{
    QFile::remove(settingsPath());
}

void TestKnownCertificateTypes::closeKnownType_data()
{
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("close"); // empty: not close, or known itself

    const QStringList known {
            u"Byggekort"_s, u"Varme arbeider"_s, u"Fallsikring"_s, u"Truck T1-T4"_s,
            u"BE"_s,        u"Kran"_s,           u"HMS-kort"_s};
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // Case, spaces and punctuation.
    row("identical") << known << u"Byggekort"_s << QString();
    row("trailing space") << known << u"Byggekort "_s << u"Byggekort"_s;
    row("lower case") << known << u"byggekort"_s << u"Byggekort"_s;
    row("hyphen") << known << u"Bygge-kort"_s << u"Byggekort"_s;
    row("space removed") << known << u"Varmearbeider"_s << u"Varme arbeider"_s;
    row("punctuation changed") << known << u"Truck T1 - T4"_s << u"Truck T1-T4"_s;
    row("short type, case") << known << u"be"_s << u"BE"_s;
    row("short type, dot") << known << u"B.E."_s << u"BE"_s;
    row("hyphen dropped") << known << u"HMS kort"_s << u"HMS-kort"_s;

    // Typos: two letters from 8 letters on, one from 4 to 7.
    row("one letter missing") << known << u"Bygekort"_s << u"Byggekort"_s;
    row("two letters swapped") << known << u"Byggekrot"_s << u"Byggekort"_s;
    row("two typos, long type") << known << u"Falsikrimg"_s << u"Fallsikring"_s;
    row("one typo, 4 letters") << known << u"Krann"_s << u"Kran"_s;
    row("one typo, 7 letters") << known << u"HMS-kurt"_s << u"HMS-kort"_s;

    // Not close: different types, or too far for their length.
    row("two typos, 7 letters") << known << u"HMS-kurs"_s << QString();
    row("three typos") << known << u"Bigekurt"_s << QString();
    row("other short code") << known << u"CE"_s << QString();
    row("short code with letter added") << known << u"BEK"_s << QString();
    row("different type") << known << u"Stillas"_s << QString();
    row("only punctuation") << known << u"--"_s << QString();
    row("empty") << known << QString() << QString();
    row("nothing known") << QStringList() << u"Byggekort"_s << QString();
    row("type with letters from another alphabet") << known << u"Byggekørt"_s << u"Byggekort"_s;
}

void TestKnownCertificateTypes::closeKnownType()
{
    QFETCH(QStringList, known);
    QFETCH(QString, type);
    QFETCH(QString, close);
    KnownCertificateTypes types;
    types.addAccepted(known);
    QCOMPARE(types.closeKnownType(type), close);
    QCOMPARE(types.contains(type), known.contains(type));
}

void TestKnownCertificateTypes::closestAndNewestWin()
{
    KnownCertificateTypes types;
    // Both fold to "byggekort": Ditio already holds the duplicate; the newest is offered.
    types.addAccepted({u"Byggekort"_s, u"BYGGEKORT"_s});
    QCOMPARE(types.closeKnownType(u"byggekort"_s), u"BYGGEKORT"_s);
    types.addAccepted({u"Byggekort"_s}); // accepted again: now the newest
    QCOMPARE(types.closeKnownType(u"byggekort"_s), u"Byggekort"_s);
    // A spelling that folds the same beats a typo, even an older one.
    types.addAccepted({u"Byggekorte"_s});
    QCOMPARE(types.closeKnownType(u"Bygge kort"_s), u"Byggekort"_s);
    // The fewer typos the better.
    KnownCertificateTypes typos;
    typos.addAccepted({u"Fallsikring"_s, u"Fallsikrimg"_s});
    QCOMPARE(typos.closeKnownType(u"Fallsikrimq"_s), u"Fallsikrimg"_s);
}

void TestKnownCertificateTypes::emptyAndRepeatedTypesAreIgnored()
{
    KnownCertificateTypes types;
    types.addAccepted({u"Kran"_s, QString(), u"Kran"_s, u"Truck"_s});
    QCOMPARE(types.types(), (QStringList {u"Kran"_s, u"Truck"_s}));
    QCOMPARE(types.size(), 2);
    QVERIFY(!types.contains(QString()));
}

void TestKnownCertificateTypes::persistedPerEnvironment()
{
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        KnownCertificateTypes test(&settings, u"test"_s);
        KnownCertificateTypes production(&settings, u"production"_s);
        QVERIFY(test.isEmpty());
        test.addAccepted({u"Byggekort"_s, u"Kran"_s});
        production.addAccepted({u"Fallsikring"_s});
        QCOMPARE(test.environment(), u"test"_s);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const KnownCertificateTypes test(&settings, u"test"_s);
    const KnownCertificateTypes production(&settings, u"production"_s);
    const KnownCertificateTypes sandbox(&settings, u"sandbox"_s);
    QCOMPARE(test.types(), (QStringList {u"Byggekort"_s, u"Kran"_s}));
    QCOMPARE(production.types(), QStringList {u"Fallsikring"_s});
    QVERIFY(sandbox.isEmpty());
    // What a user of the test environment taught the app says nothing about production.
    QCOMPARE(test.closeKnownType(u"byggekort"_s), u"Byggekort"_s);
    QCOMPARE(production.closeKnownType(u"byggekort"_s), QString());
    QCOMPARE(settings.value(KnownCertificateTypes::settingsKey(u"test"_s)).toStringList(),
             (QStringList {u"Byggekort"_s, u"Kran"_s}));
}

void TestKnownCertificateTypes::fromListIsNotPersisted_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("as given") << QStringList {u"Kran"_s, u"Byggekort"_s} << 10
                              << QStringList {u"Kran"_s, u"Byggekort"_s};
    QTest::newRow("empty and repeated left out")
            << QStringList {u"Kran"_s, QString(), u"Kran"_s, u"Truck"_s} << 10
            << QStringList {u"Kran"_s, u"Truck"_s};
    QTest::newRow("over the limit keeps the newest")
            << QStringList {u"A1"_s, u"B2"_s, u"C3"_s} << 2 << QStringList {u"B2"_s, u"C3"_s};
}

// The store's list (CertificateStore::acceptedTypes): settings are never touched.
void TestKnownCertificateTypes::fromListIsNotPersisted()
{
    QFETCH(QStringList, types);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);

    KnownCertificateTypes known(types, u"https://core-api.ditio.dev/core"_s, limit);
    QCOMPARE(known.environment(), u"https://core-api.ditio.dev/core"_s);
    QCOMPARE(known.types(), expected);
    // Differs in case only: close, whatever its length.
    QCOMPARE(known.closeKnownType(expected.first().toLower()), expected.first());
    known.addAccepted({u"Fallsikring"_s});
    QCOMPARE(known.types().last(), u"Fallsikring"_s);
    QVERIFY(!QFile::exists(settingsPath()));
}

void TestKnownCertificateTypes::boundForgetsTheOldestFirst()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    KnownCertificateTypes types(&settings, u"test"_s, 3);
    QCOMPARE(types.limit(), 3);
    types.addAccepted({u"A1"_s, u"A2"_s, u"A3"_s});
    types.addAccepted({u"A1"_s}); // used again: kept
    types.addAccepted({u"A4"_s});
    QCOMPARE(types.types(), (QStringList {u"A3"_s, u"A1"_s, u"A4"_s}));
    QVERIFY(!types.contains(u"A2"_s));
    QVERIFY(types.contains(u"A3"_s));
    types.addAccepted({u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s});
    QCOMPARE(types.types(), (QStringList {u"B2"_s, u"B3"_s, u"B4"_s}));
    // Look-ups still work after forgetting.
    QCOMPARE(types.closeKnownType(u"b-2"_s), u"B2"_s);
    QCOMPARE(types.closeKnownType(u"a1"_s), QString());
    // A lower limit next time keeps the newest.
    const KnownCertificateTypes fewer(&settings, u"test"_s, 2);
    QCOMPARE(fewer.types(), (QStringList {u"B3"_s, u"B4"_s}));
    // The default bound.
    KnownCertificateTypes many;
    QStringList batch;
    for (int i = 0; i < 2500; ++i)
        batch.append(u"Type %1"_s.arg(i));
    many.addAccepted(batch);
    QCOMPARE(many.size(), qsizetype(KnownCertificateTypes::DefaultLimit));
    QVERIFY(!many.contains(u"Type 499"_s));
    QVERIFY(many.contains(u"Type 500"_s));
}

void TestKnownCertificateTypes::snapshotIsNotChangedByLaterAccepts()
{
    KnownCertificateTypes types;
    types.addAccepted({u"Kran"_s});
    const KnownCertificateTypes snapshot = types;
    types.addAccepted({u"Byggekort"_s});
    QVERIFY(!snapshot.contains(u"Byggekort"_s));
    QCOMPARE(snapshot.closeKnownType(u"byggekort"_s), QString());
    QCOMPARE(types.closeKnownType(u"byggekort"_s), u"Byggekort"_s);
}

void TestKnownCertificateTypes::manyLookUpsAreFast()
{
    // A full list and many different unknown spellings: each look-up checks a
    // few candidates, not all 2000 types.
    KnownCertificateTypes types;
    QStringList batch;
    for (int i = 0; i < KnownCertificateTypes::DefaultLimit; ++i)
        batch.append(u"Sertifikat nummer %1"_s.arg(i));
    QElapsedTimer timer;
    timer.start();
    types.addAccepted(batch);
    const qint64 buildMs = timer.restart();
    int close = 0;
    for (int i = 0; i < 2000; ++i) {
        if (!types.closeKnownType(u"Kurs %1 sertifikat"_s.arg(i)).isEmpty())
            ++close;
    }
    QCOMPARE(close, 0);
    QCOMPARE(types.closeKnownType(u"sertifikat nummer 17 "_s), u"Sertifikat nummer 17"_s);
    const qint64 lookUpMs = timer.elapsed();
    QVERIFY2(buildMs < 3000, qPrintable(QString::number(buildMs)));
    QVERIFY2(lookUpMs < 3000, qPrintable(QString::number(lookUpMs)));
}

QTEST_GUILESS_MAIN(TestKnownCertificateTypes)
#include "tst_knowncertificatetypes.moc"
