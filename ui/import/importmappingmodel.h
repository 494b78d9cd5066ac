#pragma once

#include "import/importresult.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Ditio {

// The mapping review of the import dialog: one row per source column, with its
// header, its first values, the field it feeds (editable; a combo through
// ImportFieldDelegate) and how sure the automatic match was.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HeaderColumn, ValuesColumn, FieldColumn, MatchColumn, ColumnCount };
    // The field column's EditRole: -1 for an ignored column, else fieldIndex().
    static constexpr int Ignore = -1;

    explicit ImportMappingModel(QObject *parent = nullptr);

    // Takes the header, mapping and first values of a preview.
    void setPreview(const ImportResult &preview);
    const ColumnMapping &mapping() const { return m_mapping; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // "Ignore this column", then every field: the combo's choices.
    static QString fieldChoiceText(int choice);

signals:
    // The user gave a column another field; mapping() holds the new mapping.
    void mappingEdited();

private:
    QString matchText(int column) const;

    ColumnMapping m_mapping;
    QStringList m_headers;
    QList<int> m_scores;
    QList<QString> m_values;
    QList<bool> m_chosen; // the user picked this column's field in this dialog
    MappingOrigin m_origin = MappingOrigin::Automatic;
};

} // namespace Ditio
