#pragma once

#include "model/certificaterow.h"

#include <QByteArray>
#include <QList>

namespace Ditio {

// Realistic certificates for benchmarks: Norwegian types, a few spelling
// variants, duplicates and bad dates at the rates seen in HR exports.
class CertificateGenerator
{
public:
    explicit CertificateGenerator(quint32 seed = 42) : m_seed(seed) { }
    QList<CertificateRow> rows(int count) const;

    // The same certificates as Norwegian Excel saves "CSV (semicolon
    // separated)": Windows-1252, ';', CR LF, dd.MM.yyyy, a header row, an
    // employee name column (æøå) the importer does not use, and notes quoted
    // when they hold a ';' or a quote. About 79 bytes a row.
    QByteArray norwegianExcelCsv(int count) const;

private:
    quint32 m_seed;
};

} // namespace Ditio
