#include "exportcommand.h"

namespace Ditio {

int ExportCommand::run(const QStringList &arguments, FILE *out, FILE *err)
{
    Q_UNUSED(arguments)
    Q_UNUSED(out)
    std::fputs("ditio-certs-cli export: not available yet\n", err);
    return 2;
}

} // namespace Ditio
