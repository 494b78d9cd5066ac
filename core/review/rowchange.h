#pragma once

#include "model/certificatefield.h"

#include <QString>

namespace Ditio {

struct LedgerEntry;

// What sending a row would change in Ditio, judged against the ledger of one
// environment (what this computer sent there; Ditio cannot be asked).
enum class RowChange : quint8 {
    New, // no send of this key was ever confirmed (and none is unclear)
    Update, // Ditio confirmed other values for this key: sending overwrites them
    Unchanged, // Ditio confirmed exactly these values
    Unconfirmed, // these values were sent, but no clear answer came back
};

// "new", "update", "unchanged", "unconfirmed": the command line's JSON.
QString rowChangeKey(RowChange change);
// Translated: "New in Ditio", "Update", "Unchanged", "Sent before but unconfirmed".
QString rowChangeTitle(RowChange change);

// One row's change, with what it is about.
struct RowChangeInfo
{
    RowChange change = RowChange::New;
    // Update: bit fieldIndex(f) set for every field whose value differs from
    // what Ditio confirmed.
    quint8 changedFields = 0;
    // The ledger's entry for the row's key, or nullptr (valid while the
    // ledger lives).
    const LedgerEntry *entry = nullptr;

    bool fieldChanged(Field field) const { return changedFields >> fieldIndex(field) & 1; }
};

} // namespace Ditio
