#pragma once

#include <QString>

#include <cstdio>
#include <functional>

class QIODevice;

// What every command needs to talk to its caller (KeePassXC's src/cli/Utils.h, in small).
namespace Ditio::Utils {

// Writes text as UTF-8 and flushes at once, so what goes to stdout and stderr reaches a
// terminal or a log in the order it was written.
void print(FILE *stream, const QString &text);

// Streams what write() writes to stream (stdout, stderr) as it comes, in
// order after what print() wrote: reports of a million rows are never built
// whole first. False, with why, when the stream refused a write (a closed
// pipe, a full disk behind a redirection).
bool writeStream(FILE *stream, const std::function<bool(QIODevice *)> &write, QString *why);

// Whether a person is watching stream: progress is shown on a terminal, never in a log.
bool isTerminal(FILE *stream);

} // namespace Ditio::Utils
