#include "exporttarget.h"

#include <QDir>
#include <QFileInfo>

namespace Ditio {

ExportTarget::ExportTarget(const QString &path) : m_path(path), m_file(path) { }

ExportTarget::~ExportTarget()
{
    m_file.discard();
}

void ExportTarget::fail(const QString &why)
{
    if (m_error.isEmpty()) {
        // "zip error -1" over a write the disk refused: the disk's reason says more.
        m_error = tr("%1 cannot be written: %2.")
                          .arg(QDir::toNativeSeparators(m_path),
                               m_file.hasFailed() ? m_file.reason() : why);
    }
    m_file.discard();
}

bool ExportTarget::open()
{
    const QFileInfo info(m_path);
    if (info.isDir()) {
        fail(tr("it is a folder"));
        return false;
    }
    if (!info.absoluteDir().exists()) {
        fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        fail(m_file.reason());
        return false;
    }
    return true;
}

bool ExportTarget::write(QByteArrayView bytes)
{
    if (hasFailed())
        return false;
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size()) {
        fail(m_file.reason());
        return false;
    }
    return true;
}

bool ExportTarget::commit()
{
    if (hasFailed() || !m_file.isOpen()) {
        cancel();
        return false;
    }
    if (!m_file.commit()) {
        fail(m_file.reason());
        return false;
    }
    return true;
}

void ExportTarget::cancel()
{
    m_file.discard();
}

} // namespace Ditio
