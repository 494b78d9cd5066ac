#pragma once

#include "model/certificatefield.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Ditio {

class CertificateTableModel;

// What the CSV and XLSX exports put in each row: the six fields as the table
// holds them, then Status and Message, so whoever opens the file sees what
// the window showed.
class ExportTable
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ExportTable)

public:
    static constexpr int ColumnCount = FieldCount + 2;
    static constexpr int StatusColumn = FieldCount; // 0-based
    static constexpr int MessageColumn = FieldCount + 1;

    // The field titles (translated, as the table shows them; the importer
    // maps them back), then "Status" and "Message".
    static QStringList headers();

    // The Status column of the table: "Ready", "Needs fixing" before an
    // upload; "Uploaded", "Rejected", "Unconfirmed" after.
    static QString status(const CertificateTableModel &model, int row);
    // Ditio's words for a rejected or unconfirmed row; otherwise the row's
    // first problem of the worst severity; empty for a row without problems.
    static QString message(const CertificateTableModel &model, int row);

    // "Only rows with problems": rows with an error or a warning, and rows
    // Ditio rejected or did not confirm (they need another look even when
    // every cell is fine). Uploaded rows without warnings are not problems.
    static bool hasProblem(const CertificateTableModel &model, int row);
    // The model rows an export writes, in table order.
    static QList<int> rows(const CertificateTableModel &model, bool onlyProblems);
};

} // namespace Ditio
