#include "workfile.h"

#include "io/inputfile.h"
#include "util/linereader.h"
#include "util/savefile.h"
#include "workfilerow.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Ditio {

namespace {

const QString FormatName = QStringLiteral("ditio-certificates-work-file");
// A spreadsheet cell's limit, as the CSV and workbook readers apply it.
constexpr qsizetype MaxValueLength = WorkFileRow::MaxValueLength;
constexpr qsizetype MaxWarnings = 1000;

// The last bytes begin a UTF-8 character that the end cuts off (æ of a cut file).
bool endsInsideACharacter(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const uchar byte = uchar(bytes[bytes.size() - back]);
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back;
    }
    return false;
}

} // namespace

// Version 1, read whole as before (also empty and unreadable files, which it
// names as it always did). Such files were at most a few hundred megabytes,
// written by earlier versions; the next save writes version 2.
WorkFile::ReadResult WorkFile::parseVersion1(const QByteArray &bytes, const QString &fileName)
{
    ReadResult result;
    result.contentHash = hashOf(bytes);
    const auto fail = [&](const QString &why) {
        result.errorString = tr("%1 cannot be opened: %2").arg(fileName, why);
        result.document = WorkDocument(); // never half a document
        return result;
    };

    if (bytes.trimmed().isEmpty())
        return fail(tr("the file is empty."));
    if (bytes.size() > MaxFileBytes)
        return fail(tooLarge(bytes.size()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (!bytes.trimmed().startsWith('{'))
            return fail(tr("it is not a Ditio Certificates work file."));
        const bool truncated = parseError.offset >= bytes.trimmed().size()
                || (parseError.error == QJsonParseError::IllegalUTF8String
                    && endsInsideACharacter(bytes))
                || parseError.error == QJsonParseError::UnterminatedObject
                || parseError.error == QJsonParseError::UnterminatedArray
                || parseError.error == QJsonParseError::UnterminatedString;
        return fail(truncated ? tr("the file is truncated (it ends at byte %1 in the middle of "
                                   "the data).")
                                        .arg(bytes.size())
                              : tr("the file is damaged at byte %1 (%2).")
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString()));
    }
    const QJsonObject root = json.object();
    if (!json.isObject() || root.value(u"format").toString() != FormatName)
        return fail(tr("it is not a Ditio Certificates work file."));
    const int version = root.value(u"version").toInt(-1);
    if (version > FormatVersion) {
        return fail(tr("it was written by a newer version of Ditio Certificates (%1, work file "
                       "format %2); this version reads format %3 and older. Update the app to "
                       "open it.")
                            .arg(root.value(u"savedBy").toString())
                            .arg(version)
                            .arg(FormatVersion));
    }
    // Version 2 and later are lines, never one document: a document that says
    // otherwise was not written by this app.
    if (version != 1)
        return fail(tr("the file has no valid format version."));
    if (!root.value(u"rows").isArray())
        return fail(tr("the file has no list of rows."));

    WorkDocument &document = result.document;
    const QJsonObject source = root.value(u"source").toObject();
    document.sourcePath = source.value(u"path").toString();
    document.sourceFormat = source.value(u"format").toString();
    document.documentPath = root.value(u"recoveryOf").toString();

    const QJsonArray rows = root.value(u"rows").toArray();
    document.rows.reserve(rows.size());
    // Each part of a row must have the type it is written with: a list where
    // an object belongs is a damaged file, never an empty row.
    const auto wrongType = [&](qsizetype i, QStringView key, QJsonValue::Type expected) {
        const QString what = expected == QJsonValue::Object ? tr("an object")
                : expected == QJsonValue::Array             ? tr("a list")
                                                            : tr("a number");
        return fail(tr("row %1: \"%2\" is not %3; the file is damaged.").arg(i + 1).arg(key, what));
    };
    const auto has = [](const QJsonObject &object, QStringView key, QJsonValue::Type type) {
        const QJsonValue value = object.value(key);
        return value.isUndefined() || value.type() == type;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject())
            return fail(tr("row %1 of the file is not a row object.").arg(i + 1));
        const QJsonObject json = rows.at(i).toObject();
        for (const auto &[key, type] :
             {std::pair {u"values", QJsonValue::Object}, std::pair {u"sources", QJsonValue::Object},
              std::pair {u"parsed", QJsonValue::Object}, std::pair {u"upload", QJsonValue::Object},
              std::pair {u"formulas", QJsonValue::Array},
              std::pair {u"sourceRow", QJsonValue::Double}}) {
            if (!has(json, key, type))
                return wrongType(i, key, type);
        }
        CertificateRow row;
        row.sourceRow = json.value(u"sourceRow").toInt(0);
        const QJsonObject values = json.value(u"values").toObject();
        const QJsonObject sources = json.value(u"sources").toObject();
        const QJsonArray formulas = json.value(u"formulas").toArray();
        for (Field field : allFields()) {
            const QString name = fieldApiName(field);
            const QJsonValue value = values.value(name);
            if (!value.isUndefined() && !value.isString()) {
                return fail(tr("row %1: the value of %2 is not text.").arg(i + 1).arg(name));
            }
            const QJsonValue sourceValue = sources.value(name);
            if (!sourceValue.isUndefined() && !sourceValue.isString()) {
                return fail(
                        tr("row %1: the file's own text of %2 is not text.").arg(i + 1).arg(name));
            }
            QString text = value.toString();
            QString sourceText = sourceValue.toString();
            // A spreadsheet cell's size, as every other reader keeps.
            if (text.size() > MaxValueLength || sourceText.size() > MaxValueLength) {
                if (result.warnings.size() < MaxWarnings) {
                    result.warnings.append(
                            tr("Row %1, %2: the value has %3 characters, more than a "
                               "spreadsheet cell can hold; only the first %4 were kept.")
                                    .arg(i + 1)
                                    .arg(name)
                                    .arg(std::max(text.size(), sourceText.size()))
                                    .arg(MaxValueLength));
                }
                text.truncate(MaxValueLength);
                sourceText.truncate(MaxValueLength);
            }
            row.setText(field, text);
            row.setSourceText(field, sourceText);
            row.setFromFormula(field, formulas.contains(name));
        }
        const QJsonObject upload = json.value(u"upload").toObject();
        if (!upload.isEmpty()) {
            const auto state = uploadStateFromKey(upload.value(u"state").toString());
            if (!state) {
                return fail(tr("row %1 has an unknown upload state \"%2\".")
                                    .arg(i + 1)
                                    .arg(upload.value(u"state").toString()));
            }
            // A row that was in flight when the app stopped has no known outcome:
            // it must never come back as Uploaded, and resending is safe.
            row.uploadState = *state == UploadState::Sending ? UploadState::Unconfirmed : *state;
            row.uploadedAt =
                    QDateTime::fromString(upload.value(u"at").toString(), Qt::ISODateWithMs);
            row.uploadMessage = upload.value(u"message").toString();
        }
        document.rows.append(row);
    }
    result.ok = true;
    return result;
}

