// The stream's HTTP response reader on arbitrary bytes from the server. Beyond not crashing:
// the same bytes give the same head, body and verdict whether they arrive at once or in pieces
// of any size, and the body is never larger than the bytes that carried it.

#include "fuzzinput.h"
#include "net/httpresponsereader.h"

namespace {

struct Outcome
{
    bool ok = true;
    bool closedProperly = false;
    bool hasHead = false;
    int status = 0;
    QList<HttpResponseReader::Header> headers;
    QByteArray body;
    HttpResponseReader::Error error = HttpResponseReader::Error::None;
};

Outcome read(QByteArrayView data, ChunkSizes *chunks)
{
    HttpResponseReader reader;
    Outcome outcome;
    qsizetype offset = 0;
    while (offset < data.size() && outcome.ok) {
        const qsizetype size =
            chunks ? std::min(chunks->next(), data.size() - offset) : data.size() - offset;
        outcome.ok = reader.feed(data.sliced(offset, size), outcome.body);
        offset += size;
    }
    if (outcome.ok)
        outcome.closedProperly = reader.finishAtClose();
    outcome.hasHead = reader.hasHead();
    outcome.status = reader.status();
    outcome.headers = reader.headers();
    outcome.error = reader.error();
    FUZZ_CHECK(outcome.body.size() <= data.size());
    FUZZ_CHECK(outcome.ok || outcome.error != HttpResponseReader::Error::None);
    if (outcome.hasHead)
        FUZZ_CHECK(outcome.status >= 100 && outcome.status <= 999);
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    FuzzInput input(bytes, size);
    const uint8_t chunkSeed = input.takeByte();
    const QByteArrayView data = input.rest();

    const Outcome whole = read(data, nullptr);
    ChunkSizes chunks(chunkSeed);
    const Outcome pieces = read(data, &chunks);

    FUZZ_CHECK(whole.ok == pieces.ok);
    FUZZ_CHECK(whole.closedProperly == pieces.closedProperly);
    FUZZ_CHECK(whole.hasHead == pieces.hasHead);
    FUZZ_CHECK(whole.status == pieces.status);
    FUZZ_CHECK(whole.headers == pieces.headers);
    FUZZ_CHECK(whole.error == pieces.error);
    // A refused answer may have delivered a different amount before the fault was seen.
    if (whole.ok)
        FUZZ_CHECK(whole.body == pieces.body);
    return 0;
}
