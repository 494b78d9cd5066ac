#pragma once

#include "util/savefile.h"

#include <QCoreApplication>
#include <QString>

namespace Ditio {

// The file an export writes, atomically: the bytes go to a temporary file
// beside it that replaces the target only on commit(), so a failed or
// cancelled export leaves the previous file as it was, also on a full disk
// (see SaveFile). Writes are buffered: the XLSX exporter's zip library makes
// many small ones. Every message names the path.
class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ExportTarget)

public:
    explicit ExportTarget(const QString &path);
    ~ExportTarget();
    ExportTarget(const ExportTarget &) = delete;
    ExportTarget &operator=(const ExportTarget &) = delete;

    bool open();
    QIODevice *device() { return &m_file; }
    bool write(QByteArrayView bytes);
    // Replaces the target. After a failed write() it only discards.
    bool commit();
    // Discards what was written; the target stays as it was.
    void cancel();

    // "<path> cannot be written: <why>." Translated.
    QString errorString() const { return m_error; }
    // Records a failure that is not the file's own (e.g. the zip library's).
    // When the file did fail underneath (a full disk), its reason is recorded.
    void fail(const QString &why);
    bool hasFailed() const { return !m_error.isEmpty(); }

private:
    QString m_path;
    SaveFile m_file;
    QString m_error;
};

} // namespace Ditio