namespace {

// Written to the device in blocks of about this size.
constexpr qsizetype BlockBytes = 256 * 1024;
// The longest header line looked at: paths and names, far below this.
constexpr qsizetype MaxHeaderBytes = 1 << 20;

bool isBlank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}

// Version 3 only adds the environment of a result: a file with none is
// written as version 2, which older versions of the app still open.
bool needsVersion3(const WorkDocument &document)
{
    for (const CertificateRow &row : document.rows) {
        if (row.uploadedTo != 0)
            return true;
    }
    return false;
}

QJsonObject headerOf(const WorkDocument &document)
{
    const bool version3 = needsVersion3(document);
    QJsonObject header;
    header.insert(u"format", FormatName);
    header.insert(u"version", version3 ? WorkFile::FormatVersion : 2);
    header.insert(u"savedBy", QStringLiteral("Ditio Certificates " DITIO_VERSION));
    if (!document.sourcePath.isEmpty()) {
        QJsonObject source;
        source.insert(u"path", document.sourcePath);
        if (!document.sourceFormat.isEmpty())
            source.insert(u"format", document.sourceFormat);
        header.insert(u"source", source);
    }
    if (!document.documentPath.isEmpty())
        header.insert(u"recoveryOf", document.documentPath);
    if (document.recoveryGeneration > 0)
        header.insert(u"recoveryGeneration", qint64(document.recoveryGeneration));
    header.insert(u"columns",
                  QJsonArray::fromStringList(WorkFileRow::columnNames(
                          version3 ? WorkFileRow::ColumnCount : WorkFileRow::Version2ColumnCount)));
    return header;
}

} // namespace

