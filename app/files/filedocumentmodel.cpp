#include "filedocumentmodel.h"

#include "message/messagecolumns.h"

#include "bookmarkstore.h"
#include "core/displaytimezone.h"
#include "feed/feedmodel.h"
#include "filedocument.h"
#include "linereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <iterator>

#include <simdjson.h>

#include <climits>

namespace {

constexpr int layoutSampleLines = 200;

QString oneLine(QString text, int limit)
{
    text.truncate(limit);
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

FileDocumentModel::FileDocumentModel(FileDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &FileDocument::linesAdded, this, &FileDocumentModel::onLinesAdded);
    DisplayTimeZone::repaintOnChange(this, FeedModel::TimeColumn);
    connect(document, &FileDocument::reset, this, &FileDocumentModel::onReset);
    if (document->lineCount() > 0)
        onLinesAdded(document->lineCount());
}

FileDocumentModel::~FileDocumentModel() = default;

void FileDocumentModel::onLinesAdded(qint64 total)
{
    addRows(int(std::min<qint64>(total, INT_MAX)));
    restoreBookmarks();
}

void FileDocumentModel::onReset()
{
    // The file is read again from the start (it was replaced): its rows and layout go.
    beginResetModel();
    m_rows = 0;
    m_layoutChosen = false;
    m_layout = Layout::Messages;
    m_keys.clear();
    m_cache.clear();
    m_cache.setParseObjects(false);
    m_bookmarks.clear();
    m_bookmarksRestored = false;
    endResetModel();
}

void FileDocumentModel::addRows(int rows)
{
    if (!m_layoutChosen) {
        chooseLayout();
        if (m_layout == Layout::Generic) {
            // The columns changed with the layout.
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        }
    }
    if (rows <= m_rows)
        return;
    beginInsertRows({}, m_rows, rows - 1);
    m_rows = rows;
    endInsertRows();
}

void FileDocumentModel::chooseLayout()
{
    m_layoutChosen = true;
    const qint64 sample = std::min<qint64>(m_document->lineCount(), layoutSampleLines);
    int known = 0, generic = 0;
    QStringList keys;
    simdjson::dom::parser parser; // QJsonObject sorts its keys; the file's order reads better
    std::vector<std::unique_ptr<Row>> rows; // the first screen comes from these
    m_document->lineReader().forEachLine(
        0, sample, rowByteLimit, [&](qint64, QByteArrayView line, qint64 length) {
            rows.push_back(m_cache.parse(line, length));
            const Message &message = rows.back()->message;
            switch (message.kind) {
            case Message::Kind::StockTwits:
            case Message::Kind::ActivityStreams:
            case Message::Kind::Twitter:
                ++known;
                break;
            case Message::Kind::Generic: {
                ++generic;
                simdjson::dom::object object;
                if (parser.parse(message.raw.constData(), size_t(message.raw.size()))
                        .get_object()
                        .get(object))
                    break;
                for (auto [key, value] : object) {
                    const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
                    if (keys.size() < maxGenericColumns && !keys.contains(name))
                        keys.append(name);
                }
                break;
            }
            default:
                break;
            }
            return true;
        });
    if (generic > known && !keys.isEmpty()) {
        m_layout = Layout::Generic;
        m_keys = keys;
        m_cache.setParseObjects(true);
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        if (m_layout == Layout::Generic && rows[i]->message.kind == Message::Kind::Generic)
            rows[i]->object = QJsonDocument::fromJson(rows[i]->message.raw).object();
        m_cache.insert(qint64(i), std::move(rows[i]));
    }
}

int FileDocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FileDocumentModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_layout == Layout::Generic ? int(m_keys.size()) : int(FeedModel::ColumnCount);
}

const FileDocumentModel::Row *FileDocumentModel::row(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    return m_cache.row(m_document->lineReader(), row, 0, m_rows, row);
}

Message FileDocumentModel::message(int row) const
{
    const Row *entry = this->row(row);
    return entry ? entry->message : Message();
}

qint64 FileDocumentModel::lineLength(int row) const
{
    const Row *entry = this->row(row);
    return entry ? entry->length : 0;
}

void FileDocumentModel::setBookmarked(int row, bool bookmarked)
{
    if (row < 0 || row >= m_rows || bookmarked == m_bookmarks.contains(row))
        return;
    if (bookmarked)
        m_bookmarks.insert(row);
    else
        m_bookmarks.remove(row);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1), {BookmarkRole});
    emit headerDataChanged(Qt::Vertical, row, row);
    saveBookmarks();
}

void FileDocumentModel::clearBookmarks()
{
    if (m_bookmarks.isEmpty())
        return;
    const QList<int> rows = bookmarks();
    m_bookmarks.clear();
    emit dataChanged(index(rows.front(), 0), index(rows.back(), columnCount() - 1), {BookmarkRole});
    emit headerDataChanged(Qt::Vertical, rows.front(), rows.back());
    saveBookmarks();
}

