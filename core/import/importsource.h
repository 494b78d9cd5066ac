#pragma once

#include "importoptions.h"
#include "importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace Ditio {

class ColumnMappingMemory;
class RowAssembler;
class WorkbookReader;

// One spreadsheet file opened for import: a CSV or other text file, or a
// workbook, Excel's .xlsx or OpenDocument's .ods (a zip is taken for a
// workbook whatever its name).
// Opening reads what a dialog shows first (the sheets, the detected encoding);
// preview() reads only the first rows, so the dialog can ask again with other
// options on every change; readAll() reads everything with the same rules.
//
// One thread at a time: the dialog keeps one for its previews on the UI
// thread, and CertificateImporter opens its own on the worker.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ImportSource)

public:
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

    static constexpr int PreviewRows = 50; // rows a preview returns
    static constexpr int PreviewScanRows = 1000; // data rows it reads to judge the dates
    static constexpr qint64 PreviewBytes = 1 << 20; // of a text file
    // Text files from this size in an 8-bit encoding are read in two halves,
    // the second on a thread of its own: two cores take about half the time.
    static constexpr qint64 ReadInHalvesFrom = 2 * 1024 * 1024;

    ImportSource();
    ~ImportSource();
    ImportSource(const ImportSource &) = delete;
    ImportSource &operator=(const ImportSource &) = delete;

    // false with errorString(): "<file> cannot be opened: ..." or "... cannot be
    // read: ..." (a hostile or broken workbook, an .xls, ...).
    bool open(const QString &path);
    // The same from bytes in memory; format nullopt tells it from the bytes.
    bool openData(const QByteArray &bytes, const QString &fileName,
                  std::optional<ImportFormat> format = std::nullopt);
    QString errorString() const { return m_error; }

    QString fileName() const { return m_fileName; }
    ImportFormat format() const { return m_format; }
    QStringList sheetNames() const;
    // Hidden sheets are listed too; a dialog may grey them out.
    bool isSheetHidden(int index) const;
    int preferredSheet() const;
    // Text files: the encoding the bytes were most likely written in.
    TextDecoder::Encoding detectedEncoding() const { return m_detectedEncoding; }

    // Remembered mappings to apply when the options give none (not owned; may
    // be null).
    void setMappingMemory(const ColumnMappingMemory *memory) { m_memory = memory; }

    // The first rows as they would be imported. Fails (ok false) only when
    // nothing can be shown: a sheet that does not exist, bytes that cannot be
    // decoded, no rows. Missing required columns do not fail a preview (see
    // missingFields).
    ImportResult preview(const ImportOptions &options, int rows = PreviewRows);
    // Every row. Fails also when a required field has no column. progress gets
    // (bytes or rows done, total); cancel is polled for every row.
    ImportResult readAll(const ImportOptions &options, const ProgressHandler &progress = {},
                         const std::atomic_bool *cancel = nullptr);

    // "utf-8", "UTF-16", "windows-1252", "cp1252", "latin1" ... (UTF-16 without
    // LE/BE follows the byte order mark); nullopt for an unknown name.
    static std::optional<TextDecoder::Encoding> encodingFromName(QStringView name);
    // ";", ",", "tab" or "\t", "|" (also "semicolon", "comma", "pipe"); null
    // for anything else.
    static QChar delimiterFromName(QStringView name);
    // "semicolon", "comma", "tab", "pipe": translated, for the fingerprint.
    static QString delimiterName(QChar delimiter);

private:
    // Dispatches to the reader of the file's format, then finishes the rows.
    ImportResult read(const ImportOptions &options, int dataRowLimit, int keepRawRows,
                      const ProgressHandler &progress, const std::atomic_bool *cancel);
    // Each reads its rows into the assembler; a value is the import's result
    // when it ends there (failed, cancelled, read again), nullopt to finish.
    std::optional<ImportResult> readWorkbook(const ImportOptions &options, RowAssembler &assembler,
                                             ImportResult &result, const ProgressHandler &progress,
                                             const std::atomic_bool *cancel);
    // A text file: streamed from the disk, in two halves on two threads when
    // large, or from memory; a preview reads only its first lines.
    std::optional<ImportResult> readText(const ImportOptions &options, int dataRowLimit,
                                         int keepRawRows, RowAssembler &assembler,
                                         ImportResult &result, const ProgressHandler &progress,
                                         const std::atomic_bool *cancel);
    // A workbook with no sheet named: the preferred sheet when it holds a
    // table, else the first other visible sheet that does.
    ImportResult readFirstTable(const ImportOptions &options, int dataRowLimit, int keepRawRows,
                                const ProgressHandler &progress, const std::atomic_bool *cancel);

    QString m_fileName;
    QString m_path; // a text file opened by path: streamed from the disk when read
    QString m_error;
    ImportFormat m_format = ImportFormat::Csv;
    QByteArray m_bytes; // text files and workbooks opened from memory
    TextDecoder::Encoding m_detectedEncoding = TextDecoder::Encoding::Utf8;
    std::unique_ptr<QIODevice> m_buffer; // over m_bytes; outlives m_workbook
    std::unique_ptr<WorkbookReader> m_workbook;
    const ColumnMappingMemory *m_memory = nullptr;
    // A large text file is read as two halves on two threads; off for the
    // rare file whose halves do not meet at a record boundary.
    bool m_readInHalves = true;
};

} // namespace Ditio
