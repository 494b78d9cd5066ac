#pragma once

#include "importoptions.h"
#include "importresult.h"
#include "workfile/workdocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ditio {

class ColumnMappingMemory;

// Opens whatever the user points the app or the command line at: a work file,
// or a spreadsheet through the import pipeline (ImportSource): a CSV or text
// file (UTF-8, UTF-16 or Windows-1252; any of , ; tab |) or an Excel workbook,
// whose header names the fields in Ditio's words or an HR system's (Ansattnr,
// Sertifikat, Utløpsdato, ...), found even below title rows.
class CertificateFileReader
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::CertificateFileReader)

public:
    struct Result
    {
        bool ok = false;
        bool isWorkFile = false;
        WorkDocument document;
        QString errorString;
        QStringList warnings; // e.g. columns that were not used
        QByteArray contentHash; // work files: for the changed-on-disk check
        QString encoding; // CSV: how the bytes were read ("UTF-8", "Windows-1252")
        int headerRow = 0; // spreadsheets: the row the header was found on (1-based)
        ImportResult import; // spreadsheets: everything the import found (rows moved out)
    };

    // Detection only: no remembered mappings (the same file always reads the same).
    static Result read(const QString &path);
    // With the options and the remembered mappings of the import dialog or the
    // command line's --sheet, --encoding, --delimiter, --mapping.
    static Result read(const QString &path, const ImportOptions &options,
                       const ColumnMappingMemory *memory);
    static Result readCsv(const QByteArray &bytes, const QString &fileName);
    static bool isWorkFilePath(const QString &path);
    // An import's outcome as a Result (rows moved into the document).
    static Result fromImport(ImportResult &&import);
};

} // namespace Ditio
