// libFuzzer entry point for the workbook readers: the bytes are opened as a
// workbook by content (XlsxReader, or OdsReader for an OpenDocument
// spreadsheet, as ImportSource does) and every sheet is read. Built with clang as fuzz_xlsxreader
// (-DDITIO_BUILD_FUZZERS=ON); in every build, xlsx_fuzz_corpus replays the seed
// corpus (corpus/) through this same function.
//
//   fuzz_xlsxreader -max_len=200000 -timeout=10 corpus/

#include "io/workbook/workbookreader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Ditio;
    // Small caps: a fuzzer's inputs are small, and a bomb must fail fast.
    WorkbookLimits limits;
    limits.maxPartBytes = 16 << 20;
    limits.maxTotalBytes = 32 << 20;
    limits.maxSharedStrings = 100000;

    QByteArray bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    limits.maxRepeatedCells = 1000000;
    const std::unique_ptr<WorkbookReader> reader =
            WorkbookReader::openDevice(&buffer, QStringLiteral("fuzz.xlsx"), limits);
    if (reader->hasError()) {
        (void)reader->errorString();
        return 0;
    }
    (void)reader->preferredSheet();
    (void)reader->is1904DateSystem();
    const int sheets = int(reader->sheetNames().size());
    for (int i = 0; i < sheets && i < 8; ++i) {
        qsizetype characters = 0;
        reader->readSheet(i, [&](const SpreadsheetRow &row) {
            for (const SpreadsheetCell &cell : row.cells)
                characters += cell.text.size() + cell.raw.size();
            return true;
        });
        (void)reader->errorString();
        (void)characters;
    }
    return 0;
}
