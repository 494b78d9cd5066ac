#include "uploadcommand.h"

namespace Ditio {

int UploadCommand::run(const QStringList &arguments, FILE *out, FILE *err)
{
    Q_UNUSED(arguments)
    Q_UNUSED(out)
    std::fputs("ditio-certs-cli upload: not available yet\n", err);
    return 2;
}

} // namespace Ditio
