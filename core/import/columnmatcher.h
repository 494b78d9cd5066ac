#pragma once

#include "model/certificatefield.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Ditio {

// Finds which spreadsheet column holds which certificate field, from the
// header texts HR systems write: Ditio's API names, the app's own titles, and
// the English and Norwegian labels of competence systems (Ansattnr,
// Sertifikattype, Utløpsdato, ...). Matching ignores case, spacing and
// punctuation, then tolerates small typos.
class ColumnMatcher
{
public:
    struct Match
    {
        std::optional<Field> field;
        int score = 0; // 100 exact alias, lower for fuzzy matches, 0 none
    };

    // One match per header; each field is given to at most one column (the best).
    static QList<Match> match(const QStringList &headers);
    static Match matchOne(const QString &header);

    // The row (0-based in rows) that looks most like a header: most cells
    // matching a field, above the data; -1 when none matches two fields.
    static int findHeaderRow(const QList<QStringList> &rows);

    // "Ansatt-nr." -> "ansattnr"
    static QString normalized(const QString &header);
};

} // namespace Ditio
