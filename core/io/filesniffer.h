#pragma once

#include <QtGlobal>

class QIODevice;

namespace Ditio {

// What a file that should be an XLSX workbook really is, from its first bytes
// (and, for Office's old compound files, the names of their streams).
class XlsxFileSniffer
{
public:
    enum class Kind : quint8 {
        Zip, // may be a workbook
        Empty,
        Text, // CSV or other text with a spreadsheet name
        Markup, // HTML or XML text ("XML Spreadsheet 2003", web pages saved as .xls)
        EncryptedWorkbook, // a password-protected OOXML file inside a compound file
        LegacyWorkbook, // Excel 97-2003 .xls
        CompoundFile, // another Office compound file (.doc, .msg, ...)
        Unknown,
    };

    // Reads from the device's start and seeks back there. Bounded: compound
    // files are searched for at most 256 MiB.
    static Kind sniff(QIODevice *device);
};

} // namespace Ditio
