#include "validatecommand.h"

#include "io/certificatefilereader.h"
#include "io/columnmappingmemory.h"
#include "io/importsource.h"
#include "model/certificatetablemodel.h"
#include "report/validationreport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QSettings>

namespace Ditio {

namespace {
void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

int ValidateCommand::run(const QStringList &arguments, FILE *out, FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Checks a work file or a CSV of certificates and reports every problem."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: text (default) or json."),
                                          tr("format"), QStringLiteral("text"));
    parser.addOption(formatOption);
    const QCommandLineOption sheetOption(
            QStringLiteral("sheet"),
            tr("Workbooks: the sheet to read (default: the one named like certificates, else "
               "the first)."),
            tr("name"));
    parser.addOption(sheetOption);
    const QCommandLineOption encodingOption(
            QStringLiteral("encoding"),
            tr("Text files: utf-8, utf-16, utf-16le, utf-16be or windows-1252 (default: "
               "detected)."),
            tr("name"));
    parser.addOption(encodingOption);
    const QCommandLineOption delimiterOption(
            QStringLiteral("delimiter"),
            tr("Text files: ';', ',', tab or '|' (default: detected)."), tr("char"));
    parser.addOption(delimiterOption);
    const QCommandLineOption mappingOption(
            QStringLiteral("mapping"),
            tr("A column mapping saved from the import dialog (default: the mapping confirmed "
               "for this header layout, else the automatic one)."),
            tr("file"));
    parser.addOption(mappingOption);
    parser.addPositionalArgument(QStringLiteral("validate"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("A .ditiocerts work file, a CSV or text file, or an Excel "
                                    "workbook (.xlsx)."));
    if (!parser.parse(arguments)) {
        print(err, tr("ditio-certs-cli validate: %1\n").arg(parser.errorText()));
        return UsageOrFileError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(out, parser.helpText());
        return Valid;
    }
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json") {
        print(err,
              tr("ditio-certs-cli validate: unknown format \"%1\"; use text or json.\n")
                      .arg(format));
        return UsageOrFileError;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        print(err,
              tr("Usage: ditio-certs-cli validate [--format text|json] [--sheet NAME] "
                 "[--encoding NAME] [--delimiter CHAR] [--mapping FILE] FILE\n"));
        return UsageOrFileError;
    }

    ImportOptions options;
    options.sheetName = parser.value(sheetOption);
    if (parser.isSet(encodingOption)) {
        options.encoding = ImportSource::encodingFromName(parser.value(encodingOption));
        if (!options.encoding) {
            print(err,
                  tr("ditio-certs-cli validate: unknown encoding \"%1\"; use utf-8, utf-16, "
                     "utf-16le, utf-16be or windows-1252.\n")
                          .arg(parser.value(encodingOption)));
            return UsageOrFileError;
        }
    }
    if (parser.isSet(delimiterOption)) {
        options.delimiter = ImportSource::delimiterFromName(parser.value(delimiterOption));
        if (options.delimiter.isNull()) {
            print(err,
                  tr("ditio-certs-cli validate: unknown delimiter \"%1\"; use ';', ',', tab or "
                     "'|'.\n")
                          .arg(parser.value(delimiterOption)));
            return UsageOrFileError;
        }
    }
    if (parser.isSet(mappingOption)) {
        QString error;
        const std::optional<ColumnMapping> mapping =
                ColumnMapping::load(parser.value(mappingOption), &error);
        if (!mapping) {
            print(err, error + u'\n');
            return UsageOrFileError;
        }
        options.mapping = *mapping;
    }

    const QString path = positional.at(1);
    // The mappings the user confirmed in the app apply here too.
    QSettings settings;
    const ColumnMappingMemory memory(&settings);
    const CertificateFileReader::Result read = CertificateFileReader::read(path, options, &memory);
    if (!read.ok) {
        print(err, read.errorString + u'\n');
        return UsageOrFileError;
    }
    for (const QString &warning : read.warnings)
        print(err, QStringLiteral("%1: %2\n").arg(QDir::toNativeSeparators(path), warning));

    CertificateTableModel model;
    model.setMessagesCiteSourceRows(true);
    model.setRows(read.document.rows);
    const QString fileName = QDir::toNativeSeparators(path);
    if (format == u"json") {
        print(out,
              QString::fromUtf8(QJsonDocument(ValidationReport::toJson(model, fileName))
                                        .toJson(QJsonDocument::Indented)));
    } else {
        print(out, ValidationReport::toText(model, fileName));
    }
    return model.rowsWithErrors() > 0 ? HasErrors : Valid;
}

} // namespace Ditio
