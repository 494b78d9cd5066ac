#pragma once

#include "rowchange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Ditio {

class CertificateTableModel;
class Ledger;

// What an upload to one environment would do, counted: the review dialog's
// table, the review report's first page and `review`'s summary. A row with
// errors is counted as an error only (it would not be sent); a valid row by
// its change. Blank rows are not counted.
struct ReviewSummary
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ReviewSummary)
public:
    struct Counts
    {
        int newRows = 0;
        int updates = 0;
        int unchanged = 0;
        int unconfirmed = 0;
        int errors = 0; // rows with errors
        int unknownEmployees = 0; // rows whose employee the register does not list
        int rows = 0; // every row counted

        // Rows "Upload Changes" would send: new, update and unconfirmed.
        int toSend() const { return newRows + updates + unconfirmed; }
        void add(const Counts &other);
        bool operator==(const Counts &other) const = default;
    };
    struct TypeCounts
    {
        QString certificateType; // exactly as in the rows
        Counts counts;
    };

    Counts total;
    QList<TypeCounts> byType; // sorted by type, case-insensitively

    // Rows of the table, classified against ledger (nullptr: an empty one).
    static ReviewSummary build(const CertificateTableModel &model, const Ledger *ledger);
    // The same from classifications already made (result of classifyAll).
    static ReviewSummary build(const CertificateTableModel &model,
                               const QList<RowChangeInfo> &changes);
};

} // namespace Ditio
