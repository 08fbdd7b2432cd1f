#include "viewaction.h"

#include <QAction>
#include <QWidget>

QAction *addViewAction(QWidget *owner, const QString &text, const QKeySequence &keys,
                       const QString &tip)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(keys.isEmpty() ? tip
                                      : QStringLiteral("%1 (%2)").arg(
                                            tip, keys.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}
