#include "workfile.h"

#include "io/inputfile.h"
#include "util/savefile.h"

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
constexpr qsizetype MaxValueLength = 32767;
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

QJsonObject rowToJson(const CertificateRow &row)
{
    QJsonObject json;
    if (row.sourceRow > 0)
        json.insert(u"sourceRow", row.sourceRow);
    QJsonObject values;
    QJsonObject sources;
    QJsonObject parsed;
    QJsonArray formulas;
    for (Field field : allFields()) {
        const QString name = fieldApiName(field);
        if (!row.text(field).isEmpty())
            values.insert(name, row.text(field));
        if (!row.sourceText(field).isEmpty())
            sources.insert(name, row.sourceText(field));
        if (row.isFromFormula(field))
            formulas.append(name);
        // Parsed values are written for other tools to read; on load the text
        // is the truth and they are derived again.
        if (isDateField(field) && row.date(field).isValid())
            parsed.insert(name, row.apiValue(field));
    }
    json.insert(u"values", values);
    if (!sources.isEmpty())
        json.insert(u"sources", sources);
    // Optional, so files without it (and older versions reading this) agree.
    if (!formulas.isEmpty())
        json.insert(u"formulas", formulas);
    if (!parsed.isEmpty())
        json.insert(u"parsed", parsed);
    if (row.uploadState != UploadState::NotSent) {
        QJsonObject upload;
        upload.insert(u"state", uploadStateKey(row.uploadState));
        if (row.uploadedAt.isValid())
            upload.insert(u"at", row.uploadedAt.toUTC().toString(Qt::ISODateWithMs));
        if (!row.uploadMessage.isEmpty())
            upload.insert(u"message", row.uploadMessage);
        json.insert(u"upload", upload);
    }
    return json;
}

} // namespace

QByteArray WorkFile::serialize(const WorkDocument &document)
{
    QJsonObject root;
    root.insert(u"format", FormatName);
    root.insert(u"version", FormatVersion);
    root.insert(u"savedBy", QStringLiteral("Ditio Certificates " DITIO_VERSION));
    if (!document.sourcePath.isEmpty()) {
        QJsonObject source;
        source.insert(u"path", document.sourcePath);
        if (!document.sourceFormat.isEmpty())
            source.insert(u"format", document.sourceFormat);
        root.insert(u"source", source);
    }
    if (!document.documentPath.isEmpty())
        root.insert(u"recoveryOf", document.documentPath);
    QJsonArray rows;
    for (const CertificateRow &row : document.rows)
        rows.append(rowToJson(row));
    root.insert(u"rows", rows);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

WorkFile::ReadResult WorkFile::parse(const QByteArray &bytes, const QString &fileName)
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
    if (version < 1)
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

WorkFile::ReadResult WorkFile::read(const QString &path)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    QString why;
    if (!InputFile::open(file, &why)) {
        ReadResult result;
        result.errorString = tr("%1 cannot be opened: %2").arg(name, why);
        return result;
    }
    return read(file, name);
}

WorkFile::ReadResult WorkFile::read(QFile &file, const QString &name)
{
    if (file.size() > MaxFileBytes) {
        ReadResult result;
        result.errorString = tr("%1 cannot be opened: %2").arg(name, tooLarge(file.size()));
        return result;
    }
    return parse(file.readAll(), name);
}

QString WorkFile::tooLarge(qint64 bytes)
{
    return tr("it is %1, larger than a work file may be (%2); it was refused to keep the "
              "computer's memory free.")
            .arg(QLocale::system().formattedDataSize(bytes),
                 QLocale::system().formattedDataSize(MaxFileBytes));
}

bool WorkFile::writeTo(QIODevice *device, const QByteArray &bytes, QString *errorString)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 chunk = device->write(bytes.constData() + written, bytes.size() - written);
        if (chunk <= 0) {
            if (errorString)
                *errorString = device->errorString();
            return false;
        }
        written += chunk;
    }
    return true;
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
    const QByteArray bytes = serialize(document);
    SaveFile file(path);
    // Unbuffered: the document goes to the disk in writeTo(), not through Qt's buffer.
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && writeTo(&file, bytes, nullptr)
        && file.commit()) {
        result.contentHash = hashOf(bytes);
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

bool WorkFile::isUnchangedOnDisk(const QString &path, const QByteArray &expectedHash)
{
    QFile file(path);
    if (!file.exists())
        return true; // deleted meanwhile: saving restores it, nothing is lost
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return hashOf(file.readAll()) == expectedHash;
}

} // namespace Ditio
