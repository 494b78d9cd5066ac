#pragma once

#include <QCoreApplication>
#include <QString>

class QFile;

namespace Ditio {

// Opening a file the user named for reading, with reasons that say what to
// do. Only regular files are read: a device (/dev/zero) never ends and a pipe
// (a FIFO, /dev/stdin from a pipe) blocks or cannot be read twice, as the
// readers do to detect the encoding and the header; both are refused before
// they are opened.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::InputFile)

public:
    // Opens file (its name set) for reading. False, with why (a sentence
    // without the file name), when it is no regular file or cannot be opened.
    static bool open(QFile &file, QString *why);
};

} // namespace Ditio