WorkFile::ReadResult WorkFile::parse(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readFrom(&buffer, bytes.size(), fileName);
}

WorkFile::ReadResult WorkFile::read(const QString &path)
{
    return read(path, Sending::AsUnconfirmed);
}

WorkFile::ReadResult WorkFile::read(const QString &path, Sending sending)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    QString why;
    if (!InputFile::open(file, &why)) {
        ReadResult result;
        result.errorString = tr("%1 cannot be opened: %2").arg(name, why);
        return result;
    }
    return readFrom(&file, file.size(), name, sending);
}

WorkFile::ReadResult WorkFile::read(QFile &file, const QString &name)
{
    return readFrom(&file, file.size(), name);
}

WorkFile::ReadResult WorkFile::readFrom(QIODevice *device, qint64 size, const QString &name,
                                        Sending sending)
{
    ReadResult result;
    const auto fail = [&](const QString &why) {
        result.errorString = tr("%1 cannot be opened: %2").arg(name, why);
        result.document = WorkDocument(); // never half a document
        result.warnings.clear();
        return result;
    };
    if (size > MaxFileBytes)
        return fail(tooLarge(size));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    LineReader lines(device, &hash);
    QByteArrayView line;
    const bool hasLine = lines.next(&line);
    const QByteArrayView first = hasLine ? line.trimmed() : QByteArrayView();
    if (!first.isEmpty() && !first.startsWith('{'))
        return fail(tr("it is not a Ditio Certificates work file."));
    QJsonObject header;
    if (!first.isEmpty() && first.size() <= MaxHeaderBytes) {
        const QJsonDocument json = QJsonDocument::fromJson(first.toByteArray());
        header = json.object();
    }
    if (header.isEmpty() || header.value(u"version").toInt(-1) == 1) {
        // Version 1: one JSON document over many lines (or an empty or
        // unreadable file, which its reader names as before).
        if (!device->seek(0))
            return fail(device->errorString());
        return parseVersion1(device->readAll(), name);
    }
    if (header.value(u"format").toString() != FormatName)
        return fail(tr("it is not a Ditio Certificates work file."));
    const int version = header.value(u"version").toInt(-1);
    if (version > FormatVersion) {
        return fail(tr("it was written by a newer version of Ditio Certificates (%1, work file "
                       "format %2); this version reads format %3 and older. Update the app to "
                       "open it.")
                            .arg(header.value(u"savedBy").toString())
                            .arg(version)
                            .arg(FormatVersion));
    }
    if (version < 1)
        return fail(tr("the file has no valid format version."));
    // Version 2 rows end before the environment.
    const int columnCount =
            version == 2 ? WorkFileRow::Version2ColumnCount : WorkFileRow::ColumnCount;
    if (header.value(u"columns").toArray()
        != QJsonArray::fromStringList(WorkFileRow::columnNames(columnCount)))
        return fail(tr("the file's header does not list the columns of its rows; the file is "
                       "damaged."));

    WorkDocument &document = result.document;
    const QJsonObject source = header.value(u"source").toObject();
    document.sourcePath = source.value(u"path").toString();
    document.sourceFormat = source.value(u"format").toString();
    document.documentPath = header.value(u"recoveryOf").toString();
    document.recoveryGeneration = quint64(header.value(u"recoveryGeneration").toInteger(0));

    const auto damagedAt = [&](qint64 offset, const QString &why) {
        return fail(tr("the file is damaged at byte %1 (%2).").arg(offset).arg(why));
    };
    const auto truncated = [&] {
        lines.skipToEnd();
        return fail(tr("the file is truncated (it ends at byte %1 in the middle of the data).")
                            .arg(lines.position()));
    };
    WorkFileRow reader;
    reader.setKeepSending(sending == Sending::Kept);
    reader.setColumnCount(columnCount);
    qsizetype count = 0;
    CertificateRow row;
    bool ended = false;
    while (!ended && lines.next(&line)) {
        if (isBlank(line))
            continue;
        // A last line without its "\n" was cut, whatever it holds.
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.startsWith('{')) {
            // The trailer: the number of rows, so a file cut between two rows is never
            // taken for a shorter one.
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(trimmed.toByteArray(), &error);
            if (error.error != QJsonParseError::NoError) {
                if (!lines.lineEnded())
                    return truncated();
                return damagedAt(lines.lineOffset() + error.offset, error.errorString());
            }
            const QJsonValue rows = json.object().value(u"rows");
            if (!rows.isDouble() || rows.toInteger(-1) != count) {
                return fail(tr("the file says it has %1 rows but holds %2; the file is damaged.")
                                    .arg(rows.toInteger(-1))
                                    .arg(count));
            }
            ended = true;
            continue;
        }
        if (!lines.lineEnded())
            return truncated();
        const qsizetype number = count + 1;
        if (!reader.read(line, &row)) {
            const WorkFileRow::Problem &problem = reader.problem();
            const QString column = problem.column < WorkFileRow::ColumnCount
                    ? WorkFileRow::columnNames().at(problem.column)
                    : QString();
            switch (problem.kind) {
            case WorkFileRow::Problem::NotText:
                if (problem.column < FieldCount)
                    return fail(tr("row %1: the value of %2 is not text.").arg(number).arg(column));
                return fail(tr("row %1: \"%2\" is not %3; the file is damaged.")
                                    .arg(number)
                                    .arg(column, tr("text")));
            case WorkFileRow::Problem::SourceNotText:
                return fail(tr("row %1: the file's own text of %2 is not text.")
                                    .arg(number)
                                    .arg(column));
            case WorkFileRow::Problem::NotNumber:
                return fail(tr("row %1: \"%2\" is not %3; the file is damaged.")
                                    .arg(number)
                                    .arg(column, tr("a number")));
            case WorkFileRow::Problem::NotList:
                return fail(tr("row %1: \"%2\" is not %3; the file is damaged.")
                                    .arg(number)
                                    .arg(column, tr("a list")));
            case WorkFileRow::Problem::OutOfRange:
                return fail(tr("row %1: \"%2\" has a value a work file never holds there; the "
                               "file is damaged.")
                                    .arg(number)
                                    .arg(column));
            case WorkFileRow::Problem::UnknownState:
                return fail(tr("row %1 has an unknown upload state \"%2\".")
                                    .arg(number)
                                    .arg(problem.text));
            case WorkFileRow::Problem::TooFewValues:
                return fail(tr("row %1 has fewer values than a row holds; the file is damaged.")
                                    .arg(number));
            case WorkFileRow::Problem::TooManyValues:
                return fail(tr("row %1 has more values than a row holds; the file is damaged.")
                                    .arg(number));
            case WorkFileRow::Problem::Syntax:
            case WorkFileRow::Problem::None:
                break;
            }
            return damagedAt(lines.lineOffset() + problem.offset,
                             problem.text.isEmpty() ? tr("not a row") : problem.text);
        }
        // A spreadsheet cell's size, as every other reader keeps.
        for (Field field : allFields()) {
            if (reader.cutLength(field) > 0 && result.warnings.size() < MaxWarnings) {
                result.warnings.append(tr("Row %1, %2: the value has %3 characters, more than a "
                                          "spreadsheet cell can hold; only the first %4 were "
                                          "kept.")
                                               .arg(number)
                                               .arg(fieldApiName(field))
                                               .arg(reader.cutLength(field))
                                               .arg(MaxValueLength));
            }
        }
        document.rows.append(std::move(row));
        count = number;
    }
    if (lines.failed())
        return fail(device->errorString());
    if (!ended)
        return truncated();
    // Nothing but blank lines may follow the trailer.
    while (lines.next(&line)) {
        if (!isBlank(line))
            return damagedAt(lines.lineOffset(),
                             QJsonParseError {0, QJsonParseError::GarbageAtEnd}.errorString());
    }
    if (lines.failed())
        return fail(device->errorString());
    result.contentHash = hash.result();
    result.ok = true;
    return result;
}

