// The stream's incremental gzip decoder on arbitrary bytes. Beyond not crashing: the same body
// decodes to the same bytes and the same verdict whether it arrives at once or in pieces, and
// whatever zlib itself accepts as a sequence of complete gzip members decodes without error to
// exactly zlib's output.

#include "fuzzinput.h"
#include "net/gzipstreamdecoder.h"

#include <zlib.h>

namespace {

struct Outcome
{
    QByteArray output;
    bool error = false;
    int members = 0;
    bool atBoundary = true;
};

Outcome decode(QByteArrayView data, ChunkSizes *chunks)
{
    GzipStreamDecoder decoder;
    Outcome outcome;
    qsizetype offset = 0;
    while (offset < data.size()) {
        const qsizetype size =
            chunks ? std::min(chunks->next(), data.size() - offset) : data.size() - offset;
        // Each piece in a buffer of its own that is freed after the call, as a network read's
        // is: the decoder must keep nothing of it.
        const QByteArray piece = data.sliced(offset, size).toByteArray();
        const bool ok = decoder.decode(piece, outcome.output);
        FUZZ_CHECK(ok == !decoder.hasError());
        if (!ok) {
            FUZZ_CHECK(!decoder.errorString().isEmpty());
            // Once corrupt, it stays corrupt and produces nothing more.
            const qsizetype before = outcome.output.size();
            FUZZ_CHECK(!decoder.decode(data.sliced(offset), outcome.output));
            FUZZ_CHECK(outcome.output.size() == before);
            break;
        }
        offset += size;
    }
    outcome.error = decoder.hasError();
    outcome.members = decoder.membersFinished();
    outcome.atBoundary = decoder.atMemberBoundary();
    return outcome;
}

/// zlib's own reading of the body as concatenated gzip members: false unless every byte belongs
/// to a complete, valid member.
bool referenceInflate(QByteArrayView data, QByteArray &output, int &members)
{
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    bool complete = data.isEmpty();
    char buffer[16384];
    while (z.avail_in > 0) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        const int result = inflate(&z, Z_NO_FLUSH);
        output.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (result == Z_STREAM_END) {
            ++members;
            complete = true;
            inflateReset(&z);
            continue;
        }
        complete = false;
        if (result != Z_OK)
            break;
        if (z.avail_in == 0) {
            // Input used up: drain what zlib still holds, then the member is incomplete.
            int drained;
            do {
                z.next_out = reinterpret_cast<Bytef *>(buffer);
                z.avail_out = sizeof buffer;
                drained = inflate(&z, Z_NO_FLUSH);
                output.append(buffer, qsizetype(sizeof buffer - z.avail_out));
                if (drained == Z_STREAM_END) {
                    ++members;
                    complete = true;
                }
            } while (drained == Z_OK && z.avail_out == 0);
        }
    }
    inflateEnd(&z);
    return complete;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 256 * 1024)
        return 0; // bigger inputs only slow the search down
    FuzzInput input(bytes, size);
    ChunkSizes chunks(input.takeByte());
    const QByteArrayView data = input.rest();

    const Outcome whole = decode(data, nullptr);
    const Outcome pieces = decode(data, &chunks);
    FUZZ_CHECK(whole.error == pieces.error);
    if (!whole.error) {
        FUZZ_CHECK(whole.output == pieces.output);
        FUZZ_CHECK(whole.members == pieces.members);
        FUZZ_CHECK(whole.atBoundary == pieces.atBoundary);
    } else {
        // Both stop at the corrupt spot; what came before it is the same prefix.
        const qsizetype common = std::min(whole.output.size(), pieces.output.size());
        FUZZ_CHECK(whole.output.first(common) == pieces.output.first(common));
    }

    QByteArray expected;
    int expectedMembers = 0;
    if (referenceInflate(data, expected, expectedMembers)) {
        FUZZ_CHECK(!whole.error);
        FUZZ_CHECK(whole.output == expected);
        FUZZ_CHECK(whole.members == expectedMembers);
        FUZZ_CHECK(whole.atBoundary);
    }

    // Identity mode passes bytes through untouched.
    GzipStreamDecoder identity(GzipStreamDecoder::Mode::Identity);
    QByteArray copy;
    FUZZ_CHECK(identity.decode(data, copy));
    FUZZ_CHECK(copy == data.toByteArray());
    return 0;
}
