#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace Ditio {

// `ditio-certs-cli upload ...` (being built in this change).
class UploadCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::UploadCommand)

public:
    static int run(const QStringList &arguments, FILE *out, FILE *err);
};

} // namespace Ditio
