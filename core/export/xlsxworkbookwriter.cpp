#include "xlsxworkbookwriter.h"

#include "exporttarget.h"
#include "io/writebehind.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <charconv>
#include <cstring>
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

// Writers through a pointer into room the caller made: appending to a
// QByteArray piece by piece was most of a million-row export's time.
template<size_t N> void put(char *&q, const char (&literal)[N])
{
    std::memcpy(q, literal, N - 1);
    q += N - 1;
}

void putNumber(char *&q, qint64 value)
{
    q = std::to_chars(q, q + 24, value).ptr;
}

void putHexEscape(char *&q, char16_t c)
{
    static const char digits[] = "0123456789ABCDEF";
    *q++ = '_';
    *q++ = 'x';
    *q++ = digits[(c >> 12) & 0xF];
    *q++ = digits[(c >> 8) & 0xF];
    *q++ = digits[(c >> 4) & 0xF];
    *q++ = digits[c & 0xF];
    *q++ = '_';
}

void putUtf8(char *&q, char32_t c)
{
    if (c < 0x800) {
        *q++ = char(0xC0 | (c >> 6));
        *q++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *q++ = char(0xE0 | (c >> 12));
        *q++ = char(0x80 | ((c >> 6) & 0x3F));
        *q++ = char(0x80 | (c & 0x3F));
    } else {
        *q++ = char(0xF0 | (c >> 18));
        *q++ = char(0x80 | ((c >> 12) & 0x3F));
        *q++ = char(0x80 | ((c >> 6) & 0x3F));
        *q++ = char(0x80 | (c & 0x3F));
    }
}

// "C12": the column's letters, then the row.
void putCellReference(char *&q, int row, int column)
{
    char letters[8];
    int count = 0;
    while (column > 0 && count < 8) {
        letters[count++] = char('A' + (column - 1) % 26);
        column = (column - 1) / 26;
    }
    while (count > 0)
        *q++ = letters[--count];
    putNumber(q, row);
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
    // Seven bytes a UTF-16 unit at most ("_x005F_"), room made once.
    const qsizetype size = text.size();
    const qsizetype start = out.size();
    out.resize(start + size * 7);
    char *q = out.data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            switch (c) {
            case u'&':
                put(q, "&amp;");
                break;
            case u'<':
                put(q, "&lt;");
                break;
            case u'>':
                put(q, "&gt;");
                break;
            case u'"':
                put(q, "&quot;");
                break;
            case u'\t':
            case u'\n':
                *q++ = char(c);
                break;
            case u'_':
                if (looksLikeEscape(text, i))
                    put(q, "_x005F_");
                else
                    *q++ = '_';
                break;
            default:
                // XML 1.0 cannot carry other control characters, and a
                // literal CR would be read back as LF.
                if (c < 0x20)
                    putHexEscape(q, c);
                else
                    *q++ = char(c);
                break;
            }
        } else if (QChar::isHighSurrogate(c) && i + 1 < size
                   && QChar::isLowSurrogate(text[i + 1].unicode())) {
            putUtf8(q, QChar::surrogateToUcs4(c, text[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            putUtf8(q, QChar::ReplacementCharacter); // half a character: no UTF-8 for it
        } else if (c == 0xFFFE || c == 0xFFFF) {
            putHexEscape(q, c); // not characters in XML
        } else {
            putUtf8(q, c);
        }
    }
    out.resize(q - out.constData());
}

QByteArray XlsxWorkbookWriter::cellReference(int row, int column)
{
    char reference[40];
    char *q = reference;
    putCellReference(q, row, column);
    return QByteArray(reference, q - reference);
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
                       Z_DEFLATED, Z_BEST_SPEED)) {
        fail(tr("the worksheet could not be started (zip error %1)").arg(m_sheet->getZipError()));
        return false;
    }
    QuaZipFile *sheet = m_sheet.get();
    m_compressor = std::make_unique<WriteBehind>(
            [sheet](const QByteArray &block) { return sheet->write(block) == block.size(); });
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
    if (!m_compressor->write(std::move(m_buffer))) {
        m_compressor.reset();
        fail(tr("the worksheet could not be written (zip error %1)").arg(m_sheet->getZipError()));
        return false;
    }
    m_buffer = QByteArray();
    m_buffer.reserve(FlushBytes + 64 * 1024);
    return true;
}

void XlsxWorkbookWriter::beginRow(int row)
{
    m_row = row;
    char head[40];
    char *q = head;
    put(q, "<row r=\"");
    putNumber(q, row);
    put(q, "\">");
    m_buffer.append(head, q - head);
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
    char head[160];
    char *q = head;
    put(q, "<c r=\"");
    putCellReference(q, m_row, column);
    *q++ = '"';
    if (style != GeneralStyle) {
        put(q, " s=\"");
        putNumber(q, int(style));
        *q++ = '"';
    }
    // Leading or trailing spaces are dropped by XML readers unless preserved.
    const bool preserve = !text.isEmpty() && (isXmlSpace(text.front()) || isXmlSpace(text.back()));
    if (preserve)
        put(q, " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    else
        put(q, " t=\"inlineStr\"><is><t>");
    m_buffer.append(head, q - head);
    appendEscaped(m_buffer, text);
    m_buffer.append("</t></is></c>", 13);
}

void XlsxWorkbookWriter::addNumber(int column, qint64 value, Style style)
{
    char cell[160];
    char *q = cell;
    put(q, "<c r=\"");
    putCellReference(q, m_row, column);
    *q++ = '"';
    if (style != GeneralStyle) {
        put(q, " s=\"");
        putNumber(q, int(style));
        *q++ = '"';
    }
    put(q, "><v>");
    putNumber(q, value);
    put(q, "</v></c>");
    m_buffer.append(cell, q - cell);
}

void XlsxWorkbookWriter::addBlank(int column, Style style)
{
    char cell[160];
    char *q = cell;
    put(q, "<c r=\"");
    putCellReference(q, m_row, column);
    put(q, "\" s=\"");
    putNumber(q, int(style));
    put(q, "\"/>");
    m_buffer.append(cell, q - cell);
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
        if (flush(true) && !m_compressor->finish()) {
            m_compressor.reset();
            fail(tr("the worksheet could not be written (zip error %1)")
                         .arg(m_sheet->getZipError()));
        } else if (!m_failed) {
            m_compressor.reset();
            m_sheet->close();
            if (m_sheet->getZipError() != ZIP_OK)
                fail(tr("the worksheet could not be finished (zip error %1)")
                             .arg(m_sheet->getZipError()));
        }
    }
    m_compressor.reset(); // stopped before the sheet it writes goes
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
    m_compressor.reset();
    m_sheet.reset();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    m_zip.reset();
    if (m_target)
        m_target->cancel();
    m_failed = true;
}

} // namespace Ditio
