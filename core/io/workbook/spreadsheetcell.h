#pragma once

#include <QString>

namespace Ditio {

// One value of a spreadsheet as an importer needs it: what the table should
// get, and what the file said.
struct SpreadsheetCell
{
    enum Kind : quint8 {
        Empty, // only a formula without a saved result
        Text,
        Number,
        Boolean,
        Date, // a number formatted as a date (or date and time): text is dd.MM.yyyy
        Time, // a number formatted as a time of day only: text is HH:mm or HH:mm:ss
        Error, // #N/A, #REF!, ...
    };

    // What the table should get: "1042" (never "1042.0"), "01042", "15.01.2026".
    QString text;
    // The value as stored in the file: the serial behind a date ("46037"), a
    // number's digits as written, a boolean's 1 or 0; for text, the text itself.
    QString raw;
    int column = 0; // 1-based: A is 1
    Kind kind = Empty;
    bool fromFormula = false; // the value is a formula's saved result

    // "A", "Z", "AA", ... "XFD" for 1-based column numbers.
    static QString columnName(int column)
    {
        QString name;
        while (column > 0) {
            const int digit = (column - 1) % 26;
            name.prepend(QChar(char16_t(u'A' + digit)));
            column = (column - 1) / 26;
        }
        return name;
    }
};

} // namespace Ditio
