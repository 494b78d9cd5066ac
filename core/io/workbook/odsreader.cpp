#include "odsreader.h"

#include "io/filesniffer.h"
#include "spreadsheetnumber.h"
#include "workbookarchive.h"
#include "xlsxnumberformat.h"
#include "xlsxsharedstrings.h"
#include "xlsxxmlscanner.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <cmath>

namespace Ditio {

namespace {

const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString DrawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString ManifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString CalcExtNs =
        QStringLiteral("urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0");

const QString ContentPart = QStringLiteral("content.xml");
const QString ManifestPart = QStringLiteral("META-INF/manifest.xml");
const QString MimetypePart = QStringLiteral("mimetype");

constexpr int MaxCellCharacters = XlsxSharedStrings::MaxCellCharacters;

bool is(const QXmlStreamReader &xml, const QString &ns, QLatin1StringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

// table:number-columns-repeated and -rows-repeated: 1 when missing or wrong.
// Capped far above any sheet, so sums of them never overflow.
qint64 repeatCount(QStringView text)
{
    if (text.isEmpty() || text.size() > 12)
        return 1;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return 1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return qBound<qint64>(1, value, qint64(1) << 36);
}

// An ISO 8601 duration as office:time-value writes it ("PT08H30M00S",
// "PT36H00M00.5S", "P1DT2H"): the seconds, rounded. False for anything else
// and for negative or absurd durations.
bool parseDuration(QStringView text, qint64 *seconds)
{
    text = text.trimmed();
    if (!text.startsWith(u'P') || text.size() > 64)
        return false;
    double total = 0;
    bool inTime = false;
    bool any = false;
    qsizetype i = 1;
    while (i < text.size()) {
        if (text.at(i) == u'T') {
            if (inTime)
                return false;
            inTime = true;
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && (text.at(i).isDigit() || text.at(i) == u'.'))
            ++i;
        if (i == start || i == text.size())
            return false;
        bool ok = false;
        const double number = text.mid(start, i - start).toDouble(&ok);
        if (!ok)
            return false;
        const QChar unit = text.at(i++);
        if (!inTime && unit == u'D')
            total += number * 86400;
        else if (inTime && unit == u'H')
            total += number * 3600;
        else if (inTime && unit == u'M')
            total += number * 60;
        else if (inTime && unit == u'S')
            total += number;
        else
            return false;
        any = true;
    }
    if (!any || !(total >= 0) || total > 1e7 * 86400)
        return false;
    *seconds = std::llround(total);
    return true;
}

} // namespace

OdsReader::OdsReader(Limits limits) : WorkbookReader(limits) { }

OdsReader::~OdsReader()
{
    close();
}

void OdsReader::clearPackage()
{
    m_row = SpreadsheetRow();
}

bool OdsReader::readMimetype(QString *mimetype)
{
    mimetype->clear();
    if (!archive().contains(MimetypePart))
        return true;
    if (archive().declaredSize(MimetypePart) > 1024)
        return true; // no mimetype is that long
    if (archive().openPart(MimetypePart) != WorkbookArchive::Status::Ok)
        return failArchive();
    QByteArray bytes(1025, Qt::Uninitialized);
    qint64 size = 0;
    for (;;) {
        const qint64 read = archive().read(bytes.data() + size, bytes.size() - size);
        if (read < 0)
            return failArchive();
        if (read == 0 || (size += read) >= bytes.size())
            break;
    }
    archive().closePart();
    bytes.truncate(size);
    *mimetype = QString::fromLatin1(bytes.trimmed());
    return true;
}

bool OdsReader::readPackage()
{
    QString mimetype;
    if (!readMimetype(&mimetype))
        return false;
    // Password-protected files keep their parts encrypted (not with a zip
    // password): only the manifest says so. It also names the package's kind
    // (the entry for "/"), which counts when the mimetype part is missing.
    bool encrypted = false;
    if (archive().contains(ManifestPart)) {
        const bool read = readXmlPart(ManifestPart, [&](QXmlStreamReader &xml) {
            if (xml.tokenType() != QXmlStreamReader::StartElement)
                return true;
            if (is(xml, ManifestNs, QLatin1StringView("encryption-data"))) {
                encrypted = true;
                return false;
            }
            if (mimetype.isEmpty() && is(xml, ManifestNs, QLatin1StringView("file-entry"))
                && xml.attributes().value(ManifestNs, QLatin1StringView("full-path")) == u"/") {
                mimetype = xml.attributes()
                                   .value(ManifestNs, QLatin1StringView("media-type"))
                                   .left(200)
                                   .toString();
            }
            return true;
        });
        if (!read)
            return false;
    }
    if (mimetype.isEmpty() && archive().contains(ContentPart))
        mimetype = QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"); // content says
    if (mimetype != u"application/vnd.oasis.opendocument.spreadsheet"
        && mimetype != u"application/vnd.oasis.opendocument.spreadsheet-template") {
        if (mimetype.startsWith(u"application/vnd.oasis.opendocument.")) {
            return fail(Error::NotSpreadsheet,
                        tr("it is an OpenDocument file of another kind (%1), not a "
                           "spreadsheet.")
                                .arg(mimetype.left(100)));
        }
        // Any zip with a mimetype part comes here (an EPUB named .xlsx, say).
        return fail(Error::NotSpreadsheet,
                    tr("it is a zip archive, but neither an Excel workbook (.xlsx) nor an "
                       "OpenDocument spreadsheet (.ods)."));
    }
    if (encrypted) {
        return fail(Error::Encrypted,
                    tr("the spreadsheet is password-protected (encrypted). Open it in "
                       "LibreOffice, save it again without a password (File > Save As, "
                       "\"Save with password\" off) and import it again."));
    }
    if (!archive().contains(ContentPart)) {
        return fail(Error::MissingContent,
                    tr("the part that holds its sheets (%1) is missing; the file is damaged.")
                            .arg(ContentPart));
    }
    setMetadataBytes(archive().totalRead());
    if (!loadContent())
        return false;
    if (sheets().isEmpty())
        return fail(Error::NoSheets, tr("the spreadsheet has no sheets."));
    return true;
}

bool OdsReader::loadContent()
{
    // The sheet names, and the table styles that hide a sheet: the automatic
    // styles come first, the sheets follow in the body.
    // Sheets are the tables right inside office:spreadsheet (a DDE link's
    // cached table is not one).
    QStringList hiddenStyles;
    QString tableStyle; // the style:style of family "table" being read
    int tableDepth = 0;
    int depth = 0; // open elements
    int sheetDepth = -1; // the depth of office:spreadsheet's children
    return readXmlPart(ContentPart, [&](QXmlStreamReader &xml) {
        if (xml.tokenType() == QXmlStreamReader::StartElement) {
            ++depth;
            if (is(xml, OfficeNs, QLatin1StringView("spreadsheet")))
                sheetDepth = depth + 1;
            if (is(xml, TableNs, QLatin1StringView("table"))) {
                if (tableDepth++ == 0 && depth == sheetDepth && sheets().size() < MaxSheets) {
                    const QXmlStreamAttributes attributes = xml.attributes();
                    Sheet sheet;
                    sheet.name = attributes.value(TableNs, QLatin1StringView("name")).toString();
                    sheet.hidden = hiddenStyles.contains(
                            attributes.value(TableNs, QLatin1StringView("style-name")));
                    addSheet(sheet);
                }
            } else if (tableDepth > 0) {
                return true;
            } else if (is(xml, StyleNs, QLatin1StringView("style"))) {
                const QXmlStreamAttributes attributes = xml.attributes();
                tableStyle = attributes.value(StyleNs, QLatin1StringView("family")) == u"table"
                        ? attributes.value(StyleNs, QLatin1StringView("name")).toString()
                        : QString();
            } else if (is(xml, StyleNs, QLatin1StringView("table-properties"))) {
                if (!tableStyle.isEmpty()
                    && xml.attributes().value(TableNs, QLatin1StringView("display")) == u"false")
                    hiddenStyles.append(tableStyle);
            } else if (is(xml, TableNs, QLatin1StringView("null-date"))) {
                setDate1904(xml.attributes().value(TableNs, QLatin1StringView("date-value"))
                            == u"1904-01-01");
            }
        } else if (xml.tokenType() == QXmlStreamReader::EndElement) {
            --depth;
            if (is(xml, TableNs, QLatin1StringView("table")))
                --tableDepth;
            else if (tableDepth == 0 && is(xml, StyleNs, QLatin1StringView("style")))
                tableStyle.clear();
        }
        return true;
    });
}

QString OdsReader::where(int column) const
{
    return tr("Row %1, column %2").arg(m_row.row).arg(SpreadsheetCell::columnName(column));
}

void OdsReader::addProblem(int column, const QString &message)
{
    WorkbookReader::addProblem({m_row.row, column, message});
}

void OdsReader::beginRow(const QXmlStreamAttributes &attributes)
{
    m_inRow = true;
    m_rowRepeat = repeatCount(attributes.value(TableNs, QLatin1StringView("number-rows-repeated")));
    m_row.row = int(qMin<qint64>(m_rowNumber + 1, INT_MAX));
    m_row.cells.clear();
    m_column = 0;
}

bool OdsReader::finishRow(const RowHandler &onRow, const std::atomic_bool *cancel, bool *stop)
{
    m_inRow = false;
    const qint64 first = m_rowNumber + 1;
    m_rowNumber += m_rowRepeat;
    if (!m_row.cells.isEmpty()) {
        // Equal rows written once: each copy is a row of its own.
        const qint64 copies = qBound<qint64>(0, qint64(INT_MAX) - first + 1, m_rowRepeat);
        if (copies < m_rowRepeat && keepProblem()) {
            addProblem(0,
                       tr("Row %1: the row repeats beyond the last row a sheet can have; the "
                          "copies beyond it were skipped.")
                               .arg(m_row.row));
        }
        m_repeatedCells += qMax<qint64>(copies - 1, 0) * m_row.cells.size();
        if (m_repeatedCells > limits().maxRepeatedCells) {
            return fail(Error::TooManyCells,
                        tr("its rows and cells repeat to more than %1 values, more than a sheet "
                           "may have; it was refused as a possible attack on memory.")
                                .arg(limits().maxRepeatedCells));
        }
        for (qint64 i = 0; i < copies; ++i) {
            m_row.row = int(first + i);
            if (!onRow(m_row)) {
                *stop = true;
                return true;
            }
            if (cancel && cancel->load(std::memory_order_relaxed))
                return fail(Error::Cancelled, tr("reading was cancelled."));
        }
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        return fail(Error::Cancelled, tr("reading was cancelled."));
    return true;
}

void OdsReader::beginCell(const QXmlStreamAttributes &attributes)
{
    m_inCell = true;
    CellState &cell = m_cell;
    cell.repeat =
            repeatCount(attributes.value(TableNs, QLatin1StringView("number-columns-repeated")));
    cell.valueType = attributes.value(OfficeNs, QLatin1StringView("value-type")).toString();
    cell.calcType = attributes.value(CalcExtNs, QLatin1StringView("value-type")).toString();
    cell.value.clear();
    if (cell.valueType == u"float" || cell.valueType == u"percentage"
        || cell.valueType == u"currency")
        cell.value = attributes.value(OfficeNs, QLatin1StringView("value")).toString();
    else if (cell.valueType == u"date")
        cell.value = attributes.value(OfficeNs, QLatin1StringView("date-value")).toString();
    else if (cell.valueType == u"time")
        cell.value = attributes.value(OfficeNs, QLatin1StringView("time-value")).toString();
    else if (cell.valueType == u"boolean")
        cell.value = attributes.value(OfficeNs, QLatin1StringView("boolean-value")).toString();
    cell.hasStringValue = attributes.hasAttribute(OfficeNs, QLatin1StringView("string-value"));
    cell.stringValue.clear();
    cell.overflow = false;
    if (cell.hasStringValue) {
        const QStringView value = attributes.value(OfficeNs, QLatin1StringView("string-value"));
        cell.overflow = value.size() > MaxCellCharacters;
        cell.stringValue = value.left(MaxCellCharacters).toString();
    }
    cell.formula = attributes.hasAttribute(TableNs, QLatin1StringView("formula"));
    cell.text.clear();
    cell.paragraphs = 0;
    cell.inParagraph = 0;
    cell.skipDepth = 0;
    cell.depth = 0;
    cell.spacePending = false;
}

void OdsReader::appendRaw(QStringView text)
{
    CellState &cell = m_cell;
    const qsizetype room = MaxCellCharacters - cell.text.size();
    if (text.size() > room) {
        cell.overflow = true;
        text = text.first(qMax<qsizetype>(room, 0));
    }
    cell.text.append(text);
}

void OdsReader::appendText(QStringView text)
{
    // White space in a paragraph collapses to one space and is dropped at its
    // start (spaces that count are written as text:s).
    CellState &cell = m_cell;
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        if (i > from) {
            if (cell.spacePending)
                appendRaw(u" ");
            appendRaw(text.mid(from, i - from));
            cell.spacePending = false;
        }
        from = i + 1;
        if (!cell.text.isEmpty() && !cell.text.endsWith(u'\n'))
            cell.spacePending = true;
    }
    if (from < text.size()) {
        if (cell.spacePending)
            appendRaw(u" ");
        appendRaw(text.mid(from));
        cell.spacePending = false;
    }
}

void OdsReader::cellElement(const QXmlStreamReader &xml, bool start)
{
    CellState &cell = m_cell;
    if (!start) {
        --cell.depth;
        if (cell.skipDepth > 0) {
            --cell.skipDepth;
            return;
        }
        if (xml.namespaceUri() == TextNs && (xml.name() == u"p" || xml.name() == u"h"))
            --cell.inParagraph;
        return;
    }
    ++cell.depth;
    if (cell.skipDepth > 0) {
        ++cell.skipDepth;
        return;
    }
    // Comments and shapes anchored to the cell are not its value.
    if (is(xml, OfficeNs, QLatin1StringView("annotation"))
        || is(xml, OfficeNs, QLatin1StringView("annotation-end")) || xml.namespaceUri() == DrawNs
        || is(xml, TableNs, QLatin1StringView("table"))) {
        cell.skipDepth = 1;
        return;
    }
    if (xml.namespaceUri() != TextNs)
        return;
    if (xml.name() == u"p" || xml.name() == u"h") {
        if (cell.paragraphs++ > 0)
            appendRaw(u"\n");
        cell.spacePending = false;
        ++cell.inParagraph;
    } else if (cell.inParagraph > 0) {
        if (xml.name() == u"s") {
            if (cell.spacePending) {
                appendRaw(u" ");
                cell.spacePending = false;
            }
            const qint64 count =
                    repeatCount(xml.attributes().value(TextNs, QLatin1StringView("c")));
            const qsizetype room = MaxCellCharacters - cell.text.size() + 1;
            appendRaw(QString(qsizetype(qMin<qint64>(count, qMax<qsizetype>(room, 0))), u' '));
        } else if (xml.name() == u"tab") {
            cell.spacePending = false;
            appendRaw(u"\t");
        } else if (xml.name() == u"line-break") {
            cell.spacePending = false;
            appendRaw(u"\n");
        }
    }
}

void OdsReader::valueCell(SpreadsheetCell *cell)
{
    const CellState &state = m_cell;
    const QString &type = state.valueType;
    const QString displayed = state.hasStringValue ? state.stringValue : state.text;

    if (state.calcType == u"error") {
        // A formula's error: "#DIV/0!", "#N/A", as shown.
        cell->text = state.text;
        cell->raw = cell->text;
        if (!cell->text.isEmpty())
            cell->kind = SpreadsheetCell::Error;
        return;
    }
    if (type == u"float" || type == u"percentage" || type == u"currency") {
        const QString literal = state.value.trimmed();
        if (literal.isEmpty()) {
            cell->text = displayed;
            cell->raw = displayed;
            cell->kind = displayed.isEmpty() ? SpreadsheetCell::Empty : SpreadsheetCell::Text;
            return;
        }
        const QByteArray latin1 = literal.toLatin1();
        double value = 0;
        cell->raw = literal;
        if (!SpreadsheetNumber::parse(latin1, &value)) {
            cell->text = literal;
            cell->kind = SpreadsheetCell::Text;
            if (keepProblem()) {
                addProblem(cell->column,
                           tr("%1: \"%2\" is stored as a number but is not one; the text was "
                              "kept.")
                                   .arg(where(cell->column), literal));
            }
            return;
        }
        cell->kind = SpreadsheetCell::Number;
        const bool canonical = SpreadsheetNumber::isCanonicalInteger(latin1);
        cell->text = canonical ? literal : SpreadsheetNumber::toText(value);
        // An identifier shown zero-padded ("00000": 1042 shows as 01042) keeps
        // its zeros, as XlsxReader does with the number format.
        const QString &shown = state.text;
        if (type == u"float" && canonical && !literal.startsWith(u'-')
            && shown.size() > literal.size() && shown.size() <= 32 && shown.endsWith(literal)) {
            bool zeros = true;
            for (qsizetype i = 0; i < shown.size() - literal.size(); ++i)
                zeros = zeros && shown.at(i) == u'0';
            if (zeros)
                cell->text = shown;
        }
        return;
    }
    if (type == u"date") {
        const QString literal = state.value.trimmed();
        if (literal.isEmpty())
            return;
        cell->raw = literal;
        const QDate date = QDate::fromString(QStringView(literal).left(10), Qt::ISODate);
        if (date.isValid() && (literal.size() == 10 || literal.at(10) == u'T')) {
            cell->text = date.toString(u"dd.MM.yyyy");
            cell->kind = SpreadsheetCell::Date;
        } else {
            cell->text = literal;
            cell->kind = SpreadsheetCell::Text;
            if (keepProblem()) {
                addProblem(cell->column,
                           tr("%1: \"%2\" is stored as a date but is not one; the text was kept.")
                                   .arg(where(cell->column), literal));
            }
        }
        return;
    }
    if (type == u"time") {
        const QString literal = state.value.trimmed();
        if (literal.isEmpty())
            return;
        cell->raw = literal;
        qint64 seconds = 0;
        if (parseDuration(literal, &seconds)) {
            // A duration, as OpenDocument stores every time: a time of day
            // when under a day, else elapsed hours ("255:10:10"), never wrapped.
            cell->text = seconds < 86400
                    ? XlsxNumberFormat::timeText(int(seconds))
                    : XlsxNumberFormat::durationText(
                            seconds, {XlsxNumberFormat::Kind::Duration, 1, 'h', seconds % 60 != 0});
            cell->kind = SpreadsheetCell::Time;
        } else {
            cell->text = literal;
            cell->kind = SpreadsheetCell::Text;
            if (keepProblem()) {
                addProblem(cell->column,
                           tr("%1: \"%2\" is stored as a time but is not one; the text was kept.")
                                   .arg(where(cell->column), literal));
            }
        }
        return;
    }
    if (type == u"boolean") {
        const QString literal = state.value.trimmed();
        if (literal.isEmpty())
            return;
        if (literal == u"true" || literal == u"false") {
            cell->raw = literal == u"true" ? QStringLiteral("1") : QStringLiteral("0");
            cell->text = literal == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            cell->kind = SpreadsheetCell::Boolean;
        } else {
            cell->raw = literal;
            cell->text = literal;
            cell->kind = SpreadsheetCell::Text;
            if (keepProblem()) {
                addProblem(cell->column,
                           tr("%1: \"%2\" is stored as a true/false value but is not one; the "
                              "text was kept.")
                                   .arg(where(cell->column), literal));
            }
        }
        return;
    }
    // "string", and cells without a type that still have text.
    cell->text = displayed;
    cell->raw = displayed;
    cell->kind = displayed.isEmpty() ? SpreadsheetCell::Empty : SpreadsheetCell::Text;
}

bool OdsReader::finishCell()
{
    m_inCell = false;
    const qint64 first = m_column + 1;
    const qint64 repeat = m_cell.repeat;
    m_column += repeat;

    SpreadsheetCell cell;
    cell.column = int(qMin<qint64>(first, MaxColumns));
    cell.fromFormula = m_cell.formula;
    valueCell(&cell);
    const bool noResult = cell.kind == SpreadsheetCell::Empty && m_cell.formula
            && m_cell.valueType.isEmpty() && m_cell.calcType.isEmpty();
    if (cell.kind == SpreadsheetCell::Empty && !noResult)
        return true;
    if (first > MaxColumns) {
        if (keepProblem()) {
            addProblem(0,
                       tr("Row %1: a cell lies beyond the last column a spreadsheet has (XFD) "
                          "and was skipped.")
                               .arg(m_row.row));
        }
        return true;
    }
    if (m_cell.overflow && keepProblem()) {
        addProblem(cell.column,
                   tr("%1: the cell has more than %2 characters, more than a spreadsheet cell "
                      "can hold; only the first %2 were kept.")
                           .arg(where(cell.column))
                           .arg(MaxCellCharacters));
    }
    if (noResult && keepProblem()) {
        addProblem(cell.column,
                   tr("%1: the formula has no saved result (the program that wrote the file "
                      "did not calculate it); the cell was left empty. Open and save the file "
                      "in a spreadsheet program to fill it in.")
                           .arg(where(cell.column)));
    }
    // Equal cells side by side are written once with a count.
    const qint64 copies = qMin<qint64>(repeat, MaxColumns - first + 1);
    if (copies < repeat && keepProblem()) {
        addProblem(0,
                   tr("Row %1: a cell lies beyond the last column a spreadsheet has (XFD) "
                      "and was skipped.")
                           .arg(m_row.row));
    }
    m_repeatedCells += copies - 1;
    if (m_repeatedCells > limits().maxRepeatedCells) {
        return fail(Error::TooManyCells,
                    tr("its rows and cells repeat to more than %1 values, more than a sheet "
                       "may have; it was refused as a possible attack on memory.")
                            .arg(limits().maxRepeatedCells));
    }
    for (qint64 i = 0; i < copies; ++i) {
        cell.column = int(first + i);
        m_row.cells.append(cell);
    }
    return true;
}

bool OdsReader::readSheetRows(int index, const Sheet & /*sheet*/, const RowHandler &onRow,
                              const std::atomic_bool *cancel)
{
    archive().setTotalRead(metadataBytes());
    m_row = SpreadsheetRow();
    m_rowNumber = 0;
    m_repeatedCells = 0;
    m_inRow = false;
    m_inCell = false;
    int tableDepth = 0;
    int depth = 0; // open elements
    int sheetDepth = -1; // the depth of office:spreadsheet's children (see loadContent())
    int table = -1;
    bool inSheet = false;
    bool stopped = false;
    const bool read = readXmlPart(
            ContentPart,
            [&](QXmlStreamReader &xml) {
                const bool start = xml.tokenType() == QXmlStreamReader::StartElement;
                const bool end = xml.tokenType() == QXmlStreamReader::EndElement;
                // An element's depth, the same at its start and its end.
                const int level = start ? ++depth : (end ? depth-- : depth);
                if (start && is(xml, OfficeNs, QLatin1StringView("spreadsheet")))
                    sheetDepth = level + 1;
                if ((start || end) && is(xml, TableNs, QLatin1StringView("table"))) {
                    if (start && tableDepth++ == 0 && level == sheetDepth)
                        inSheet = ++table == index;
                    if (end && --tableDepth == 0 && inSheet)
                        return false; // the sheet is read
                    if (m_inCell)
                        cellElement(xml, start);
                    return true;
                }
                if (!inSheet)
                    return true;
                if (m_inCell) {
                    if (end && m_cell.depth == 0) {
                        if (!finishCell())
                            return false;
                    } else if (start || end) {
                        cellElement(xml, start);
                    } else if (xml.tokenType() == QXmlStreamReader::Characters
                               && m_cell.inParagraph > 0 && m_cell.skipDepth == 0) {
                        appendText(xml.text());
                    }
                    return true;
                }
                if (tableDepth > 1)
                    return true;
                if (start && is(xml, TableNs, QLatin1StringView("table-row"))) {
                    beginRow(xml.attributes());
                } else if (end && is(xml, TableNs, QLatin1StringView("table-row"))) {
                    if (!finishRow(onRow, cancel, &stopped) || stopped)
                        return false;
                } else if (start && m_inRow
                           && (is(xml, TableNs, QLatin1StringView("table-cell"))
                               || is(xml, TableNs, QLatin1StringView("covered-table-cell")))) {
                    beginCell(xml.attributes());
                }
                return true;
            },
            true);
    return read;
}

} // namespace Ditio
