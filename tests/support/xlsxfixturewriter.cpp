#include "xlsxfixturewriter.h"

#include <QBuffer>
#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

namespace Ditio {

namespace {

const char MainNamespace[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char RelationshipNamespace[] =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char PackageRelationshipNamespace[] =
        "http://schemas.openxmlformats.org/package/2006/relationships";
const char XmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

bool writeEntries(QuaZip *zip, const QList<QPair<QString, QByteArray>> &entries, int level)
{
    for (const auto &[name, content] : entries) {
        QuaZipFile file(zip);
        QuaZipNewInfo info(name);
        info.dateTime = QDateTime(QDate(2026, 1, 15), QTime(12, 0));
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, level == 0 ? 0 : Z_DEFLATED,
                       level == 0 ? Z_DEFAULT_COMPRESSION : level))
            return false;
        if (file.write(content) != content.size())
            return false;
        file.close();
        if (file.getZipError() != ZIP_OK)
            return false;
    }
    zip->close();
    return zip->getZipError() == ZIP_OK;
}

} // namespace

int XlsxFixtureWriter::sharedString(const QString &text)
{
    const auto it = m_sharedIndex.constFind(text);
    if (it != m_sharedIndex.cend())
        return it.value();
    m_shared.append(text);
    m_sharedIndex.insert(text, int(m_shared.size() - 1));
    return int(m_shared.size() - 1);
}

int XlsxFixtureWriter::addStyle(int numFmtId)
{
    m_styleFormats.append(numFmtId);
    return int(m_styleFormats.size() - 1);
}

int XlsxFixtureWriter::addStyle(const QString &formatCode)
{
    int id = 164;
    for (auto it = m_customFormats.cbegin(); it != m_customFormats.cend(); ++it) {
        if (it.value() == formatCode)
            return addStyle(it.key());
        id = qMax(id, it.key() + 1);
    }
    m_customFormats.insert(id, formatCode);
    return addStyle(id);
}

void XlsxFixtureWriter::addSheet(const QString &name, const QByteArray &sheetData,
                                 const QString &state)
{
    m_sheets.append({name, sheetData, state});
}

QByteArray XlsxFixtureWriter::escape(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    return bytes;
}

QByteArray XlsxFixtureWriter::reference(int row, int column)
{
    QByteArray letters;
    while (column > 0) {
        letters.prepend(char('A' + (column - 1) % 26));
        column = (column - 1) / 26;
    }
    return letters + QByteArray::number(row);
}

QByteArray XlsxFixtureWriter::worksheet(const QByteArray &sheetData)
{
    return QByteArray(XmlDeclaration) + "<worksheet xmlns=\"" + MainNamespace + "\" xmlns:r=\""
            + RelationshipNamespace
            + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
              "mc:Ignorable=\"x14ac\" "
              "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
              "<dimension ref=\"A1\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
              "<sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/><sheetData>"
            + sheetData
            + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
              "header=\"0.3\" footer=\"0.3\"/></worksheet>";
}

