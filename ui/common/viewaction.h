#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

/// A new action of \a owner, added to it: its shortcut \a keys works while the focus is anywhere
/// inside \a owner, and its tooltip is \a tip followed by the keys as the platform writes them.
QAction *addViewAction(QWidget *owner, const QString &text, const QKeySequence &keys,
                       const QString &tip);
