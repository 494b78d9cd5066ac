#pragma once

#include "exportresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Ditio {

// A blank workbook for whoever fills in certificates: the field titles the
// importer maps (in the current language; ColumnMatcher knows both), employee
// and certificate number columns formatted as text so leading zeros survive
// typing, date columns formatted dd.mm.yyyy so typed dates become real
// dates, a frozen header and some formatted empty rows.
class XlsxTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::XlsxTemplate)

public:
    static constexpr int FormattedRows = 50;

    static QStringList headers();
    static ExportResult write(const QString &path);
};

} // namespace Ditio
