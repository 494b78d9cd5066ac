#pragma once

#include "exportprogress.h"
#include "exportresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Ditio {

class CertificateTableModel;

// The table as CSV: a header of the table's column titles plus Status and
// Message, one record per row, RFC 4180 quoting, CRLF line ends. By default
// what Norwegian Excel opens with a double click: UTF-8 with a byte order mark
// and semicolons. Text a spreadsheet would run as a formula gets a leading
// apostrophe (see FormulaGuard; an importer undoes it with
// FormulaGuard::unguard()). Fields are written as the table holds them
// (dates as typed), so a re-import gives the same table.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::CsvExporter)

public:
    enum class Delimiter : quint8 {
        Semicolon, // Excel in Norwegian (and most European) locales
        Comma,
    };

    struct Options
    {
        Delimiter delimiter = Delimiter::Semicolon;
        bool byteOrderMark = true; // without it Excel reads UTF-8 as Windows-1252
        bool onlyProblems = false; // see ExportTable::hasProblem()
    };

    static ExportResult write(const CertificateTableModel &model, const QString &path,
                              const Options &options, const ExportProgress &progress = {});
    static ExportResult write(const CertificateTableModel &model, const QString &path)
    {
        return write(model, path, Options());
    }
    static QByteArray toBytes(const CertificateTableModel &model, const Options &options);
    static QByteArray toBytes(const CertificateTableModel &model)
    {
        return toBytes(model, Options());
    }

    // One field: guarded against formulas, quoted when it holds a quote, a
    // line break or any delimiter a reader might guess (, ; tab |).
    static QString field(const QString &text);
    static QChar delimiterChar(Delimiter delimiter)
    {
        return delimiter == Delimiter::Comma ? QChar(u',') : QChar(u';');
    }

private:
    // false when cancelled or a write failed.
    static bool writeRows(const CertificateTableModel &model, const Options &options,
                          const ExportProgress &progress,
                          const std::function<bool(const QByteArray &)> &sink,
                          ExportResult *result);
};

} // namespace Ditio
