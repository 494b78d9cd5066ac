#include "importpreviewmodel.h"

#include "io/workbook/spreadsheetcell.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Ditio {

namespace {

quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportPreviewModel::setPreview(const ImportResult &preview)
{
    beginResetModel();
    m_rows = preview.rows;
    m_mapping = preview.mapping;
    m_warnings.clear();
    for (const ImportWarning &warning : preview.warnings) {
        if (warning.row > 0 && warning.column > 0)
            m_warnings.insert(cellKey(warning.row, warning.column), warning.message);
    }
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_mapping = {};
    m_warnings.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QString ImportPreviewModel::problem(int row, Field field) const
{
    const CertificateRow &certificate = m_rows.at(row);
    const qsizetype column = m_mapping.columnOf(field);
    if (column >= 0) {
        const auto warning = m_warnings.constFind(cellKey(certificate.sourceRow, int(column + 1)));
        if (warning != m_warnings.constEnd())
            return *warning;
    }
    const QString &text = certificate.text(field);
    if (text.trimmed().isEmpty())
        return isRequiredField(field) ? tr("Empty: this field is required.") : QString();
    if (isDateField(field)) {
        const DateParser::Result &date = certificate.date(field);
        if (date.status == DateParser::Status::TwoDigitYear)
            return tr("Two-digit year: write the year in full.");
        if (!date.isValid())
            return tr("Not a date: write it as dd.mm.yyyy.");
    }
    return QString();
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= FieldCount)
        return {};
    const CertificateRow &row = m_rows.at(index.row());
    const Field field = Field(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return row.text(field);
    case Qt::ToolTipRole: {
        const QString source = row.sourceText(field);
        QString tip = tr("In the file: %1")
                              .arg(source.isEmpty() ? (row.text(field).isEmpty() ? tr("(empty)")
                                                                                 : row.text(field))
                                                    : source);
        if (row.isFromFormula(field)) {
            tip += u'\n'
                    + (row.text(field).isEmpty() ? tr("(a formula with no saved result)")
                                                 : tr("(the result of a formula)"));
        }
        const QString why = problem(index.row(), field);
        if (!why.isEmpty())
            tip += u'\n' + why;
        return tip;
    }
    case Qt::FontRole:
        if (row.isFromFormula(field)) {
            QFont font; // italic, as in the table: a formula's result
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (!problem(index.row(), field).isEmpty())
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        break;
    case ProblemRole:
        return !problem(index.row(), field).isEmpty();
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_rows.size())
            return m_rows.at(section).sourceRow; // as the spreadsheet numbers it
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= FieldCount)
        return {};
    const Field field = Field(section);
    const qsizetype column = m_mapping.columnOf(field);
    if (role == Qt::DisplayRole)
        return fieldTitle(field);
    if (role == Qt::ToolTipRole) {
        return column >= 0 ? tr("From column %1 (\"%2\")")
                                     .arg(SpreadsheetCell::columnName(int(column + 1)),
                                          m_mapping.columns().at(column).header)
                           : tr("No column of the file fills this field");
    }
    if (role == Qt::ForegroundRole && column < 0)
        return QBrush(QColor(0x90, 0x90, 0x90));
    return {};
}

} // namespace Ditio
