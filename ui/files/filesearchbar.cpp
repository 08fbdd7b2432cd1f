#include "filesearchbar.h"

#include "common/viewaction.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace {

QString searchHelp()
{
    return FileSearchBar::tr(
               "<p>Searches the whole file; matching lines fill the pane below.</p><ul>"
               "<li><b>Query</b>: the query language below</li>"
               "<li><b>Text</b>: the exact text, even if it looks like a query</li>"
               "<li><b>Regex</b>: one regular expression on the text</li></ul>") +
           MessageQuery::syntaxHelp();
}

} // namespace

FileSearchBar::FileSearchBar(QWidget *parent)
    : QWidget(parent)
{
    m_findAction = addViewAction(this, tr("Find"), QKeySequence::Find, tr("Search"));
    m_searchAction = addViewAction(this, tr("Search"), {}, tr("Search the whole file"));
    m_stopAction =
        addViewAction(this, tr("Stop"), QKeySequence(Qt::Key_Escape), tr("Stop the search"));
    m_nextAction = addViewAction(this, tr("Next"), QKeySequence::FindNext,
                                 tr("Next match after the selected line"));
    m_previousAction = addViewAction(this, tr("Previous"), QKeySequence::FindPrevious,
                                     tr("Previous match before the selected line"));
    // Arrows on the buttons (the tooltips and menus say it in words).
    m_previousAction->setIconText(QStringLiteral("↑"));
    m_nextAction->setIconText(QStringLiteral("↓"));
    m_matchCase = new QAction(tr("Aa"), this);
    m_matchCase->setCheckable(true);
    m_matchCase->setToolTip(tr("Match case"));
    m_stopAction->setEnabled(false);
    connect(m_findAction, &QAction::triggered, this, &FileSearchBar::focusQuery);
    connect(m_searchAction, &QAction::triggered, this, &FileSearchBar::submit);
    connect(m_stopAction, &QAction::triggered, this, &FileSearchBar::cancelRequested);
    connect(m_nextAction, &QAction::triggered, this, &FileSearchBar::nextRequested);
    connect(m_previousAction, &QAction::triggered, this, &FileSearchBar::previousRequested);

    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Search: words, $TSLA, @user, sentiment:bullish, OR, NOT …"));
    m_edit->setToolTip(searchHelp());
    // Takes the spare width, down to a short query's.
    m_edit->setMinimumWidth(180);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_edit, &QLineEdit::returnPressed, this, &FileSearchBar::submit);

    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Query"), int(MessageQuery::Syntax::Query));
    m_mode->addItem(tr("Text"), int(MessageQuery::Syntax::Phrase));
    m_mode->addItem(tr("Regex"), int(MessageQuery::Syntax::Regex));
    m_mode->setToolTip(searchHelp());

    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_mode);
    for (QAction *action :
         {m_matchCase, m_searchAction, m_stopAction, m_previousAction, m_nextAction}) {
        // Buttons as a toolbar makes them: flat, and leaving the focus where it is.
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
    }
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QList<QAction *> FileSearchBar::shortcutActions() const
{
    return {m_findAction, m_stopAction, m_nextAction, m_previousAction};
}

MessageQuery FileSearchBar::query() const
{
    return MessageQuery::parse(m_edit->text(), MessageQuery::Syntax(m_mode->currentData().toInt()),
                               m_matchCase->isChecked());
}

QString FileSearchBar::summaryText() const
{
    return m_summary->text();
}

void FileSearchBar::searchFor(const QString &text)
{
    // Click-throughs (charts, detail pane) write queries: read them as one.
    m_mode->setCurrentIndex(m_mode->findData(int(MessageQuery::Syntax::Query)));
    m_edit->setText(text);
    submit();
}

void FileSearchBar::submit()
{
    const MessageQuery query = this->query();
    if (query.isValid())
        setSummary({});
    else
        setError(query.errorString(), query.errorPosition());
    emit searchRequested(query);
}

void FileSearchBar::focusQuery()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FileSearchBar::setSearching(bool searching)
{
    m_stopAction->setEnabled(searching);
}

void FileSearchBar::setSummary(const QString &summary)
{
    m_summary->setStyleSheet(QString());
    m_summary->setText(summary);
}

void FileSearchBar::setError(const QString &error, int position)
{
    m_summary->setText(error);
    m_summary->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    if (position >= 0)
        m_edit->setCursorPosition(position);
    m_edit->setFocus();
}
