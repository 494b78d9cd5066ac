#include "columnmappingmemory.h"

#include "columnmatcher.h"
#include "settings/settingkeys.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSettings>

namespace Ditio {

ColumnMappingMemory::ColumnMappingMemory(QSettings *settings) : m_settings(settings) { }

QString ColumnMappingMemory::layoutKey(const QStringList &headers)
{
    QStringList normalized;
    for (const QString &header : headers)
        normalized.append(ColumnMatcher::normalized(header));
    while (!normalized.isEmpty() && normalized.last().isEmpty())
        normalized.removeLast();
    // A hash: settings keys must not hold arbitrary text, and the layout can be long.
    const QByteArray bytes = normalized.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

std::optional<ColumnMappingMemory::Remembered>
ColumnMappingMemory::recall(const QStringList &headers) const
{
    if (!m_settings)
        return std::nullopt;
    const QString key = SettingKey::ColumnMappingsGroup + u'/' + layoutKey(headers);
    const QByteArray stored = m_settings->value(key).toString().toUtf8();
    if (stored.isEmpty())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(stored).object();
    std::optional<ColumnMapping> mapping = ColumnMapping::fromJson(json, nullptr);
    if (!mapping)
        return std::nullopt;
    Remembered remembered;
    remembered.mapping = mapping->appliedTo(headers);
    remembered.confirmedAt =
            QDateTime::fromString(json.value(u"confirmedAt").toString(), Qt::ISODate);
    return remembered;
}

void ColumnMappingMemory::remember(const ColumnMapping &mapping, const QDateTime &confirmedAt)
{
    if (!m_settings || mapping.isEmpty())
        return;
    QJsonObject json = mapping.toJson();
    json.insert(u"confirmedAt", confirmedAt.toUTC().toString(Qt::ISODate));
    m_settings->setValue(SettingKey::ColumnMappingsGroup + u'/' + layoutKey(mapping.headers()),
                         QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

void ColumnMappingMemory::forget(const QStringList &headers)
{
    if (m_settings)
        m_settings->remove(SettingKey::ColumnMappingsGroup + u'/' + layoutKey(headers));
}

} // namespace Ditio
