#include "xlsxworkbookwriter.h"

#include "exporttarget.h"

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

// Flushed to the zip when the buffer holds this much: streaming, few calls.
constexpr qsizetype FlushBytes = 256 * 1024;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// "_x0041_" at i: what a reader would decode, so a literal one is escaped.
bool looksLikeEscape(QStringView text, qsizetype i)
{
    if (i + 6 >= text.size() || text[i + 1] != u'x' || text[i + 6] != u'_')
        return false;
    for (qsizetype j = i + 2; j < i + 6; ++j) {
        if (hexValue(text[j]) < 0)
            return false;
    }
    return true;
}

void appendHexEscape(QByteArray &out, char16_t c)
{
    static const char digits[] = "0123456789ABCDEF";
    out += "_x";
    out += digits[(c >> 12) & 0xF];
    out += digits[(c >> 8) & 0xF];
    out += digits[(c >> 4) & 0xF];
    out += digits[c & 0xF];
    out += '_';
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

XlsxWorkbookWriter::XlsxWorkbookWriter() = default;

XlsxWorkbookWriter::~XlsxWorkbookWriter()
{
    if (m_target)
        cancel();
}

std::optional<qint64> XlsxWorkbookWriter::dateSerial(QDate date)
{
    if (!date.isValid() || date < QDate(1900, 1, 1) || date > QDate(9999, 12, 31))
        return std::nullopt;
    // Excel counts a 29.02.1900 that never was: days before it are one less.
    if (date < QDate(1900, 3, 1))
        return QDate(1899, 12, 31).daysTo(date);
    return QDate(1899, 12, 30).daysTo(date);
}

void XlsxWorkbookWriter::appendEscaped(QByteArray &out, QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            switch (c) {
            case u'&':
                out += "&amp;";
                break;
            case u'<':
                out += "&lt;";
                break;
            case u'>':
                out += "&gt;";
                break;
            case u'"':
                out += "&quot;";
                break;
            case u'\t':
            case u'\n':
                out += char(c);
                break;
            case u'_':
                if (looksLikeEscape(text, i))
                    out += "_x005F_";
                else
                    out += '_';
                break;
            default:
                // XML 1.0 cannot carry other control characters, and a
                // literal CR would be read back as LF.
                if (c < 0x20)
                    appendHexEscape(out, c);
                else
                    out += char(c);
                break;
            }
        } else if (QChar::isHighSurrogate(c) && i + 1 < size
                   && QChar::isLowSurrogate(text[i + 1].unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(c, text[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            appendUtf8(out, QChar::ReplacementCharacter); // half a character: no UTF-8 for it
        } else if (c == 0xFFFE || c == 0xFFFF) {
            appendHexEscape(out, c); // not characters in XML
        } else {
            appendUtf8(out, c);
        }
    }
}

QByteArray XlsxWorkbookWriter::cellReference(int row, int column)
{
    QByteArray letters;
    while (column > 0) {
        letters.prepend(char('A' + (column - 1) % 26));
        column = (column - 1) / 26;
    }
    return letters + QByteArray::number(row);
}

QString XlsxWorkbookWriter::sheetName(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        if (!QStringView(u"[]:*?/\\").contains(c))
            result += c;
    }
    while (result.startsWith(u'\''))
        result.remove(0, 1);
    result.truncate(31);
    while (result.endsWith(u'\''))
        result.chop(1);
    return result.isEmpty() ? QStringLiteral("Sheet1") : result;
}

void XlsxWorkbookWriter::fail(const QString &why)
{
    m_failed = true;
    if (m_target)
        m_target->fail(why);
}

QString XlsxWorkbookWriter::errorString() const
{
    return m_target ? m_target->errorString() : QString();
}

bool XlsxWorkbookWriter::writePart(const QString &name, const QByteArray &content)
{
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED,
                   Z_DEFAULT_COMPRESSION)
        || file.write(content) != content.size()) {
        fail(tr("the workbook part %1 could not be written (zip error %2)")
                     .arg(name)
                     .arg(file.getZipError()));
        return false;
    }
    file.close();
    if (file.getZipError() != ZIP_OK) {
        fail(tr("the workbook part %1 could not be written (zip error %2)")
                     .arg(name)
                     .arg(file.getZipError()));
        return false;
    }
    return true;
}

