#include "csvreader.h"

namespace Ditio {

namespace {

constexpr char16_t Candidates[] = {u',', u';', u'\t', u'|'};

// Field counts of the first lines for one delimiter, quotes respected.
QList<int> fieldCounts(QStringView text, QChar delimiter, int maxLines)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < maxLines; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && c == delimiter) {
            ++fields;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            counts.append(fields);
            fields = 1;
        }
    }
    if (counts.size() < maxLines && fields > 1)
        counts.append(fields);
    return counts;
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    QChar best = u',';
    double bestScore = 0;
    for (char16_t candidate : Candidates) {
        const QList<int> counts = fieldCounts(text, candidate, 20);
        if (counts.isEmpty())
            continue;
        // Prefer a delimiter that gives the header several fields and the
        // other lines the same number.
        const int header = counts.first();
        if (header < 2)
            continue;
        int consistent = 0;
        for (int count : counts)
            consistent += count == header ? 1 : 0;
        const double score = header * (double(consistent) / counts.size());
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

CsvReader::Result CsvReader::parse(QStringView text, QChar delimiter)
{
    Result result;
    if (text.startsWith(u'\xfeff'))
        text = text.mid(1);
    // Excel's "sep=;" line names the delimiter and is not data. Excel does not
    // show it either: the header is still row 1 there, so rows count from it.
    int row = 1;
    if (text.startsWith(u"sep=", Qt::CaseInsensitive) && text.size() >= 5 && text[4] != u'\n'
        && text[4] != u'\r') {
        qsizetype end = 0;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        if (end + 1 < text.size() && text[end] == u'\r' && text[end + 1] == u'\n')
            ++end;
        if (delimiter.isNull())
            delimiter = text[4];
        text = text.mid(std::min(end + 1, text.size()));
    }
    if (delimiter.isNull())
        delimiter = detectDelimiter(text);
    result.delimiter = delimiter;

    Record record;
    record.row = row;
    QString field;
    bool inQuotes = false;
    bool quotedField = false;
    int quoteStartRow = row;
    const qsizetype size = text.size();
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        quotedField = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            result.records.append(record);
        record.fields.clear();
        record.row = row;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text[i + 1] == u'\n')))
                    ++row;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !quotedField) {
            inQuotes = true;
            quotedField = true;
            quoteStartRow = row;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            ++row;
            endRecord();
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        result.problems.append({quoteStartRow, int(record.fields.size()) + 1,
                                tr("a quoted field is never closed; the rest of the file was "
                                   "read as part of it")});
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || quotedField)
        endRecord();
    return result;
}

} // namespace Ditio
