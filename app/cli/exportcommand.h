#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace Ditio {

// `ditio-certs-cli export ...` (being built in this change).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ExportCommand)

public:
    static int run(const QStringList &arguments, FILE *out, FILE *err);
};

} // namespace Ditio
