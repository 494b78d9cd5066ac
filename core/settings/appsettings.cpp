#include "appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace Ditio {

namespace Key {
const QString Version = QStringLiteral("settingsVersion");
const QString RecentFiles = QStringLiteral("files/recent");
const QString LastDirectory = QStringLiteral("files/lastDirectory");
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString HeaderState = QStringLiteral("window/tableHeader");
const QString SampleShown = QStringLiteral("firstRun/sampleShown");
} // namespace Key

AppSettings::AppSettings(std::unique_ptr<QSettings> settings)
    : m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{
    if (m_settings->value(Key::Version, 0).toInt() < Version)
        m_settings->setValue(Key::Version, Version);
}

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(Key::RecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings->setValue(Key::RecentFiles, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(Key::RecentFiles, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings->remove(Key::RecentFiles);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(Key::Geometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::Geometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(Key::State).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::State, state);
}

QByteArray AppSettings::tableHeaderState() const
{
    return m_settings->value(Key::HeaderState).toByteArray();
}

void AppSettings::setTableHeaderState(const QByteArray &state)
{
    m_settings->setValue(Key::HeaderState, state);
}

QString AppSettings::lastDirectory() const
{
    return m_settings->value(Key::LastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(Key::LastDirectory, directory);
}

bool AppSettings::sampleShown() const
{
    return m_settings->value(Key::SampleShown, false).toBool();
}

void AppSettings::setSampleShown(bool shown)
{
    m_settings->setValue(Key::SampleShown, shown);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace Ditio
