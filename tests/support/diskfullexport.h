#pragma once

// The full-disk check the exporters share (Linux: the disk is filled with
// setrlimit, see filesizelimit.h). An export over an earlier file fails with
// the disk's reason, keeps that file byte for byte and leaves nothing beside
// it; with room again the same export goes through.

#include "export/exportresult.h"
#include "exporttesthelpers.h"
#include "filesizelimit.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace DitioTest {

// The rows of each exporter's diskFullKeepsTheOldFile_data().
inline void addDiskFullRows()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("room"); // bytes the disk takes; -1: one byte short
    // A few rows fit Qt's 16 KB write buffer and reach the disk only when the
    // file is committed; 5,000 go out in many writes.
    QTest::newRow("2 rows, full from the start") << 2 << qint64(0);
    QTest::newRow("2 rows, full after 100 bytes") << 2 << qint64(100);
    QTest::newRow("2 rows, one byte short") << 2 << qint64(-1);
    QTest::newRow("5,000 rows, full from the start") << 5000 << qint64(0);
    QTest::newRow("5,000 rows, full after 100 KB") << 5000 << qint64(100 * 1024);
    QTest::newRow("5,000 rows, one byte short") << 5000 << qint64(-1);
}

// exportTo(path) exports `rows` rows to path, newSize bytes with room enough;
// checkWritten(path) checks what the export wrote once there was room.
inline void checkDiskFullKeepsTheOldFile(
        const QString &name, const QByteArray &oldBytes, qint64 newSize, qint64 room, int rows,
        const std::function<Ditio::ExportResult(const QString &path)> &exportTo,
        const std::function<void(const QString &path)> &checkWritten)
{
    // A real file on a real disk, exported over while the disk fills up.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    QVERIFY(writeAll(path, oldBytes));
    const qint64 limit = room < 0 ? newSize + room : room;
    QVERIFY(limit < newSize);

    Ditio::ExportResult result;
    if (!withFileSizeLimit(limit, [&] { result = exportTo(path); }))
        QSKIP("setrlimit(RLIMIT_FSIZE) failed");

    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    // The disk's reason (not a zip library's); EFBIG stands in for ENOSPC
    // ("No space left on device"): both come from write().
    QCOMPARE(result.errorString,
             QDir::toNativeSeparators(path)
                     + QStringLiteral(" cannot be written: File too large."));
    QCOMPARE(result.rowsWritten, 0);
    // The old file, byte for byte, and nothing next to it: no cut copy, no temporary file.
    QCOMPARE(readAll(path), oldBytes);
    QCOMPARE(folderEntries(dir.path()), QStringList {name});

    // With room again the same export goes through.
    result = exportTo(path);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rowsWritten, rows);
    checkWritten(path);
    QCOMPARE(folderEntries(dir.path()), QStringList {name});
}

} // namespace DitioTest
