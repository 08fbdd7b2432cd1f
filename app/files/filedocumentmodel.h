#pragma once

#include "feed/feedmodel.h"
#include "message/message.h"
#include "messagerowcache.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

class FileDocument;

/// The rows of a FileDocument as a table, parsed only when a view asks for them: a block of
/// lines around the requested row is read and normalised at once and kept in a small LRU
/// cache. Rows appear in batches while the file is indexed. Files of messages get the live
/// feed's columns (Time, Author, Symbols, Sentiment, Text, Likes, Source); other JSON gets one
/// column per top-level key of its first lines.
class FileDocumentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The live feed's roles keep their numbers, so its item delegate paints these rows too.
    enum Role {
        MessageRole = FeedModel::MessageRole,     ///< the row's Message (raw cut at rowByteLimit)
        RawJsonRole = FeedModel::RawJsonRole,     ///< QByteArray: the line (cut at rowByteLimit)
        KindRole = FeedModel::KindRole,           ///< int: Message::Kind
        SentimentRole = FeedModel::SentimentRole, ///< int: Message::Sentiment
        SymbolsRole = FeedModel::SymbolsRole,     ///< QStringList
        TimeRole = FeedModel::TimeRole,           ///< QDateTime (UTC)
        LineRole = Qt::UserRole + 50,             ///< qint64: the line number, from 0
        LineLengthRole,                           ///< qint64: the full length of the line in bytes
        BookmarkRole,                             ///< bool (also on the vertical header)
    };
    enum class Layout { Messages, Generic };

    /// Lines longer than this are shown cut (the detail view can load them whole).
    static constexpr qint64 rowByteLimit = MessageRowCache::rowByteLimit;
    static constexpr int maxGenericColumns = 16;

    explicit FileDocumentModel(FileDocument *document, QObject *parent = nullptr);
    ~FileDocumentModel() override;

    FileDocument *document() const { return m_document; }
    Layout layout() const { return m_layout; }
    QStringList genericKeys() const { return m_keys; }

    /// The normalised message of \a row (parsed on demand, cached).
    Message message(int row) const;
    qint64 lineLength(int row) const;

    void setBookmarked(int row, bool bookmarked);
    bool isBookmarked(int row) const { return m_bookmarks.contains(row); }
    /// The bookmarked rows, ascending.
    QList<int> bookmarks() const;
    void clearBookmarks();
    /// Keeps the bookmarks between runs (BookmarkStore, under the document's path and member):
    /// they come back once every row they name exists, and each change is saved. Off by
    /// default.
    void setBookmarksKept(bool kept);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Text shown for a generic row in key column \a key.
    static QString genericText(const QJsonObject &object, const QString &key);
    /// What a row of messages shows in the live feed's columns (FeedModel::Column) for \a role:
    /// the display text, tooltips, alignment and the message roles above (not LineRole nor
    /// BookmarkRole). Every table of a file's or a dataset's lines shows rows by this rule.
    static QVariant messageData(const MessageRowCache::Row &row, int column, int role);
    /// The roles messageData() answers (a view's other roles read no line).
    static bool isRowRole(int role);
    /// The title of column \a section of a table of messages.
    static QVariant messageColumnTitle(int section);

private:
    using Row = MessageRowCache::Row;

    void onLinesAdded(qint64 total);
    void onReset();
    void addRows(int rows);
    void restoreBookmarks();
    void saveBookmarks();
    void chooseLayout();
    const Row *row(int row) const;

    FileDocument *m_document;
    int m_rows = 0;
    Layout m_layout = Layout::Messages;
    bool m_layoutChosen = false;
    QStringList m_keys;
    QSet<int> m_bookmarks;
    bool m_keepBookmarks = false;
    bool m_bookmarksRestored = false;
    mutable MessageRowCache m_cache;
};
