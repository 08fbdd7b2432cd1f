// The stream's line framer on arbitrary bytes. Beyond not crashing: the same bytes give the
// same lines and counters whether they arrive at once or in pieces of any size (a socket
// decides the pieces, not the server), no line is empty or longer than the limit, lines come
// out in input order, and a "\n"-delimited stream never delivers a line holding "\n".

#include "fuzzinput.h"
#include "net/lineframer.h"

#include <vector>

namespace {

struct Outcome
{
    std::vector<QByteArray> lines;
    qint64 heartbeats = 0;
    qint64 oversized = 0;
    LineFramer::Delimiter delimiter = LineFramer::Delimiter::Detect;
    qsizetype pending = 0;
};

Outcome frame(QByteArrayView data, qsizetype maxLineLength, ChunkSizes *chunks)
{
    LineFramer framer(maxLineLength);
    Outcome outcome;
    qsizetype offset = 0;
    while (offset < data.size()) {
        const qsizetype size =
            chunks ? std::min(chunks->next(), data.size() - offset) : data.size() - offset;
        const qsizetype before = qsizetype(outcome.lines.size());
        const qsizetype added = framer.feed(data.sliced(offset, size), outcome.lines);
        FUZZ_CHECK(added == qsizetype(outcome.lines.size()) - before);
        offset += size;
    }
    outcome.heartbeats = framer.heartbeats();
    outcome.oversized = framer.oversizedLines();
    outcome.delimiter = framer.delimiter();
    outcome.pending = framer.pendingBytes();
    FUZZ_CHECK(outcome.pending <= framer.maxLineLength() + 1); // the line and a "\r"
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    FuzzInput input(bytes, size);
    const uint8_t limitChoice = input.takeByte();
    const uint8_t chunkSeed = input.takeByte();
    // Small limits make the oversized path reachable with small inputs.
    const qsizetype maxLineLength =
        limitChoice < 200 ? 2 + limitChoice % 64 : LineFramer::defaultMaxLineLength;
    const QByteArrayView data = input.rest();

    const Outcome whole = frame(data, maxLineLength, nullptr);
    ChunkSizes chunks(chunkSeed);
    const Outcome pieces = frame(data, maxLineLength, &chunks);

    FUZZ_CHECK(whole.lines == pieces.lines);
    FUZZ_CHECK(whole.heartbeats == pieces.heartbeats);
    FUZZ_CHECK(whole.oversized == pieces.oversized);
    FUZZ_CHECK(whole.delimiter == pieces.delimiter);
    FUZZ_CHECK(whole.pending == pieces.pending);

    // Every line is a piece of the input, in input order.
    const QByteArray all = data.toByteArray();
    qsizetype from = 0;
    for (const QByteArray &line : whole.lines) {
        FUZZ_CHECK(!line.isEmpty());
        FUZZ_CHECK(line.size() <= maxLineLength);
        const qsizetype at = all.indexOf(line, from);
        FUZZ_CHECK(at >= 0);
        from = at + line.size();
    }
    if (whole.delimiter == LineFramer::Delimiter::Lf) {
        for (const QByteArray &line : whole.lines)
            FUZZ_CHECK(!line.contains('\n'));
    }

    // After reset() the framer starts over: the same bytes again give the same lines.
    LineFramer framer(maxLineLength);
    std::vector<QByteArray> first;
    framer.feed(data, first);
    framer.reset();
    FUZZ_CHECK(framer.pendingBytes() == 0);
    std::vector<QByteArray> second;
    framer.feed(data, second);
    FUZZ_CHECK(first == second);
    return 0;
}
