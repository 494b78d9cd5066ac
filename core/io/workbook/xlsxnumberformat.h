#pragma once

#include <QString>

namespace Ditio {

// What an XLSX number format does to a number, as far as an importer cares:
// whether the cell is a date, a time of day, a zero-padded identifier, or just
// the number. Plus the conversions of date serials in both date systems.
class XlsxNumberFormat
{
public:
    enum class Kind : quint8 {
        General, // show the number itself ("#,##0.00", "0%", "General", "@": ignored)
        Date, // has a date part, perhaps a time too: the date is kept
        Time, // a time of day only ("h:mm", "hh:mm:ss")
        Duration, // elapsed time ("[h]:mm:ss", "[mm]:ss"): the first unit does not wrap
        ZeroPadded, // "00000": identifiers with leading zeros, 1042 shows as 01042
    };

    struct Style
    {
        Kind kind = Kind::General;
        quint8 width = 0; // ZeroPadded: digits shown; Duration: least digits of the first unit
        char elapsed = 0; // Duration: the bracketed unit, 'h', 'm' or 's'
        bool seconds = false; // Duration: seconds are shown
    };

    // The built-in formats (no <numFmt> in styles.xml): 14-17 and 22 are dates,
    // 18-21 and 45-47 times, and the East Asian locale ones 27-36 and 50-58
    // dates (32 and 33 times).
    static Style builtin(int numFmtId);
    // A format code from <numFmt formatCode="...">: a date or time when it has
    // d, m, y, h or s outside quotes, escapes and brackets ([h] counts).
    static Style classify(QStringView formatCode);

    // The day and the second of that day a serial stands for: to the
    // millisecond, then down to the second, so a time late in the day
    // (23:59:59.5) never moves the date to the next day. False when no date has that serial: below
    // 1 in the 1900 system (0 in 1904), or after 31.12.9999.
    static bool splitSerial(double serial, bool date1904, qint64 *day, int *second);
    // dd.MM.yyyy of a day number. In the 1900 system day 60 is Excel's
    // 29.02.1900, a day that never was; it is given as Excel shows it.
    static QString dateText(qint64 day, bool date1904);
    // A serial as whole seconds, rounded as Excel shows a time.
    static qint64 wholeSeconds(double serial);
    // HH:mm, or HH:mm:ss when there are seconds.
    static QString timeText(int second);
    // Elapsed time as a Duration style shows it: "255:10:05", "720:00".
    static QString durationText(qint64 seconds, const Style &style);
    // The integer text padded with zeros to width digits ("1042", 5: "01042").
    static QString zeroPadded(const QString &integer, int width);
};

} // namespace Ditio
