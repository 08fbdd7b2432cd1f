// The Files page's compact line index, and the on-disk index cache read back from arbitrary
// bytes (a cache file may be damaged or planted). Byte 0 picks the mode:
//  0: line starts built from the input behave like a plain sorted vector (lookups, runs across
//     blocks, serialisation round trip), sparse stretches read back from the same starts;
//  1, 2, 3: LineIndex, GzipAccessPoints and FileIndex deserialisation of the rest: never a crash
//     or undefined behaviour, and whatever is accepted is usable — line starts strictly
//     increasing and not negative, access points in order, every lookup answering in range.

#include "files/fileindex.h"
#include "files/gzipaccesspoints.h"
#include "files/lineindex.h"
#include "fuzzinput.h"

#include <algorithm>
#include <vector>

namespace {

/// Reads sparse stretches from \a truth, as FileIndex reads them from the content.
LineIndex::Resolver resolverOf(const std::vector<qint64> &truth)
{
    return [&truth](qint64 from, qint64 to, qint64, std::vector<qint64> &out) {
        const auto first = std::lower_bound(truth.begin(), truth.end(), from);
        const auto last = std::lower_bound(truth.begin(), truth.end(), to);
        out.insert(out.end(), first, last);
        return true;
    };
}

/// Content for an index read back from bytes: each sparse stretch holds its lines one byte
/// apart (deserialisation guarantees the room).
const LineIndex::Resolver packedResolver = [](qint64 from, qint64, qint64 count,
                                              std::vector<qint64> &out) {
    for (qint64 i = 0; i < count; ++i)
        out.push_back(from + i);
    return true;
};

std::vector<qint64> allStarts(const LineIndex &index, const LineIndex::Resolver &resolve)
{
    std::vector<qint64> starts;
    FUZZ_CHECK(index.starts(0, index.count(), starts, resolve));
    return starts;
}

void checkAgainst(const LineIndex &index, const std::vector<qint64> &expected)
{
    const LineIndex::Resolver resolve = resolverOf(expected);
    FUZZ_CHECK(index.count() == qint64(expected.size()));
    FUZZ_CHECK(index.isEmpty() == expected.empty());
    FUZZ_CHECK(allStarts(index, resolve) == expected);
    const qint64 n = qint64(expected.size());
    // Spot checks (all of them for small indexes) of at(), runs and both lookups.
    const qint64 step = std::max<qint64>(1, n / 512);
    for (qint64 i = 0; i < n; i += step) {
        const qint64 start = expected[size_t(i)];
        FUZZ_CHECK(index.at(i, resolve) == start);
        for (const qint64 offset : {start - 1, start, start + 1}) {
            const auto upper = std::upper_bound(expected.begin(), expected.end(), offset);
            const auto lower = std::lower_bound(expected.begin(), expected.end(), offset);
            FUZZ_CHECK(index.lineContaining(offset, resolve) ==
                       qint64(upper - expected.begin()) - 1);
            FUZZ_CHECK(index.firstLineAtOrAfter(offset, resolve) ==
                       qint64(lower - expected.begin()));
        }
        std::vector<qint64> run;
        FUZZ_CHECK(index.starts(i, LineIndex::blockLines + 3, run, resolve));
        const qint64 end = std::min<qint64>(n, i + LineIndex::blockLines + 3);
        FUZZ_CHECK(run == std::vector<qint64>(expected.begin() + i, expected.begin() + end));
    }
    std::vector<qint64> none;
    index.starts(n, 5, none);
    index.starts(-1, 5, none);
    FUZZ_CHECK(none.empty());
}

/// Whatever a deserialisation accepted must be safe to use.
void checkUsable(const LineIndex &index)
{
    const std::vector<qint64> starts = allStarts(index, packedResolver);
    FUZZ_CHECK(qint64(starts.size()) == index.count());
    for (size_t i = 0; i < starts.size(); ++i) {
        FUZZ_CHECK(starts[i] >= 0);
        if (i > 0)
            FUZZ_CHECK(starts[i - 1] < starts[i]);
    }
    if (!starts.empty())
        checkAgainst(index, starts);
}

void structured(FuzzInput &input)
{
    // A first start, then deltas: one byte each, 0xff announcing a large one.
    std::vector<qint64> expected;
    qint64 value = qint64(input.takeByte()) << 8 | input.takeByte();
    const QByteArrayView rest = input.rest();
    for (qsizetype i = 0; i < rest.size() && expected.size() < 200000; ++i) {
        expected.push_back(value);
        const uint8_t b = uint8_t(rest[i]);
        qint64 delta = b + 1;
        if (b == 0xff && i + 4 < rest.size()) {
            delta = 0;
            for (int k = 1; k <= 4; ++k)
                delta = delta << 8 | uint8_t(rest[i + k]);
            delta = delta * 1024 + 1; // up to ~2^42: several varint bytes
            i += 4;
        }
        value += delta;
    }
    LineIndex index;
    for (const qint64 start : expected)
        index.append(start);
    checkAgainst(index, expected);
    FUZZ_CHECK(index.memoryBytes() >= 0);

    LineIndex copy;
    FUZZ_CHECK(LineIndex::deserialize(index.serialize(), copy));
    checkAgainst(copy, expected);
    index.clear();
    FUZZ_CHECK(index.count() == 0 && index.lineContaining(0) == -1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 1 << 20)
        return 0;
    FuzzInput input(bytes, size);
    const int mode = input.takeByte() % 4;
    const QByteArray rest = input.rest().toByteArray();
    switch (mode) {
    case 0:
        structured(input);
        break;
    case 1: {
        LineIndex index;
        if (LineIndex::deserialize(rest, index))
            checkUsable(index);
        break;
    }
    case 2: {
        GzipAccessPoints points;
        if (points.deserialize(rest)) {
            const std::vector<qint64> offsets = points.offsets();
            FUZZ_CHECK(int(offsets.size()) == points.count());
            FUZZ_CHECK(std::is_sorted(offsets.begin(), offsets.end()));
            GzipAccessPoint point;
            for (const qint64 offset : offsets) {
                FUZZ_CHECK(points.pointAtOrBefore(offset, point));
                FUZZ_CHECK(point.out == offset && point.bits <= 7 && point.window.size() <= 32768);
            }
        }
        break;
    }
    default: {
        FileIndex index;
        if (index.deserialize(rest)) {
            FUZZ_CHECK(index.isFinished());
            const qint64 lines = index.lineCount();
            // Without content to read, sparse stretches give nothing rather than guesses.
            std::vector<qint64> bounds;
            index.lineBoundaries(0, lines, bounds);
            FUZZ_CHECK(qint64(bounds.size()) == (lines ? lines + 1 : 0) || bounds.empty());
            for (qint64 i = 0; i < std::min<qint64>(qint64(bounds.size()) - 1, 4096); ++i) {
                const auto span = index.lineSpan(i);
                FUZZ_CHECK(span.first == bounds[size_t(i)]);
                FUZZ_CHECK(index.lineContaining(span.first) == i);
            }
            FUZZ_CHECK(index.lineSpan(lines) == std::make_pair(qint64(-1), qint64(-1)));
            index.statistics();
            index.memoryBytes();
            index.serialize();
        }
        break;
    }
    }
    return 0;
}
