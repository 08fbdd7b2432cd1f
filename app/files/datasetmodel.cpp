#include "datasetmodel.h"

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
    connect(dataset, &Dataset::finished, this, &DatasetModel::onFinished);
    // A dataset that grows: rows appended to the last file come as new rows, anything else
    // numbers them anew.
    connect(dataset, &Dataset::reordered, this, &DatasetModel::onFinished);
    connect(dataset, &Dataset::grew, this, [this] {
        const int rows = int(std::min<qint64>(m_dataset->rowCount(), INT_MAX));
        if (rows <= m_rows)
            return;
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    });
    if (dataset->isFinished())
        onFinished();
}

void DatasetModel::onFinished()
{
    // The rows exist once the files are in order; a dataset opened again numbers them anew.
    beginResetModel();
    m_cache.clear();
    m_rows = int(std::min<qint64>(m_dataset->rowCount(), INT_MAX));
    endResetModel();
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
    const Dataset::Location at = location(row);
    if (at.file < 0)
        return nullptr;
    FileDocument *document = m_dataset->document(at.file);
    return m_cache.row(document->lineReader(), at.line, m_dataset->lineCount(at.file), row);
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
    default:
        return {};
    }
}
