#include "xlsxsheetparser.h"

#include "spreadsheetnumber.h"
#include "xlsxsharedstrings.h"
#include "xlsxxmlscanner.h"

#include <QDate>

#include <cmath>

namespace Ditio {

namespace {

// "C7" -> 3; 0 when there are no column letters; -1 past XFD.
int columnFromReference(QByteArrayView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (const char c : reference) {
        int value = 0;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A' + 1;
        else if (c >= 'a' && c <= 'z')
            value = c - 'a' + 1;
        else
            break;
        if (++letters > 3)
            return -1;
        column = column * 26 + value;
    }
    return column > XlsxSheetParser::MaxColumns ? -1 : column;
}

// A non-negative decimal integer below 2^31; -1 for anything else.
int parseIndex(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 10)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value > INT_MAX ? -1 : int(value);
}

} // namespace

XlsxSheetParser::XlsxSheetParser(const XlsxSharedStrings &strings,
                                 const QList<XlsxNumberFormat::Style> &styles, bool date1904)
    : m_strings(strings), m_styles(styles), m_date1904(date1904)
{
    m_value.reserve(256);
}

QString XlsxSheetParser::where(int column) const
{
    return tr("Row %1, column %2").arg(m_row.row).arg(SpreadsheetCell::columnName(column));
}

bool XlsxSheetParser::keepProblem()
{
    ++m_problemCount;
    return m_problems.size() < MaxProblems;
}

void XlsxSheetParser::addProblem(int column, const QString &message)
{
    m_problems.append({m_row.row, column, message});
}

void XlsxSheetParser::beginCell(XlsxXmlScanner *scanner)
{
    m_skip = false;
    m_formula = false;
    m_hasValue = false;
    m_overflow = false;
    m_value.resize(0); // keeps the buffer (clear() would free it)

    const QByteArrayView reference = scanner->attribute("r");
    int column = reference.isNull() ? 0 : columnFromReference(reference);
    if (column == 0)
        column = m_lastColumn + 1;
    if (column < 0 || column > MaxColumns) {
        m_skip = true;
        if (keepProblem()) {
            addProblem(0,
                       tr("Row %1: a cell lies beyond the last column a spreadsheet has (XFD) "
                          "and was skipped.")
                               .arg(m_row.row));
        }
        return;
    }
    if (column <= m_lastColumn) {
        m_skip = true;
        if (keepProblem()) {
            addProblem(column,
                       tr("%1: the file holds a second value for this cell, or one out of "
                          "order; it was skipped.")
                               .arg(where(column)));
        }
        return;
    }
    m_column = column;
    m_lastColumn = column;

    const QByteArrayView style = scanner->attribute("s");
    m_style = style.isNull() ? 0 : parseIndex(style);

    const QByteArrayView type = scanner->attribute("t");
    if (type.isNull() || type == "n")
        m_type = CellType::Number;
    else if (type == "s")
        m_type = CellType::Shared;
    else if (type == "inlineStr")
        m_type = CellType::Inline;
    else if (type == "str")
        m_type = CellType::FormulaText;
    else if (type == "b")
        m_type = CellType::Boolean;
    else if (type == "e")
        m_type = CellType::Error;
    else if (type == "d")
        m_type = CellType::IsoDate;
    else
        m_type = CellType::Number;
}

bool XlsxSheetParser::dateCell(SpreadsheetCell *cell, double serial,
                               const XlsxNumberFormat::Style &style)
{
    if (style.kind == XlsxNumberFormat::Kind::Time
        || style.kind == XlsxNumberFormat::Kind::Duration) {
        if (!(serial >= 0) || serial > 1e7)
            return false;
        const qint64 seconds = XlsxNumberFormat::wholeSeconds(serial);
        cell->text = style.kind == XlsxNumberFormat::Kind::Duration
                ? XlsxNumberFormat::durationText(seconds, style)
                : XlsxNumberFormat::timeText(int(seconds % 86400));
        cell->kind = SpreadsheetCell::Time;
        return true;
    }
    qint64 day = 0;
    int second = 0;
    if (!XlsxNumberFormat::splitSerial(serial, m_date1904, &day, &second))
        return false;
    cell->text = XlsxNumberFormat::dateText(day, m_date1904);
    cell->kind = SpreadsheetCell::Date;
    return true;
}

