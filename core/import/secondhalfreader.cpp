#include "secondhalfreader.h"

#include <QFile>

namespace Ditio {

void SecondHalfReader::run(QChar delimiter, TextDecoder::Encoding encoding)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_firstRow = CsvReader::rowAt(&file, m_from, delimiter);
    if (m_firstRow < 1 || !file.seek(m_from))
        return;
    CsvReader::ReadOptions options;
    options.delimiter = delimiter;
    options.encoding = encoding;
    options.preamble = false;
    options.firstRow = m_firstRow;
    options.progress = [this](qint64 done, qint64) {
        m_done.store(done - m_from, std::memory_order_relaxed);
    };
    bool stopped = false;
    m_summary = CsvReader::read(&file, options, [&](const CsvReader::RecordView &record) {
        if (m_stop.load(std::memory_order_relaxed))
            return false;
        m_lastRow = record.row;
        m_longFields.note(record);
        if (!stopped && !m_assembler.addRecord(record.row, record.fields, m_cancel))
            stopped = true;
        return !(m_cancel && m_cancel->load(std::memory_order_relaxed));
    });
    m_completed = !stopped && !m_summary.cancelled && m_summary.errorString.isEmpty()
            && !m_assembler.failed();
}

} // namespace Ditio
