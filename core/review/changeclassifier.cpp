#include "changeclassifier.h"

#include "model/certificatetablemodel.h"
#include "store/ledger.h"

#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>
#include <string>
#include <string_view>

namespace Ditio {

namespace {

constexpr char Separator = '\x1f'; // as packLedgerValues() separates fields

void putDigits(char *out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// QString::toUtf8() appended, without the temporary for the usual ASCII text.
void appendUtf8(std::string &out, QStringView text)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    const size_t start = out.size();
    out.resize(start + size_t(size));
    char *to = out.data() + start;
    qsizetype i = 0;
    for (; i < size && data[i] < 0x80; ++i)
        to[i] = char(data[i]);
    if (i == size)
        return;
    out.resize(start + size_t(i));
    const QByteArray rest = text.sliced(i).toUtf8();
    out.append(rest.constData(), size_t(rest.size()));
}

// packLedgerValues(ChangeClassifier::rowValues(row)) into a buffer reused
// row after row: a million rows are packed with no string built in between,
// so the fast path of a classification is a hash look-up and one memcmp.
void packRow(const CertificateRow &row, std::string &out)
{
    out.clear();
    for (Field field : allFields()) {
        if (field != Field::EmployeeNumber)
            out.push_back(Separator);
        if (!isDateField(field)) {
            appendUtf8(out, row.text(field));
            continue;
        }
        const DateParser::Result parsed = row.date(field);
        if (!parsed.isValid())
            continue;
        int year = 0, month = 0, day = 0;
        parsed.date.getDate(&year, &month, &day);
        if (year < 1 || year > 9999) {
            // Beyond the fixed form: as apiValue() writes it.
            appendUtf8(out, DateParser::toApiDateTime(parsed.date));
            continue;
        }
        char text[20];
        putDigits(text, year, 4);
        text[4] = '-';
        putDigits(text + 5, month, 2);
        text[7] = '-';
        putDigits(text + 8, day, 2);
        std::memcpy(text + 10, "T00:00:00Z", 10);
        out.append(text, 20);
    }
}

bool samePacked(const std::string &packed, const QByteArray &values)
{
    return size_t(values.size()) == packed.size()
            && std::memcmp(values.constData(), packed.data(), packed.size()) == 0;
}

RowChangeInfo classifyPacked(const CertificateRow &row, const Ledger &ledger, std::string &buffer)
{
    RowChangeInfo info;
    const LedgerEntry *entry =
            ledger.find(row.text(Field::EmployeeNumber), row.text(Field::CertificateType));
    info.entry = entry;
    if (!entry)
        return info;
    packRow(row, buffer);
    if (entry->hasUnconfirmed()
        && (!entry->isConfirmed() || samePacked(buffer, entry->unconfirmedValues))) {
        info.change = RowChange::Unconfirmed;
        return info;
    }
    if (!entry->isConfirmed())
        return info; // neither confirmed nor unclear: Ditio never got it
    if (samePacked(buffer, entry->confirmedValues)) {
        info.change = RowChange::Unchanged;
        return info;
    }
    // Which fields an update overwrites: the two packings field by field, as
    // unpackLedgerValues() splits them (the last field takes the rest), with
    // no string built.
    info.change = RowChange::Update;
    const std::string_view mine(buffer);
    const std::string_view theirs(entry->confirmedValues.constData(),
                                  size_t(entry->confirmedValues.size()));
    size_t a = 0;
    size_t b = 0;
    for (int i = 0; i < FieldCount; ++i) {
        const bool last = i == FieldCount - 1;
        const auto endOf = [last](std::string_view text, size_t from) {
            const size_t end = last ? std::string_view::npos : text.find(Separator, from);
            return end == std::string_view::npos ? text.size() : end;
        };
        const size_t aEnd = endOf(mine, a);
        const size_t bEnd = endOf(theirs, b);
        if (mine.substr(a, aEnd - a)
            != theirs.substr(std::min(b, theirs.size()), bEnd - std::min(b, bEnd)))
            info.changedFields |= quint8(1u << i);
        a = std::min(aEnd + 1, mine.size());
        b = std::min(bEnd + 1, theirs.size());
    }
    return info;
}

} // namespace

LedgerValues ChangeClassifier::rowValues(const CertificateRow &row)
{
    LedgerValues values;
    for (Field field : allFields())
        values[fieldIndex(field)] = row.apiValue(field);
    return values;
}

RowChangeInfo ChangeClassifier::classify(const CertificateRow &row, const Ledger &ledger)
{
    std::string buffer;
    return classifyPacked(row, ledger, buffer);
}

QList<RowChangeInfo> ChangeClassifier::classifyAll(const CertificateTableModel &model,
                                                   const Ledger &ledger)
{
    const qsizetype count = model.rowCount();
    QList<RowChangeInfo> result(count);
    if (count == 0)
        return result;
    model.prepareConcurrentReads();
    const RowStore rows = model.rows(); // a shared snapshot the workers read
    RowChangeInfo *out = result.data();
    const auto classifyRange = [&rows, &ledger, out](qsizetype from, qsizetype to) {
        std::string buffer; // each range its own
        for (qsizetype i = from; i < to; ++i)
            out[i] = classifyPacked(rows.at(i), ledger, buffer);
    };
    // One range per core, the last on this thread; small tables are not
    // worth a thread's start.
    constexpr qsizetype ParallelFrom = 20000;
    const int threads = count < ParallelFrom ? 1 : std::max(1, QThread::idealThreadCount());
    const qsizetype perThread = (count + threads - 1) / threads;
    QList<QFuture<void>> others;
    for (int t = 0; t + 1 < threads; ++t) {
        const qsizetype from = t * perThread;
        const qsizetype to = std::min(count, from + perThread);
        if (from < to)
            others.append(QtConcurrent::run(classifyRange, from, to));
    }
    classifyRange(std::min(count, (threads - 1) * perThread), count);
    for (QFuture<void> &other : others)
        other.waitForFinished();
    return result;
}

} // namespace Ditio
