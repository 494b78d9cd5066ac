#pragma once

#include "model/certificatefield.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ditio {

// Which spreadsheet column holds which certificate field, left to right, each
// column with the header text it had: a column with no field is ignored. Each
// field belongs to at most one column. The same value serves the import
// dialog (the user changes a column), the remembered mappings and the mapping
// files of `ditio-certs-cli validate --mapping FILE`.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ColumnMapping)

public:
    struct Column
    {
        QString header;
        std::optional<Field> field;
        bool operator==(const Column &) const = default;
    };

    ColumnMapping() = default;
    // fields may be shorter than headers (the rest are ignored).
    ColumnMapping(const QStringList &headers, const QList<std::optional<Field>> &fields);

    bool isEmpty() const { return m_columns.isEmpty(); }
    qsizetype size() const { return m_columns.size(); }
    const QList<Column> &columns() const { return m_columns; }
    QStringList headers() const;

    // 0-based columns; nullopt for an ignored column or one past the end.
    std::optional<Field> field(qsizetype column) const;
    // Gives the field to this column (nullopt: ignore the column); a column
    // that held the field before is ignored from now on.
    void setField(qsizetype column, std::optional<Field> field);
    // The column holding a field, or -1.
    qsizetype columnOf(Field field) const;
    // Required fields no column holds, in field order.
    QList<Field> missingRequiredFields() const;

    // This mapping for a file whose header row has these texts: each header
    // takes the field of the column with the same text (compared like
    // ColumnMatcher::normalized); a column at the same position is preferred
    // when a text repeats. Headers this mapping does not name are ignored.
    ColumnMapping appliedTo(const QStringList &headers) const;

    // {"format": "ditio-certs-column-mapping", "version": 1,
    //  "columns": [{"header": "Ansattnr", "field": "employeeNumber"},
    //              {"header": "Navn", "field": null}, ...]}
    QJsonObject toJson() const;
    // nullopt with a translated reason in *error for anything else.
    static std::optional<ColumnMapping> fromJson(const QJsonObject &json, QString *error);
    // A mapping file, written atomically; false with a translated reason.
    bool save(const QString &path, QString *error) const;
    // nullopt with "<file> cannot be read: <why>" in *error.
    static std::optional<ColumnMapping> load(const QString &path, QString *error);

    bool operator==(const ColumnMapping &) const = default;

private:
    QList<Column> m_columns;
};

} // namespace Ditio
