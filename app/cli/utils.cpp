#include "utils.h"

#include <QByteArray>
#include <QFile>

#ifdef Q_OS_WIN
#    include <io.h>
#else
#    include <unistd.h>
#endif

namespace Ditio::Utils {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

bool writeStream(FILE *stream, const std::function<bool(QIODevice *)> &write, QString *why)
{
    std::fflush(stream);
    QFile file;
    if (!file.open(stream, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
        *why = file.errorString();
        return false;
    }
    const bool written = write(&file) && file.flush();
    if (!written)
        *why = file.errorString();
    std::fflush(stream);
    return written;
}

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream));
#else
    return isatty(fileno(stream));
#endif
}

} // namespace Ditio::Utils
