#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Ditio {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    // English is the fallback for any language without a translation (and for
    // the "C" locale of servers): it carries the English plural forms.
    if (appTranslator->load(locale, QStringLiteral("ditio-certs"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral("ditio-certs_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace Ditio
