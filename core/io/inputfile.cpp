#include "inputfile.h"

#include <QFile>
#include <QFileInfo>

namespace Ditio {

bool InputFile::open(QFile &file, QString *why)
{
    const QFileInfo info(file.fileName());
    if (info.exists() && info.isDir()) {
        *why = tr("it is a folder, not a file.");
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *why = tr("it is not a regular file (it is a device, a pipe or a socket), and only files "
                  "are read. Save the data to a file first.");
        return false;
    }
    if (file.open(QIODevice::ReadOnly))
        return true;
    if (!info.exists()) {
        *why = tr("there is no such file (was it moved, renamed or deleted?).");
    } else if (!info.isReadable()) {
        const QString owner = info.owner();
        *why = owner.isEmpty()
                ? tr("you have no permission to read it. Ask the file's owner or an administrator "
                     "for read access, or copy the file to a folder of your own.")
                : tr("you have no permission to read it; it belongs to %1. Ask %1 or an "
                     "administrator for read access, or copy the file to a folder of your own.")
                          .arg(owner);
    } else {
        *why = file.errorString();
    }
    return false;
}

} // namespace Ditio
