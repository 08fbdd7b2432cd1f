#include "layoutcheck.h"

#include "core/appsettings.h"
#include "core/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

namespace LayoutCheck {

QStringList whatDoesNotFit(QWidget &window)
{
    QStringList problems;
    const QRect inside = window.rect();
    for (QToolBar *toolbar : window.findChildren<QToolBar *>()) {
        if (!toolbar->isVisible())
            continue;
        const QString name = toolbar->objectName().isEmpty()
                                 ? QString::fromLatin1(toolbar->parentWidget()->metaObject()->className())
                                 : toolbar->objectName();
        for (QToolButton *button : toolbar->findChildren<QToolButton *>()) {
            if (button->objectName() == QLatin1String("qt_toolbar_ext_button") &&
                button->isVisible()) {
                QStringList hidden;
                for (QAction *action : toolbar->actions()) {
                    QWidget *widget = toolbar->widgetForAction(action);
                    if (widget && !widget->isVisible() && !action->isSeparator())
                        hidden << (action->text().isEmpty()
                                       ? QString::fromLatin1(widget->metaObject()->className())
                                       : action->text());
                }
                problems << QStringLiteral("%1: %2 hidden in the overflow menu")
                                .arg(name, hidden.join(QStringLiteral(", ")));
            }
        }
        for (QWidget *child : toolbar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isVisible() || child->objectName() == QLatin1String("qt_toolbar_ext_button"))
                continue;
            const QRect rect(child->mapTo(&window, QPoint(0, 0)), child->size());
            const QRect bar(toolbar->mapTo(&window, QPoint(0, 0)), toolbar->size());
            if (!bar.contains(rect) || !inside.contains(rect))
                problems << QStringLiteral("%1: %2 cut at x %3..%4")
                                .arg(name, QString::fromLatin1(child->metaObject()->className()))
                                .arg(rect.left())
                                .arg(rect.right());
        }
    }
    // Every label on show (status figures, counts, summaries) lies inside the window.
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QRect rect(label->mapTo(&window, QPoint(0, 0)), label->size());
        if (rect.right() > window.width() || rect.bottom() > window.height())
            problems << QStringLiteral("label \"%1\" ends at %2,%3")
                            .arg(label->text())
                            .arg(rect.right())
                            .arg(rect.bottom());
    }
    // A push button or check box shows its whole text (tool buttons may elide by design).
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty() ||
            qobject_cast<QToolButton *>(button))
            continue;
        if (button->width() < button->sizeHint().width())
            problems << QStringLiteral("button \"%1\" is %2 px wide for a %3 px text")
                            .arg(button->text())
                            .arg(button->width())
                            .arg(button->sizeHint().width());
    }
    return problems;
}

} // namespace LayoutCheck

LanguageForTest::LanguageForTest(const QString &language)
{
    if (language.isEmpty())
        return;
    AppSettings::setLanguage(language);
    const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
    Translations::install(*qApp);
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        if (!before.contains(translator))
            m_installed << translator;
    }
}

LanguageForTest::~LanguageForTest()
{
    for (QTranslator *translator : m_installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    if (!m_installed.isEmpty()) {
        AppSettings::setLanguage(QString());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
}
