#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

/// A read-only tree over one JSON document (key, value and type columns) for the detail panes
/// of the Live and Files pages. Children are built when first asked for, so a large document
/// costs little until it is expanded. Documents nested deeper than QJsonDocument accepts, or
/// not JSON at all, show as an error row instead of a tree.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /// Parses \a json and shows it; returns false (and shows why) when it is not JSON.
    bool setJson(const QByteArray &json);
    void clear();
    /// Empty when the last setJson() succeeded.
    QString errorString() const { return m_error; }

    /// The value at \a index as text: strings unquoted, containers as compact JSON.
    QString valueText(const QModelIndex &index) const;
    /// A JSONPath-like path to \a index, e.g. $.user.username or $.symbols[0].symbol.
    QString path(const QModelIndex &index) const;
    /// The index of the node at \a path (as returned by path()), or an invalid index.
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    static void populate(Node *node);

    std::unique_ptr<Node> m_root;
    QString m_error;
};
