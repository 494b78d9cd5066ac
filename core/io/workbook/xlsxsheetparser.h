#pragma once

#include "spreadsheetproblem.h"
#include "spreadsheetrow.h"
#include "xlsxnumberformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <array>
#include <atomic>
#include <functional>

namespace Ditio {

class XlsxSharedStrings;
class XlsxXmlScanner;

// Turns a worksheet part (<sheetData><row><c>...) into rows of cells, one row
// at a time: the hot loop of the import, so it reuses its buffers and shares
// strings instead of copying them.
class XlsxSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::XlsxSheetParser)

public:
    enum class Result : quint8 { Done, Stopped, Cancelled, XmlError };
    static constexpr int MaxColumns = 16384; // XFD
    static constexpr int MaxProblems = 1000; // kept; problemCount() counts all

    XlsxSheetParser(const XlsxSharedStrings &strings, const QList<XlsxNumberFormat::Style> &styles,
                    bool date1904);

    Result parse(XlsxXmlScanner *scanner, const std::function<bool(const SpreadsheetRow &)> &onRow,
                 const std::atomic_bool *cancel);

    const QList<SpreadsheetProblem> &problems() const { return m_problems; }
    int problemCount() const { return m_problemCount; }

private:
    enum class CellType : quint8 { Number, Shared, Inline, FormulaText, Boolean, Error, IsoDate };

    void beginCell(XlsxXmlScanner *scanner);
    void finishCell();
    void numberCell(SpreadsheetCell *cell);
    bool dateCell(SpreadsheetCell *cell, double serial, const XlsxNumberFormat::Style &style);
    bool keepProblem(); // counts it; false when enough are kept
    void addProblem(int column, const QString &message);
    QString where(int column) const;

    const XlsxSharedStrings &m_strings;
    const QList<XlsxNumberFormat::Style> &m_styles;
    const bool m_date1904;

    SpreadsheetRow m_row;
    int m_lastColumn = 0;
    qsizetype m_lastRowSize = 8;

    // The cell being read.
    int m_column = 0;
    int m_style = 0;
    CellType m_type = CellType::Number;
    bool m_skip = false;
    bool m_formula = false;
    bool m_hasValue = false;
    bool m_overflow = false;
    QByteArray m_value; // <v> or the inline string, UTF-8

    // Dates repeat: the texts of recent whole-day serials, shared.
    struct CachedDate
    {
        qint64 day = -1;
        QString raw;
        QString text;
    };
    std::array<CachedDate, 1024> m_dateCache;

    QList<SpreadsheetProblem> m_problems;
    int m_problemCount = 0;
};

} // namespace Ditio
