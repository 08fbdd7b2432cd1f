#pragma once

#include "message/messagequery.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

/// The search input of a file view, one row wide: the query box (its tooltip explains the
/// language), the mode (Query, Text, Regex), Match case, Search, Stop, previous and next, and a
/// label with the count of matches and the progress, or why the query cannot be read. It reads
/// what the user typed and asks for the search; the view runs it and reports back.
class FileSearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit FileSearchBar(QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_edit; }
    /// The box's text read in the chosen mode and case (invalid when it cannot be read).
    MessageQuery query() const;
    /// What the label beside the buttons says: the summary, or the query's error.
    QString summaryText() const;
    /// Find, Stop, Previous and Next: the view adds them to itself so that their shortcuts work
    /// anywhere in it, not only in the bar.
    QList<QAction *> shortcutActions() const;

public slots:
    /// Writes \a text in the box, read in the query language whatever the mode, and asks for it
    /// (what a click on a symbol or an author does).
    void searchFor(const QString &text);
    /// Asks for the box's query (Enter, Search). An invalid query shows its error in the label
    /// with the cursor on the character it names.
    void submit();
    /// Puts the cursor in the box, its text selected (Ctrl+F).
    void focusQuery();
    /// Stop (and Escape) is enabled while a search runs.
    void setSearching(bool searching);
    /// Shows \a summary of the results beside the buttons (empty: nothing).
    void setSummary(const QString &summary);
    /// Shows \a error beside the buttons, and puts the cursor at \a position of the box.
    void setError(const QString &error, int position = -1);

signals:
    /// The user asked for \a query. An invalid one still comes (its error shows in the bar):
    /// the results of the previous query should go.
    void searchRequested(const MessageQuery &query);
    /// Stop or Escape while a search runs.
    void cancelRequested();
    void nextRequested();
    void previousRequested();

private:
    QLineEdit *m_edit;
    QComboBox *m_mode;
    QLabel *m_summary;
    QAction *m_matchCase;
    QAction *m_findAction;
    QAction *m_searchAction;
    QAction *m_stopAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
};
