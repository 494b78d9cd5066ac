#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Ditio {

// `ditio-certs-cli validate [--format text|json] [--sheet NAME] [--encoding NAME]
// [--delimiter CHAR] [--mapping FILE] FILE`: the same import as the app's
// (detection, remembered mappings) unless the options say otherwise.
// Exit 0: no row has an error; 1: some do; 2: usage error or unreadable file.
class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ValidateCommand)

public:
    enum ExitCode { Valid = 0, HasErrors = 1, UsageOrFileError = 2 };

    ValidateCommand() : Command(QStringLiteral("validate")) { }
    QString description() const override;
    int run(const QStringList &arguments, FILE *out, FILE *err) override;
};

} // namespace Ditio
