#include "datasetmodel.h"

#include "bookmarkstore.h"
#include "core/displaytimezone.h"
#include "feed/feedmodel.h"
#include "filedocument.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <climits>

DatasetModel::DatasetModel(Dataset *dataset, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dataset(dataset)
{
    DisplayTimeZone::repaintOnChange(this, FeedModel::TimeColumn);
    // Rows come while the files are indexed and as they grow: rows appended come as new rows,
    // anything else (files put in time order, a file added in the middle) numbers them anew.
    connect(dataset, &Dataset::reordered, this, &DatasetModel::renumber);
    connect(dataset, &Dataset::grew, this, [this] {
        const int rows = int(std::min<qint64>(m_dataset->rowCount(), INT_MAX));
        if (rows <= m_rows)
            return;
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        loadBookmarks();
        endInsertRows();
    });
    connect(dataset, &Dataset::finished, this, [this] {
        if (m_rows != int(std::min<qint64>(m_dataset->rowCount(), INT_MAX)))
            renumber(); // a dataset opened again
    });
    renumber();
}

void DatasetModel::renumber()
{
    beginResetModel();
    m_cache.clear();
    m_rows = int(std::min<qint64>(m_dataset->rowCount(), INT_MAX));
    loadBookmarks();
    endResetModel();
}

void DatasetModel::loadBookmarks()
{
    for (int file = 0; file < m_dataset->fileCount(); ++file) {
        const QString path = m_dataset->path(file);
        if (m_bookmarks.contains(path) || m_dataset->lineCount(file) == 0)
            continue;
        const QList<int> lines = BookmarkStore::load(path);
        if (!lines.isEmpty())
            m_bookmarks.insert(path, QSet<int>(lines.begin(), lines.end()));
    }
}

void DatasetModel::saveBookmarks(const QString &path)
{
    QList<int> lines = m_bookmarks.value(path).values();
    std::sort(lines.begin(), lines.end());
    BookmarkStore::save(path, {}, lines);
}

void DatasetModel::setBookmarked(int row, bool bookmarked)
{
    const Dataset::Location at = location(row);
    if (at.file < 0 || at.line > INT_MAX || isBookmarked(row) == bookmarked)
        return;
    const QString path = m_dataset->path(at.file);
    if (bookmarked)
        m_bookmarks[path].insert(int(at.line));
    else
        m_bookmarks[path].remove(int(at.line));
    saveBookmarks(path);
    emit headerDataChanged(Qt::Vertical, row, row);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1), {BookmarkRole});
}

bool DatasetModel::isBookmarked(int row) const
{
    const Dataset::Location at = location(row);
    if (at.file < 0)
        return false;
    const auto it = m_bookmarks.constFind(m_dataset->path(at.file));
    return it != m_bookmarks.constEnd() && it->contains(int(at.line));
}

QList<qint64> DatasetModel::bookmarks() const
{
    QList<qint64> rows;
    for (int file = 0; file < m_dataset->fileCount(); ++file) {
        const auto it = m_bookmarks.constFind(m_dataset->path(file));
        if (it == m_bookmarks.constEnd())
            continue;
        for (const int line : *it) {
            const qint64 row = m_dataset->rowOf(file, line);
            if (row >= 0 && row < m_rows)
                rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DatasetModel::clearBookmarks()
{
    const QList<QString> paths = m_bookmarks.keys();
    m_bookmarks.clear();
    for (const QString &path : paths)
        BookmarkStore::save(path, {}, {});
    if (m_rows > 0)
        emit headerDataChanged(Qt::Vertical, 0, m_rows - 1);
}

Dataset::Location DatasetModel::location(int row) const
{
    if (row < 0 || row >= m_rows)
        return {};
    return m_dataset->locate(row);
}

QString DatasetModel::origin(int row) const
{
    const Dataset::Location at = location(row);
    if (at.file < 0)
        return {};
    //: Where a row of a dataset comes from: a file's name and the line in it.
    return tr("%1, line %2")
        .arg(QFileInfo(m_dataset->path(at.file)).fileName(), QLocale().toString(at.line + 1));
}

const MessageRowCache::Row *DatasetModel::row(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    // The rows around it that are lines of the same file in a row are read with it.
    const DatasetRows::Run run = m_dataset->runAt(row);
    if (run.file < 0)
        return nullptr;
    FileDocument *document = m_dataset->document(run.file);
    return m_cache.row(document->lineReader(), run.firstLine + (row - run.firstRow), run.firstLine,
                       run.firstLine + run.lines, row);
}

Message DatasetModel::message(int row) const
{
    const MessageRowCache::Row *entry = this->row(row);
    return entry ? entry->message : Message();
}

qint64 DatasetModel::lineLength(int row) const
{
    const MessageRowCache::Row *entry = this->row(row);
    return entry ? entry->length : 0;
}

int DatasetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DatasetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(FeedModel::ColumnCount);
}

QVariant DatasetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    switch (role) {
    case LineRole:
        return location(r).line;
    case FileRole:
        return location(r).file;
    case FilePathRole:
        return m_dataset->path(location(r).file);
    case BookmarkRole:
        return isBookmarked(r);
    default:
        break;
    }
    if (!FileDocumentModel::isRowRole(role))
        return {};
    const MessageRowCache::Row *entry = row(r);
    if (!entry)
        return {};
    const QVariant value = FileDocumentModel::messageData(*entry, index.column(), role);
    // Cells without a tooltip of their own say which file the row comes from.
    if (role == Qt::ToolTipRole && !value.isValid())
        return origin(r);
    return value;
}

QVariant DatasetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return role == Qt::DisplayRole ? FileDocumentModel::messageColumnTitle(section)
                                       : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(qint64(section) + 1);
    case Qt::ToolTipRole:
        return origin(section);
    case BookmarkRole:
        return isBookmarked(section);
    default:
        return {};
    }
}
