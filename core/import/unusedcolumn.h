#pragma once

#include "model/certificatefield.h"

#include <QString>

#include <optional>

namespace Ditio {

// A column of the file that gave no field: its header named nothing Ditio
// has, or a field another column already gave (repeats).
struct UnusedColumn
{
    int column = 0; // 1-based, as the file counts them
    QString header;
    std::optional<Field> repeats;
};

} // namespace Ditio