QList<QPair<QString, QByteArray>> XlsxFixtureWriter::parts() const
{
    QList<QPair<QString, QByteArray>> parts;

    QByteArray types = QByteArray(XmlDeclaration)
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" "
              "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (int i = 0; i < m_sheets.size(); ++i) {
        types += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i + 1)
                + ".xml\" ContentType=\"application/"
                  "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    }
    types += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
             "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>";
    parts.append({QStringLiteral("[Content_Types].xml"), types});

    parts.append({QStringLiteral("_rels/.rels"),
                  QByteArray(XmlDeclaration) + "<Relationships xmlns=\""
                          + PackageRelationshipNamespace + "\"><Relationship Id=\"rId1\" Type=\""
                          + RelationshipNamespace
                          + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});

    QByteArray workbook = QByteArray(XmlDeclaration) + "<workbook xmlns=\"" + MainNamespace
            + "\" xmlns:r=\"" + RelationshipNamespace + "\">";
    if (!m_date1904.isNull())
        workbook += "<workbookPr date1904=\"" + m_date1904 + "\"/>";
    workbook += "<sheets>";
    QByteArray relationships = QByteArray(XmlDeclaration) + "<Relationships xmlns=\""
            + PackageRelationshipNamespace + "\">";
    for (int i = 0; i < m_sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + escape(m_sheets.at(i).name) + "\" sheetId=\"" + n + "\"";
        if (!m_sheets.at(i).state.isEmpty())
            workbook += " state=\"" + m_sheets.at(i).state.toUtf8() + "\"";
        workbook += " r:id=\"rId" + n + "\"/>";
        relationships += "<Relationship Id=\"rId" + n + "\" Type=\"" + RelationshipNamespace
                + "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    }
    workbook += "</sheets></workbook>";
    relationships += "<Relationship Id=\"rIdStyles\" Type=\"" + QByteArray(RelationshipNamespace)
            + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdStrings\" Type=\""
            + RelationshipNamespace
            + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
    parts.append({QStringLiteral("xl/workbook.xml"), workbook});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), relationships});

    QByteArray styles = QByteArray(XmlDeclaration) + "<styleSheet xmlns=\"" + MainNamespace + "\">";
    if (!m_customFormats.isEmpty()) {
        styles += "<numFmts count=\"" + QByteArray::number(m_customFormats.size()) + "\">";
        for (auto it = m_customFormats.cbegin(); it != m_customFormats.cend(); ++it) {
            styles += "<numFmt numFmtId=\"" + QByteArray::number(it.key()) + "\" formatCode=\""
                    + escape(it.value()) + "\"/>";
        }
        styles += "</numFmts>";
    }
    styles += "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
              "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
              "<borders count=\"1\"><border/></borders>"
              "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
              "borderId=\"0\"/></cellStyleXfs><cellXfs count=\""
            + QByteArray::number(m_styleFormats.size()) + "\">";
    for (int id : m_styleFormats) {
        styles += "<xf numFmtId=\"" + QByteArray::number(id)
                + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                + (id ? " applyNumberFormat=\"1\"" : "") + "/>";
    }
    styles += "</cellXfs></styleSheet>";
    parts.append({QStringLiteral("xl/styles.xml"), styles});

    QByteArray strings = m_sharedItems;
    if (strings.isNull()) {
        for (const QString &text : m_shared) {
            const bool preserve = text != text.trimmed();
            strings += QByteArray("<si><t") + (preserve ? " xml:space=\"preserve\"" : "") + ">"
                    + escape(text) + "</t></si>";
        }
    }
    parts.append({QStringLiteral("xl/sharedStrings.xml"),
                  QByteArray(XmlDeclaration) + "<sst xmlns=\"" + MainNamespace + "\" count=\""
                          + QByteArray::number(m_shared.size()) + "\" uniqueCount=\""
                          + QByteArray::number(m_shared.size()) + "\">" + strings + "</sst>"});

    for (int i = 0; i < m_sheets.size(); ++i) {
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                      worksheet(m_sheets.at(i).sheetData)});
    }

    // Overrides replace in place or come last; removals go.
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        bool replaced = false;
        for (auto &part : parts) {
            if (part.first == it.key()) {
                part.second = it.value();
                replaced = true;
            }
        }
        if (!replaced)
            parts.append({it.key(), it.value()});
    }
    parts.removeIf([this](const QPair<QString, QByteArray> &part) {
        return m_removed.contains(part.first);
    });
    return parts;
}

bool XlsxFixtureWriter::writeZip(const QString &path,
                                 const QList<QPair<QString, QByteArray>> &entries,
                                 int compressionLevel)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    return writeEntries(&zip, entries, compressionLevel);
}

bool XlsxFixtureWriter::save(const QString &path, int compressionLevel) const
{
    return writeZip(path, parts(), compressionLevel);
}

QByteArray XlsxFixtureWriter::toBytes(int compressionLevel) const
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdCreate) || !writeEntries(&zip, parts(), compressionLevel))
        return QByteArray();
    return buffer.data();
}

} // namespace Ditio
