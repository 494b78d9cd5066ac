// libFuzzer entry point for the CSV reader: the bytes go through TextDecoder
// (detected and forced encodings), CsvReader::read() from memory and from a
// device, CsvReader::parse() with each delimiter, and ClipboardText. The
// readers must agree with each other and never crash. Built with clang as
// fuzz_csvreader (-DDITIO_BUILD_FUZZERS=ON); in every build, csv_fuzz_corpus
// replays the seed corpus (corpus-csv/) through this same function.
//
//   fuzz_csvreader -max_len=65536 -timeout=10 corpus-csv/

#include "io/text/clipboardtext.h"
#include "io/text/csvreader.h"
#include "io/text/textdecoder.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// A crash the fuzzer reports: the readers disagree.
void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Ditio;
    const QByteArray bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // Every encoding, detected or forced, decodes without reading out of bounds.
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    for (TextDecoder::Encoding encoding :
         {TextDecoder::Encoding::Utf8, TextDecoder::Encoding::Utf16LE,
          TextDecoder::Encoding::Utf16BE, TextDecoder::Encoding::Windows1252}) {
        const TextDecoder::Result forced = TextDecoder::decode(bytes, encoding);
        check(forced.encoding == encoding);
    }

    // The streaming reader from memory and from a device gives the same
    // records as parse() on the decoded text.
    // NUL padding at the end of the bytes is no text to the streaming reader
    // (Summary::nulPaddingBytes): parse() gets the text without it too.
    QStringView text = decoded.text;
    qsizetype nuls = 0;
    while (nuls < text.size() && text[text.size() - 1 - nuls] == u'\0')
        ++nuls;
    const CsvReader::Result parsed = CsvReader::parse(text.chopped(nuls));
    QStringList fromText;
    for (const CsvReader::Record &record : parsed.records) {
        check(record.row >= 1);
        fromText.append(QString::number(record.row) + u':' + record.fields.join(u'\x1f'));
    }
    for (bool throughDevice : {false, true}) {
        QStringList streamed;
        const auto onRecord = [&](const CsvReader::RecordView &record) {
            QString text = QString::number(record.row) + u':';
            for (qsizetype i = 0; i < record.fields.size(); ++i) {
                if (i > 0)
                    text += u'\x1f';
                text += record.fields.at(i);
            }
            streamed.append(text);
            return true;
        };
        CsvReader::Summary summary;
        if (throughDevice) {
            QByteArray copy = bytes;
            QBuffer buffer(&copy);
            buffer.open(QIODevice::ReadOnly);
            summary = CsvReader::read(&buffer, {}, onRecord);
        } else {
            summary = CsvReader::read(bytes, {}, onRecord);
        }
        check(summary.encoding == decoded.encoding);
        check(summary.delimiter == parsed.delimiter);
        check(streamed == fromText);
        check(summary.problemCount >= summary.problems.size());
    }

    // Each delimiter, and the clipboard's reading of the same text.
    for (QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')})
        (void)CsvReader::parse(decoded.text, delimiter);
    const ClipboardText::Grid grid = ClipboardText::parse(decoded.text);
    // What the app puts on the clipboard reads back the same.
    check(ClipboardText::parse(ClipboardText::format(grid)) == grid);
    return 0;
}