void XlsxSheetParser::numberCell(SpreadsheetCell *cell)
{
    const QByteArrayView literal = QByteArrayView(m_value).trimmed();
    if (literal.isEmpty())
        return;
    const XlsxNumberFormat::Style style = m_style >= 0 && m_style < m_styles.size()
            ? m_styles.at(m_style)
            : XlsxNumberFormat::Style();
    const bool canonical = SpreadsheetNumber::isCanonicalInteger(literal);
    double value = 0;
    const bool isNumber = SpreadsheetNumber::parse(literal, &value);

    if (style.kind == XlsxNumberFormat::Kind::Date && canonical && value > 0) {
        // Whole days: the common case, cached.
        const auto day = qint64(value);
        CachedDate &slot = m_dateCache[size_t(day) % m_dateCache.size()];
        if (slot.day != day && dateCell(cell, value, style)) {
            slot.day = day;
            slot.raw = QString::fromLatin1(literal);
            slot.text = cell->text;
        }
        if (slot.day == day) {
            cell->raw = slot.raw;
            cell->text = slot.text;
            cell->kind = SpreadsheetCell::Date;
            return;
        }
    }
    cell->raw = QString::fromLatin1(literal);
    if (!isNumber) {
        // Not a number after all: keep the text, say so.
        cell->raw = QString::fromUtf8(literal);
        cell->text = cell->raw;
        cell->kind = SpreadsheetCell::Text;
        if (keepProblem()) {
            addProblem(m_column,
                       tr("%1: \"%2\" is stored as a number but is not one; the text "
                          "was kept.")
                               .arg(where(m_column), cell->raw));
        }
        return;
    }
    if (style.kind == XlsxNumberFormat::Kind::Date || style.kind == XlsxNumberFormat::Kind::Time
        || style.kind == XlsxNumberFormat::Kind::Duration) {
        if (dateCell(cell, value, style))
            return;
        if (keepProblem()) {
            addProblem(m_column,
                       tr("%1: the number %2 is formatted as a date, but no date has "
                          "that number; the number was kept.")
                               .arg(where(m_column), cell->raw));
        }
    }
    cell->kind = SpreadsheetCell::Number;
    if (canonical) {
        cell->text = cell->raw;
    } else {
        cell->text = SpreadsheetNumber::toText(value);
        if (cell->text == cell->raw)
            cell->text = cell->raw; // share
    }
    if (style.kind == XlsxNumberFormat::Kind::ZeroPadded && value == std::trunc(value)
        && std::fabs(value) < 1e15) {
        cell->text = XlsxNumberFormat::zeroPadded(cell->text, style.width);
    }
}

void XlsxSheetParser::finishCell()
{
    if (m_skip)
        return;
    SpreadsheetCell &cell = m_row.cells.emplace_back();
    cell.column = m_column;
    cell.fromFormula = m_formula;
    switch (m_type) {
    case CellType::Number:
        numberCell(&cell);
        break;
    case CellType::Shared: {
        if (!m_hasValue)
            break;
        const int index = parseIndex(m_value);
        if (index < 0 || index >= m_strings.size()) {
            if (keepProblem()) {
                addProblem(m_column,
                           tr("%1: the cell refers to shared text number %2, which the "
                              "workbook does not have; the cell was left empty.")
                                   .arg(where(m_column), QString::fromUtf8(m_value)));
            }
            break;
        }
        cell.text = m_strings.at(index);
        cell.raw = cell.text;
        cell.kind = cell.text.isEmpty() ? SpreadsheetCell::Empty : SpreadsheetCell::Text;
        if (m_strings.isTruncated(index))
            m_overflow = true;
        break;
    }
    case CellType::Inline:
    case CellType::FormulaText:
    case CellType::Error: {
        bool truncated = false;
        if (!XlsxSharedStrings::decode(m_value, m_overflow, &cell.text, &truncated)) {
            if (keepProblem()) {
                addProblem(m_column,
                           tr("%1: the text is not valid UTF-8; the cell was left empty.")
                                   .arg(where(m_column)));
            }
            cell.text.clear();
        }
        m_overflow = truncated;
        cell.raw = cell.text;
        if (!cell.text.isEmpty())
            cell.kind = m_type == CellType::Error ? SpreadsheetCell::Error : SpreadsheetCell::Text;
        break;
    }
    case CellType::Boolean: {
        const QByteArrayView value = QByteArrayView(m_value).trimmed();
        if (value.isEmpty())
            break;
        cell.raw = QString::fromUtf8(value);
        if (value == "1" || value == "0") {
            cell.text = value == "1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            cell.kind = SpreadsheetCell::Boolean;
        } else {
            cell.text = cell.raw;
            cell.kind = SpreadsheetCell::Text;
            if (keepProblem()) {
                addProblem(m_column,
                           tr("%1: \"%2\" is stored as a true/false value but is not one; "
                              "the text was kept.")
                                   .arg(where(m_column), cell.raw));
            }
        }
        break;
    }
    case CellType::IsoDate: {
        const QByteArrayView value = QByteArrayView(m_value).trimmed();
        if (value.isEmpty())
            break;
        cell.raw = QString::fromUtf8(value);
        const QDate date = QDate::fromString(QStringView(cell.raw).left(10), Qt::ISODate);
        if (date.isValid() && (cell.raw.size() == 10 || cell.raw.at(10) == u'T')) {
            cell.text = date.toString(u"dd.MM.yyyy");
            cell.kind = SpreadsheetCell::Date;
        } else {
            cell.text = cell.raw;
            cell.kind = SpreadsheetCell::Text;
            if (keepProblem()) {
                addProblem(m_column,
                           tr("%1: \"%2\" is stored as a date but is not one; the text "
                              "was kept.")
                                   .arg(where(m_column), cell.raw));
            }
        }
        break;
    }
    }

    if (m_overflow) {
        if (keepProblem()) {
            addProblem(m_column,
                       tr("%1: the cell has more than %2 characters, more than a "
                          "spreadsheet cell can hold; only the first %2 were kept.")
                               .arg(where(m_column))
                               .arg(XlsxSharedStrings::MaxCellCharacters));
        }
    }
    if (cell.kind == SpreadsheetCell::Empty) {
        // No result, or an empty one where only a number can be (openpyxl
        // writes <v></v>); an empty text result (t="str") is a real "".
        const bool uncalculated = m_formula
                && (!m_hasValue
                    || (m_type == CellType::Number && QByteArrayView(m_value).trimmed().isEmpty()));
        if (uncalculated) {
            if (keepProblem()) {
                addProblem(m_column,
                           tr("%1: the formula has no saved result (the program that "
                              "wrote the file did not calculate it); the cell was left "
                              "empty. Open and save the file in a spreadsheet program "
                              "to fill it in.")
                                   .arg(where(m_column)));
            }
        } else {
            m_row.cells.removeLast();
        }
    }
}

