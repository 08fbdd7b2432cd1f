#include "firestreamcontent.h"

#include "messagegenerator.h"
#include "simrecords.h"

namespace FirestreamContent {

namespace {

// 40 digits; with the stream digit and a 15-digit index a seq_id has 56 digits, like the
// documented 49562553817515093231064627491680393519832340977378394114.
constexpr char seqPrefix[] = "4956255381751509323106462749168039351983";
constexpr int indexDigits = 15;

void appendEscapedCodePoint(QByteArray &out, char32_t codePoint)
{
    const auto unit = [&out](char16_t value) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(value));
        out.append(buffer, 6);
    };
    if (codePoint >= 0x10000) {
        codePoint -= 0x10000;
        unit(char16_t(0xD800 + (codePoint >> 10)));
        unit(char16_t(0xDC00 + (codePoint & 0x3FF)));
    } else {
        unit(char16_t(codePoint));
    }
}

/// Non-ASCII UTF-8 as JSON \u escapes (surrogate pairs beyond the BMP), as the API writes it.
QByteArray asciiEscaped(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 8);
    for (qsizetype i = 0; i < json.size();) {
        const auto c = uchar(json[i]);
        if (c < 0x80) {
            out.append(char(c));
            ++i;
            continue;
        }
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        char32_t codePoint = c & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
        for (int k = 1; k < length && i + k < json.size(); ++k)
            codePoint = (codePoint << 6) | (uchar(json[i + k]) & 0x3F);
        appendEscapedCodePoint(out, codePoint);
        i += length;
    }
    return out;
}

} // namespace

std::optional<Stream> streamForPath(const QString &path)
{
    if (path == QLatin1String("/stream"))
        return Stream::Users;
    if (path == QLatin1String("/symbols/stream"))
        return Stream::Symbols;
    if (path == QLatin1String("/sentiment"))
        return Stream::Sentiment;
    return std::nullopt;
}

QString pathOf(Stream stream)
{
    switch (stream) {
    case Stream::Users:
        return QStringLiteral("/stream");
    case Stream::Symbols:
        return QStringLiteral("/symbols/stream");
    case Stream::Sentiment:
        return QStringLiteral("/sentiment");
    }
    return {};
}

QByteArray seqId(Stream stream, qint64 index)
{
    return QByteArray(seqPrefix) + QByteArray::number(int(stream)) +
           QByteArray::number(index).rightJustified(indexDigits, '0');
}

std::optional<qint64> indexOf(Stream stream, const QString &seqId)
{
    const QByteArray prefix = QByteArray(seqPrefix) + QByteArray::number(int(stream));
    const QByteArray text = seqId.toLatin1();
    if (text.size() != prefix.size() + indexDigits || !text.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 index = text.mid(prefix.size()).toLongLong(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    return index;
}

QByteArray preamble()
{
    return QByteArrayLiteral("retry: 5000\n:ok\n\n");
}

QByteArray keepAlive()
{
    return QByteArrayLiteral(":keep-alive\n\n");
}

QByteArray apiStyle(const QByteArray &json, qint64 index)
{
    QByteArray out = json;
    // HTML entities in the body, as the API sends them.
    const QByteArray bodyKey = "\"body\":\"";
    const qsizetype bodyAt = out.indexOf(bodyKey);
    if (bodyAt >= 0) {
        const qsizetype start = bodyAt + bodyKey.size();
        qsizetype end = start;
        while (end < out.size() && !(out[end] == '"' && out[end - 1] != '\\'))
            ++end;
        QByteArray body = out.mid(start, end - start);
        body.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;").replace(">", "&gt;");
        if (index % 5 == 0)
            body.append(" &amp; more");
        out.replace(start, end - start, body);
    }
    // Optional fields are not always there.
    if (index % 3 == 0) {
        const qsizetype likes = out.indexOf(",\"likes\":{\"total\":");
        if (likes >= 0) {
            const qsizetype close = out.indexOf('}', likes);
            out.remove(likes, close + 1 - likes);
        }
    }
    if (index % 2 == 0)
        out.replace("\"entities\":{\"sentiment\":null}", "\"entities\":{}");
    return asciiEscaped(out);
}

QByteArray itemJson(const MessageGenerator &generator, Stream stream, qint64 index,
                    qint64 createdAtMs)
{
    const quint64 key = quint64(index) * 3 + quint64(stream);
    const qint64 id = simFirstMessageId + index;
    if (stream == Stream::Sentiment) {
        const QByteArray message = generator.message(key, id, createdAtMs, MessageShape::StockTwits);
        // The symbol of the message, with a sentiment score.
        const qsizetype at = message.indexOf("\"symbol\":\"");
        const QByteArray symbol =
            at >= 0 ? message.mid(at + 10, message.indexOf('"', at + 10) - at - 10) : "SPY";
        QByteArray time;
        MessageGenerator::appendIsoTime(time, createdAtMs);
        const int bullish = int(key * 37 % 101);
        return "{\"seq_id\":\"" + seqId(stream, index) + "\",\"symbol\":\"" + symbol +
               "\",\"sentiment\":{\"bullish\":" + QByteArray::number(bullish) +
               ",\"bearish\":" + QByteArray::number(100 - bullish) + "},\"created_at\":\"" + time +
               "\"}";
    }
    // The users-based stream carries activity objects (follows, blocks, likes) among the
    // messages: the provider's activity backups are those items of /stream.
    if (stream == Stream::Users && index % 10 == 6)
        return asciiEscaped(
            generator.message(key, id, createdAtMs, MessageShape::StockTwitsActivity));
    QByteArray json =
        apiStyle(generator.message(key, id, createdAtMs, MessageShape::StockTwits), index);
    if (index % 4 == 1)
        json = "{\"action\":\"create\",\"data\":" + json + "}";
    if (index % 7 == 3) {
        // Sent over two data lines: the line feed between them is JSON whitespace.
        const qsizetype split = json.indexOf(",\"", 20);
        if (split >= 0)
            json.insert(split + 1, '\n');
    }
    return json;
}

QByteArray event(const MessageGenerator &generator, Stream stream, qint64 index,
                 qint64 createdAtMs)
{
    QByteArray json = itemJson(generator, stream, index, createdAtMs);
    json.replace("\n", "\ndata: "); // a JSON text has no raw line feed but the one put there
    QByteArray out;
    out.reserve(json.size() + 100);
    if (stream != Stream::Sentiment)
        out += "id: " + seqId(stream, index) + '\n';
    out += "event: message\ndata: " + json + "\n\n";
    return out;
}

QByteArray resumeUnavailableEvent(const QString &seqId, const QByteArray &reason)
{
    return "event: info\ndata: {\"info\":{\"code\":\"resume_unavailable\",\"message\":\"" + reason +
           "\",\"seq_id\":\"" + seqId.toLatin1() + "\"}}\n\n";
}

} // namespace FirestreamContent
