#include "importmappingmodel.h"

#include "io/workbook/spreadsheetcell.h"

#include <QBrush>
#include <QPalette>

namespace Ditio {

namespace {

constexpr int ValuesShown = 3;

} // namespace

ImportMappingModel::ImportMappingModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportMappingModel::setPreview(const ImportResult &preview)
{
    beginResetModel();
    const QList<bool> oldChosen = m_chosen;
    const QStringList oldHeaders = m_headers;
    m_headers = preview.headers;
    m_mapping = preview.mapping;
    m_scores = preview.matchScores;
    m_origin = preview.mappingOrigin;
    m_values.clear();
    m_chosen.clear();
    for (qsizetype column = 0; column < m_headers.size(); ++column) {
        QStringList values;
        for (const SpreadsheetRow &row : preview.rawRows) {
            if (row.row <= preview.headerRow)
                continue;
            const QString text = row.text(int(column + 1)).simplified();
            if (!text.isEmpty())
                values.append(text);
            if (values.size() == ValuesShown)
                break;
        }
        m_values.append(values.join(QStringLiteral(", ")));
        // The same layout keeps the marks of the columns the user chose.
        m_chosen.append(oldHeaders == m_headers && column < oldChosen.size()
                        && oldChosen.at(column));
    }
    endResetModel();
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportMappingModel::fieldChoiceText(int choice)
{
    if (choice < 0 || choice >= FieldCount)
        return tr("Ignore this column");
    return fieldTitle(Field(choice));
}

QString ImportMappingModel::matchText(int column) const
{
    if (m_chosen.value(column))
        return tr("Your choice");
    const bool mapped = m_mapping.field(column).has_value();
    if (m_origin == MappingOrigin::Remembered)
        return mapped ? tr("Remembered") : QString();
    if (m_origin == MappingOrigin::Chosen)
        return mapped ? tr("Chosen") : QString();
    if (!mapped)
        return m_headers.value(column).trimmed().isEmpty() ? tr("No header") : tr("Not recognised");
    const int score = m_scores.value(column);
    if (score >= 100)
        return tr("Exact name");
    if (score > 0)
        return tr("Likely (%1 %)").arg(score);
    return QString();
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_headers.size())
        return {};
    const int column = index.row();
    const std::optional<Field> field = m_mapping.field(column);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeaderColumn: {
            const QString header = m_headers.at(column).trimmed();
            return tr("%1 · %2").arg(SpreadsheetCell::columnName(column + 1),
                                     header.isEmpty() ? tr("(no header)") : header);
        }
        case ValuesColumn:
            return m_values.value(column);
        case FieldColumn:
            return fieldChoiceText(field ? fieldIndex(*field) : Ignore);
        case MatchColumn:
            return matchText(column);
        }
        break;
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return field ? fieldIndex(*field) : Ignore;
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValuesColumn)
            return m_values.value(column);
        if (index.column() == FieldColumn)
            return tr("Which field this column fills; \"Ignore this column\" leaves it out");
        break;
    case Qt::ForegroundRole:
        if (index.column() == FieldColumn && !field)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == MatchColumn && field && m_origin == MappingOrigin::Automatic
            && !m_chosen.value(column) && m_scores.value(column) < 100)
            return QBrush(QColor(0x9a, 0x67, 0x00)); // a guess: worth a look
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn:
        return tr("Column in the file");
    case ValuesColumn:
        return tr("First values");
    case FieldColumn:
        return tr("Imported as");
    case MatchColumn:
        return tr("Match");
    }
    return {};
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != FieldColumn)
        return false;
    bool ok = false;
    const int choice = value.toInt(&ok);
    if (!ok || choice < Ignore || choice >= FieldCount)
        return false;
    const int column = index.row();
    const std::optional<Field> field =
            choice == Ignore ? std::nullopt : std::optional<Field>(Field(choice));
    if (m_mapping.field(column) == field)
        return false;
    // A column that held the field is ignored from now on: every row may change.
    m_mapping.setField(column, field);
    m_chosen[column] = true;
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    emit mappingEdited();
    return true;
}

} // namespace Ditio
