#include "certificatefilereader.h"

#include "csvreader.h"
#include "workfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Ditio {

namespace {

// Headers accepted for each field besides the API names: the column titles
// this app exports, so its own CSV comes back in.
std::optional<Field> fieldOfHeader(const QString &header)
{
    const QString trimmed = header.trimmed();
    if (const auto field = fieldFromApiName(trimmed))
        return field;
    for (Field field : allFields()) {
        if (trimmed.compare(fieldTitle(field), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

// The line of the first byte that is not UTF-8. Checked line by line: a UTF-8
// sequence never contains a line feed byte, and a character index into the
// decoded text is no byte offset.
int firstRowNotUtf8(const QByteArray &bytes)
{
    int row = 1;
    for (qsizetype start = 0; start < bytes.size(); ++row) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        // decode() is lazy: only turning it into a QString runs the decoder.
        const QString line = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(line)
        if (decoder.hasError())
            return row;
        start = end + 1;
    }
    return row;
}

} // namespace

bool CertificateFileReader::isWorkFilePath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String(WorkFile::FileSuffix),
                                            Qt::CaseInsensitive)
            == 0;
}

CertificateFileReader::Result CertificateFileReader::read(const QString &path)
{
    Result result;
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errorString = tr("%1 cannot be opened: %2").arg(name, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (isWorkFilePath(path) || bytes.trimmed().startsWith('{')) {
        WorkFile::ReadResult work = WorkFile::parse(bytes, name);
        result.ok = work.ok;
        result.isWorkFile = true;
        result.document = std::move(work.document);
        result.errorString = work.errorString;
        result.contentHash = work.contentHash;
        return result;
    }
    result = readCsv(bytes, name);
    if (result.ok)
        result.document.sourcePath = QFileInfo(path).absoluteFilePath();
    return result;
}

CertificateFileReader::Result CertificateFileReader::readCsv(const QByteArray &bytes,
                                                             const QString &fileName)
{
    Result result;
    const auto fail = [&](const QString &why) {
        result.errorString = tr("%1 cannot be read: %2").arg(fileName, why);
        return result;
    };
    if (bytes.startsWith("PK\x03\x04"))
        return fail(tr("it is a spreadsheet workbook, not a CSV file."));

    // No silent replacement characters: text that is not UTF-8 is refused with
    // the row of the first bad byte. Decoded in one piece: a character split
    // across chunks would read as an error.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return fail(tr("row %1 is not UTF-8 text (the file may be Windows-1252 from Excel); "
                       "save it as \"CSV UTF-8\" and try again.")
                            .arg(firstRowNotUtf8(bytes)));
    }

    const CsvReader::Result csv = CsvReader::parse(text);
    for (const CsvReader::Problem &problem : csv.problems) {
        return fail(tr("row %1, column %2: %3")
                            .arg(problem.row)
                            .arg(problem.column)
                            .arg(problem.message));
    }
    if (csv.records.isEmpty())
        return fail(tr("the file has no header row."));

    const CsvReader::Record &header = csv.records.first();
    QList<std::optional<Field>> columns;
    QList<bool> seen(FieldCount, false);
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        std::optional<Field> field = fieldOfHeader(header.fields.at(c));
        if (field && seen.at(fieldIndex(*field))) {
            result.warnings.append(tr("Column %1 (\"%2\") repeats %3 and was not used.")
                                           .arg(c + 1)
                                           .arg(header.fields.at(c), fieldApiName(*field)));
            field.reset();
        } else if (field) {
            seen[fieldIndex(*field)] = true;
        } else if (!header.fields.at(c).trimmed().isEmpty()) {
            result.warnings.append(tr("Column %1 (\"%2\") is not a certificate field and was "
                                      "not used.")
                                           .arg(c + 1)
                                           .arg(header.fields.at(c)));
        }
        columns.append(field);
    }
    QStringList missing;
    for (Field field : allFields()) {
        if (isRequiredField(field) && !seen.at(fieldIndex(field)))
            missing.append(fieldApiName(field));
    }
    if (!missing.isEmpty()) {
        return fail(tr("the header (row %1) has no column for %2. The header must use Ditio's "
                       "field names: employeeNumber, certificateType, certificateNumber, "
                       "issuedDateTime, validUntilDateTime, notes.")
                            .arg(header.row)
                            .arg(missing.join(QStringLiteral(", "))));
    }

    result.document.sourceFormat = QStringLiteral("csv");
    result.document.rows.reserve(csv.records.size() - 1);
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const CsvReader::Record &record = csv.records.at(r);
        CertificateRow row;
        row.sourceRow = record.row;
        for (qsizetype c = 0; c < record.fields.size() && c < columns.size(); ++c) {
            if (columns.at(c))
                row.setText(*columns.at(c), record.fields.at(c));
        }
        if (record.fields.size() > columns.size()) {
            result.warnings.append(tr("Row %1 has %2 fields but the header has %3; the extra "
                                      "fields were not used.")
                                           .arg(record.row)
                                           .arg(record.fields.size())
                                           .arg(columns.size()));
        }
        if (!row.isBlank())
            result.document.rows.append(row);
    }
    result.ok = true;
    return result;
}

} // namespace Ditio
