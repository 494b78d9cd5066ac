#pragma once

#include "workdocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ditio {

// Opens whatever the user points the app or the command line at: a work file,
// or a CSV whose header uses Ditio's field names (employeeNumber, ...). The
// import of every spreadsheet kind plugs in here.
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
    };

    static Result read(const QString &path);
    static Result readCsv(const QByteArray &bytes, const QString &fileName);
    static bool isWorkFilePath(const QString &path);
};

} // namespace Ditio