void FileDocumentModel::setBookmarksKept(bool kept)
{
    if (kept && !m_keepBookmarks)
        connect(m_document, &FileDocument::indexingFinished, this,
                &FileDocumentModel::restoreBookmarks);
    m_keepBookmarks = kept;
    restoreBookmarks();
}

void FileDocumentModel::restoreBookmarks()
{
    if (!m_keepBookmarks || m_bookmarksRestored || m_rows == 0)
        return;
    const QList<int> rows = BookmarkStore::load(m_document->path(), m_document->memberPath());
    // Rows appear while the file is indexed: restore once all of them can exist.
    if (m_document->status() != FileDocument::Status::Ready) {
        const int highest = rows.isEmpty() ? -1 : *std::max_element(rows.begin(), rows.end());
        if (highest >= m_rows)
            return;
    }
    for (const int row : rows)
        setBookmarked(row, true);
    m_bookmarksRestored = true;
}

void FileDocumentModel::saveBookmarks()
{
    if (m_keepBookmarks && m_bookmarksRestored)
        BookmarkStore::save(m_document->path(), m_document->memberPath(), bookmarks());
}

QList<int> FileDocumentModel::bookmarks() const
{
    QList<int> rows(m_bookmarks.begin(), m_bookmarks.end());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString FileDocumentModel::genericText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return oneLine(value.toString(), 1000);
    case QJsonValue::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return oneLine(
            QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)), 1000);
    case QJsonValue::Object:
        break;
    }
    return oneLine(
        QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)), 1000);
}

bool FileDocumentModel::isRowRole(int role)
{
    static const QSet<int> rowRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole,
                                    MessageRole,     RawJsonRole,     LineLengthRole,
                                    TimeRole,        KindRole,        SentimentRole,
                                    SymbolsRole};
    return rowRoles.contains(role);
}

QVariant FileDocumentModel::messageData(const Row &row, int column, int role)
{
    const Message &m = row.message;
    switch (role) {
    case MessageRole:
        return QVariant::fromValue(m);
    case RawJsonRole:
        return m.raw;
    case LineLengthRole:
        return row.length;
    case TimeRole:
        return m.time;
    case KindRole:
        return int(m.kind);
    case SentimentRole:
        return int(m.sentiment);
    case SymbolsRole:
        return m.symbols;
    case Qt::TextAlignmentRole:
        if (column == FeedModel::LikesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    if (row.length > m.raw.size() && m.kind == Message::Kind::Malformed) {
        // A line too long for the table: say so rather than "malformed".
        if (column == FeedModel::AuthorColumn)
            return tr("(line of %1, shown cut)").arg(QLocale().formattedDataSize(row.length));
        if (column == FeedModel::TextColumn)
            return oneLine(QString::fromUtf8(m.raw.left(500)), 500);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == FeedModel::TextColumn)
            return oneLine(m.kind == Message::Kind::Malformed ? QString::fromUtf8(m.raw.left(2000))
                                                              : m.text,
                           2000);
        if (column == FeedModel::TimeColumn && m.time.isValid())
            return FeedModel::timeToolTip(m.time);
        return {};
    }
    if (column == FeedModel::TimeColumn)
        return DisplayTimeZone::dateTime(m.time);
    return FeedModel::displayText(m, column);
}

QVariant FileDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    if (role == LineRole)
        return qint64(r);
    if (role == BookmarkRole)
        return m_bookmarks.contains(r);
    if (!isRowRole(role))
        return {};
    const Row *entry = row(r);
    if (!entry)
        return {};
    if (m_layout == Layout::Messages)
        return messageData(*entry, index.column(), role);
    if (role == Qt::TextAlignmentRole)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return messageData(*entry, index.column(), role);
    const Message &m = entry->message;
    if (role == Qt::DisplayRole && index.column() == 0 && m.kind == Message::Kind::Malformed)
        return oneLine(QString::fromUtf8(m.raw.left(500)), 500);
    return genericText(entry->object, m_keys.value(index.column()));
}

QVariant FileDocumentModel::messageColumnTitle(int section)
{
    // The live feed's columns, titled by the one definition both pages use.
    using C = MessageColumns::Column;
    static const C order[] = {C::Time, C::Author, C::Symbols, C::Sentiment,
                              C::Text, C::Likes,  C::Source};
    if (section < 0 || section >= int(std::size(order)))
        return {};
    if (order[section] == C::Time)
        return DisplayTimeZone::titled(MessageColumns::title(C::Time));
    return MessageColumns::title(order[section]);
}

QVariant FileDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(qint64(section) + 1);
        if (role == BookmarkRole)
            return m_bookmarks.contains(section);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (m_layout == Layout::Generic)
        return m_keys.value(section);
    return messageColumnTitle(section);
}
