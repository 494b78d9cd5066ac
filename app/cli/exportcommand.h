#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Ditio {

// `ditio-certs-cli export FILE --to OUT.{csv,xlsx,json} [--delimiter ';'|',']
// [--only-problems]` and `ditio-certs-cli export --template OUT.xlsx`.
// Reads FILE as `validate` does (same detection, remembered mappings and
// --sheet, --encoding, --mapping; --input-delimiter, as --delimiter is the
// output's) and writes OUT in the format its extension
// names: the table as CSV or XLSX (with Status and Message), or Ditio's
// payload (the rows without errors, exactly as the upload sends them).
// Exit 0: written; 1: written, but rows with errors were left out of the
// payload; 2: usage error, unreadable input or unwritable output.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ExportCommand)

public:
    enum ExitCode { Written = 0, RowsLeftOut = 1, UsageOrFileError = 2 };

    ExportCommand() : Command(QStringLiteral("export")) { }
    QString description() const override;
    int run(const QStringList &arguments, FILE *out, FILE *err) override;
};

} // namespace Ditio