XlsxSheetParser::Result
XlsxSheetParser::parse(XlsxXmlScanner *scanner,
                       const std::function<bool(const SpreadsheetRow &)> &onRow,
                       const std::atomic_bool *cancel)
{
    bool inSheetData = false;
    bool inRow = false;
    bool inCell = false;
    bool inInline = false;
    bool capture = false;
    int phonetic = 0;
    int lastRow = 0;
    m_row.row = 0;
    m_row.cells.clear();

    for (;;) {
        switch (scanner->next()) {
        case XlsxXmlScanner::Token::StartElement: {
            if (inCell) {
                if (scanner->isName("v")) {
                    // The value, or a formula's saved result.
                    capture = m_type != CellType::Inline;
                    m_hasValue = m_hasValue || capture;
                } else if (scanner->isName("f")) {
                    m_formula = true;
                } else if (scanner->isName("is")) {
                    inInline = true;
                    m_hasValue = m_type == CellType::Inline;
                } else if (scanner->isName("rPh")) {
                    ++phonetic;
                } else if (scanner->isName("t")) {
                    capture = inInline && phonetic == 0 && m_type == CellType::Inline;
                }
            } else if (inRow) {
                if (scanner->isName("c")) {
                    inCell = true;
                    inInline = false;
                    phonetic = 0;
                    beginCell(scanner);
                }
            } else if (inSheetData) {
                if (scanner->isName("row")) {
                    inRow = true;
                    const QByteArrayView number = scanner->attribute("r");
                    const int row = number.isNull() ? -1 : parseIndex(number);
                    m_row.row = row > 0 ? row : lastRow + 1;
                    lastRow = m_row.row;
                    m_lastColumn = 0;
                    m_row.cells.clear();
                    m_row.cells.reserve(m_lastRowSize);
                }
            } else if (scanner->isName("sheetData")) {
                inSheetData = true;
            }
            break;
        }
        case XlsxXmlScanner::Token::Text:
            if (capture && !XlsxSharedStrings::appendText(scanner, &m_value, &m_overflow))
                return Result::XmlError;
            break;
        case XlsxXmlScanner::Token::EndElement:
            if (inCell) {
                if (scanner->isName("c")) {
                    inCell = false;
                    capture = false;
                    finishCell();
                } else if (scanner->isName("v") || scanner->isName("t")) {
                    capture = false;
                } else if (scanner->isName("is")) {
                    inInline = false;
                } else if (scanner->isName("rPh")) {
                    --phonetic;
                }
            } else if (inRow) {
                if (scanner->isName("row")) {
                    inRow = false;
                    if (!m_row.cells.isEmpty()) {
                        m_lastRowSize = m_row.cells.size();
                        if (!onRow(m_row))
                            return Result::Stopped;
                    }
                    if (cancel && cancel->load(std::memory_order_relaxed))
                        return Result::Cancelled;
                }
            } else if (scanner->isName("sheetData")) {
                inSheetData = false;
            }
            break;
        case XlsxXmlScanner::Token::EndDocument:
            return Result::Done;
        case XlsxXmlScanner::Token::Invalid:
            return Result::XmlError;
        }
    }
}

} // namespace Ditio
