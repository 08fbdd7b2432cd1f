#include "streamtemplatepool.h"

#include "simrandom.h"

#include <QMutex>

#include <algorithm>
#include <charconv>
#include <map>
#include <mutex>
#include <tuple>

namespace {

constexpr int poolSize = 4096;
// Stand-ins rendered into the templates and then cut out: an id and a time that no real field
// of a synthetic message can contain.
constexpr qint64 sentinelId = 999999999999999;
constexpr qint64 sentinelTimeMs = 4102444799123; // 2099-12-31T23:59:59.123Z

} // namespace

// The values stamped into one message, each formatted only if its template needs it.
struct StreamTemplatePool::Values
{
    char id[24];
    char time[3][40];
    int length[4] = {0, -1, -1, -1}; // per Slot; -1: not formatted yet
    qint64 createdAtMs;

    Values(qint64 messageId, qint64 ms)
        : createdAtMs(ms)
    {
        length[0] = int(std::to_chars(id, id + sizeof id, messageId).ptr - id);
    }
    QByteArrayView value(Slot slot)
    {
        const int kind = int(slot);
        if (slot == Slot::Id)
            return QByteArrayView(id, length[0]);
        char *buffer = time[kind - 1];
        if (length[kind] < 0) {
            length[kind] = slot == Slot::TwitterTime
                               ? MessageGenerator::formatTwitterTime(buffer, createdAtMs)
                               : MessageGenerator::formatIsoTime(buffer, createdAtMs,
                                                                 slot == Slot::TimeMillis);
        }
        return QByteArrayView(buffer, length[kind]);
    }
};

std::shared_ptr<const StreamTemplatePool>
StreamTemplatePool::shared(const MessageGenerator &generator, quint64 seed, MessageShape shape)
{
    static QMutex mutex;
    static std::map<std::tuple<quint64, int, int>, std::shared_ptr<const StreamTemplatePool>> pools;
    QMutexLocker locker(&mutex);
    auto &pool = pools[{seed, generator.targetSize(), int(shape)}];
    if (!pool)
        pool = std::make_shared<StreamTemplatePool>(generator, seed, shape);
    return pool;
}

StreamTemplatePool::StreamTemplatePool(const MessageGenerator &generator, quint64 seed,
                                       MessageShape shape)
    : m_seed(seed)
{
    QByteArray isoSentinel, isoMillisSentinel, twitterSentinel;
    MessageGenerator::appendIsoTime(isoSentinel, sentinelTimeMs);
    MessageGenerator::appendIsoTime(isoMillisSentinel, sentinelTimeMs, true);
    MessageGenerator::appendTwitterTime(twitterSentinel, sentinelTimeMs);
    const QByteArray idSentinel = QByteArray::number(sentinelId);
    const std::pair<QByteArray, Slot> markers[] = {{idSentinel, Slot::Id},
                                                   {isoMillisSentinel, Slot::TimeMillis},
                                                   {isoSentinel, Slot::Time},
                                                   {twitterSentinel, Slot::TwitterTime}};

    m_templates.resize(poolSize);
    for (int t = 0; t < poolSize; ++t) {
        const QByteArray rendered =
            generator.message(quint64(t), sentinelId, sentinelTimeMs, shape);
        std::vector<std::tuple<qsizetype, qsizetype, Slot>> found;
        for (const auto &[marker, slot] : markers) {
            for (qsizetype at = rendered.indexOf(marker); at >= 0;
                 at = rendered.indexOf(marker, at + marker.size()))
                found.emplace_back(at, marker.size(), slot);
        }
        std::sort(found.begin(), found.end());
        Template &entry = m_templates[size_t(t)];
        qsizetype position = 0;
        for (const auto &[at, length, slot] : found) {
            entry.pieces.push_back(rendered.mid(position, at - position));
            entry.slotKinds.push_back(slot);
            position = at + length;
        }
        entry.pieces.push_back(rendered.mid(position));
        for (size_t i = 0; i < entry.pieces.size(); ++i) {
            const bool last = i + 1 == entry.pieces.size();

            entry.constantBytes += entry.pieces[i].size() + (last ? 2 : 0);
        }
    }
}

const StreamTemplatePool::Template &StreamTemplatePool::pick(qint64 index) const
{
    return m_templates[size_t(SimRandom::mix(m_seed ^ SimRandom::mix(quint64(index))) %
                              m_templates.size())];
}

void StreamTemplatePool::appendMessage(QByteArray &out, qint64 index, qint64 id,
                                       qint64 createdAtMs) const
{
    const Template &entry = pick(index);
    Values values(id, createdAtMs);
    for (size_t i = 0; i < entry.slotKinds.size(); ++i) {
        out.append(entry.pieces[i]);
        out.append(values.value(entry.slotKinds[i]));
    }
    out.append(entry.pieces.back());
}

qsizetype StreamTemplatePool::appendDeflatedLine(FixedDeflateWriter &writer, qint64 index,
                                                 qint64 id, qint64 createdAtMs) const
{
    std::call_once(m_codesOnce, [this] {
        // Made on first use only: a simulator that never serves the Precompressed encoding
        // does not pay for it.
        for (Template &each : m_templates) {
            for (size_t i = 0; i < each.pieces.size(); ++i) {
                const bool last = i + 1 == each.pieces.size();
                each.codes.push_back(
                    FixedDeflateWriter::encode(last ? each.pieces[i] + "\r\n" : each.pieces[i]));
            }
        }
    });
    const Template &entry = pick(index);
    Values values(id, createdAtMs);
    qsizetype decoded = entry.constantBytes;
    for (size_t i = 0; i < entry.slotKinds.size(); ++i) {
        writer.appendCode(entry.codes[i]);
        const QByteArrayView value = values.value(entry.slotKinds[i]);
        writer.appendLiterals(value);
        decoded += value.size();
    }
    writer.appendCode(entry.codes.back());
    return decoded;
}
