#pragma once

#include <QByteArrayView>
#include <QSaveFile>
#include <QString>

namespace Ditio {

// A QSaveFile that never puts a cut copy in place of the file, and says why it
// failed. Two things in Qt 6.4 make that necessary on a full disk:
//  - QSaveFile::commit() flushes Qt's write buffer, ignores that this failed,
//    and renames the cut temporary file over the target. A file under the
//    buffer's 16 KB reaches the disk only there.
//  - A write(2) the disk cuts short returns what fit, with no reason; Qt then
//    says "Unknown error". The next write(2) fails with the reason.
// Here every write is whole or fails with the system's reason, commit()
// flushes and checks before it replaces anything, and every failure discards
// the temporary file. Buffered (the default) suits many small writes, such as
// a zip library's; open it Unbuffered for one large write.
class SaveFile : public QSaveFile
{
    Q_OBJECT

public:
    explicit SaveFile(const QString &path);
    ~SaveFile() override;

    // Writes `bytes` to `path` whole or not at all. False with the reason.
    static bool writeWhole(const QString &path, QByteArrayView bytes, QString *reason);

    // Hides QSaveFile::commit(): flushes, checks, then replaces the target.
    // False when a write, the flush or the rename failed: the target is as it
    // was and the temporary file is gone.
    bool commit();
    // Drops what was written; the target stays as it was.
    void discard();

    // A write, flush or commit failed (not open(), not discard()).
    bool hasFailed() const { return !m_reason.isEmpty(); }
    // Why the file failed, never empty: the system's words ("No space left on
    // device"), or a sentence of our own when it gave none.
    QString reason() const;

    bool seek(qint64 offset) override;

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    void noteFailure();

    QString m_reason;
};

} // namespace Ditio
