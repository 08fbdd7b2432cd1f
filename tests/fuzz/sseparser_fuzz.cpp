// The Firestream SSE parser on arbitrary bytes. Beyond not crashing: the same bytes give the same
// events, last id, retry time and counters whether they arrive at once, in pieces of any size,
// or split in two at any position (a socket decides the pieces, not the server); an event's data
// is never longer than the limit and the parser never holds more than about the limit.

#include "fuzzinput.h"
#include "net/sseparser.h"

#include <vector>

namespace {

struct Event
{
    QByteArray type;
    QByteArray data;
    QByteArray id;
    bool ownId = false;
    bool operator==(const Event &) const = default;
};

struct Outcome
{
    std::vector<Event> events;
    QByteArray lastEventId;
    qint64 retry = -1;
    qint64 comments = 0;
    qint64 oversized = 0;
    qint64 ignoredIds = 0;
    bool operator==(const Outcome &) const = default;
};

void feed(SseParser &parser, QByteArrayView data, Outcome &outcome)
{
    const qsizetype before = qsizetype(outcome.events.size());
    const qsizetype count = parser.feed(data, [&](const SseEvent &event) {
        FUZZ_CHECK(!event.type.isEmpty());
        outcome.events.push_back({event.type.toByteArray(), event.data.toByteArray(),
                                  event.lastEventId.toByteArray(), event.hasOwnId});
    });
    FUZZ_CHECK(count == qsizetype(outcome.events.size()) - before);
    FUZZ_CHECK(parser.pendingBytes() <= parser.maxEventSize() + 1);
}

Outcome finish(const SseParser &parser, Outcome outcome)
{
    outcome.lastEventId = parser.lastEventId();
    outcome.retry = parser.retryMs();
    outcome.comments = parser.comments();
    outcome.oversized = parser.oversizedEvents();
    outcome.ignoredIds = parser.ignoredIds();
    return outcome;
}

Outcome parseWhole(QByteArrayView data, qsizetype limit)
{
    SseParser parser(limit);
    Outcome outcome;
    feed(parser, data, outcome);
    return finish(parser, std::move(outcome));
}

Outcome parseInChunks(QByteArrayView data, qsizetype limit, ChunkSizes &chunks)
{
    SseParser parser(limit);
    Outcome outcome;
    for (qsizetype offset = 0; offset < data.size();) {
        const qsizetype size = std::min(chunks.next(), data.size() - offset);
        feed(parser, data.sliced(offset, size), outcome);
        offset += size;
    }
    return finish(parser, std::move(outcome));
}

Outcome parseSplitAt(QByteArrayView data, qsizetype limit, qsizetype at)
{
    SseParser parser(limit);
    Outcome outcome;
    feed(parser, data.first(at), outcome);
    feed(parser, data.sliced(at), outcome);
    return finish(parser, std::move(outcome));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    FuzzInput input(bytes, size);
    const uint8_t limitChoice = input.takeByte();
    const uint8_t chunkSeed = input.takeByte();
    // Small limits make the oversized path reachable with small inputs.
    const qsizetype limit = limitChoice < 200 ? 2 + limitChoice % 64 : SseParser::defaultMaxEventSize;
    const QByteArrayView data = input.rest();

    const Outcome whole = parseWhole(data, limit);
    for (const Event &event : whole.events) {
        FUZZ_CHECK(event.data.size() <= limit);
        FUZZ_CHECK(!event.id.contains('\0'));
    }
    ChunkSizes chunks(chunkSeed);
    FUZZ_CHECK(parseInChunks(data, limit, chunks) == whole);
    // Every split position: up to a size where that stays fast, a sample beyond.
    const qsizetype step = data.size() <= 4096 ? 1 : data.size() / 512;
    for (qsizetype at = 0; at <= data.size(); at += step)
        FUZZ_CHECK(parseSplitAt(data, limit, at) == whole);

    // After reset() the parser starts a new connection: the same bytes give the same events.
    SseParser parser(limit);
    Outcome first, second;
    feed(parser, data, first);
    parser.reset();
    FUZZ_CHECK(parser.pendingBytes() == 0);
    feed(parser, data, second);
    FUZZ_CHECK(first.events.size() == second.events.size());
    for (size_t i = 0; i < first.events.size(); ++i) {
        FUZZ_CHECK(first.events[i].type == second.events[i].type);
        FUZZ_CHECK(first.events[i].data == second.events[i].data);
    }
    return 0;
}
