// The two inflate engines (zlib and ISA-L) against each other on arbitrary bytes, through the
// gzip layer every bulk reader uses (index pass, search, export, download verification):
//  - the same verdict: both accept the input or both reject it, at the same member; header and
//    container problems (not gzip, bad header) are the same problem at the same offset; a check
//    failure or a cut-off file is found at the same offset;
//  - the same output and line offsets for every member that passed its checks, and for an
//    input they accept, the same output, member ends and trailing bytes;
//  - from each block boundary one engine finds, the other engine resumes to the same bytes.
// In a build without ISA-L, zlib is compared with itself fed in other pieces.

#include "../core/inflatecheck.h"
#include "core/inflateengine.h"
#include "fuzzinput.h"

#include <QByteArray>

#include <vector>

namespace {

using Kind = InflateEngine::Kind;
using Error = GzipInflater::Error;

bool isDataError(Error e)
{
    return e == Error::CorruptData || e == Error::BadCrc || e == Error::BadLength ||
           e == Error::Truncated;
}

std::vector<qint64> lineOffsets(const QByteArray &text)
{
    std::vector<qint64> offsets;
    for (qsizetype i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        offsets.push_back(i + 1);
    return offsets;
}

/// Output of the members that passed their checks.
QByteArray verified(const InflateCheck::Outcome &o)
{
    if (o.error == Error::None)
        return o.output;
    return o.output.left(o.memberEnds.empty() ? 0 : o.memberEnds.back());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    FuzzInput input(bytes, size);
    // Byte 0: input piece size; byte 1: output room.
    const size_t chunk = 1 + size_t(input.takeByte()) * 37;
    const size_t room = 1 + size_t(input.takeByte()) * 517;
    const QByteArrayView rest = input.rest();
    const QByteArray data(rest.data(), rest.size());

    const Kind other = InflateEngine::available(Kind::Isal) ? Kind::Isal : Kind::Zlib;
    const InflateCheck::Outcome a = InflateCheck::run(Kind::Zlib, data, 4096, 65536, false);
    const InflateCheck::Outcome b = InflateCheck::run(other, data, chunk, room, true);

    FUZZ_CHECK((a.error == Error::None) == (b.error == Error::None));
    FUZZ_CHECK(a.errorMember == b.errorMember);
    FUZZ_CHECK(a.memberEnds == b.memberEnds);
    const QByteArray good = verified(a);
    FUZZ_CHECK(good == verified(b));
    FUZZ_CHECK(lineOffsets(good) == lineOffsets(verified(b)));
    if (a.error == Error::None) {
        FUZZ_CHECK(a.output == b.output);
        FUZZ_CHECK(a.members == b.members);
        FUZZ_CHECK(a.trailingStart == b.trailingStart);
        FUZZ_CHECK(a.trailingZeros == b.trailingZeros);
    } else if (!isDataError(a.error) || !isDataError(b.error)) {
        FUZZ_CHECK(a.error == b.error);
        FUZZ_CHECK(a.errorPosition == b.errorPosition);
    } else if (a.error == b.error && a.error != Error::CorruptData) {
        FUZZ_CHECK(a.errorPosition == b.errorPosition);
    }
    // Both engines' output is a prefix-compatible reading of the same member data.
    const qsizetype common = std::min(a.output.size(), b.output.size());
    if (a.error == Error::None)
        FUZZ_CHECK(a.output.left(common) == b.output.left(common));

    // Resuming from the boundaries the fast engine found (a few of them) gives zlib's bytes.
    if (a.error == Error::None) {
        const size_t step = std::max<size_t>(1, b.boundaries.size() / 4);
        for (size_t i = 0; i < b.boundaries.size(); i += step) {
            const InflateCheck::Boundary &at = b.boundaries[i];
            const auto end = std::lower_bound(a.memberEnds.begin(), a.memberEnds.end(), at.out + 1);
            FUZZ_CHECK(end != a.memberEnds.end());
            for (Kind kind : {Kind::Zlib, other}) {
                bool ok = false;
                const QByteArray resumed = InflateCheck::resumeAt(kind, data, at, &ok);
                FUZZ_CHECK(ok);
                FUZZ_CHECK(resumed == a.output.mid(at.out, *end - at.out));
            }
        }
    }
    return 0;
}
