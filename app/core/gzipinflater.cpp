#include "gzipinflater.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace {

constexpr int windowSize = 32768;
constexpr unsigned char flagHcrc = 2, flagExtra = 4, flagName = 8, flagComment = 16;

quint32 littleEndian32(const unsigned char *p)
{
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

} // namespace

GzipInflater::GzipInflater(std::unique_ptr<InflateEngine> engine)
    : m_engine(std::move(engine))
{}

GzipInflater::~GzipInflater() = default;

void GzipInflater::setStopAtBlockEnd(bool stop)
{
    m_stop = stop;
    m_engine->setStopAtBlockEnd(stop);
}

void GzipInflater::startAtMember(qint64 offset)
{
    m_state = State::Magic;
    m_magicBytes = 0;
    m_bufStart = offset;
    m_data = nullptr;
    m_size = m_pos = 0;
    m_tail.clear();
    m_own.clear();
    m_endOfInput = false;
    m_resumed = false;
    m_members = 0;
    m_outputTotal = 0;
    m_error = Error::None;
    m_errorDetail.clear();
    m_errorPosition = -1;
    m_memberStart = offset;
    m_trailingStart = -1;
    m_trailingZeros = true;
    m_window.clear();
}

bool GzipInflater::resume(qint64 in, int bits, unsigned char byteBefore, QByteArrayView window)
{
    startAtMember(in);
    m_resumed = true;
    m_memberStart = -1; // unknown
    if (!m_engine->resume(bits, byteBefore, window))
        return false;
    m_state = State::Body;
    m_checkCrc = false;
    m_memberOut = 0;
    m_bodyStartBits = in * 8 - bits;
    if (m_keepWindow)
        m_window = window.toByteArray();
    return true;
}

void GzipInflater::setInput(const unsigned char *data, size_t size)
{
    releaseInput();
    m_data = data;
    m_size = size;
    m_pos = 0;
    if (m_state == State::Body)
        m_engine->setInput(data, size);
}

void GzipInflater::releaseInput()
{
    // Everything given is consumed: remember its last bytes, then let go of it.
    if (m_size > 0) {
        // Only the last bytes can be asked for again: copying the whole input was measurable.
        const size_t keep = std::min<size_t>(m_size, tailBytes);
        m_tail.append(reinterpret_cast<const char *>(m_data + m_size - keep), qsizetype(keep));
        if (m_tail.size() > qsizetype(tailBytes))
            m_tail.remove(0, m_tail.size() - qsizetype(tailBytes));
    }
    m_bufStart += qint64(m_size);
    m_data = nullptr;
    m_size = m_pos = 0;
    m_own.clear(); // after m_data: it may have pointed into these bytes
}

void GzipInflater::endOfInput()
{
    m_endOfInput = true;
}

qint64 GzipInflater::inputPosition() const
{
    if (m_state == State::Body)
        return m_bufStart + qint64(m_size) - qint64(std::min(m_engine->inputLeft(), m_size));
    return m_bufStart + qint64(m_pos);
}

bool GzipInflater::betweenMembers() const
{
    return m_state == State::Magic && m_magicBytes == 0;
}

QByteArray GzipInflater::window() const
{
    return m_window.right(windowSize);
}

bool GzipInflater::takeByte(unsigned char &byte)
{
    if (m_pos >= m_size)
        return false;
    byte = m_data[m_pos++];
    return true;
}

void GzipInflater::keep(const unsigned char *data, size_t size)
{
    if (!m_keepWindow || size == 0)
        return;
    const size_t take = std::min<size_t>(size, windowSize);
    m_window.append(reinterpret_cast<const char *>(data + size - take), qsizetype(take));
    if (m_window.size() > 2 * windowSize)
        m_window = m_window.right(windowSize);
}

GzipInflater::Step GzipInflater::fail(Error error, qint64 position, const QString &detail,
                                      size_t produced)
{
    m_state = State::Failed;
    m_error = error;
    m_errorPosition = position;
    m_errorDetail = detail;
    return Step{produced, Event::Error};
}

void GzipInflater::beginBody()
{
    m_state = State::Body;
    m_checkCrc = m_verify;
    m_memberOut = 0;
    m_engine->start(m_checkCrc);
    m_engine->setStopAtBlockEnd(m_stop);
    m_bodyStartBits = (m_bufStart + qint64(m_pos)) * 8;
    m_engine->setInput(m_data + m_pos, m_size - m_pos);
    if (m_keepWindow)
        m_window.clear();
}

