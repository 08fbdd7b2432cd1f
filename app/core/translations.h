#pragma once

class QCoreApplication;

/// Installs the translators for the user's language (or the override from Preferences):
/// Hydrant's own catalogue from the resources and Qt's catalogue for its standard dialogs.
namespace Translations {

void install(QCoreApplication &app);

} // namespace Translations
