// The message normaliser and its timestamp parser on arbitrary lines. Beyond not crashing: the
// raw bytes are kept as received (minus the terminator), a normaliser that has already seen
// other lines (and grown its buffers) gives the same Message as a fresh one, and where Qt's own
// ISO 8601 parser reads a zoned timestamp, the fast parser reads the same instant.

#include "message/messagenormalizer.h"
#include "message/messagetimeparser.h"
#include "fuzzinput.h"

#include <QDateTime>

#include <string_view>

namespace {

bool sameMessage(const Message &a, const Message &b)
{
    return a.id == b.id && a.time == b.time && a.author == b.author &&
           a.authorName == b.authorName && a.text == b.text && a.symbols == b.symbols &&
           a.sentiment == b.sentiment && a.likes == b.likes && a.source == b.source &&
           a.kind == b.kind && a.raw == b.raw;
}

/// "YYYY-MM-DDTHH:MM:SS[.mmm](Z|±HH:MM)": the form both parsers read the same way.
bool isZonedIsoWithMilliseconds(std::string_view text)
{
    if (text.size() < 20 || text[10] != 'T')
        return false;
    std::string_view zone = text.substr(19);
    if (zone.size() >= 4 && zone[0] == '.')
        zone.remove_prefix(4);
    return zone == "Z" ||
           (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':');
}

void checkTimeParser(QByteArrayView bytes)
{
    const std::string_view text(bytes.data(), size_t(bytes.size()));
    const QDateTime parsed = MessageTimeParser::parse(text);
    if (!parsed.isValid())
        return;
    FUZZ_CHECK(parsed.timeSpec() == Qt::UTC);
    qint64 ms = 0;
    if (MessageTimeParser::parseIso8601(text, ms) && isZonedIsoWithMilliseconds(text)) {
        const QDateTime qt = QDateTime::fromString(QString::fromLatin1(bytes.data(), bytes.size()),
                                                   Qt::ISODateWithMs);
        if (qt.isValid())
            FUZZ_CHECK(qt.toMSecsSinceEpoch() == ms);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    // One normaliser for the whole run, as a stream client keeps one; a fresh one per input.
    static MessageNormalizer seasoned;
    MessageNormalizer fresh;

    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    checkTimeParser(data);

    // The whole input as one line (deep nesting, huge strings), then each "\n"-separated part.
    QList<QByteArrayView> lines{data};
    qsizetype start = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n') {
            lines.append(data.sliced(start, i - start));
            start = i + 1;
        }
    }
    if (start > 0)
        lines.append(data.sliced(start));

    Message reused;
    for (QByteArrayView line : lines) {
        const Message message = fresh.normalize(line);
        QByteArrayView expectedRaw = line;
        while (!expectedRaw.isEmpty() && (expectedRaw.back() == '\r' || expectedRaw.back() == '\n'))
            expectedRaw.chop(1);
        FUZZ_CHECK(message.raw == expectedRaw);
        FUZZ_CHECK(message.likes >= -1);
        if (message.time.isValid())
            FUZZ_CHECK(message.time.timeSpec() == Qt::UTC);

        FUZZ_CHECK(sameMessage(seasoned.normalize(line), message));
        seasoned.normalizeInto(line, reused); // storage of the previous line's message
        FUZZ_CHECK(sameMessage(reused, message));
    }
    return 0;
}
