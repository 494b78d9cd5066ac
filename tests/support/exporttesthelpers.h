#pragma once

// Shared by the export tests: a table on the tests' fixed day, and the parts
// of a written workbook.

#include "testhelpers.h"

#include <QByteArray>
#include <QString>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <memory>

namespace DitioTest {

inline const Ditio::Clock *fixedClock()
{
    static const Ditio::FixedClock clock(fixedNow());
    return &clock;
}

// A model over the rows, validated on fixedToday().
inline std::unique_ptr<Ditio::CertificateTableModel>
makeModel(const QList<Ditio::CertificateRow> &rows)
{
    auto model = std::make_unique<Ditio::CertificateTableModel>();
    model->setClock(fixedClock());
    model->setRows(rows);
    return model;
}

// One part of a zip (an .xlsx), or a null array when it is not there.
inline QByteArray zipPart(const QString &path, const QString &part)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(part))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace DitioTest
