#pragma once

#include "message/message.h"
#include "message/messagequery.h"

#include <QWidget>

class JsonTreeModel;
class QLabel;
class QStackedWidget;
class QToolButton;
class QTreeView;

/// One message in full, for the Live and Files pages: author, local time (UTC on hover), the
/// text with $cashtags, @mentions and links highlighted, symbols, a sentiment badge, and below
/// it a collapsible tree of the raw JSON with Copy value / Copy path.
class MessageDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit MessageDetailView(QWidget *parent = nullptr);
    ~MessageDetailView() override;

    void setMessage(const Message &message);
    /// Shows \a message read from a line of \a lineLength bytes. When only the start of a longer
    /// line was read, the view says the line is shown cut: a cut line does not parse, but that
    /// does not make it malformed.
    void setMessage(const Message &message, qint64 lineLength);
    /// Shows the placeholder ("Select a message…").
    void clear();
    const Message &message() const { return m_message; }
    bool hasMessage() const { return m_hasMessage; }

    JsonTreeModel *jsonModel() const { return m_jsonModel; }
    QTreeView *jsonView() const { return m_tree; }
    /// Shows or hides the JSON tree (remembered across messages).
    void setJsonTreeVisible(bool visible);
    bool isJsonTreeVisible() const;

    /// Marks in the text what \a query's words, phrases and regular expressions find, as the
    /// tables do (an empty query: nothing).
    void setHighlight(const MessageQuery &query);

    using Spans = std::vector<std::pair<qsizetype, qsizetype>>;
    /// \a text as HTML with links for URLs, $cashtags (symbol:X) and @mentions (user:X), and
    /// the spans \a matches (start, length; ascending) marked.
    static QString highlightedHtml(const QString &text, const Spans &matches = {});

public slots:
    void copyValue();
    void copyPath();
    void copyJson();

signals:
    /// The user clicked a $cashtag or a symbol chip.
    void symbolActivated(const QString &symbol);
    /// The user clicked the author or an @mention.
    void authorActivated(const QString &author);

private:
    void onLinkActivated(const QString &link);
    /// The message's time in the display zone (again when the zone changes).
    void showTime();
    void showText();
    void showTreeMenu(const QPoint &pos);

    Message m_message;
    bool m_hasMessage = false;
    MessageQuery m_highlight;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_author;
    QLabel *m_time;
    QLabel *m_meta;
    QLabel *m_sentiment;
    QLabel *m_text;
    QLabel *m_symbols;
    QToolButton *m_treeToggle;
    QWidget *m_treeBox;
    QTreeView *m_tree;
    QLabel *m_treeError;
    JsonTreeModel *m_jsonModel;
};
