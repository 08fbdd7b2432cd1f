#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key;         ///< object key; empty for array elements (see arrayIndex)
    int arrayIndex = -1; ///< index within an array parent
    QJsonValue value;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;

    bool isContainer() const { return value.isObject() || value.isArray(); }
    qsizetype childCount() const
    {
        return value.isObject()  ? value.toObject().size()
               : value.isArray() ? value.toArray().size()
                                 : 0;
    }
};

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonTreeModel::tr("null");
    case QJsonValue::Bool:
        return JsonTreeModel::tr("boolean");
    case QJsonValue::Double:
        return JsonTreeModel::tr("number");
    case QJsonValue::String:
        return JsonTreeModel::tr("string");
    case QJsonValue::Array:
        return JsonTreeModel::tr("array");
    case QJsonValue::Object:
        return JsonTreeModel::tr("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString numberText(double d)
{
    // Ids are large integers: print them whole, not in exponent form.
    if (d == double(qint64(d)) && std::abs(d) < 9.007199254740992e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

bool isPlainKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return plain.match(key).hasMatch();
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_error.clear();
    endResetModel();
}

bool JsonTreeModel::setJson(const QByteArray &json)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        m_error = tr("Not valid JSON at byte %1: %2")
                      .arg(QLocale().toString(error.offset), error.errorString());
    } else {
        m_error.clear();
        m_root->value =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    endResetModel();
    return m_error.isEmpty();
}

void JsonTreeModel::populate(Node *node)
{
    if (node->populated)
        return;
    node->populated = true;
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(size_t(object.size()));
        int row = 0;
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = row++;
            child->key = it.key();
            child->value = it.value();
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(size_t(array.size()));
        for (int i = 0; i < array.size(); ++i) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = i;
            child->arrayIndex = i;
            child->value = array.at(i);
            node->children.push_back(std::move(child));
        }
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    Node *node = nodeFor(parent);
    populate(node);
    if (size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->childCount());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    const QJsonValue &value = nodeFor(index)->value;
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    QStringList parts;
    for (const Node *node = nodeFor(index); node && node != m_root.get(); node = node->parent) {
        if (node->arrayIndex >= 0)
            parts.prepend(QStringLiteral("[%1]").arg(node->arrayIndex));
        else if (isPlainKey(node->key))
            parts.prepend(QLatin1Char('.') + node->key);
        else
            parts.prepend(
                QStringLiteral("[\"%1\"]")
                    .arg(QString(node->key).replace(QLatin1Char('"'), QLatin1String("\\\""))));
    }
    return QLatin1Char('$') + parts.join(QString());
}

QModelIndex JsonTreeModel::indexForPath(const QString &wanted) const
{
    // Walks down by comparing each child's path prefix; documents are small enough for that.
    QModelIndex current;
    while (path(current) != wanted) {
        bool descended = false;
        const int rows = rowCount(current);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = index(row, 0, current);
            const QString childPath = path(child);
            if (wanted == childPath || (wanted.startsWith(childPath) &&
                                        (wanted.at(childPath.size()) == QLatin1Char('.') ||
                                         wanted.at(childPath.size()) == QLatin1Char('[')))) {
                current = child;
                descended = true;
                break;
            }
        }
        if (!descended)
            return {};
    }
    return current;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KeyColumn:
            return node->arrayIndex >= 0 ? QStringLiteral("[%1]").arg(node->arrayIndex) : node->key;
        case ValueColumn:
            // The count in the container's own brackets, as browsers' JSON viewers show it.
            if (node->value.isObject())
                return QStringLiteral("{%1}").arg(QLocale().toString(node->childCount()));
            if (node->value.isArray())
                return QStringLiteral("[%1]").arg(QLocale().toString(node->childCount()));
            if (node->value.isString()) {
                // One line in the tree; the tooltip and "Copy value" have it all.
                QString text = node->value.toString().left(2000);
                text.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
                return QLatin1Char('"') + text + QLatin1Char('"');
            }
            return valueText(index);
        case TypeColumn:
            return typeName(node->value);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ValueColumn && node->value.isString())
        return node->value.toString().left(5000);
    if (role == Qt::ToolTipRole && index.column() == KeyColumn)
        return path(index);
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}
