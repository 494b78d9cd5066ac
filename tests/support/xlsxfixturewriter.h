#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace Ditio {

// Builds small, valid XLSX files for the tests and the benchmark: the parts
// Excel writes ([Content_Types].xml, _rels/.rels, xl/workbook.xml and its
// relationships, xl/styles.xml, xl/sharedStrings.xml, xl/worksheets/sheetN.xml),
// each of which a test may replace or remove to make a broken file.
class XlsxFixtureWriter
{
public:
    // The index of a shared string (added once).
    int sharedString(const QString &text);
    // Replaces the generated <si> items (the XML inside <sst>).
    void setSharedStringItems(const QByteArray &items) { m_sharedItems = items; }

    // A cell style (the s attribute) with a built-in number format, or a
    // custom format code (ids from 164). Style 0 is General.
    int addStyle(int numFmtId);
    int addStyle(const QString &formatCode);

    // <workbookPr date1904="value"/>
    void setDate1904(const QByteArray &value) { m_date1904 = value; }

    // sheetData: the <row> elements. state: "hidden", "veryHidden" or empty.
    void addSheet(const QString &name, const QByteArray &sheetData, const QString &state = {});

    // Adds or replaces any part; removePart() drops one (even a generated one).
    void setPart(const QString &name, const QByteArray &content) { m_overrides[name] = content; }
    void removePart(const QString &name) { m_removed.append(name); }

    QList<QPair<QString, QByteArray>> parts() const;
    // compressionLevel 0 stores the parts uncompressed (handy for fuzz seeds).
    bool save(const QString &path, int compressionLevel = -1) const;
    QByteArray toBytes(int compressionLevel = -1) const;

    static bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries,
                         int compressionLevel = -1);
    // &, <, >, " escaped.
    static QByteArray escape(const QString &text);
    // "C7" for row 7, column 3.
    static QByteArray reference(int row, int column);
    // The worksheet part around sheetData, as Excel writes it.
    static QByteArray worksheet(const QByteArray &sheetData);

private:
    struct Sheet
    {
        QString name;
        QByteArray sheetData;
        QString state;
    };

    QStringList m_shared;
    QMap<QString, int> m_sharedIndex;
    QByteArray m_sharedItems;
    QList<int> m_styleFormats {0}; // numFmtId of each cellXfs entry
    QMap<int, QString> m_customFormats;
    QByteArray m_date1904;
    QList<Sheet> m_sheets;
    QMap<QString, QByteArray> m_overrides;
    QStringList m_removed;
};

} // namespace Ditio
