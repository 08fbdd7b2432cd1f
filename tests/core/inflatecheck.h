#pragma once

#include "core/gzipinflater.h"

#include <QByteArray>

#include <vector>

/// Runs GzipInflater over a whole buffer with one engine, as the index pass does, and records
/// what a user of the result would see. Shared by the engine tests and the differential fuzzer.
namespace InflateCheck {

struct Boundary
{
    qint64 out = 0;
    qint64 in = 0;
    int bits = 0;
    QByteArray window;
};

struct Outcome
{
    QByteArray output;
    GzipInflater::Error error = GzipInflater::Error::None;
    qint64 errorPosition = -1;
    qint64 errorMember = -1;
    int members = 0;
    qint64 trailingStart = -1;
    bool trailingZeros = true;
    std::vector<qint64> memberEnds; ///< output offsets where members end
    std::vector<Boundary> boundaries;
};

/// Feeds \a data in pieces of \a chunk bytes and collects the output in pieces of \a room.
inline Outcome run(InflateEngine::Kind kind, const QByteArray &data, size_t chunk = 4096,
                   size_t room = 65536, bool stopAtBlocks = false)
{
    Outcome result;
    GzipInflater inflater(InflateEngine::create(kind));
    inflater.setStopAtBlockEnd(stopAtBlocks);
    inflater.setKeepWindow(stopAtBlocks);
    inflater.startAtMember(0);
    std::vector<unsigned char> out(room);
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    size_t fed = 0;
    for (;;) {
        const GzipInflater::Step step = inflater.inflate(out.data(), out.size());
        result.output.append(reinterpret_cast<const char *>(out.data()), qsizetype(step.produced));
        switch (step.event) {
        case GzipInflater::Event::Output:
        case GzipInflater::Event::TrailingData:
            break;
        case GzipInflater::Event::NeedsInput: {
            const size_t n = std::min(chunk, size_t(data.size()) - fed);
            inflater.setInput(bytes + fed, n);
            fed += n;
            if (fed == size_t(data.size()))
                inflater.endOfInput();
            break;
        }
        case GzipInflater::Event::BlockEnd:
            result.boundaries.push_back(Boundary{inflater.outputTotal(), inflater.blockEndIn(),
                                                 inflater.blockEndBits(), inflater.window()});
            break;
        case GzipInflater::Event::MemberEnd:
            result.memberEnds.push_back(inflater.outputTotal());
            break;
        case GzipInflater::Event::End:
        case GzipInflater::Event::Error:
            result.error = inflater.error();
            result.errorPosition = inflater.errorPosition();
            result.errorMember = inflater.error() == GzipInflater::Error::None ? -1
                                                                              : inflater.members();
            result.members = inflater.members();
            result.trailingStart = inflater.trailingStart();
            result.trailingZeros = inflater.trailingZeros();
            return result;
        }
    }
}

/// Inflates from a block boundary found by run() to the end of its member, as a reader
/// starting at an access point does.
inline QByteArray resumeAt(InflateEngine::Kind kind, const QByteArray &data, const Boundary &at,
                           bool *ok = nullptr)
{
    GzipInflater inflater(InflateEngine::create(kind));
    const unsigned char before = at.in > 0 ? uchar(data[at.in - 1]) : 0;
    QByteArray output;
    if (ok)
        *ok = false;
    if (!inflater.resume(at.in, at.bits, before, at.window))
        return output;
    inflater.setInput(reinterpret_cast<const unsigned char *>(data.constData()) + at.in,
                      size_t(data.size() - at.in));
    inflater.endOfInput();
    std::vector<unsigned char> out(65536);
    for (;;) {
        const GzipInflater::Step step = inflater.inflate(out.data(), out.size());
        output.append(reinterpret_cast<const char *>(out.data()), qsizetype(step.produced));
        if (step.event == GzipInflater::Event::MemberEnd) {
            if (ok)
                *ok = true;
            return output;
        }
        if (step.event == GzipInflater::Event::Error || step.event == GzipInflater::Event::End)
            return output;
    }
}

} // namespace InflateCheck
