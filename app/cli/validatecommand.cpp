#include "validatecommand.h"

#include "inputoptions.h"
#include "model/certificatetablemodel.h"
#include "report/validationreport.h"
#include "utils.h"

#include <QCommandLineParser>
#include <QDir>
#include <QIODevice>

namespace Ditio {

using Utils::print;

QString ValidateCommand::description() const
{
    return tr("check a work file, CSV or spreadsheet and list every problem");
}

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
    InputOptions input;
    input.addTo(&parser);
    parser.addPositionalArgument(QStringLiteral("validate"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("A .ditiocerts work file, a CSV or text file, or a workbook "
                                    "(.xlsx, .ods)."));
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

    QString message;
    CertificateFileReader::Result read;
    const QString path = positional.at(1);
    InputOptions::Status status = input.parse(parser, &message);
    if (status == InputOptions::Status::Ok)
        status = input.read(path, &read, &message);
    if (status == InputOptions::Status::UsageError) {
        print(err, tr("ditio-certs-cli validate: %1\n").arg(message));
        return UsageOrFileError;
    }
    if (status == InputOptions::Status::FileError) {
        print(err, message + u'\n');
        return UsageOrFileError;
    }
    for (const QString &warning : read.warnings)
        print(err, QStringLiteral("%1: %2\n").arg(QDir::toNativeSeparators(path), warning));

    CertificateTableModel model;
    model.setMessagesCiteSourceRows(true);
    model.setRows(read.document.rows);
    const QString fileName = QDir::toNativeSeparators(path);
    // Streamed as it is built: a million rows' report is never one string.
    QString why;
    const bool printed = Utils::writeStream(
            out,
            [&](QIODevice *device) {
                return format == u"json" ? ValidationReport::writeJson(model, fileName, device,
                                                                       read.import.unusedColumns)
                                         : ValidationReport::writeText(model, fileName, device);
            },
            &why);
    if (!printed) {
        print(err, tr("ditio-certs-cli validate: the report could not be written: %1\n").arg(why));
        return UsageOrFileError;
    }
    return model.rowsWithErrors() > 0 ? HasErrors : Valid;
}

} // namespace Ditio
