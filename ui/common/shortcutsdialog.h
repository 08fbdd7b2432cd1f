#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QTreeWidget;

/// Help → Keyboard Shortcuts: every shortcut of a window, read from its actions each time the
/// dialog opens (so the list never goes stale), with a field that filters by action, key or
/// page.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// A page that switches its actions' shortcuts off while hidden keeps each one's keys in
    /// this property (a QKeySequence), so the list shows them from every page.
    static constexpr const char *pageShortcutProperty = "hydrantPageShortcut";
    /// The name of the page (a QString) that an object's actions belong to; actions outside
    /// every page work everywhere in the window.
    static constexpr const char *scopeProperty = "hydrantShortcutScope";

    struct Entry
    {
        QString action; ///< as in its menu, without '&'
        QString keys;   ///< in the platform's notation
        QString where;  ///< the page, or "Everywhere"
        bool operator==(const Entry &other) const = default;
    };

    /// Every action of \a window (its children at any depth) that has a shortcut, sorted by
    /// page, then action; an action that several open files share is listed once.
    static QList<Entry> collect(const QWidget *window);

    explicit ShortcutsDialog(QWidget *window);

    QLineEdit *searchField() const { return m_search; }
    /// The entries the search leaves on show.
    QList<Entry> visibleEntries() const;

private:
    void applySearch(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_list;
};