QByteArray XlsxWorkbookWriter::styles() const
{
    // Fills 0 and 1 must be "none" and "gray125": Excel reserves them.
    return QByteArray(XmlDeclaration) + "<styleSheet xmlns=\"" + MainNamespace
            + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"
              "</numFmts>"
              "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/>"
              "<family val=\"2\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/>"
              "<family val=\"2\"/></font></fonts>"
              "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
              "<fill><patternFill patternType=\"gray125\"/></fill>"
              "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/>"
              "<bgColor indexed=\"64\"/></patternFill></fill></fills>"
              "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
              "</borders>"
              "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
              "borderId=\"0\"/></cellStyleXfs>"
              "<cellXfs count=\"7\">"
              "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
              "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" "
              "applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\"/>"
              "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
              "applyNumberFormat=\"1\"/>"
              "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
              "applyNumberFormat=\"1\"/>"
              "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
              "quotePrefix=\"1\"/>"
              "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
              "applyNumberFormat=\"1\" quotePrefix=\"1\"/>"
              "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
              "applyNumberFormat=\"1\" quotePrefix=\"1\"/>"
              "</cellXfs>"
              "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
              "</cellStyles></styleSheet>";
}

QByteArray XlsxWorkbookWriter::worksheetStart(const QList<Column> &columns, int lastRow,
                                              bool freezeHeader) const
{
    const int lastColumn = std::max<int>(1, int(columns.size()));
    QByteArray xml = QByteArray(XmlDeclaration) + "<worksheet xmlns=\"" + MainNamespace
            + "\" xmlns:r=\"" + RelationshipNamespace
            + "\"><dimension ref=\"A1:" + cellReference(std::max(1, lastRow), lastColumn)
            + "\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">";
    if (freezeHeader) {
        xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
               "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" "
               "sqref=\"A2\"/>";
    }
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!columns.isEmpty()) {
        xml += "<cols>";
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            xml += "<col min=\"" + n + "\" max=\"" + n + "\" width=\""
                    + QByteArray::number(columns.at(i).width, 'f', 2) + "\"";
            if (columns.at(i).style != GeneralStyle)
                xml += " style=\"" + QByteArray::number(int(columns.at(i).style)) + "\"";
            xml += " customWidth=\"1\"/>";
        }
        xml += "</cols>";
    }
    xml += "<sheetData>";
    return xml;
}

bool XlsxWorkbookWriter::open(const QString &path, const QString &sheetName,
                              const QList<Column> &columns, int lastRow, bool freezeHeader)
{
    m_target = std::make_unique<ExportTarget>(path);
    if (!m_target->open()) {
        m_failed = true;
        return false;
    }
    m_zip = std::make_unique<QuaZip>(m_target->device());
    m_zip->setAutoClose(false); // the target commits or discards the file itself
    if (!m_zip->open(QuaZip::mdCreate)) {
        fail(tr("the zip container could not be started (zip error %1)").arg(m_zip->getZipError()));
        return false;
    }

    const QByteArray contentTypes = QByteArray(XmlDeclaration)
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" "
              "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>";
    const QByteArray packageRelationships = QByteArray(XmlDeclaration) + "<Relationships xmlns=\""
            + PackageRelationshipNamespace + "\"><Relationship Id=\"rId1\" Type=\""
            + RelationshipNamespace
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    QByteArray escapedName;
    appendEscaped(escapedName, XlsxWorkbookWriter::sheetName(sheetName));
    const QByteArray workbook = QByteArray(XmlDeclaration) + "<workbook xmlns=\"" + MainNamespace
            + "\" xmlns:r=\"" + RelationshipNamespace
            + "\"><bookViews><workbookView/></bookViews><sheets><sheet name=\"" + escapedName
            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray workbookRelationships = QByteArray(XmlDeclaration) + "<Relationships xmlns=\""
            + PackageRelationshipNamespace + "\"><Relationship Id=\"rId1\" Type=\""
            + RelationshipNamespace
            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
            + RelationshipNamespace + "/styles\" Target=\"styles.xml\"/></Relationships>";

    if (!writePart(QStringLiteral("[Content_Types].xml"), contentTypes)
        || !writePart(QStringLiteral("_rels/.rels"), packageRelationships)
        || !writePart(QStringLiteral("xl/workbook.xml"), workbook)
        || !writePart(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships)
        || !writePart(QStringLiteral("xl/styles.xml"), styles()))
        return false;

    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::WriteOnly,
                       QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")), nullptr, 0,
                       Z_DEFLATED, Z_DEFAULT_COMPRESSION)) {
        fail(tr("the worksheet could not be started (zip error %1)").arg(m_sheet->getZipError()));
        return false;
    }
    m_buffer = worksheetStart(columns, lastRow, freezeHeader);
    m_buffer.reserve(FlushBytes + 64 * 1024);
    return true;
}

