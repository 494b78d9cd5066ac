#include "inputoptions.h"

#include "import/columnmapping.h"
#include "import/columnmappingmemory.h"
#include "import/importsource.h"
#include "settings/appsettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSettings>

namespace Ditio {

namespace {

QCommandLineOption delimiterOption(InputOptions::DelimiterName name)
{
    if (name == InputOptions::DelimiterName::InputDelimiter) {
        return QCommandLineOption(
                QStringLiteral("input-delimiter"),
                InputOptions::tr("Text files: ';', ',', tab or '|' between the fields of FILE "
                                 "(default: detected)."),
                InputOptions::tr("char"));
    }
    return QCommandLineOption(QStringLiteral("delimiter"),
                              InputOptions::tr("Text files: ';', ',', tab or '|' (default: "
                                               "detected)."),
                              InputOptions::tr("char"));
}

} // namespace

InputOptions::InputOptions(DelimiterName delimiterName)
    : m_delimiterName(delimiterName),
      m_sheet(QStringLiteral("sheet"),
              tr("Workbooks: the sheet to read (default: the one named like certificates, else "
                 "the first)."),
              tr("name")),
      m_encoding(QStringLiteral("encoding"),
                 tr("Text files: utf-8, utf-16, utf-16le, utf-16be or windows-1252 (default: "
                    "detected)."),
                 tr("name")),
      m_delimiter(delimiterOption(delimiterName)),
      m_mapping(QStringLiteral("mapping"),
                tr("A column mapping saved from the import dialog (default: the mapping "
                   "confirmed for this header layout, else the automatic one)."),
                tr("file"))
{ }

void InputOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_sheet, m_encoding, m_delimiter, m_mapping});
}

bool InputOptions::isAnySet(const QCommandLineParser &parser) const
{
    return parser.isSet(m_sheet) || parser.isSet(m_encoding) || parser.isSet(m_delimiter)
            || parser.isSet(m_mapping);
}

InputOptions::Status InputOptions::parse(const QCommandLineParser &parser, QString *message)
{
    m_options = ImportOptions();
    m_sheetGiven = parser.isSet(m_sheet);
    m_options.sheetName = parser.value(m_sheet);
    if (parser.isSet(m_encoding)) {
        m_options.encoding = ImportSource::encodingFromName(parser.value(m_encoding));
        if (!m_options.encoding) {
            *message = tr("unknown encoding \"%1\"; use utf-8, utf-16, utf-16le, utf-16be or "
                          "windows-1252.")
                               .arg(parser.value(m_encoding));
            return Status::UsageError;
        }
    }
    if (parser.isSet(m_delimiter)) {
        m_options.delimiter = ImportSource::delimiterFromName(parser.value(m_delimiter));
        if (m_options.delimiter.isNull()) {
            *message = m_delimiterName == DelimiterName::InputDelimiter
                    ? tr("unknown input delimiter \"%1\"; use ';', ',', tab or '|'.")
                              .arg(parser.value(m_delimiter))
                    : tr("unknown delimiter \"%1\"; use ';', ',', tab or '|'.")
                              .arg(parser.value(m_delimiter));
            return Status::UsageError;
        }
    }
    if (parser.isSet(m_mapping)) {
        QString error;
        const std::optional<ColumnMapping> mapping =
                ColumnMapping::load(parser.value(m_mapping), &error);
        if (!mapping) {
            *message = error;
            return Status::FileError;
        }
        m_options.mapping = *mapping;
    }
    return Status::Ok;
}

InputOptions::Status InputOptions::read(const QString &path, CertificateFileReader::Result *result,
                                        QString *message) const
{
    const QString shown = QDir::toNativeSeparators(path);
    // A work file holds no sheets: say so before reading it, as for a CSV below.
    if (m_sheetGiven && CertificateFileReader::isWorkFilePath(path)) {
        *message = tr("--sheet is for workbooks (.xlsx, .ods); %1 is a work file.").arg(shown);
        return Status::UsageError;
    }
    // The mappings the user confirmed in the app apply here too.
    QSettings settings;
    AppSettings::migrate(settings); // the same file the window reads, at its version
    const ColumnMappingMemory memory(&settings);
    *result = CertificateFileReader::read(path, m_options, &memory);
    if (!result->ok) {
        *message = result->errorString;
        return Status::FileError;
    }
    // The CSV reader has no use for a sheet name; taking it silently would let a scheduled
    // job read a different file than its author meant.
    if (m_sheetGiven && (result->isWorkFile || result->import.format != ImportFormat::Workbook)) {
        *message = result->isWorkFile
                ? tr("--sheet is for workbooks (.xlsx, .ods); %1 is a work file.").arg(shown)
                : tr("--sheet is for workbooks (.xlsx, .ods); %1 is a text file.").arg(shown);
        *result = CertificateFileReader::Result();
        return Status::UsageError;
    }
    return Status::Ok;
}

} // namespace Ditio
