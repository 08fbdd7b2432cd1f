#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString scopeOf(const QObject *object)
{
    for (; object; object = object->parent()) {
        const QVariant scope = object->property(ShortcutsDialog::scopeProperty);
        if (scope.isValid())
            return scope.toString();
    }
    return ShortcutsDialog::tr("Everywhere");
}

QList<QKeySequence> keysOf(const QAction *action)
{
    QList<QKeySequence> keys = action->shortcuts();
    keys.removeAll(QKeySequence());
    if (keys.isEmpty()) {
        const QKeySequence page =
            action->property(ShortcutsDialog::pageShortcutProperty).value<QKeySequence>();
        if (!page.isEmpty())
            keys << page;
    }
    return keys;
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    for (const QAction *action : window->findChildren<QAction *>()) {
        const QList<QKeySequence> keys = keysOf(action);
        if (keys.isEmpty() || action->isSeparator())
            continue;
        QStringList written;
        for (const QKeySequence &key : keys)
            written << key.toString(QKeySequence::NativeText);
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        if (name.isEmpty())
            name = action->toolTip();
        const Entry entry{name, written.join(QStringLiteral(", ")), scopeOf(action)};
        if (!entries.contains(entry))
            entries << entry;
    }
    const QString everywhere = tr("Everywhere");
    std::sort(entries.begin(), entries.end(), [&everywhere](const Entry &a, const Entry &b) {
        // The window's own shortcuts first, then page by page.
        const bool aEverywhere = a.where == everywhere;
        const bool bEverywhere = b.where == everywhere;
        if (aEverywhere != bEverywhere)
            return aEverywhere;
        if (a.where != b.where)
            return a.where.localeAwareCompare(b.where) < 0;
        return a.action.localeAwareCompare(b.action) < 0;
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by action, key or page"));
    m_search->setClearButtonEnabled(true);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const Entry &entry : collect(window))
        new QTreeWidgetItem(m_list, {entry.action, entry.keys, entry.where});

    auto *note = new QLabel(
        tr("A file's shortcuts are listed while a file is open in the Files page."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 520);

    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applySearch);
    m_search->setFocus();
}

void ShortcutsDialog::applySearch(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const QString haystack = item->text(0) + QLatin1Char(' ') + item->text(1) +
                                 QLatin1Char(' ') + item->text(2);
        const bool match = std::all_of(words.begin(), words.end(), [&](const QString &word) {
            return haystack.contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!match);
    }
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::visibleEntries() const
{
    QList<Entry> entries;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (!item->isHidden())
            entries << Entry{item->text(0), item->text(1), item->text(2)};
    }
    return entries;
}