bool GzipInflater::parseHeader(Step &step, size_t produced)
{
    const auto needMore = [&] {
        if (m_endOfInput)
            step = fail(Error::Truncated, inputPosition(),
                        QStringLiteral("the data ends inside a member header"), produced);
        else
            step = Step{produced, Event::NeedsInput};
        return false;
    };
    unsigned char byte;
    const auto crcByte = [&] { m_headerCrc = quint32(crc32(m_headerCrc, &byte, 1)); };
    for (;;) {
        switch (m_headerStep) {
        case 0: // ID1 ID2 CM FLG MTIME XFL OS
            while (m_fieldBytes < 10 && takeByte(byte))
                m_fixed[m_fieldBytes++] = byte;
            if (m_fieldBytes < 10)
                return needMore();
            if (m_fixed[2] != 8) {
                step = fail(Error::BadHeader, m_memberStart,
                            QStringLiteral("unknown compression method"), produced);
                return false;
            }
            if (m_fixed[3] & 0xe0) {
                step = fail(Error::BadHeader, m_memberStart,
                            QStringLiteral("unknown header flags set"), produced);
                return false;
            }
            m_headerCrc = quint32(crc32(crc32(0, nullptr, 0), m_fixed, 10));
            m_fieldBytes = 0;
            m_extraLength = 0;
            m_headerStep = 1;
            break;
        case 1: // XLEN
            if (m_fixed[3] & flagExtra) {
                while (m_fieldBytes < 2 && takeByte(byte)) {
                    crcByte();
                    m_extraLength |= int(byte) << (8 * m_fieldBytes++);
                }
                if (m_fieldBytes < 2)
                    return needMore();
            }
            m_fieldBytes = 0;
            m_headerStep = 2;
            break;
        case 2: // extra field
            while (m_fieldBytes < m_extraLength && takeByte(byte)) {
                crcByte();
                ++m_fieldBytes;
            }
            if (m_fieldBytes < m_extraLength)
                return needMore();
            m_headerStep = 3;
            break;
        case 3: // file name
        case 4: // comment
        {
            const unsigned char flag = m_headerStep == 3 ? flagName : flagComment;
            bool ended = !(m_fixed[3] & flag);
            while (!ended && takeByte(byte)) {
                crcByte();
                ended = byte == 0;
            }
            if (!ended)
                return needMore();
            m_fieldBytes = 0;
            ++m_headerStep;
            break;
        }
        case 5: // header CRC
            if (m_fixed[3] & flagHcrc) {
                while (m_fieldBytes < 2 && takeByte(byte))
                    m_trailer[m_fieldBytes++] = byte;
                if (m_fieldBytes < 2)
                    return needMore();
                if ((quint32(m_trailer[0]) | quint32(m_trailer[1]) << 8) != (m_headerCrc & 0xffff)) {
                    step = fail(Error::BadHeader, m_memberStart,
                                QStringLiteral("header crc mismatch"), produced);
                    return false;
                }
            }
            beginBody();
            return true;
        }
    }
}

GzipInflater::Step GzipInflater::inflate(unsigned char *out, size_t room)
{
    const Step result = inflateUntilEvent(out, room);
    if (result.event == Event::NeedsInput)
        releaseInput(); // every byte given is consumed
    return result;
}

