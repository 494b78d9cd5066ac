#pragma once

class QCoreApplication;

namespace Ditio {

// Loads Qt's own and the app's translations for the system language (English
// text is built in). Both programs call it before printing or showing anything.
void installTranslations(QCoreApplication &app);

} // namespace Ditio
