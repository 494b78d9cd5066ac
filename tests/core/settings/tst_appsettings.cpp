// AppSettings: recent files, window geometry and column widths remembered
// between runs, with defaults for a first start. Written to an INI file of
// the test's own, as the app writes its native (INI on Linux) settings.

#include "settings/appsettings.h"
#include "settings/settingkeys.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ditio;
using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsOnAFirstStart();
    void recentFilesNewestFirstWithoutRepeats();
    void recentFilesAreCapped();
    void removingTheLastRecentFileLeavesNone();
    void everythingIsRememberedBetweenRuns();
    void migration_data();
    void migration();

private:
    std::unique_ptr<AppSettings> open() const
    {
        return std::make_unique<AppSettings>(
                std::make_unique<QSettings>(m_file, QSettings::IniFormat));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"settings.ini"_s);
}

void TestAppSettings::defaultsOnAFirstStart()
{
    const auto settings = open();
    QCOMPARE(settings->recentFiles(), QStringList());
    QCOMPARE(settings->mainWindowGeometry(), QByteArray());
    QCOMPARE(settings->tableHeaderState(), QByteArray());
    QCOMPARE(settings->lastDirectory(), QDir::homePath());
    QVERIFY(!settings->sampleShown());
    // The settings version is recorded for later migrations.
    QCOMPARE(settings->backend()->value(u"settingsVersion"_s).toInt(), AppSettings::Version);
}

void TestAppSettings::recentFilesNewestFirstWithoutRepeats()
{
    const auto settings = open();
    const QString a = m_dir->filePath(u"a.ditiocerts"_s);
    const QString b = m_dir->filePath(u"b æøå.ditiocerts"_s);
    settings->addRecentFile(a);
    settings->addRecentFile(b);
    settings->addRecentFile(a);
    QCOMPARE(settings->recentFiles(), (QStringList {a, b}));
    // The same file by another path is the same entry.
    settings->addRecentFile(m_dir->path() + u"/./b æøå.ditiocerts"_s);
    QCOMPARE(settings->recentFiles().size(), 2);
    settings->removeRecentFile(a);
    QCOMPARE(settings->recentFiles(), QStringList {QDir::cleanPath(b)});
    settings->clearRecentFiles();
    QCOMPARE(settings->recentFiles(), QStringList());
}

void TestAppSettings::recentFilesAreCapped()
{
    const auto settings = open();
    for (int i = 0; i < AppSettings::MaxRecentFiles + 5; ++i)
        settings->addRecentFile(m_dir->filePath(u"f%1.ditiocerts"_s.arg(i)));
    const QStringList recent = settings->recentFiles();
    QCOMPARE(recent.size(), AppSettings::MaxRecentFiles);
    QCOMPARE(recent.first(),
             m_dir->filePath(u"f%1.ditiocerts"_s.arg(AppSettings::MaxRecentFiles + 4)));
}

void TestAppSettings::removingTheLastRecentFileLeavesNone()
{
    const QString a = m_dir->filePath(u"a.ditiocerts"_s);
    {
        const auto settings = open();
        settings->addRecentFile(a);
        settings->removeRecentFile(a);
        settings->sync();
    }
    // Read back from the file: no empty entry appears in the menu.
    QCOMPARE(open()->recentFiles(), QStringList());
}

void TestAppSettings::everythingIsRememberedBetweenRuns()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8);
    const QByteArray header("header state \x00\xff", 15);
    const QString a = m_dir->filePath(u"a.ditiocerts"_s);
    {
        const auto settings = open();
        settings->addRecentFile(a);
        settings->setMainWindowGeometry(geometry);
        settings->setMainWindowState(geometry + geometry);
        settings->setTableHeaderState(header);
        settings->setLastDirectory(m_dir->path());
        settings->setSampleShown(true);
        settings->sync();
    }
    const auto settings = open();
    QCOMPARE(settings->recentFiles(), QStringList {a});
    QCOMPARE(settings->mainWindowGeometry(), geometry);
    QCOMPARE(settings->mainWindowState(), geometry + geometry);
    QCOMPARE(settings->tableHeaderState(), header);
    QCOMPARE(settings->lastDirectory(), m_dir->path());
    QVERIFY(settings->sampleShown());
}

void TestAppSettings::migration_data()
{
    QTest::addColumn<QVariant>("written"); // the version a settings file says it has
    QTest::addColumn<int>("after");

    // Files from before the version was written, or older: brought up to this version.
    QTest::newRow("no version (the first releases)") << QVariant() << int(AppSettings::Version);
    QTest::newRow("version 0") << QVariant(0) << int(AppSettings::Version);
    QTest::newRow("this version") << QVariant(AppSettings::Version) << int(AppSettings::Version);
    // A newer app's settings are left as they are for it to read.
    QTest::newRow("a newer version")
            << QVariant(AppSettings::Version + 3) << int(AppSettings::Version + 3);
}

void TestAppSettings::migration()
{
    // One version and one migration for the whole file: the connection,
    // the column mappings and the known types keep their keys through it.
    QFETCH(QVariant, written);
    QFETCH(int, after);
    {
        QSettings file(m_file, QSettings::IniFormat);
        if (written.isValid())
            file.setValue(SettingKey::Version, written);
        file.setValue(SettingKey::Environment, u"production"_s);
        file.setValue(SettingKey::ColumnMappingsGroup + u"/abc/headers"_s, QStringList {u"A"_s});
    }
    QSettings file(m_file, QSettings::IniFormat);
    AppSettings::migrate(file);
    QCOMPARE(file.value(SettingKey::Version).toInt(), after);
    QCOMPARE(file.value(SettingKey::Environment).toString(), u"production"_s);
    QCOMPARE(file.value(SettingKey::ColumnMappingsGroup + u"/abc/headers"_s).toStringList(),
             QStringList {u"A"_s});
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
