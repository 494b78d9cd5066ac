#include "exportcommand.h"

#include "export/csvexporter.h"
#include "export/payloadexporter.h"
#include "export/xlsxexporter.h"
#include "export/xlsxtemplate.h"
#include "inputoptions.h"
#include "model/certificatetablemodel.h"
#include "report/validationreport.h"
#include "utils.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Ditio {

using Utils::print;

namespace {

QString rowsText(int rows)
{
    // The report's "%n row(s)": already translated with its plural forms.
    return ValidationReport::tr("%n row(s)", nullptr, rows);
}

} // namespace

QString ExportCommand::description() const
{
    return tr("write the table as CSV, XLSX or Ditio's JSON payload");
}

int ExportCommand::run(const QStringList &arguments, FILE *out, FILE *err)
{
    const QString usage = tr("Usage: ditio-certs-cli export FILE --to OUT.csv|OUT.xlsx|OUT.json "
                             "[--delimiter ';'|','] [--only-problems] [--sheet NAME] "
                             "[--encoding NAME] [--input-delimiter CHAR] [--mapping FILE]\n"
                             "       ditio-certs-cli export --template OUT.xlsx\n");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Writes the certificates of a work file or spreadsheet as CSV or XLSX (with "
               "each row's status and message), or as the JSON Ditio receives (the rows "
               "without errors). The format follows the extension of OUT."));
    parser.addHelpOption();
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("The file to write: .csv, .xlsx or .json."), tr("OUT"));
    const QCommandLineOption delimiterOption(
            QStringLiteral("delimiter"),
            tr("CSV only: ';' (default, UTF-8 with BOM as Norwegian Excel opens it) or ','."),
            tr("delimiter"));
    const QCommandLineOption onlyProblemsOption(
            QStringLiteral("only-problems"),
            tr("CSV and XLSX only: just the rows with errors or warnings, and rows Ditio "
               "rejected or did not confirm."));
    const QCommandLineOption templateOption(
            QStringLiteral("template"),
            tr("Write a blank XLSX template to fill in, instead of exporting a file."),
            tr("OUT.xlsx"));
    parser.addOptions({toOption, delimiterOption, onlyProblemsOption, templateOption});
    // Reading FILE: the options of `validate` (the output has --delimiter).
    InputOptions input(InputOptions::DelimiterName::InputDelimiter);
    input.addTo(&parser);
    parser.addPositionalArgument(QStringLiteral("export"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("A .ditiocerts work file, a CSV or a spreadsheet."));
    const auto usageError = [&](const QString &why) {
        print(err, tr("ditio-certs-cli export: %1\n").arg(why));
        print(err, usage);
        return UsageOrFileError;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(out, parser.helpText());
        return Written;
    }
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(templateOption)) {
        const bool otherOptions = parser.isSet(toOption) || parser.isSet(delimiterOption)
                || parser.isSet(onlyProblemsOption) || input.isAnySet(parser);
        if (positional.size() != 1 || otherOptions)
            return usageError(tr("--template takes only the name of the workbook to write."));
        const QString path = parser.value(templateOption);
        if (QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) != 0)
            return usageError(tr("the template is a workbook: name it .xlsx."));
        const ExportResult result = XlsxTemplate::write(path);
        if (!result.ok) {
            print(err, result.errorString + u'\n');
            return UsageOrFileError;
        }
        print(out, tr("Wrote a blank template to %1.\n").arg(QDir::toNativeSeparators(path)));
        return Written;
    }

    if (positional.size() != 2)
        return usageError(positional.size() < 2 ? tr("no file to export.")
                                                : tr("one file at a time."));
    if (!parser.isSet(toOption))
        return usageError(tr("say where to write with --to OUT.csv, OUT.xlsx or OUT.json."));
    const QString outPath = parser.value(toOption);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != u"csv" && suffix != u"xlsx" && suffix != u"json") {
        return usageError(tr("cannot tell the format of \"%1\": name it .csv, .xlsx or .json.")
                                  .arg(QDir::toNativeSeparators(outPath)));
    }
    CsvExporter::Options csvOptions;
    if (parser.isSet(delimiterOption)) {
        const QString delimiter = parser.value(delimiterOption);
        if (suffix != u"csv")
            return usageError(tr("--delimiter is for CSV files only."));
        if (delimiter == u";" || delimiter.compare(u"semicolon", Qt::CaseInsensitive) == 0)
            csvOptions.delimiter = CsvExporter::Delimiter::Semicolon;
        else if (delimiter == u"," || delimiter.compare(u"comma", Qt::CaseInsensitive) == 0)
            csvOptions.delimiter = CsvExporter::Delimiter::Comma;
        else
            return usageError(tr("unknown delimiter \"%1\"; use ';' or ','.").arg(delimiter));
    }
    const bool onlyProblems = parser.isSet(onlyProblemsOption);
    if (onlyProblems && suffix == u"json") {
        return usageError(tr("--only-problems is for CSV and XLSX files; the payload holds "
                             "the rows without errors."));
    }
    csvOptions.onlyProblems = onlyProblems;

    // The same table `validate` and the app build: the mappings the user
    // confirmed in the app apply here too.
    const QString inPath = positional.at(1);
    QString message;
    CertificateFileReader::Result read;
    InputOptions::Status status = input.parse(parser, &message);
    if (status == InputOptions::Status::Ok)
        status = input.read(inPath, &read, &message);
    if (status == InputOptions::Status::UsageError)
        return usageError(message);
    if (status == InputOptions::Status::FileError) {
        print(err, message + u'\n');
        return UsageOrFileError;
    }
    for (const QString &warning : read.warnings)
        print(err, QStringLiteral("%1: %2\n").arg(QDir::toNativeSeparators(inPath), warning));

    CertificateTableModel model;
    model.setMessagesCiteSourceRows(true); // the Message column cites the file's rows
    model.setRows(read.document.rows);

    ExportResult result;
    if (suffix == u"csv") {
        result = CsvExporter::write(model, outPath, csvOptions);
    } else if (suffix == u"xlsx") {
        XlsxExporter::Options options;
        options.onlyProblems = onlyProblems;
        result = XlsxExporter::write(model, outPath, options);
    } else {
        result = PayloadExporter::write(model, outPath);
    }
    if (!result.ok) {
        print(err, result.errorString + u'\n');
        return UsageOrFileError;
    }
    for (const QString &warning : result.warnings)
        print(err, QStringLiteral("%1: %2\n").arg(QDir::toNativeSeparators(outPath), warning));
    //: %1 is "N rows", %2 the file written
    print(out,
          tr("Wrote %1 to %2.\n")
                  .arg(rowsText(result.rowsWritten), QDir::toNativeSeparators(outPath)));
    if (result.rowsLeftOut > 0) {
        //: %1 is "N rows"
        print(err,
              tr("%1 with errors left out; run 'ditio-certs-cli validate %2' to see why.\n")
                      .arg(rowsText(result.rowsLeftOut), QDir::toNativeSeparators(inPath)));
        return RowsLeftOut;
    }
    return Written;
}

} // namespace Ditio