bool XlsxWorkbookWriter::flush(bool force)
{
    if (m_failed || !m_sheet)
        return false;
    if (!force && m_buffer.size() < FlushBytes)
        return true;
    if (m_sheet->write(m_buffer) != m_buffer.size()) {
        fail(tr("the worksheet could not be written (zip error %1)").arg(m_sheet->getZipError()));
        return false;
    }
    m_buffer.resize(0); // keeps the capacity
    return true;
}

void XlsxWorkbookWriter::beginRow(int row)
{
    m_row = row;
    m_buffer += "<row r=\"" + QByteArray::number(row) + "\">";
}

void XlsxWorkbookWriter::addText(int column, QStringView text, Style style)
{
    if (text.size() > MaxCellCharacters) {
        qsizetype keep = MaxCellCharacters;
        if (text[keep - 1].isHighSurrogate())
            --keep;
        text = text.left(keep);
        ++m_truncatedCells;
    }
    m_buffer += "<c r=\"" + cellReference(m_row, column) + "\"";
    if (style != GeneralStyle)
        m_buffer += " s=\"" + QByteArray::number(int(style)) + "\"";
    // Leading or trailing spaces are dropped by XML readers unless preserved.
    const bool preserve = !text.isEmpty() && (isXmlSpace(text.front()) || isXmlSpace(text.back()));
    m_buffer += preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                         : " t=\"inlineStr\"><is><t>";
    appendEscaped(m_buffer, text);
    m_buffer += "</t></is></c>";
}

void XlsxWorkbookWriter::addNumber(int column, qint64 value, Style style)
{
    m_buffer += "<c r=\"" + cellReference(m_row, column) + "\"";
    if (style != GeneralStyle)
        m_buffer += " s=\"" + QByteArray::number(int(style)) + "\"";
    m_buffer += "><v>" + QByteArray::number(value) + "</v></c>";
}

void XlsxWorkbookWriter::addBlank(int column, Style style)
{
    m_buffer += "<c r=\"" + cellReference(m_row, column) + "\" s=\""
            + QByteArray::number(int(style)) + "\"/>";
}

void XlsxWorkbookWriter::endRow()
{
    m_buffer += "</row>";
    flush();
}

bool XlsxWorkbookWriter::commit()
{
    if (!m_target)
        return false;
    if (!m_failed) {
        m_buffer += "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" "
                    "bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
        if (flush(true)) {
            m_sheet->close();
            if (m_sheet->getZipError() != ZIP_OK)
                fail(tr("the worksheet could not be finished (zip error %1)")
                             .arg(m_sheet->getZipError()));
        }
    }
    m_sheet.reset();
    if (m_zip && m_zip->isOpen()) {
        m_zip->close();
        if (!m_failed && m_zip->getZipError() != ZIP_OK)
            fail(tr("the zip container could not be finished (zip error %1)")
                         .arg(m_zip->getZipError()));
    }
    m_zip.reset();
    const bool ok = !m_failed && m_target->commit();
    if (!ok)
        m_target->cancel();
    m_failed = !ok;
    return ok;
}

void XlsxWorkbookWriter::cancel()
{
    m_sheet.reset();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    m_zip.reset();
    if (m_target)
        m_target->cancel();
    m_failed = true;
}

} // namespace Ditio
