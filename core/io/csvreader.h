#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ditio {

// RFC 4180 records from decoded text: quoted fields with doubled quotes and
// line breaks inside, CR LF / LF / CR line ends, a "sep=;" first line as Excel
// writes it. Each record remembers the row number a spreadsheet would show.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::CsvReader)

public:
    struct Record
    {
        int row = 0; // 1-based, as a spreadsheet numbers it
        QStringList fields;
    };
    struct Problem
    {
        int row = 0;
        int column = 0; // 1-based
        QString message;
    };
    struct Result
    {
        QList<Record> records;
        QList<Problem> problems;
        QChar delimiter;
    };

    // Among , ; tab |: the one that splits the first lines most consistently.
    static QChar detectDelimiter(QStringView text);
    // delimiter null: detect it (or take it from a "sep=" line).
    static Result parse(QStringView text, QChar delimiter = QChar());
};

} // namespace Ditio
