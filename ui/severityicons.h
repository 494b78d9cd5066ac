#pragma once

#include "validation/issue.h"

#include <QColor>
#include <QIcon>

QT_BEGIN_NAMESPACE
class QPalette;
QT_END_NAMESPACE

namespace Ditio {

// The small pictures that carry a problem's severity beside its colour, so a
// cell's state never depends on telling red from amber. Drawn rather than
// taken from an icon theme: they must look the same on every desktop.
namespace SeverityIcons {

QIcon icon(Severity severity);
// A green tick: a row that is ready to send.
QIcon okIcon();
QIcon informationIcon();
QIcon calendarIcon();

// The tint behind a cell with a problem, light or dark to suit the palette.
QColor tint(Severity severity, const QPalette &palette);
// The colour of the severity itself (icons, text accents).
QColor accent(Severity severity);

} // namespace SeverityIcons

} // namespace Ditio
