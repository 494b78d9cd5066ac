#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace Ditio {

// Turns the bytes of a CSV or text export into text, as the program that wrote
// it meant: UTF-8 with or without a BOM, UTF-16 with or without a BOM (Excel's "Unicode
// text"), and Windows-1252 (Norwegian Excel's "CSV (semicolon separated)") when
// the bytes are not valid UTF-8. Bytes that cannot be decoded are reported
// with their line, never replaced silently.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::TextDecoder)

public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    struct Problem
    {
        int line = 0; // 1-based
        qsizetype offset = 0; // byte offset in the file
        QString message;
    };
    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool hadByteOrderMark = false;
        QList<Problem> problems;
    };

    // A byte the encoding cannot decode, where it landed in the text.
    struct BadByte
    {
        qsizetype offset = 0; // of its U+FFFD in the decoded text
        qsizetype byteOffset = 0; // in the bytes given
        uchar byte = 0;
    };

    // UTF-16 without a byte order mark, told by the NUL bytes of Latin text
    // in the first few kilobytes; nullopt when the bytes do not show it.
    static std::optional<Encoding> utf16WithoutByteOrderMark(QByteArrayView head);
    // UTF-32 text (which is not read: no spreadsheet program writes it for
    // a CSV) starts with FF FE 00 00 or 00 00 FE FF.
    static bool startsWithUtf32ByteOrderMark(QByteArrayView head, bool *bigEndian = nullptr);

    // The encoding the bytes were most likely written in.
    static Encoding detect(QByteArrayView bytes);
    // The same, read from the device's current position to its end in small
    // chunks (the caller seeks back).
    static Encoding detect(QIODevice *device);
    // forced: decode as this encoding (the user's choice in the import dialog).
    static Result decode(QByteArrayView bytes, std::optional<Encoding> forced = std::nullopt);

    // The fast path for streaming readers (CsvReader::read). The length of the
    // byte order mark the bytes start with for this encoding (0 without one).
    static qsizetype byteOrderMarkSize(QByteArrayView bytes, Encoding encoding);
    // The most characters decodeInto() can write for so many bytes.
    static qsizetype maxDecodedSize(qsizetype byteCount, Encoding encoding);
    // Decodes bytes without a byte order mark into out, which has room for
    // maxDecodedSize() characters, and returns how many it wrote. Each byte
    // that cannot be decoded becomes one U+FFFD and is appended to bad (offsets
    // relative to out). Feed whole lines (cut after a line break byte) so no
    // character is split between two calls.
    static qsizetype decodeInto(QByteArrayView bytes, Encoding encoding, char16_t *out,
                                QList<BadByte> *bad);
    // The message for a bad byte, without its place: "byte 0x81 is not a
    // Windows-1252 character".
    static QString badByteMessage(uchar byte, Encoding encoding);

    static QString encodingName(Encoding encoding); // "UTF-8", "Windows-1252", ...
    static std::optional<Encoding> encodingFromName(QStringView name);
};

} // namespace Ditio
