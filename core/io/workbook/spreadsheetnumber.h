#pragma once

#include <QByteArrayView>
#include <QString>

namespace Ditio {

// Numbers as spreadsheet files store them, and as text an importer can trust:
// identifiers stay identifiers ("1042", never "1042.0" or "1.042E+3").
class SpreadsheetNumber
{
public:
    // The shortest text that reads back as exactly the same double. Values from
    // 1E-7 up to (not including) 1E+21 are written out in full ("1042",
    // "12345678901", "0.1", "0.30000000000000004"); the rest with an exponent
    // the way a spreadsheet shows it ("1E+21", "1.5E-08"). Always '.' decimals.
    static QString toText(double value);

    // An XML number literal ("1042", "-1.5E-3", " 7 "); false for anything else,
    // including infinities and NaN, which no spreadsheet file holds.
    static bool parse(QByteArrayView literal, double *value);

    // True when the literal is a plain integer in canonical form ("0", "1042",
    // "-7": no sign '+', no leading zeros) short enough to be exact in a
    // double: then toText(parse(literal)) is the literal itself.
    static bool isCanonicalInteger(QByteArrayView literal);
};

} // namespace Ditio