GzipInflater::Step GzipInflater::inflateUntilEvent(unsigned char *out, size_t room)
{
    Step step;
    for (int idle = 0; idle < 64;) {
        switch (m_state) {
        case State::Failed:
            step.event = Event::Error;
            return step;
        case State::Done:
            step.event = Event::End;
            return step;
        case State::Magic: {
            unsigned char byte;
            while (m_magicBytes < 2 && takeByte(byte))
                m_magic[m_magicBytes++] = byte;
            if (m_magicBytes < 2 && !m_endOfInput) {
                step.event = Event::NeedsInput;
                return step;
            }
            if (m_magicBytes == 0) {
                m_state = State::Done;
                break;
            }
            const qint64 start = inputPosition() - m_magicBytes;
            if (m_magicBytes == 2 && m_magic[0] == 0x1f && m_magic[1] == 0x8b) {
                m_memberStart = start;
                m_fixed[0] = m_magic[0];
                m_fixed[1] = m_magic[1];
                m_fieldBytes = 2;
                m_headerStep = 0;
                m_magicBytes = 0;
                m_state = State::Header;
                break;
            }
            if (m_members == 0 && !m_resumed) {
                m_memberStart = start;
                if (m_magicBytes < 2) // one byte: too short to tell, as zlib says
                    return fail(Error::Truncated, inputPosition(),
                                QStringLiteral("the data ends inside a member header"),
                                step.produced);
                return fail(Error::NotGzip, start, QStringLiteral("not in gzip format"),
                            step.produced);
            }
            m_trailingStart = start;
            m_trailingZeros = m_magic[0] == 0 && (m_magicBytes < 2 || m_magic[1] == 0);
            m_magicBytes = 0;
            m_state = State::Trailing;
            step.event = Event::TrailingData;
            return step;
        }
        case State::Trailing:
            for (; m_pos < m_size; ++m_pos)
                m_trailingZeros = m_trailingZeros && m_data[m_pos] == 0;
            if (!m_endOfInput) {
                step.event = Event::NeedsInput;
                return step;
            }
            m_state = State::Done;
            break;
        case State::Header:
            if (!parseHeader(step, step.produced))
                return step;
            break;
        case State::Body: {
            if (step.produced == room) {
                step.event = Event::Output;
                return step;
            }
            unsigned char *target = out + step.produced;
            const InflateEngine::Result r = m_engine->inflate(target, room - step.produced);
            keep(target, r.produced);
            step.produced += r.produced;
            m_memberOut += qint64(r.produced);
            m_outputTotal += qint64(r.produced);
            idle = r.produced > 0 ? 0 : idle + 1;
            switch (r.status) {
            case InflateEngine::Status::Ok:
                break;
            case InflateEngine::Status::NeedsInput:
                m_pos = m_size;
                if (m_endOfInput)
                    return fail(Error::Truncated, m_bufStart + qint64(m_size),
                                QStringLiteral("the data ends inside a member"), step.produced);
                step.event = Event::NeedsInput;
                return step;
            case InflateEngine::Status::BlockEnd: {
                const qint64 bit = m_bodyStartBits + m_engine->blockEndBits();
                m_blockIn = (bit + 7) / 8;
                m_blockBits = int(m_blockIn * 8 - bit);
                step.event = Event::BlockEnd;
                return step;
            }
            case InflateEngine::Status::StreamEnd: {
                const size_t left = m_engine->inputLeft();
                if (left <= m_size) {
                    m_pos = m_size - left;
                } else {
                    // The engine's bit buffer reached into earlier input: read those bytes again.
                    const qsizetype extra = qsizetype(left - m_size);
                    QByteArray own = m_tail.right(extra);
                    own.append(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
                    m_tail.chop(extra);
                    m_own = std::move(own);
                    m_bufStart -= extra;
                    m_data = reinterpret_cast<const unsigned char *>(m_own.constData());
                    m_size = size_t(m_own.size());
                    m_pos = 0;
                }
                m_trailerBytes = 0;
                m_state = State::Trailer;
                break;
            }
            case InflateEngine::Status::Error:
                return fail(Error::CorruptData, (m_bodyStartBits + m_engine->bitsConsumed()) / 8,
                            m_engine->errorText(), step.produced);
            }
            break;
        }
        case State::Trailer: {
            unsigned char byte;
            while (m_trailerBytes < 8 && takeByte(byte))
                m_trailer[m_trailerBytes++] = byte;
            if (m_trailerBytes < 8) {
                if (m_endOfInput)
                    return fail(Error::Truncated, inputPosition(),
                                QStringLiteral("the data ends inside a member trailer"),
                                step.produced);
                step.event = Event::NeedsInput;
                return step;
            }
            const qint64 trailerStart = inputPosition() - 8;
            if (m_checkCrc && littleEndian32(m_trailer) != m_engine->crc())
                return fail(Error::BadCrc, trailerStart, QStringLiteral("incorrect data check"),
                            step.produced);
            if (!m_resumed && littleEndian32(m_trailer + 4) != quint32(m_memberOut))
                return fail(Error::BadLength, trailerStart,
                            QStringLiteral("incorrect length check"), step.produced);
            ++m_members;
            m_resumed = false;
            m_state = State::Magic;
            m_magicBytes = 0;
            step.event = Event::MemberEnd;
            return step;
        }
        }
    }
    // An engine that makes no progress although it has room and input: never spin.
    return fail(Error::CorruptData, inputPosition(), QStringLiteral("no progress"), step.produced);
}
