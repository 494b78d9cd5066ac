#include "recoveryjournal.h"

#include "util/jsonlinescanner.h"
#include "util/jsonwriter.h"
#include "util/linereader.h"
#include "workfile/workfilerow.h"

#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#    include <unistd.h>
#endif

namespace Ditio {

namespace {

const QString FormatName = QStringLiteral("ditio-certificates-recovery-journal");
// Bytes a record is built up to before it is written in parts (an insert of
// many rows): each part is still one write(2), and a record is whole only
// when all of it is in the file.
constexpr qsizetype WriteFrom = 1 << 20;

void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    JsonWriter::appendEscaped(out, text);
    out += '"';
}

} // namespace

RecoveryJournal::~RecoveryJournal()
{
    close();
}

QString RecoveryJournal::pathFor(const QString &snapshot, quint64 generation)
{
    return snapshot + u'.' + QString::number(generation) + QStringLiteral(".journal");
}

bool RecoveryJournal::open(const QString &path, quint64 generation)
{
    close();
    m_file.setFileName(path);
    m_generation = generation;
    m_size = 0;
    m_healthy = true;
    m_error.clear();
    // Unbuffered: each record is one write(2), in the kernel when the edit returns.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_healthy = false;
        m_error = m_file.errorString();
        return false;
    }
    QJsonObject header;
    header.insert(u"format", FormatName);
    header.insert(u"version", FormatVersion);
    header.insert(u"generation", qint64(generation));
    return write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
}

void RecoveryJournal::close()
{
    if (m_file.isOpen())
        m_file.close();
}

bool RecoveryJournal::write(const QByteArray &record)
{
    if (!m_healthy || !m_file.isOpen())
        return false;
    qsizetype written = 0;
    while (written < record.size()) {
        const qint64 chunk = m_file.write(record.constData() + written, record.size() - written);
        if (chunk <= 0) {
            m_healthy = false;
            m_error = m_file.errorString();
            return false;
        }
        written += qsizetype(chunk);
    }
    m_size += record.size();
    return true;
}

bool RecoveryJournal::appendCells(const CellChanges &changes, bool forward)
{
    if (changes.isEmpty())
        return true;
    m_record.clear();
    m_record += "[\"set\"";
    const auto add = [&](const CellChange &change) {
        m_record += ',';
        m_record += QByteArray::number(change.row);
        m_record += ',';
        m_record += QByteArray::number(fieldIndex(change.field));
        m_record += ',';
        appendString(m_record, forward ? change.after : change.before);
    };
    // In the order the table applied them: an undo goes backwards.
    if (forward) {
        for (const CellChange &change : changes)
            add(change);
    } else {
        for (auto it = changes.crbegin(); it != changes.crend(); ++it)
            add(*it);
    }
    m_record += "]\n";
    return write(m_record);
}

bool RecoveryJournal::appendInsert(const RowStore &rows, int position, int count)
{
    m_record.clear();
    m_record +=
            "[\"insert\"," + QByteArray::number(position) + ',' + QByteArray::number(count) + "]\n";
    for (int i = 0; i < count; ++i) {
        WorkFileRow::append(m_record, rows.at(position + i));
        m_record += '\n';
        if (m_record.size() >= WriteFrom) {
            if (!write(m_record))
                return false;
            m_record.clear();
        }
    }
    return write(m_record);
}

bool RecoveryJournal::appendRemove(int position, int count)
{
    m_record.clear();
    m_record +=
            "[\"remove\"," + QByteArray::number(position) + ',' + QByteArray::number(count) + "]\n";
    return write(m_record);
}

bool RecoveryJournal::appendUpload(int row, const CertificateRow &certificate)
{
    m_record.clear();
    m_record += "[\"upload\"," + QByteArray::number(row) + ',';
    appendString(m_record, uploadStateKey(certificate.uploadState));
    m_record += ',';
    appendString(m_record,
                 certificate.uploadedAt.isValid()
                         ? certificate.uploadedAt.toUTC().toString(Qt::ISODateWithMs)
                         : QString());
    m_record += ',';
    appendString(m_record, certificate.uploadMessage);
    // Only when known: a record as before otherwise.
    if (const auto to = certificate.uploadedToKind()) {
        m_record += ',';
        appendString(m_record, DitioEnvironment::key(*to));
    }
    m_record += "]\n";
    return write(m_record);
}

bool RecoveryJournal::appendDocumentInfo(const WorkDocument &info)
{
    m_record.clear();
    m_record += "[\"document\",";
    appendString(m_record, info.documentPath);
    m_record += ',';
    appendString(m_record, info.sourcePath);
    m_record += ',';
    appendString(m_record, info.sourceFormat);
    m_record += "]\n";
    return write(m_record);
}

bool RecoveryJournal::appendNextAndClose(quint64 generation)
{
    const bool ok = write("[\"next\"," + QByteArray::number(generation) + "]\n");
    close();
    return ok;
}

int RecoveryJournal::syncHandle() const
{
#ifdef Q_OS_UNIX
    return m_file.isOpen() ? ::dup(m_file.handle()) : -1;
#else
    return -1;
#endif
}

bool RecoveryJournal::syncAndClose(int handle)
{
    if (handle < 0)
        return false;
#ifdef Q_OS_UNIX
#    if defined(Q_OS_LINUX)
    // The data, and the size that makes it readable; not the times.
    const bool ok = ::fdatasync(handle) == 0;
#    else
    const bool ok = ::fsync(handle) == 0;
#    endif
    ::close(handle);
    return ok;
#else
    return false;
#endif
}

