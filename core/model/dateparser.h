#pragma once

#include <QDate>
#include <QString>

namespace Ditio {

// Parses the dates people type or spreadsheets export. Day-first is the
// Norwegian reading of "03.04.2026". Hand-written rather than QDate::fromString
// with a list of formats: it runs for every date cell of a million-row file.
class DateParser
{
public:
    enum class Status : quint8 {
        Empty, // nothing but spaces
        Valid,
        TwoDigitYear, // "15.01.26": the century is a guess, so it is not accepted
        NoSuchDate, // looks like a date, but e.g. 31.02.2026
        NotUnderstood,
    };

    struct Result
    {
        Status status = Status::Empty;
        QDate date; // valid for Valid; the likely date for TwoDigitYear
        bool isValid() const { return status == Status::Valid; }
    };

    static Result parse(QStringView text);

    // The form the table shows and the date editor writes: 15.01.2026.
    static QString format(QDate date);
    // The form Ditio receives: midnight UTC, 2026-01-15T00:00:00Z.
    static QString toApiDateTime(QDate date);
};

} // namespace Ditio
