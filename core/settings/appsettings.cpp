#include "appsettings.h"

#include "settingkeys.h"

#include <QDir>
#include <QFileInfo>

namespace Ditio {

AppSettings::AppSettings(std::unique_ptr<QSettings> settings)
    : m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{
    migrate(*m_settings);
}

void AppSettings::migrate(QSettings &settings)
{
    const int version = settings.value(SettingKey::Version, 0).toInt();
    if (version >= Version)
        return; // current, or written by a newer version: not ours to change
    // Version 0 -> 1: the first versioned layout; the keys were the same.
    // Later steps go here in order, each from the version before it.
    settings.setValue(SettingKey::Version, Version);
}

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(SettingKey::RecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings->setValue(SettingKey::RecentFiles, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(SettingKey::RecentFiles, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings->remove(SettingKey::RecentFiles);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(SettingKey::WindowGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(SettingKey::WindowGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(SettingKey::WindowState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(SettingKey::WindowState, state);
}

QByteArray AppSettings::tableHeaderState() const
{
    return m_settings->value(SettingKey::TableHeaderState).toByteArray();
}

void AppSettings::setTableHeaderState(const QByteArray &state)
{
    m_settings->setValue(SettingKey::TableHeaderState, state);
}

QString AppSettings::lastDirectory() const
{
    return m_settings->value(SettingKey::LastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(SettingKey::LastDirectory, directory);
}

bool AppSettings::sampleShown() const
{
    return m_settings->value(SettingKey::SampleShown, false).toBool();
}

void AppSettings::setSampleShown(bool shown)
{
    m_settings->setValue(SettingKey::SampleShown, shown);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace Ditio
