#pragma once

#include <QtGlobal>

namespace Ditio {

// Caps that keep a hostile workbook, .xlsx or .ods (a zip bomb, a part that
// never ends, a flood of strings), from taking the memory or the time of the machine. The
// defaults are far above anything a real HR export needs: a million-row sheet
// unpacks to about 250 MB and compresses 10 to 30 times.
struct WorkbookLimits
{
    // Files in the zip archive (a workbook with a hundred sheets has ~250).
    int maxEntries = 10000;
    // Unpacked bytes of any one part, declared and counted while unpacking.
    qint64 maxPartBytes = qint64(1) << 30;
    // Unpacked bytes of all parts one read touches (metadata, strings, a sheet).
    qint64 maxTotalBytes = qint64(2) << 30;
    // Unpacked : packed. Deflate tops out near 1000:1 on a zip bomb's zeros.
    int maxCompressionRatio = 200;
    // The ratio is only checked for parts that unpack to more than this. A
    // part is judged first by its unpacked size against the caps above; the
    // ratio says nothing about a small one: a real 57 MB sheet of repeated
    // texts packs 258:1 with ordinary zlib, and tiny parts of markup more.
    qint64 ratioCheckFromBytes = qint64(128) << 20;
    // Entries of the shared strings table (each costs memory for the whole read).
    int maxSharedStrings = 5000000;
    // OpenDocument sheets (.ods) write a run of equal cells or rows once with a
    // repeat count. Copies of cells that hold a value are made, this many per
    // sheet at most; empty repeats (LibreOffice ends every sheet with a million
    // empty rows) cost nothing.
    qint64 maxRepeatedCells = 20000000;
};

} // namespace Ditio
