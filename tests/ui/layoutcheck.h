#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;
class QWidget;

namespace LayoutCheck {

/// What does not fit \a window: a toolbar whose actions overflow into its "»" menu, a widget
/// cut by its toolbar or the window's edge, a label on show that ends outside the window, a
/// button or check box narrower than its text.
QStringList whatDoesNotFit(QWidget &window);

} // namespace LayoutCheck

/// Installs the catalogues of \a language (as Preferences does) for the life of this object;
/// an empty language leaves English.
class LanguageForTest
{
public:
    explicit LanguageForTest(const QString &language);
    ~LanguageForTest();
    LanguageForTest(const LanguageForTest &) = delete;
    LanguageForTest &operator=(const LanguageForTest &) = delete;
    bool installed() const { return !m_installed.isEmpty(); }

private:
    QList<QTranslator *> m_installed;
};
