#pragma once

#include "certificatefield.h"

#include <QList>
#include <QString>

namespace Ditio {

// One cell's text before and after an edit: the unit every undo command is
// built from.
struct CellChange
{
    int row = 0;
    Field field = Field::EmployeeNumber;
    QString before;
    QString after;
};

using CellChanges = QList<CellChange>;

} // namespace Ditio
