#include "feed/feedmodel.h"

#include "core/appsettings.h"
#include "core/displaytimezone.h"
#include "core/freememory.h"

#include <QLocale>

FeedModel::FeedModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
    DisplayTimeZone::repaintOnChange(this, TimeColumn);
}

FeedModel::~FeedModel() = default;

void FeedModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (int(m_messages.size()) > m_capacity)
        evict(int(m_messages.size()) - m_capacity);
}

void FeedModel::evict(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    if (m_keepEvicted)
        std::move(m_messages.begin(), m_messages.begin() + count,
                  std::back_inserter(m_evictedKept));
    m_messages.erase(m_messages.begin(), m_messages.begin() + count);
    m_firstSerial += quint64(count);
    m_evicted += quint64(count);
    endRemoveRows();
    // Once a ring's worth was replaced (at most once a second), what the allocator kept free
    // meanwhile goes back to the system, so a burst does not leave the process larger than the
    // ring needs.
    const quint64 ring = quint64(m_capacity);
    if (m_evicted / ring != (m_evicted - quint64(count)) / ring &&
        (!m_sinceMemoryReleased.isValid() || m_sinceMemoryReleased.elapsed() >= 1000)) {
        FreeMemory::release();
        m_sinceMemoryReleased.start();
    }
}

void FeedModel::appendBatch(MessageBatch batch)
{
    if (batch.empty())
        return;
    size_t skip = 0;
    if (batch.size() > size_t(m_capacity)) {
        // The oldest part of an oversized batch would be evicted at once: never insert it.
        skip = batch.size() - size_t(m_capacity);
        m_evicted += skip;
    }
    const int incoming = int(batch.size() - skip);
    const int overflow = int(m_messages.size()) + incoming - m_capacity;
    evict(std::min(overflow, int(m_messages.size())));
    if (m_messages.empty())
        m_firstSerial += skip; // serials stay unique even for skipped messages

    const int first = int(m_messages.size());
    const quint64 firstSerial = nextSerial();
    beginInsertRows({}, first, first + incoming - 1);
    for (size_t i = skip; i < batch.size(); ++i)
        m_messages.push_back(std::move(batch[i]));
    endInsertRows();
    emit batchAppended(firstSerial, incoming);
}

void FeedModel::clear()
{
    if (m_messages.empty())
        return;
    beginResetModel();
    m_firstSerial += m_messages.size();
    m_messages.clear();
    endResetModel();
    FreeMemory::release();
    m_sinceMemoryReleased.start();
}

const Message *FeedModel::messageForSerial(quint64 serial) const
{
    const int row = rowForSerial(serial);
    return row < 0 ? nullptr : &m_messages[size_t(row)];
}

int FeedModel::rowForSerial(quint64 serial) const
{
    if (serial < m_firstSerial || serial >= nextSerial())
        return -1;
    return int(serial - m_firstSerial);
}

int FeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int FeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeedModel::sentimentName(Message::Sentiment sentiment)
{
    return MessageColumns::sentimentName(sentiment);
}

QString FeedModel::displayText(const Message &m, int column)
{
    switch (column) {
    case TimeColumn:
        return DisplayTimeZone::timeOfDay(m.time);
    case AuthorColumn:
        if (m.kind == Message::Kind::Malformed)
            return tr("(malformed)");
        return m.author;
    case SymbolsColumn: {
        QString joined;
        for (const QString &symbol : m.symbols) {
            if (!joined.isEmpty())
                joined += QLatin1Char(' ');
            joined += QLatin1Char('$') + symbol;
        }
        return joined;
    }
    case SentimentColumn:
        return sentimentName(m.sentiment);
    case TextColumn: {
        // One line per row: a newline inside the text would make the row unreadable.
        QString text = m.kind == Message::Kind::Malformed ? QString::fromUtf8(m.raw.left(500))
                                                          : m.text.left(1000);
        for (QChar &c : text) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
                c = QLatin1Char(' ');
        }
        return text;
    }
    case LikesColumn:
        return m.likes < 0 ? QString() : QLocale().toString(m.likes);
    case SourceColumn:
        return m.source;
    default:
        return {};
    }
}

QString FeedModel::timeToolTip(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return DisplayTimeZone::longDateTime(time) + QLatin1Char('\n') + DisplayTimeZone::exactUtc(time);
}

QVariant FeedModel::sortKey(const Message &m, int column)
{
    switch (column) {
    case TimeColumn:
        return m.time.isValid() ? m.time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    case SentimentColumn:
        return int(m.sentiment);
    case LikesColumn:
        return m.likes;
    case AuthorColumn:
        return m.author.toCaseFolded();
    case SymbolsColumn:
        return m.symbols.join(QLatin1Char(' ')).toCaseFolded();
    case TextColumn:
        return m.text.toCaseFolded();
    case SourceColumn:
        return m.source.toCaseFolded();
    default:
        return {};
    }
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(m, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && m.time.isValid()) {
            return timeToolTip(m.time);
        }
        if (index.column() == AuthorColumn && !m.authorName.isEmpty())
            return m.authorName;
        if (index.column() == TextColumn)
            return m.text.left(2000);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LikesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MessageRole:
        return QVariant::fromValue(m);
    case RawJsonRole:
        return m.raw;
    case SerialRole:
        return serialAt(index.row());
    case SortRole:
        return sortKey(m, index.column());
    case KindRole:
        return int(m.kind);
    case SentimentRole:
        return int(m.sentiment);
    case SymbolsRole:
        return m.symbols;
    case TimeRole:
        return m.time;
    default:
        return {};
    }
}

QVariant FeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    using C = MessageColumns::Column;
    switch (section) {
    case TimeColumn:
        return DisplayTimeZone::titled(MessageColumns::title(C::Time));
    case AuthorColumn:
        return MessageColumns::title(C::Author);
    case SymbolsColumn:
        return MessageColumns::title(C::Symbols);
    case SentimentColumn:
        return MessageColumns::title(C::Sentiment);
    case TextColumn:
        return MessageColumns::title(C::Text);
    case LikesColumn:
        return MessageColumns::title(C::Likes);
    case SourceColumn:
        return MessageColumns::title(C::Source);
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MessageRole, "message");
    names.insert(RawJsonRole, "rawJson");
    names.insert(SerialRole, "serial");
    return names;
}