QString WorkFile::tooLarge(qint64 bytes)
{
    return tr("it is %1, larger than a work file may be (%2); it was refused to keep the "
              "computer's memory free.")
            .arg(QLocale::system().formattedDataSize(bytes),
                 QLocale::system().formattedDataSize(MaxFileBytes));
}

bool WorkFile::writeTo(QIODevice *device, const WorkDocument &document, QString *errorString,
                       QByteArray *contentHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block;
    block.reserve(BlockBytes + 64 * 1024);
    const auto flush = [&] {
        qsizetype written = 0;
        while (written < block.size()) {
            const qint64 chunk = device->write(block.constData() + written, block.size() - written);
            if (chunk <= 0) {
                if (errorString)
                    *errorString = device->errorString();
                return false;
            }
            written += qsizetype(chunk);
        }
        hash.addData(block);
        block.clear(); // keeps its room
        return true;
    };
    block += QJsonDocument(headerOf(document)).toJson(QJsonDocument::Compact);
    block += '\n';
    for (const CertificateRow &row : document.rows) {
        WorkFileRow::append(block, row);
        block += '\n';
        if (block.size() >= BlockBytes && !flush())
            return false;
    }
    block += "{\"rows\":" + QByteArray::number(document.rows.size()) + "}\n";
    if (!flush())
        return false;
    if (contentHash)
        *contentHash = hash.result();
    return true;
}

