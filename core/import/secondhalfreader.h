#pragma once

#include "importoptions.h"
#include "importresult.h"
#include "io/text/csvreader.h"
#include "longfieldset.h"
#include "rowassembler.h"

#include <QString>

#include <atomic>
#include <thread>

namespace Ditio {

// The second half of a large text file, from a line start near its middle to
// the end, read into a RowAssembler of its own while the calling thread reads
// the first half. It starts once the first half has found the header; the
// two are joined by RowAssembler::append() if the first half's last record ends
// where this one begins and the row numbers agree (see ImportSource::read).
class SecondHalfReader
{
public:
    SecondHalfReader(const QString &path, qint64 from, const ImportOptions &options,
                     const std::atomic_bool *cancel)
        : m_path(path),
          m_from(from),
          m_assembler(options, m_result, nullptr, -1, 0),
          m_cancel(cancel)
    { }
    ~SecondHalfReader() { stop(); }
    Q_DISABLE_COPY_MOVE(SecondHalfReader)

    // Until wait(): the first half asks while it reads.
    bool started() const { return m_thread.joinable(); }
    void start(const RowAssembler &first, qint64 bytes, QChar delimiter,
               TextDecoder::Encoding encoding)
    {
        m_assembler.continueFrom(first, bytes);
        m_thread = std::thread([this, delimiter, encoding] { run(delimiter, encoding); });
    }
    // Waits for the thread; stop() also tells it to stop reading first.
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void stop()
    {
        m_stop.store(true, std::memory_order_relaxed);
        wait();
    }
    qint64 from() const { return m_from; }
    qint64 bytesDone() const { return m_done.load(std::memory_order_relaxed); }

    // After wait().
    RowAssembler &assembler() { return m_assembler; }
    const CsvReader::Summary &summary() const { return m_summary; }
    int firstRow() const { return m_firstRow; }
    int lastRow() const { return m_lastRow; }
    const LongFieldSet &longFields() const { return m_longFields; }
    bool completed() const { return m_completed; }

private:
    void run(QChar delimiter, TextDecoder::Encoding encoding);

    const QString m_path;
    const qint64 m_from;
    ImportResult m_result; // before m_assembler, which holds a reference
    RowAssembler m_assembler;
    const std::atomic_bool *m_cancel;
    std::thread m_thread;
    std::atomic_bool m_stop = false;
    std::atomic<qint64> m_done = 0;
    CsvReader::Summary m_summary;
    int m_firstRow = 0;
    int m_lastRow = 0;
    LongFieldSet m_longFields;
    bool m_completed = false;
};

} // namespace Ditio
