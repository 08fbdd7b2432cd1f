#pragma once

#include "message/message.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The columns of a message, defined once: their keys (for `--columns` and CSV headers), their
/// titles (table headers, the export dialog) and their values as exported (times in ISO 8601
/// UTC, symbols space-separated without '$', sentiment as the provider writes it, text decoded),
/// the same in every language so a program can read an export. The item models' roles are here
/// too.
class MessageColumns
{
    Q_DECLARE_TR_FUNCTIONS(MessageColumns)

public:
    enum class Column { Line, Id, Time, Author, Symbols, Sentiment, Text, Likes, Source, Kind, Json };

    /// Data roles every message model answers.
    enum Role {
        MessageRole = Qt::UserRole + 1, ///< the whole Message (QVariant of Message)
        RawJsonRole,                    ///< QByteArray: the line as received
        SerialRole,                     ///< quint64: the message's serial number (live feed)
        SortRole,                       ///< a value that orders the column (numbers stay numbers)
        KindRole,                       ///< int: Message::Kind
        SentimentRole,                  ///< int: Message::Sentiment
        SymbolsRole,                    ///< QStringList: tickers without '$'
        TimeRole,                       ///< QDateTime in UTC
    };

    MessageColumns() = delete;

    /// Every column, in the order exports offer them.
    static QList<Column> all();
    /// "line", "id", "time", … as written on a command line.
    static QString key(Column column);
    /// The translated title of a column.
    static QString title(Column column);
    /// "id,time,text": the keys of \a columns as parseKeys() reads them.
    static QString keys(const QList<Column> &columns);
    /// Parses "id,time,text"; on an unknown key returns false and says which in \a error.
    static bool parseKeys(const QString &keys, QList<Column> &columns, QString *error);
    /// The value a CSV export writes; \a line is the line number from 0, \a raw the line.
    static QString exportValue(const Message &message, Column column, qint64 line = -1);
    /// "Bullish", "Bearish" or empty, translated.
    static QString sentimentName(Message::Sentiment sentiment);
};
