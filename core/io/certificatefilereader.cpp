#include "certificatefilereader.h"

#include "columnmatcher.h"
#include "csvreader.h"
#include "textdecoder.h"
#include "workfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Ditio {

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

    // No silent replacement characters: bytes that cannot be decoded are
    // refused with their line.
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.problems.isEmpty())
        return fail(decoded.problems.first().message + u'.');
    result.encoding = TextDecoder::encodingName(decoded.encoding);
    const QString &text = decoded.text;

    const CsvReader::Result csv = CsvReader::parse(text);
    for (const CsvReader::Problem &problem : csv.problems) {
        return fail(tr("row %1, column %2: %3")
                            .arg(problem.row)
                            .arg(problem.column)
                            .arg(problem.message));
    }
    if (csv.records.isEmpty())
        return fail(tr("the file has no header row."));

    // The header may sit below title and blank rows; with no recognisable
    // header the first row is taken, and the missing columns are named below.
    constexpr int HeaderSearchRows = 30;
    QList<QStringList> firstRows;
    for (qsizetype r = 0; r < std::min<qsizetype>(csv.records.size(), HeaderSearchRows); ++r)
        firstRows.append(csv.records.at(r).fields);
    const qsizetype headerIndex = std::max(0, ColumnMatcher::findHeaderRow(firstRows));
    const CsvReader::Record &header = csv.records.at(headerIndex);
    result.headerRow = header.row;
    const QList<ColumnMatcher::Match> matches = ColumnMatcher::match(header.fields);
    QList<std::optional<Field>> columns;
    QList<bool> seen(FieldCount, false);
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const std::optional<Field> field = matches.at(c).field;
        if (field) {
            seen[fieldIndex(*field)] = true;
        } else if (const auto alone = ColumnMatcher::matchOne(header.fields.at(c)).field) {
            // Names a field another column already holds (the better match).
            result.warnings.append(tr("Column %1 (\"%2\") repeats %3 and was not used.")
                                           .arg(c + 1)
                                           .arg(header.fields.at(c), fieldApiName(*alone)));
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
        return fail(tr("the header (row %1) has no column for %2. Name the columns with Ditio's "
                       "field names (employeeNumber, certificateType, certificateNumber, "
                       "issuedDateTime, validUntilDateTime, notes) or the usual labels "
                       "(Ansattnr, Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad).")
                            .arg(header.row)
                            .arg(missing.join(QStringLiteral(", "))));
    }

    result.document.sourceFormat = QStringLiteral("csv");
    result.document.rows.reserve(csv.records.size() - headerIndex - 1);
    for (qsizetype r = headerIndex + 1; r < csv.records.size(); ++r) {
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
