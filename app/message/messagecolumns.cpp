#include "message/messagecolumns.h"

#include "message/messagequery.h"

QList<MessageColumns::Column> MessageColumns::all()
{
    return {Column::Line,      Column::Id,   Column::Time,  Column::Author, Column::Symbols,
            Column::Sentiment, Column::Text, Column::Likes, Column::Source, Column::Kind,
            Column::Json};
}

QString MessageColumns::key(Column column)
{
    switch (column) {
    case Column::Line:
        return QStringLiteral("line");
    case Column::Id:
        return QStringLiteral("id");
    case Column::Time:
        return QStringLiteral("time");
    case Column::Author:
        return QStringLiteral("author");
    case Column::Symbols:
        return QStringLiteral("symbols");
    case Column::Sentiment:
        return QStringLiteral("sentiment");
    case Column::Text:
        return QStringLiteral("text");
    case Column::Likes:
        return QStringLiteral("likes");
    case Column::Source:
        return QStringLiteral("source");
    case Column::Kind:
        return QStringLiteral("kind");
    case Column::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString MessageColumns::title(Column column)
{
    switch (column) {
    case Column::Line:
        return tr("Line");
    case Column::Id:
        return tr("Id");
    case Column::Time:
        return tr("Time");
    case Column::Author:
        return tr("Author");
    case Column::Symbols:
        return tr("Symbols");
    case Column::Sentiment:
        return tr("Sentiment");
    case Column::Text:
        return tr("Text");
    case Column::Likes:
        return tr("Likes");
    case Column::Source:
        return tr("Source");
    case Column::Kind:
        return tr("Kind");
    case Column::Json:
        return tr("JSON");
    }
    return {};
}

QString MessageColumns::keys(const QList<Column> &columns)
{
    QStringList keys;
    for (const Column column : columns)
        keys << key(column);
    return keys.join(QLatin1Char(','));
}

bool MessageColumns::parseKeys(const QString &keys, QList<Column> &columns, QString *error)
{
    columns.clear();
    const QList<Column> known = all();
    for (const QString &part : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString wanted = part.trimmed().toLower();
        bool found = false;
        for (const Column column : known) {
            if (key(column) == wanted) {
                columns.append(column);
                found = true;
            }
        }
        if (!found) {
            if (error)
                *error = tr("Unknown column “%1”: use %2.")
                             .arg(part.trimmed(), MessageColumns::keys(known));
            return false;
        }
    }
    if (columns.isEmpty()) {
        if (error)
            *error = tr("Name at least one column.");
        return false;
    }
    return true;
}

QString MessageColumns::sentimentName(Message::Sentiment sentiment)
{
    switch (sentiment) {
    case Message::Sentiment::Bullish:
        return tr("Bullish");
    case Message::Sentiment::Bearish:
        return tr("Bearish");
    case Message::Sentiment::None:
        break;
    }
    return {};
}

QString MessageColumns::exportValue(const Message &m, Column column, qint64 line)
{
    switch (column) {
    case Column::Line:
        return line >= 0 ? QString::number(line + 1) : QString();
    case Column::Id:
        return m.id;
    case Column::Time:
        return m.time.isValid() ? m.time.toUTC().toString(Qt::ISODateWithMs) : QString();
    case Column::Author:
        return m.author;
    case Column::Symbols:
        return m.symbols.join(QLatin1Char(' '));
    case Column::Sentiment:
        // The provider's own words, in every language: an export is read by programs too.
        return m.sentiment == Message::Sentiment::Bullish   ? QStringLiteral("Bullish")
               : m.sentiment == Message::Sentiment::Bearish ? QStringLiteral("Bearish")
                                                            : QString();
    case Column::Text:
        return m.kind == Message::Kind::Malformed ? QString::fromUtf8(m.raw) : m.text;
    case Column::Likes:
        return m.likes < 0 ? QString() : QString::number(m.likes);
    case Column::Source:
        return m.source;
    case Column::Kind:
        return messageKindKey(m.kind);
    case Column::Json:
        return QString::fromUtf8(m.raw);
    }
    return {};
}
