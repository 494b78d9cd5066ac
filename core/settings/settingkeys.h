#pragma once

#include <QString>

namespace Ditio {

// Every key the app keeps in QSettings, in one place: a reader of this file
// sees all that is stored, and a migration (AppSettings::migrate()) can move
// any of them. Groups end in '/' and take a suffix. No secret is ever a
// setting: the client secret goes to the system keychain.
namespace SettingKey {

// The version of the whole settings file (AppSettings::Version).
inline const QString Version = QStringLiteral("settingsVersion");

// The window: files, layout, first start.
inline const QString RecentFiles = QStringLiteral("files/recent");
inline const QString LastDirectory = QStringLiteral("files/lastDirectory");
inline const QString WindowGeometry = QStringLiteral("window/geometry");
inline const QString WindowState = QStringLiteral("window/state");
inline const QString TableHeaderState = QStringLiteral("window/tableHeader");
inline const QString SampleShown = QStringLiteral("firstRun/sampleShown");

// The connection to Ditio (ConnectionSettings).
inline const QString Environment = QStringLiteral("connection/environment");
inline const QString CustomApiBase = QStringLiteral("connection/customApiBase");
inline const QString CustomIdentityBase = QStringLiteral("connection/customIdentityBase");
inline const QString ClientIdGroup = QStringLiteral("connection/clientId/"); // + environment
inline const QString TransferTimeout = QStringLiteral("connection/transferTimeoutSeconds");
inline const QString BatchSize = QStringLiteral("upload/batchSize");
inline const QString RequestsInFlight = QStringLiteral("upload/requestsInFlight");

// Column mappings the user confirmed, by the hash of a header layout
// (ColumnMappingMemory): columnMappings/<hash>/...
inline const QString ColumnMappingsGroup = QStringLiteral("columnMappings");

// Certificate types Ditio accepted, per environment (KnownCertificateTypes).
inline const QString KnownCertificateTypesGroup = QStringLiteral("knownCertificateTypes/");

} // namespace SettingKey

} // namespace Ditio
