#include "translations.h"

#include "core/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app)
{
    const QString override = AppSettings::language();
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    if (!override.isEmpty())
        QLocale::setDefault(locale);

    // Without a catalogue for the language (the C locale of a minimal system, a language not
    // translated yet) the text is English: the English catalogue gives it its plurals.
    auto *hydrant = new QTranslator(&app);
    if (hydrant->load(locale, QStringLiteral("hydrant"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        hydrant->load(QStringLiteral("hydrant_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(hydrant);
    else
        delete hydrant;

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Translations
