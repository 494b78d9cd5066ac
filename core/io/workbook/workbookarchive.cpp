#include "workbookarchive.h"

#include <QIODevice>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace Ditio {

namespace {

WorkbookArchive::Damage damageOf(int zipError)
{
    switch (zipError) {
    case UNZ_CRCERROR:
        return WorkbookArchive::Damage::Checksum;
    case UNZ_BADZIPFILE:
        return WorkbookArchive::Damage::BadData;
    case UNZ_ERRNO:
        return WorkbookArchive::Damage::ReadError;
    default:
        return WorkbookArchive::Damage::Other;
    }
}

// Whether the archive ends with a complete end-of-central-directory record
// (22 bytes and its comment): a file cut off while copying does not.
bool hasCompleteEnd(QIODevice *device)
{
    const qint64 size = device->size();
    const qint64 tailSize = qMin<qint64>(size, 22 + 0xFFFF);
    if (tailSize < 22 || !device->seek(size - tailSize))
        return false;
    const QByteArray tail = device->read(tailSize);
    device->seek(0);
    for (qsizetype at = tail.lastIndexOf("PK\x05\x06"); at >= 0;
         at = at > 0 ? tail.lastIndexOf("PK\x05\x06", at - 1) : -1) {
        if (at + 22 > tail.size())
            continue;
        const int commentSize = uchar(tail[at + 20]) | (uchar(tail[at + 21]) << 8);
        if (at + 22 + commentSize <= tail.size())
            return true;
    }
    return false;
}

} // namespace

WorkbookArchive::WorkbookArchive(const WorkbookLimits &limits) : m_limits(limits) { }

WorkbookArchive::~WorkbookArchive()
{
    close();
}

WorkbookArchive::Status WorkbookArchive::fail(Status status, const QString &part, qint64 size)
{
    m_status = status;
    m_statusPart = part;
    m_statusSize = size;
    m_damage = Damage::None;
    m_zipError = 0;
    return status;
}

WorkbookArchive::Status WorkbookArchive::damaged(const QString &part, Damage damage, int zipError)
{
    fail(Status::Damaged, part);
    m_damage = damage;
    m_zipError = zipError;
    return Status::Damaged;
}

void WorkbookArchive::close()
{
    closePart();
    if (m_zip)
        m_zip->close();
    m_file.reset();
    m_zip.reset();
    m_entries.clear();
    m_names.clear();
    m_totalRead = 0;
}

WorkbookArchive::Status WorkbookArchive::open(QIODevice *device)
{
    close();
    m_status = Status::Ok;
    const qint64 fileSize = device->size();
    if (!hasCompleteEnd(device))
        return fail(Status::Truncated);
    m_zip = std::make_unique<QuaZip>(device);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(Status::Truncated);

    // Declared sizes first: refuse a bomb before unpacking one byte of it.
    const int count = m_zip->getEntriesCount();
    if (count < 0)
        return fail(Status::Truncated);
    if (count > m_limits.maxEntries)
        return fail(Status::TooManyEntries, {}, count);
    qint64 total = 0;
    m_entries.reserve(count);
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return damaged({}, damageOf(m_zip->getZipError()), m_zip->getZipError());
        if (info.name.endsWith(u'/'))
            continue; // a folder
        const auto size = qint64(qMin<quint64>(info.uncompressedSize, quint64(1) << 62));
        const auto packed = qint64(qMin<quint64>(info.compressedSize, quint64(1) << 62));
        if (packed > fileSize)
            return damaged(info.name, Damage::SizeMismatch);
        if (info.isEncrypted())
            return fail(Status::Encrypted, info.name);
        if (size > m_limits.maxPartBytes)
            return fail(Status::PartTooLarge, info.name, size);
        total += size;
        if (total > m_limits.maxTotalBytes)
            return fail(Status::TotalTooLarge, {}, total);
        if (size > m_limits.ratioCheckFromBytes
            && size > qMax<qint64>(packed, 1) * m_limits.maxCompressionRatio)
            return fail(Status::RatioTooHigh, info.name, size / qMax<qint64>(packed, 1));
        m_entries.insert(info.name.toLower(), Entry {info.name, size, packed});
        m_names.append(info.name);
    }
    if (m_zip->getZipError() != UNZ_OK)
        return damaged({}, damageOf(m_zip->getZipError()), m_zip->getZipError());
    return Status::Ok;
}

bool WorkbookArchive::contains(const QString &part) const
{
    return m_entries.contains(part.toLower());
}

bool WorkbookArchive::containsPrefix(const QString &prefix) const
{
    const QString lower = prefix.toLower();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key().startsWith(lower))
            return true;
    }
    return false;
}

qint64 WorkbookArchive::declaredSize(const QString &part) const
{
    return m_entries.value(part.toLower()).size;
}

WorkbookArchive::Status WorkbookArchive::openPart(const QString &part)
{
    closePart();
    m_status = Status::Ok;
    const auto it = m_entries.constFind(part.toLower());
    if (it == m_entries.cend() || !m_zip)
        return fail(Status::NoSuchPart, part);
    m_current = it.value();
    m_partRead = 0;
    if (!m_zip->setCurrentFile(m_current.name, QuaZip::csSensitive))
        return damaged(m_current.name, damageOf(m_zip->getZipError()), m_zip->getZipError());
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::ReadOnly)) {
        const int error = m_file->getZipError();
        m_file.reset();
        return damaged(m_current.name, damageOf(error), error);
    }
    return Status::Ok;
}

qint64 WorkbookArchive::read(char *data, qint64 maxSize)
{
    if (m_status != Status::Ok)
        return -1;
    if (!m_file)
        return 0; // after the end
    const qint64 read = m_file->read(data, maxSize);
    if (read < 0 || (read == 0 && m_file->getZipError() != UNZ_OK)) {
        const int error = m_file->getZipError();
        closePart();
        damaged(m_current.name, damageOf(error), error);
        return -1;
    }
    // Count what really comes out: the declared sizes may lie.
    m_partRead += read;
    m_totalRead += read;
    if (m_partRead > m_limits.maxPartBytes) {
        closePart();
        fail(Status::PartTooLarge, m_current.name, m_partRead);
        return -1;
    }
    if (m_totalRead > m_limits.maxTotalBytes) {
        closePart();
        fail(Status::TotalTooLarge, {}, m_totalRead);
        return -1;
    }
    const qint64 packed = qMax<qint64>(m_current.packedSize, 1);
    if (m_partRead > m_limits.ratioCheckFromBytes
        && m_partRead > packed * m_limits.maxCompressionRatio) {
        closePart();
        fail(Status::RatioTooHigh, m_current.name, m_partRead / packed);
        return -1;
    }
    if (m_partRead > m_current.size) {
        closePart();
        damaged(m_current.name, Damage::SizeMismatch);
        return -1;
    }
    if (read == 0) {
        // The end: closing verifies the checksum.
        m_file->close();
        const int error = m_file->getZipError();
        m_file.reset();
        if (error != UNZ_OK) {
            damaged(m_current.name, damageOf(error), error);
            return -1;
        }
    }
    return read;
}

void WorkbookArchive::closePart()
{
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
}

} // namespace Ditio
