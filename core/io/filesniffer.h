#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Ditio {

// What a file really is, from its content, whatever its name says: every file
// opened for import is looked at this way first, so a PDF renamed .xlsx or an
// .xls renamed .csv is described as what it is.
class FileSniffer
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::FileSniffer)

public:
    enum class Kind : quint8 {
        Empty,
        Zip, // may be a workbook (.xlsx, .ods); the workbook readers look inside
        EncryptedWorkbook, // a password-protected OOXML file inside a compound file
        LegacyWorkbook, // Excel 97-2003 .xls
        CompoundFile, // another Office compound file (.doc, .msg, ...)
        Pdf,
        Image, // PNG, JPEG, GIF, TIFF, WebP, BMP
        Archive, // gzip, 7-Zip, RAR, bzip2, xz: not a zip
        Utf32Text, // text with a UTF-32 byte order mark
        Markup, // HTML or XML text ("XML Spreadsheet 2003", web pages saved as .xls)
        Text, // CSV or other text (UTF-8, UTF-16 with or without BOM, Windows-1252)
        Binary, // none of the above
    };

    struct Result
    {
        Kind kind = Kind::Binary;
        // Image and Archive: the format ("PNG", "gzip"); Binary: the first
        // bytes in hex, for a support question.
        QString format;
    };

    // Reads from the device's start and seeks back there. Bounded: compound
    // files are searched for at most 256 MiB.
    static Result sniff(QIODevice *device);
    // The same from the first bytes alone (compound files are not searched:
    // they come back as CompoundFile).
    static Result sniffHead(QByteArrayView head);

    // Why a file of this kind cannot be imported, and what to do, as a
    // sentence without the file name ("it is a PDF document, ..."). Empty for
    // Zip and Text, which the readers look into.
    static QString refusal(const Result &result);
};

} // namespace Ditio
