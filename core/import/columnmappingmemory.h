#pragma once

#include "columnmapping.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

class QSettings;

namespace Ditio {

// The column mappings the user confirmed, remembered per header layout (the
// header texts in order, compared like ColumnMatcher::normalized), so the
// next file with the same layout is mapped the same way without asking. Kept
// in the app's QSettings (organisation "Ditio", application "ditio-certs":
// the GUI and the command line share them), under "columnMappings/<key>".
class ColumnMappingMemory
{
public:
    struct Remembered
    {
        ColumnMapping mapping;
        QDateTime confirmedAt;
    };

    // settings is not owned and must outlive this object.
    explicit ColumnMappingMemory(QSettings *settings);

    // The key of a header layout: a hash of the normalised header texts in
    // order (trailing empty headers do not count).
    static QString layoutKey(const QStringList &headers);

    std::optional<Remembered> recall(const QStringList &headers) const;
    // Replaces what was remembered for this layout.
    void remember(const ColumnMapping &mapping, const QDateTime &confirmedAt);
    void forget(const QStringList &headers);

private:
    QSettings *m_settings;
};

} // namespace Ditio
