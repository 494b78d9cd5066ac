#include "columnmapping.h"

#include "columnmatcher.h"
#include "util/savefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Ditio {

namespace {
const QString FormatName = QStringLiteral("ditio-certs-column-mapping");
constexpr int FormatVersion = 1;
} // namespace

ColumnMapping::ColumnMapping(const QStringList &headers, const QList<std::optional<Field>> &fields)
{
    m_columns.reserve(headers.size());
    for (qsizetype c = 0; c < headers.size(); ++c)
        m_columns.append({headers.at(c), c < fields.size() ? fields.at(c) : std::nullopt});
    // Each field to one column: the leftmost keeps it.
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).field && columnOf(*m_columns.at(c).field) != c)
            m_columns[c].field.reset();
    }
}

QStringList ColumnMapping::headers() const
{
    QStringList list;
    list.reserve(m_columns.size());
    for (const Column &column : m_columns)
        list.append(column.header);
    return list;
}

std::optional<Field> ColumnMapping::field(qsizetype column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).field : std::nullopt;
}

void ColumnMapping::setField(qsizetype column, std::optional<Field> field)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (field) {
        for (Column &other : m_columns) {
            if (other.field == field)
                other.field.reset();
        }
    }
    m_columns[column].field = field;
}

qsizetype ColumnMapping::columnOf(Field field) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).field == field)
            return c;
    }
    return -1;
}

QList<Field> ColumnMapping::missingRequiredFields() const
{
    QList<Field> missing;
    for (Field field : allFields()) {
        if (isRequiredField(field) && columnOf(field) < 0)
            missing.append(field);
    }
    return missing;
}

ColumnMapping ColumnMapping::appliedTo(const QStringList &headers) const
{
    QStringList mine;
    mine.reserve(m_columns.size());
    for (const Column &column : m_columns)
        mine.append(ColumnMatcher::normalized(column.header));
    QList<bool> used(m_columns.size(), false);
    QList<std::optional<Field>> fields(headers.size());
    const auto take = [&](qsizetype header, qsizetype column) {
        used[column] = true;
        fields[header] = m_columns.at(column).field;
    };
    QStringList theirs;
    for (const QString &header : headers)
        theirs.append(ColumnMatcher::normalized(header));
    // Same text at the same position first, then by text alone.
    for (qsizetype h = 0; h < theirs.size(); ++h) {
        if (h < mine.size() && mine.at(h) == theirs.at(h))
            take(h, h);
    }
    for (qsizetype h = 0; h < theirs.size(); ++h) {
        if (h < mine.size() && mine.at(h) == theirs.at(h))
            continue;
        for (qsizetype c = 0; c < mine.size(); ++c) {
            if (!used.at(c) && mine.at(c) == theirs.at(h)) {
                take(h, c);
                break;
            }
        }
    }
    return ColumnMapping(headers, fields);
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray columns;
    for (const Column &column : m_columns) {
        columns.append(QJsonObject {
                {QStringLiteral("header"), column.header},
                {QStringLiteral("field"),
                 column.field ? QJsonValue(fieldApiName(*column.field)) : QJsonValue()}});
    }
    return {{QStringLiteral("format"), FormatName},
            {QStringLiteral("version"), FormatVersion},
            {QStringLiteral("columns"), columns}};
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<ColumnMapping> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(u"format").toString() != FormatName)
        return fail(tr("it is not a column mapping saved by Ditio Certificates."));
    if (json.value(u"version").toInt() > FormatVersion)
        return fail(tr("it was saved by a newer version of Ditio Certificates."));
    const QJsonValue columnsValue = json.value(u"columns");
    if (!columnsValue.isArray())
        return fail(tr("it has no list of columns."));
    QStringList headers;
    QList<std::optional<Field>> fields;
    const QJsonArray columns = columnsValue.toArray();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonObject column = columns.at(i).toObject();
        if (!column.value(u"header").isString())
            return fail(tr("column %1 has no header text.").arg(i + 1));
        headers.append(column.value(u"header").toString());
        const QJsonValue field = column.value(u"field");
        if (field.isNull() || field.isUndefined() || field.toString().isEmpty()) {
            fields.append(std::nullopt);
            continue;
        }
        const std::optional<Field> known = fieldFromApiName(field.toString());
        if (!known) {
            return fail(tr("column %1 (\"%2\") names the field \"%3\", which is not one of "
                           "employeeNumber, certificateType, certificateNumber, issuedDateTime, "
                           "validUntilDateTime, notes.")
                                .arg(i + 1)
                                .arg(headers.last(), field.toString()));
        }
        for (qsizetype j = 0; j < fields.size(); ++j) {
            if (fields.at(j) == known) {
                return fail(tr("columns %1 and %2 both hold %3.")
                                    .arg(j + 1)
                                    .arg(i + 1)
                                    .arg(fieldApiName(*known)));
            }
        }
        fields.append(known);
    }
    return ColumnMapping(headers, fields);
}

bool ColumnMapping::save(const QString &path, QString *error) const
{
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    QString why;
    if (!SaveFile::writeWhole(path, bytes, &why)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

std::optional<ColumnMapping> ColumnMapping::load(const QString &path, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be opened: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    // A mapping file is a few hundred bytes; a huge one is not a mapping.
    constexpr qint64 MaxBytes = 1 << 20;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxBytes), &parseError);
    QString why;
    std::optional<ColumnMapping> mapping;
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        why = tr("it is not a column mapping saved by Ditio Certificates.");
    else
        mapping = fromJson(document.object(), &why);
    if (!mapping && error)
        *error = tr("%1 cannot be read: %2").arg(name, why);
    return mapping;
}

} // namespace Ditio
