#include "xlsxfilesniffer.h"

#include <QByteArrayMatcher>
#include <QIODevice>

namespace Ditio {

namespace {

constexpr qint64 MaxCompoundScanBytes = qint64(256) << 20;

QByteArray utf16Name(const char *name)
{
    QByteArray bytes;
    for (const char *p = name; *p; ++p) {
        bytes.append(*p);
        bytes.append('\0');
    }
    return bytes;
}

// Office's compound files name their streams in UTF-16 in directory sectors
// that may lie anywhere, so the whole file (up to a bound) is searched.
XlsxFileSniffer::Kind sniffCompound(QIODevice *device)
{
    const QByteArrayMatcher encrypted(utf16Name("EncryptedPackage"));
    const QByteArrayMatcher encryptionInfo(utf16Name("EncryptionInfo"));
    const QByteArrayMatcher workbook(utf16Name("Workbook"));
    const QByteArrayMatcher book(utf16Name("Book"));
    bool sawWorkbook = false;
    QByteArray tail;
    qint64 scanned = 0;
    while (scanned < MaxCompoundScanBytes) {
        const QByteArray chunk = device->read(1 << 20);
        if (chunk.isEmpty())
            break;
        scanned += chunk.size();
        const QByteArray window = tail + chunk;
        if (encrypted.indexIn(window) >= 0 || encryptionInfo.indexIn(window) >= 0)
            return XlsxFileSniffer::Kind::EncryptedWorkbook;
        sawWorkbook = sawWorkbook || workbook.indexIn(window) >= 0 || book.indexIn(window) >= 0;
        tail = window.right(64);
    }
    return sawWorkbook ? XlsxFileSniffer::Kind::LegacyWorkbook
                       : XlsxFileSniffer::Kind::CompoundFile;
}

XlsxFileSniffer::Kind sniffText(const QByteArray &head)
{
    QByteArrayView bytes(head);
    bool utf16 = false;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        utf16 = true;
        bytes = bytes.sliced(2);
    }
    qsizetype controls = 0;
    char first = 0;
    for (char c : bytes) {
        if (c == 0 && utf16)
            continue;
        if (!first && c != ' ' && c != '\t' && c != '\r' && c != '\n')
            first = c;
        const auto byte = uchar(c);
        if (byte < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f')
            ++controls;
    }
    // Text, perhaps Windows-1252: hardly any control characters, no NULs.
    if (bytes.isEmpty() || controls * 100 > bytes.size())
        return XlsxFileSniffer::Kind::Unknown;
    return first == '<' ? XlsxFileSniffer::Kind::Markup : XlsxFileSniffer::Kind::Text;
}

} // namespace

XlsxFileSniffer::Kind XlsxFileSniffer::sniff(QIODevice *device)
{
    if (!device->seek(0))
        return Kind::Unknown;
    const QByteArray head = device->read(4096);
    Kind kind = Kind::Unknown;
    if (head.isEmpty())
        kind = Kind::Empty;
    else if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        kind = Kind::Zip;
    else if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") && device->seek(0))
        kind = sniffCompound(device);
    else
        kind = sniffText(head);
    device->seek(0);
    return kind;
}

} // namespace Ditio
