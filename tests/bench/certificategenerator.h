#pragma once

#include "model/certificaterow.h"

#include <QList>

namespace Ditio {

// Realistic certificates for benchmarks: Norwegian types, a few spelling
// variants, duplicates and bad dates at the rates seen in HR exports.
class CertificateGenerator
{
public:
    explicit CertificateGenerator(quint32 seed = 42) : m_seed(seed) { }
    QList<CertificateRow> rows(int count) const;

private:
    quint32 m_seed;
};

} // namespace Ditio
