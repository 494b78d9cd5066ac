#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Ditio {

// Turns the bytes of a CSV or text export into text, as the program that wrote
// it meant: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode
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

    // The encoding the bytes were most likely written in.
    static Encoding detect(QByteArrayView bytes);
    // forced: decode as this encoding (the user's choice in the import dialog).
    static Result decode(QByteArrayView bytes, std::optional<Encoding> forced = std::nullopt);

    static QString encodingName(Encoding encoding); // "UTF-8", "Windows-1252", ...
    static std::optional<Encoding> encodingFromName(QStringView name);

private:
    static int lineOfOffset(QByteArrayView bytes, qsizetype offset);
};

} // namespace Ditio
