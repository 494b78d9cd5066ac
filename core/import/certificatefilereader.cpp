#include "certificatefilereader.h"

#include "certificateimporter.h"
#include "importsource.h"
#include "io/inputfile.h"
#include "workfile/workfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Ditio {

bool CertificateFileReader::isWorkFilePath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String(WorkFile::FileSuffix),
                                            Qt::CaseInsensitive)
            == 0;
}

CertificateFileReader::Result CertificateFileReader::read(const QString &path)
{
    return read(path, ImportOptions(), nullptr);
}

CertificateFileReader::Result CertificateFileReader::read(const QString &path,
                                                          const ImportOptions &options,
                                                          const ColumnMappingMemory *memory)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    QString why;
    if (!InputFile::open(file, &why)) {
        Result result;
        result.errorString = tr("%1 cannot be opened: %2").arg(name, why);
        return result;
    }
    // A work file by its name, or by its content when it was renamed.
    char first[64] = {};
    const qint64 peeked = file.peek(first, sizeof first);
    const bool looksLikeJson =
            QByteArrayView(first, std::max<qint64>(0, peeked)).trimmed().startsWith('{');
    if (isWorkFilePath(path) || looksLikeJson) {
        Result result;
        WorkFile::ReadResult work = WorkFile::read(file, name);
        result.ok = work.ok;
        result.warnings = work.warnings;
        result.isWorkFile = true;
        result.document = std::move(work.document);
        result.errorString = work.errorString;
        result.contentHash = work.contentHash;
        return result;
    }
    file.close();
    Result result = fromImport(CertificateImporter::import(path, options, memory));
    if (result.ok)
        result.document.sourcePath = QFileInfo(path).absoluteFilePath();
    return result;
}

CertificateFileReader::Result CertificateFileReader::readCsv(const QByteArray &bytes,
                                                             const QString &fileName)
{
    ImportSource source;
    if (!source.openData(bytes, fileName, ImportFormat::Csv)) {
        Result result;
        result.errorString = source.errorString();
        return result;
    }
    return fromImport(source.readAll(ImportOptions()));
}

CertificateFileReader::Result CertificateFileReader::fromImport(ImportResult &&import)
{
    Result result;
    result.ok = import.ok;
    result.errorString = import.errorString;
    if (import.ok) {
        result.document.rows = std::move(import.rows);
        result.document.sourceFormat = import.format == ImportFormat::Workbook
                ? import.workbookFormat
                : QStringLiteral("csv");
        if (import.format == ImportFormat::Csv)
            result.encoding = TextDecoder::encodingName(import.encoding);
        result.headerRow = import.headerRow;
        for (const ImportWarning &warning : std::as_const(import.warnings))
            result.warnings.append(warning.message);
    }
    import.rows.clear();
    result.import = std::move(import);
    return result;
}

} // namespace Ditio
