#pragma once

#include <QString>

#include <cstdio>

// What every command needs to talk to its caller (KeePassXC's src/cli/Utils.h, in small).
namespace Ditio::Utils {

// Writes text as UTF-8 and flushes at once, so what goes to stdout and stderr reaches a
// terminal or a log in the order it was written.
void print(FILE *stream, const QString &text);

// Whether a person is watching stream: progress is shown on a terminal, never in a log.
bool isTerminal(FILE *stream);

} // namespace Ditio::Utils
