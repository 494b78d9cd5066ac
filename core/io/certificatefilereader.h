#pragma once

#include "workdocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ditio {

// Opens whatever the user points the app or the command line at: a work file,
// or a CSV (UTF-8, UTF-16 or Windows-1252; any of , ; tab |) whose header names
// the fields in Ditio's words or an HR system's (Ansattnr, Sertifikat,
// Utløpsdato, ...), found even below title rows. The import of every
// spreadsheet kind plugs in here.
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
        int headerRow = 0; // CSV: the row the header was found on (1-based)
    };

    static Result read(const QString &path);
    static Result readCsv(const QByteArray &bytes, const QString &fileName);
    static bool isWorkFilePath(const QString &path);
};

} // namespace Ditio
