#pragma once

#include "importoptions.h"
#include "io/workbook/spreadsheetcell.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Ditio {

// Works out how one date column of a file is written, from all its values,
// then turns each value into the table's dd.MM.yyyy:
//   - 15.01.2026, 1.2.2026, 15/01/2026, 15-01-2026 (also with a time after it)
//     are day-first, unless the values prove month-first: some have a number
//     over 12 in the second place and none in the first (01/15/2026). When every
//     value fits both orders the column is read day-first, the Norwegian
//     default, and the summary says it was assumed;
//   - 2026-01-15 and ISO 8601 with a time and zone (2026-01-15T23:30:00-05:00):
//     the calendar date as written; the zone never moves it to another day;
//   - a column of plain numbers (a CSV written from Excel's date serials):
//     serial numbers of the 1900 date system. Numbers in a text count only
//     from 18264 (1950) to 91311 (2149), and only where they are the column's
//     main form, so years and identifiers are not taken for dates. A
//     workbook's number cells in a date column are always serials (of the
//     workbook's date system);
//   - date cells of a workbook arrive as dd.MM.yyyy already.
// Values it cannot read (31.02.2026, two-digit years like 15.01.26, text) are
// left as written, so the table shows them as errors: nothing is guessed.
class DateColumnFormat
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::DateColumnFormat)

public:
    enum class Kind : quint8 {
        None, // no values
        DayFirst,
        MonthFirst,
        YearFirst,
        Serial,
        DateCells, // only a workbook's own date cells
    };

    struct Summary
    {
        Kind kind = Kind::None; // how most values are written
        bool monthFirst = false; // how d.M.yyyy-shaped values are read
        bool numbersAreSerials = false; // plain numbers are date serials
        bool assumed = false; // day-first only because every value fits both orders
        bool conflicting = false; // some values prove day-first, others month-first
        int values = 0; // non-empty values
        int twoDigitYears = 0;
        int firstTwoDigitYearRow = 0; // the spreadsheet row of the first one
        QString firstTwoDigitYear; // its text
        int notUnderstood = 0; // not a date in the column's format
    };

    // Each value of the column in file order; row as the spreadsheet shows it.
    void add(const SpreadsheetCell &cell, int row);
    // The values of a later part of the same column (a file read in parts),
    // as if each had been add()ed here after this part's own.
    void append(const DateColumnFormat &later);
    Summary summary(DateOrder order = DateOrder::Automatic) const;

    // The table's text for one value: dd.MM.yyyy, or the text as written when it
    // is not a date in the column's format.
    static QString convert(const SpreadsheetCell &cell, const Summary &summary, bool date1904);
    // Excel's serial day numbers: 1900 system (with its phantom 29.02.1900,
    // serial 60, which gives an invalid date) or 1904 system.
    static QDate fromSerial(double serial, bool date1904);

    // "day-first", "day-first (assumed)", "month-first", "year-first",
    // "Excel serial numbers", "date cells": for the fingerprint. Empty for None.
    static QString describe(const Summary &summary);

private:
    int m_values = 0;
    int m_dayMonth = 0; // d.M.yyyy or M.d.yyyy with a four-digit year
    int m_dayFirstProof = 0;
    int m_monthFirstProof = 0;
    int m_yearFirst = 0;
    int m_serials = 0; // numbers in a text that may be serials
    int m_workbookSerials = 0; // number cells of a workbook: serials in a date column
    int m_dateCells = 0;
    int m_twoDigitYears = 0;
    int m_firstTwoDigitYearRow = 0;
    QString m_firstTwoDigitYear;
    int m_other = 0;
};

} // namespace Ditio