RecoveryJournal::Replay RecoveryJournal::replay(const QString &path, quint64 generation,
                                                WorkDocument *document)
{
    Replay replay;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return replay;
    LineReader lines(&file);
    QByteArrayView line;
    if (!lines.next(&line) || !lines.lineEnded())
        return replay;
    const QJsonObject header = QJsonDocument::fromJson(line.toByteArray()).object();
    if (header.value(u"format").toString() != FormatName
        || header.value(u"version").toInt() != FormatVersion
        || quint64(header.value(u"generation").toInteger(-1)) != generation)
        return replay; // another snapshot's journal, or none of ours
    replay.found = true;
    replay.whole = true;

    RowStore &rows = document->rows;
    WorkFileRow rowReader;
    rowReader.setKeepSending(true);
    QString kind;
    QString text;
    while (lines.next(&line)) {
        // Every record ends with "\n": a line without one was cut.
        if (!lines.lineEnded()) {
            replay.whole = false;
            break;
        }
        JsonLineScanner scanner(line);
        qint64 a = 0;
        qint64 b = 0;
        bool ok = scanner.expect('[') && scanner.readString(&kind);
        if (ok && kind == u"set") {
            struct Cell
            {
                qsizetype row;
                Field field;
                QString text;
            };
            QList<Cell> cells;
            while (ok && scanner.nextInArray()) {
                ok = scanner.readInteger(&a) && scanner.nextInArray() && scanner.readInteger(&b)
                        && scanner.nextInArray() && scanner.readString(&text) && a >= 0
                        && a < rows.size() && b >= 0 && b < FieldCount;
                if (ok)
                    cells.append({qsizetype(a), allFields()[size_t(b)], text});
            }
            ok = ok && !scanner.hasError() && scanner.atEnd();
            if (ok) {
                for (const Cell &cell : std::as_const(cells)) {
                    // As the table: an unchanged text is no edit (its upload result stays).
                    if (rows.at(cell.row).text(cell.field) != cell.text)
                        rows[cell.row].applyEdit(cell.field, cell.text);
                }
            }
        } else if (ok && kind == u"insert") {
            ok = scanner.nextInArray() && scanner.readInteger(&a) && scanner.nextInArray()
                    && scanner.readInteger(&b) && !scanner.nextInArray() && !scanner.hasError()
                    && scanner.atEnd() && a >= 0 && a <= rows.size() && b >= 0;
            RowStore inserted;
            CertificateRow row;
            for (qint64 i = 0; ok && i < b; ++i) {
                ok = lines.next(&line) && lines.lineEnded() && rowReader.read(line, &row);
                if (ok)
                    inserted.append(std::move(row));
            }
            if (ok)
                rows.insert(qsizetype(a), inserted);
        } else if (ok && kind == u"remove") {
            ok = scanner.nextInArray() && scanner.readInteger(&a) && scanner.nextInArray()
                    && scanner.readInteger(&b) && !scanner.nextInArray() && !scanner.hasError()
                    && scanner.atEnd() && a >= 0 && b >= 0 && a + b <= rows.size();
            if (ok)
                rows.remove(qsizetype(a), qsizetype(b));
        } else if (ok && kind == u"upload") {
            QString at;
            QString message;
            QString to;
            ok = scanner.nextInArray() && scanner.readInteger(&a) && scanner.nextInArray()
                    && scanner.readString(&text) && scanner.nextInArray() && scanner.readString(&at)
                    && scanner.nextInArray() && scanner.readString(&message);
            // The environment: a fifth value, absent from records written before it.
            bool more = ok && scanner.nextInArray();
            if (more) {
                ok = scanner.readString(&to);
                more = ok && scanner.nextInArray();
            }
            ok = ok && !more && !scanner.hasError() && scanner.atEnd() && a >= 0 && a < rows.size();
            const auto state = ok ? uploadStateFromKey(text) : std::nullopt;
            const auto kind = to.isEmpty() ? std::nullopt : DitioEnvironment::kindFromKey(to);
            ok = ok && state.has_value() && (to.isEmpty() || kind.has_value());
            if (ok) {
                CertificateRow &row = rows[qsizetype(a)];
                row.uploadState = *state;
                row.uploadMessage = message;
                row.uploadedAt =
                        at.isEmpty() ? QDateTime() : QDateTime::fromString(at, Qt::ISODateWithMs);
                row.setUploadedTo(kind);
            }
        } else if (ok && kind == u"document") {
            QString sourcePath;
            QString sourceFormat;
            ok = scanner.nextInArray() && scanner.readString(&text) && scanner.nextInArray()
                    && scanner.readString(&sourcePath) && scanner.nextInArray()
                    && scanner.readString(&sourceFormat) && !scanner.nextInArray()
                    && !scanner.hasError() && scanner.atEnd();
            if (ok) {
                document->documentPath = text;
                document->sourcePath = sourcePath;
                document->sourceFormat = sourceFormat;
            }
        } else if (ok && kind == u"next") {
            ok = scanner.nextInArray() && scanner.readInteger(&a) && !scanner.nextInArray()
                    && !scanner.hasError() && scanner.atEnd() && quint64(a) > generation;
            if (ok) {
                replay.next = quint64(a);
                ++replay.records;
                break; // nothing follows it
            }
        } else {
            ok = false;
        }
        if (!ok) {
            replay.whole = false;
            break;
        }
        ++replay.records;
    }
    return replay;
}

} // namespace Ditio
