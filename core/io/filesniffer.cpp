#include "filesniffer.h"

#include "io/text/textdecoder.h"

#include <QByteArrayMatcher>
#include <QIODevice>

namespace Ditio {

namespace {

constexpr qint64 MaxCompoundScanBytes = qint64(256) << 20;
constexpr qsizetype HeadBytes = 4096;
constexpr QByteArrayView CompoundMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

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
FileSniffer::Kind sniffCompound(QIODevice *device)
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
            return FileSniffer::Kind::EncryptedWorkbook;
        sawWorkbook = sawWorkbook || workbook.indexIn(window) >= 0 || book.indexIn(window) >= 0;
        tail = window.right(64);
    }
    return sawWorkbook ? FileSniffer::Kind::LegacyWorkbook : FileSniffer::Kind::CompoundFile;
}

struct Magic
{
    QByteArrayView bytes;
    qsizetype offset;
    FileSniffer::Kind kind;
    const char *format;
};

// Formats people mistake for spreadsheets, by their first bytes.
const Magic Magics[] = {
        {"%PDF-", 0, FileSniffer::Kind::Pdf, "PDF"},
        {"\x89PNG\r\n\x1A\n", 0, FileSniffer::Kind::Image, "PNG"},
        {"\xFF\xD8\xFF", 0, FileSniffer::Kind::Image, "JPEG"},
        {"GIF87a", 0, FileSniffer::Kind::Image, "GIF"},
        {"GIF89a", 0, FileSniffer::Kind::Image, "GIF"},
        {QByteArrayView("II*\0", 4), 0, FileSniffer::Kind::Image, "TIFF"},
        {QByteArrayView("MM\0*", 4), 0, FileSniffer::Kind::Image, "TIFF"},
        {"WEBP", 8, FileSniffer::Kind::Image, "WebP"},
        {"\x1F\x8B", 0, FileSniffer::Kind::Archive, "gzip"},
        {"7z\xBC\xAF\x27\x1C", 0, FileSniffer::Kind::Archive, "7-Zip"},
        {"Rar!\x1A\x07", 0, FileSniffer::Kind::Archive, "RAR"},
        {"BZh", 0, FileSniffer::Kind::Archive, "bzip2"},
        {"\xFD\x37zXZ", 0, FileSniffer::Kind::Archive, "xz"},
};

// BMP: "BM", then the file size and four reserved zero bytes.
bool isBmp(QByteArrayView head)
{
    return head.size() >= 14 && head.startsWith("BM") && head[6] == 0 && head[7] == 0
            && head[8] == 0 && head[9] == 0;
}

FileSniffer::Kind sniffText(QByteArrayView bytes)
{
    bool utf16 = false;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        utf16 = true;
        bytes = bytes.sliced(2);
    } else if (TextDecoder::utf16WithoutByteOrderMark(bytes)) {
        utf16 = true;
    }
    // NUL padding at the end (a file written into preallocated space) is not
    // part of the text; the CSV reader skips it with a warning.
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == 0)
        --end;
    if (end == 0)
        return FileSniffer::Kind::Text; // only NULs here: the reader looks at all of it
    bytes = bytes.first(end);
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
    // Text, perhaps Windows-1252: hardly any control characters. A stray NUL
    // in a value is text with a fault the validation names.
    if (bytes.isEmpty() || (controls > 3 && controls * 100 > bytes.size()))
        return FileSniffer::Kind::Binary;
    return first == '<' ? FileSniffer::Kind::Markup : FileSniffer::Kind::Text;
}

QString hexBytes(QByteArrayView head)
{
    return QString::fromLatin1(
                   head.first(std::min<qsizetype>(head.size(), 8)).toByteArray().toHex(' '))
            .toUpper();
}

} // namespace

FileSniffer::Result FileSniffer::sniffHead(QByteArrayView head)
{
    if (head.isEmpty())
        return {Kind::Empty, {}};
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return {Kind::Zip, {}};
    if (head.startsWith(CompoundMagic))
        return {Kind::CompoundFile, {}};
    for (const Magic &magic : Magics) {
        if (head.size() >= magic.offset + magic.bytes.size()
            && head.sliced(magic.offset, magic.bytes.size()) == magic.bytes)
            return {magic.kind, QString::fromLatin1(magic.format)};
    }
    if (isBmp(head))
        return {Kind::Image, QStringLiteral("BMP")};
    if (TextDecoder::startsWithUtf32ByteOrderMark(head))
        return {Kind::Utf32Text, {}};
    const Kind text = sniffText(head);
    return {text, text == Kind::Binary ? hexBytes(head) : QString()};
}

FileSniffer::Result FileSniffer::sniff(QIODevice *device)
{
    if (!device->seek(0))
        return {Kind::Binary, {}};
    const QByteArray head = device->read(HeadBytes);
    Result result = sniffHead(head);
    if (result.kind == Kind::CompoundFile && device->seek(0))
        result.kind = sniffCompound(device);
    device->seek(0);
    return result;
}

QString FileSniffer::refusal(const Result &result)
{
    switch (result.kind) {
    case Kind::Zip:
    case Kind::Text:
        break;
    case Kind::Empty:
        return tr("the file is empty.");
    case Kind::EncryptedWorkbook:
        return tr("the workbook is password-protected (encrypted). Open it in Excel, remove the "
                  "password (File > Info > Protect Workbook > Encrypt with Password), save it and "
                  "import it again.");
    case Kind::LegacyWorkbook:
        return tr("it is an Excel 97-2003 workbook (.xls), an old format that cannot be read. "
                  "Open it in Excel and save it as an Excel workbook (.xlsx).");
    case Kind::CompoundFile:
        return tr("it is a Microsoft Office file in the old binary format (such as a Word .doc), "
                  "not a spreadsheet.");
    case Kind::Pdf:
        return tr("it is a PDF document, not a spreadsheet. Export the list as CSV or Excel from "
                  "the system it came from.");
    case Kind::Image:
        return tr("it is an image (%1), not a spreadsheet. Export the list as CSV or Excel from "
                  "the system it came from.")
                .arg(result.format);
    case Kind::Archive:
        return tr("it is a compressed archive (%1), not a spreadsheet. Unpack it and open the "
                  "file inside.")
                .arg(result.format);
    case Kind::Utf32Text:
        return tr("it is UTF-32 text, which spreadsheet programs do not write and this app does "
                  "not read. Save it as UTF-8 or as Excel's \"Unicode text\" (UTF-16) and "
                  "import it again.");
    case Kind::Markup:
        return tr("it is an HTML or XML text file, not a spreadsheet. Open it in a spreadsheet "
                  "program and save it as an Excel workbook (.xlsx) or CSV.");
    case Kind::Binary:
        return tr("it is neither text nor a spreadsheet workbook (it starts with the bytes %1).")
                .arg(result.format);
    }
    return {};
}

} // namespace Ditio
