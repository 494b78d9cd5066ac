#pragma once

#include "workbooklimits.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;

namespace Ditio {

// The zip container of a workbook, read through QuaZip one part at a time,
// with the limits enforced twice: on the sizes the archive declares (before
// anything is unpacked) and on the bytes counted while unpacking.
class WorkbookArchive
{
public:
    enum class Status : quint8 {
        Ok,
        Truncated, // no zip directory at the end: the file was cut off
        Damaged, // a part does not unpack (bad data, checksum, method)
        Encrypted, // parts with a zip password
        TooManyEntries,
        PartTooLarge,
        TotalTooLarge,
        RatioTooHigh,
        NoSuchPart,
    };
    // Why a part is Damaged.
    enum class Damage : quint8 { None, Checksum, BadData, ReadError, SizeMismatch, Other };

    explicit WorkbookArchive(const WorkbookLimits &limits);
    ~WorkbookArchive();
    WorkbookArchive(const WorkbookArchive &) = delete;
    WorkbookArchive &operator=(const WorkbookArchive &) = delete;

    // The device must stay open and unchanged while the archive is used.
    Status open(QIODevice *device);
    void close();

    Status status() const { return m_status; }
    // The part a status concerns, and sizes for the messages.
    QString statusPart() const { return m_statusPart; }
    qint64 statusSize() const { return m_statusSize; }
    Damage damage() const { return m_damage; }
    int zipError() const { return m_zipError; } // minizip's code, for Damage::Other

    // Part names compare case-insensitively, as OPC wants.
    bool contains(const QString &part) const;
    bool containsPrefix(const QString &prefix) const;
    // The names of the files inside, in the archive's order (folders left out).
    QStringList partNames() const { return m_names; }
    qint64 declaredSize(const QString &part) const;

    Status openPart(const QString &part);
    // Up to maxSize unpacked bytes of the open part: the count, 0 at its end
    // (after the checksum was verified), -1 on error (status() says which).
    qint64 read(char *data, qint64 maxSize);
    void closePart();

    // Bytes unpacked from all parts so far; the total limit applies to it.
    qint64 totalRead() const { return m_totalRead; }
    void setTotalRead(qint64 bytes) { m_totalRead = bytes; }

private:
    struct Entry
    {
        QString name;
        qint64 size = 0;
        qint64 packedSize = 0;
    };

    Status fail(Status status, const QString &part = {}, qint64 size = 0);
    Status damaged(const QString &part, Damage damage, int zipError = 0);

    WorkbookLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QHash<QString, Entry> m_entries; // by lower-case name
    QStringList m_names;
    Entry m_current;
    qint64 m_partRead = 0;
    qint64 m_totalRead = 0;
    Status m_status = Status::Ok;
    QString m_statusPart;
    qint64 m_statusSize = 0;
    Damage m_damage = Damage::None;
    int m_zipError = 0;
};

} // namespace Ditio
