#include "searchresultsmodel.h"

#include "core/displaytimezone.h"
#include "datasetsearch.h"
#include "feed/feedmodel.h"
#include "filesearch.h"

#include <QLocale>

#include <algorithm>
#include <climits>

SearchResultsModel::SearchResultsModel(QAbstractItemModel *document, FileSearch *search,
                                       QObject *parent)
    : SearchResultsModel(
          document, [search]() -> const std::vector<qint64> & { return search->results(); },
          parent)
{
    connect(search, &FileSearch::resultsAdded, this, &SearchResultsModel::onResultsAdded);
}

SearchResultsModel::SearchResultsModel(QAbstractItemModel *document, DatasetSearch *search,
                                       QObject *parent)
    : SearchResultsModel(
          document, [search]() -> const std::vector<qint64> & { return search->results(); },
          parent)
{
    connect(search, &DatasetSearch::resultsAdded, this, &SearchResultsModel::onResultsAdded);
}

SearchResultsModel::SearchResultsModel(QAbstractItemModel *document,
                                       std::function<const std::vector<qint64> &()> results,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_results(std::move(results))
{
    DisplayTimeZone::repaintOnChange(this, FeedModel::TimeColumn);
    // The document's columns change once, when its layout is chosen (a dataset's rows appear
    // all at once).
    connect(document, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void SearchResultsModel::onResultsAdded(qint64 total)
{
    const int rows = int(std::min<qint64>(total, INT_MAX));
    if (rows < m_rows || (rows == 0 && m_rows == 0)) {
        // A new search started: the old results are gone.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows == m_rows)
        return;
    beginInsertRows({}, m_rows, rows - 1);
    m_rows = rows;
    endInsertRows();
}

qint64 SearchResultsModel::lineAt(int row) const
{
    const std::vector<qint64> &results = m_results();
    return row >= 0 && row < m_rows && size_t(row) < results.size() ? results[size_t(row)] : -1;
}

int SearchResultsModel::rowAtOrAfter(qint64 line) const
{
    const std::vector<qint64> &results = m_results();
    const auto end = results.begin() + std::min<qint64>(m_rows, qint64(results.size()));
    return int(std::lower_bound(results.begin(), end, line) - results.begin());
}

int SearchResultsModel::nextRow(qint64 line) const
{
    if (m_rows == 0)
        return -1;
    const int row = rowAtOrAfter(line + 1);
    return row < m_rows ? row : 0;
}

int SearchResultsModel::previousRow(qint64 line) const
{
    if (m_rows == 0)
        return -1;
    const int row = rowAtOrAfter(std::max<qint64>(line, 0)) - 1;
    return row >= 0 ? row : m_rows - 1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->columnCount();
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 line = lineAt(index.row());
    if (line < 0)
        return {};
    if (role == LineRole)
        return line;
    return m_document->data(m_document->index(int(line), index.column()), role);
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The line number, as in the main view.
        const qint64 line = lineAt(section);
        return role == Qt::DisplayRole && line >= 0 ? QVariant(QLocale().toString(line + 1))
                                                    : QVariant();
    }
    return m_document->headerData(section, orientation, role);
}
