#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <vector>

class DatasetSearch;
class FileSearch;

/// The second pane of the Files page (klogg's filtered view): one row per matching line with the
/// searched table's own columns (and its line number in the vertical header), growing while the
/// search runs. The table is a file's (FileDocumentModel, searched by a FileSearch) or a
/// dataset's (DatasetModel, searched by a DatasetSearch); a "line" is a row of that table.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { LineRole = Qt::UserRole + 100 }; ///< qint64: the document line of a result row

    SearchResultsModel(QAbstractItemModel *document, FileSearch *search, QObject *parent = nullptr);
    SearchResultsModel(QAbstractItemModel *document, DatasetSearch *search,
                       QObject *parent = nullptr);

    /// The document line of result \a row (-1 when out of range).
    qint64 lineAt(int row) const;
    /// The first result row at or after document line \a line (rowCount() when none).
    int rowAtOrAfter(qint64 line) const;
    /// The result row Next goes to from document line \a line (-1: none selected): the first
    /// after it, else the first (it wraps around); -1 without results.
    int nextRow(qint64 line) const;
    /// The result row Previous goes to: the last before \a line, else the last; -1 without
    /// results.
    int previousRow(qint64 line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SearchResultsModel(QAbstractItemModel *document,
                       std::function<const std::vector<qint64> &()> results, QObject *parent);
    void onResultsAdded(qint64 total);

    QAbstractItemModel *m_document;
    std::function<const std::vector<qint64> &()> m_results;
    int m_rows = 0;
};
