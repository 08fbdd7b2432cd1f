#include "gzipstreamdecoder.h"

#include "core/gzipinflater.h"

#include <QCoreApplication>

GzipStreamDecoder::GzipStreamDecoder(Mode mode)
    : m_inflater(std::make_unique<GzipInflater>())
    , m_mode(mode)
{
    // No CRC-32 over the inflated bytes. A live stream's member never ends, so its trailer never
    // comes to be checked; and every item is delivered as it is inflated, long before a trailer
    // could say anything about it. Corrupt deflate data is still refused (invalid codes and
    // distances), a member that does end still has its length checked, and each item's JSON is
    // parsed.
    m_inflater->setVerifyChecksums(false);
    reset(mode);
}

GzipStreamDecoder::~GzipStreamDecoder() = default;

void GzipStreamDecoder::reset(Mode mode)
{
    m_mode = mode;
    m_error.clear();
    m_inflater->startAtMember(0);
}

int GzipStreamDecoder::membersFinished() const
{
    return m_inflater->members();
}

bool GzipStreamDecoder::atMemberBoundary() const
{
    return m_inflater->betweenMembers();
}

bool GzipStreamDecoder::decode(QByteArrayView input, QByteArray &output)
{
    if (hasError())
        return false;
    if (m_mode == Mode::Identity) {
        output.append(input.data(), input.size());
        return true;
    }
    if (input.isEmpty())
        return true;

    m_inflater->setInput(reinterpret_cast<const unsigned char *>(input.data()),
                         size_t(input.size()));
    constexpr qsizetype chunk = 64 * 1024;
    for (;;) {
        const qsizetype before = output.size();
        output.resize(before + chunk);
        const GzipInflater::Step step =
            m_inflater->inflate(reinterpret_cast<unsigned char *>(output.data() + before), chunk);
        output.resize(before + qsizetype(step.produced));
        switch (step.event) {
        case GzipInflater::Event::Output:    // the chunk is full: more may follow
        case GzipInflater::Event::MemberEnd: // a further member may follow in the same body
        case GzipInflater::Event::BlockEnd:  // not asked for
            continue;
        case GzipInflater::Event::NeedsInput:
        case GzipInflater::Event::End:
            return true;
        case GzipInflater::Event::TrailingData:
            // A stream is gzip members and nothing else: what follows one is another.
            m_error = QCoreApplication::translate(
                "GzipStreamDecoder",
                "The compressed stream is corrupt (data that is not gzip follows a member).");
            return false;
        case GzipInflater::Event::Error:
            m_error = QCoreApplication::translate("GzipStreamDecoder",
                                                  "The compressed stream is corrupt (%1).")
                          .arg(m_inflater->errorDetail());
            return false;
        }
    }
}
