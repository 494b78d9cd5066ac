#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace Ditio {

// Typed access to the window's settings, with defaults in one place, and the
// one version and migration of the whole settings file (every key is in
// settingkeys.h; ConnectionSettings, ColumnMappingMemory and
// KnownCertificateTypes read and write theirs in the same file). Holds no
// secrets: those go to the system keychain.
class AppSettings
{
public:
    static constexpr int Version = 1;
    static constexpr int MaxRecentFiles = 10;

    // Without a QSettings: the platform's usual place for this app. Migrated
    // on the way in.
    explicit AppSettings(std::unique_ptr<QSettings> settings = {});

    // Brings settings written by an older version up to Version, one step
    // after another, and stamps the version; a newer version's settings are
    // left as they are. Everything that opens the settings file calls it
    // (the window through AppSettings, the command line directly).
    static void migrate(QSettings &settings);
    ~AppSettings();

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);

    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    // The sample file is shown once, on the very first start.
    bool sampleShown() const;
    void setSampleShown(bool shown);

    void sync();
    QSettings *backend() const { return m_settings.get(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Ditio
