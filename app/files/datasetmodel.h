#pragma once

#include "dataset.h"
#include "filedocumentmodel.h"
#include "messagerowcache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

/// The rows of a Dataset as one table in time order: each row is a line of one of its files,
/// read through that file's document and parsed only when a view asks for it (the same row
/// cache and the same columns as a single file's FileDocumentModel). The rows appear at once
/// when the dataset has indexed every file and put them in order; until then the table is
/// empty. Each row knows its file (FileRole, FilePathRole, the tooltip of its line number) and
/// its line in that file (LineRole). Lines can be bookmarked (BookmarkRole).
class DatasetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The roles of FileDocumentModel keep their meaning (a file's table and a dataset's are
    /// painted and read alike); LineRole is the line in the row's own file.
    enum Role {
        MessageRole = FileDocumentModel::MessageRole,
        RawJsonRole = FileDocumentModel::RawJsonRole,
        KindRole = FileDocumentModel::KindRole,
        SentimentRole = FileDocumentModel::SentimentRole,
        SymbolsRole = FileDocumentModel::SymbolsRole,
        TimeRole = FileDocumentModel::TimeRole,
        LineRole = FileDocumentModel::LineRole, ///< qint64: the line in its file, from 0
        LineLengthRole = FileDocumentModel::LineLengthRole, ///< qint64: the line's full length
        BookmarkRole = FileDocumentModel::BookmarkRole, ///< bool (also on the vertical header)
        FileRole = Qt::UserRole + 60,                       ///< int: the file, in dataset order
        FilePathRole,                                       ///< QString: the file's path
    };

    explicit DatasetModel(Dataset *dataset, QObject *parent = nullptr);

    Dataset *dataset() const { return m_dataset; }
    /// The file and line of \a row (file -1 when the row does not exist).
    Dataset::Location location(int row) const;
    /// "day.jsonl.gz, line 12": where \a row comes from, in words.
    QString origin(int row) const;

    /// Bookmarks belong to a file's lines: kept between runs in each file's BookmarkStore, so a
    /// line bookmarked in a dataset is bookmarked in the file's own tab too, and they stay on
    /// their lines when the dataset's rows are numbered anew.
    void setBookmarked(int row, bool bookmarked);
    bool isBookmarked(int row) const;
    /// The bookmarked rows, ascending.
    QList<qint64> bookmarks() const;
    void clearBookmarks();

    /// The normalised message of \a row (parsed on demand, cached).
    Message message(int row) const;
    qint64 lineLength(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void renumber();
    void loadBookmarks();
    void saveBookmarks(const QString &path);
    const MessageRowCache::Row *row(int row) const;

    Dataset *m_dataset;
    int m_rows = 0;
    mutable MessageRowCache m_cache;
    QHash<QString, QSet<int>> m_bookmarks; ///< each file's bookmarked lines, by its path
};