QByteArray WorkFile::serialize(const WorkDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeTo(&buffer, document, nullptr);
    return buffer.data();
}

WorkFile::SaveResult WorkFile::write(const QString &path, const WorkDocument &document,
                                     const QByteArray &expectedHash)
{
    SaveResult result;
    const QString name = QDir::toNativeSeparators(path);
    if (!expectedHash.isEmpty() && !isUnchangedOnDisk(path, expectedHash)) {
        result.error = SaveError::ChangedOnDisk;
        result.errorString = tr("%1 was changed by another program since it was opened or "
                                "saved here.")
                                     .arg(name);
        return result;
    }
    SaveFile file(path);
    QByteArray hash;
    // Unbuffered: writeTo() hands over blocks of its own; Qt's buffer would only copy them.
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
        && writeTo(&file, document, nullptr, &hash) && file.commit()) {
        result.contentHash = hash;
        return result;
    }
    result.error = SaveError::WriteFailed;
    result.errorString = tr("%1 could not be saved: %2").arg(name, file.reason());
    return result;
}

QByteArray WorkFile::hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray WorkFile::hashOfFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

bool WorkFile::isUnchangedOnDisk(const QString &path, const QByteArray &expectedHash)
{
    if (!QFile::exists(path))
        return true; // deleted meanwhile: saving restores it, nothing is lost
    return hashOfFile(path) == expectedHash;
}

} // namespace Ditio
