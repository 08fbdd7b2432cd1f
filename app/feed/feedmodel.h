#pragma once

#include "message/message.h"
#include "message/messagecolumns.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

#include <deque>

/// The live feed as a table over a bounded ring of messages: batches are appended with one
/// beginInsertRows each, and the oldest rows leave with one beginRemoveRows when the ring is
/// full. Every message gets a serial number that never changes, so proxies and views can follow
/// a message while the rows above it are evicted (row = serial - firstSerial()).
class FeedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AuthorColumn,
        SymbolsColumn,
        SentimentColumn,
        TextColumn,
        LikesColumn,
        SourceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// The message roles, defined once in MessageColumns.
    enum Role {
        MessageRole = MessageColumns::MessageRole,
        RawJsonRole = MessageColumns::RawJsonRole,
        SerialRole = MessageColumns::SerialRole,
        SortRole = MessageColumns::SortRole,
        KindRole = MessageColumns::KindRole,
        SentimentRole = MessageColumns::SentimentRole,
        SymbolsRole = MessageColumns::SymbolsRole,
        TimeRole = MessageColumns::TimeRole,
    };
    Q_ENUM(Role)

    /// \a capacity is the ring size (AppSettings::feedRingSize() in the application).
    explicit FeedModel(int capacity, QObject *parent = nullptr);
    ~FeedModel() override;

    int capacity() const { return m_capacity; }
    /// Shrinking evicts the oldest rows at once.
    void setCapacity(int capacity);

    /// Appends a batch (newest last); evicts what no longer fits. A batch larger than the ring
    /// only contributes its newest capacity() messages.
    void appendBatch(MessageBatch batch);
    void clear();

    const Message &messageAt(int row) const { return m_messages[size_t(row)]; }
    /// The message with \a serial, or nullptr once it has been evicted (or never existed).
    const Message *messageForSerial(quint64 serial) const;
    quint64 serialAt(int row) const { return m_firstSerial + quint64(row); }
    /// The row of \a serial, or -1 when it is no longer (or not yet) in the ring.
    int rowForSerial(quint64 serial) const;
    /// Serial of row 0; equals nextSerial() when the model is empty.
    quint64 firstSerial() const { return m_firstSerial; }
    /// Serial the next appended message will get.
    quint64 nextSerial() const { return m_firstSerial + quint64(m_messages.size()); }
    /// On: evicted messages are kept for takeEvicted() instead of being destroyed here.
    void setKeepEvicted(bool keep) { m_keepEvicted = keep; }
    MessageBatch takeEvicted() { return std::exchange(m_evictedKept, {}); }
    /// Messages evicted from the ring since the model was created.
    quint64 evictedCount() const { return m_evicted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Text shown for \a message in \a column (shared with views that render Message lists).
    static QString displayText(const Message &message, int column);
    /// The tooltip of a time: its long form in the display zone, then the exact instant in UTC.
    static QString timeToolTip(const QDateTime &time);
    /// The ordering key of \a column for \a message (used by the sort in FeedProxyModel).
    static QVariant sortKey(const Message &message, int column);
    static QString sentimentName(Message::Sentiment sentiment);

signals:
    /// Emitted after a batch was inserted: serials [firstSerial, firstSerial + count).
    void batchAppended(quint64 firstSerial, int count);

private:
    void evict(int count);

    std::deque<Message> m_messages;
    quint64 m_firstSerial = 0;
    quint64 m_evicted = 0;
    bool m_keepEvicted = false;
    MessageBatch m_evictedKept;
    QElapsedTimer m_sinceMemoryReleased;
    int m_capacity;
};
