#include "simulatorstate.h"

#include "simrandom.h"

#include <QDateTime>

#include <cmath>

namespace {

constexpr qsizetype maxLoggedRequests = 20000;

} // namespace

SimulatorState::SimulatorState(const SimulatorOptions &options)
    : m_options(options)
    , m_generator(options.seed, options.messageSize)
    , m_files(m_generator, options.fileCacheBytes)
    , m_secret("hydrant-simulator-" + QByteArray::number(qulonglong(options.seed)))
{
    m_timeline.start();
    m_epochMs = options.streamEpoch.isValid() ? options.streamEpoch.toMSecsSinceEpoch()
                                              : QDateTime::currentMSecsSinceEpoch();
}

qint64 SimulatorState::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffset.load();
}

void SimulatorState::advanceClock(qint64 ms)
{
    m_clockOffset += ms;
}

QDate SimulatorState::today() const
{
    if (m_options.today.isValid())
        return m_options.today;
    return QDate::fromJulianDay(2440588 + nowMs() / 86400000); // 2440588: 1970-01-01
}

void SimulatorState::startTimeline()
{
    QMutexLocker locker(&m_mutex);
    m_timeline.start();
    if (!m_options.streamEpoch.isValid())
        m_epochMs = QDateTime::currentMSecsSinceEpoch();
}

qint64 SimulatorState::dueIndex() const
{
    const double rate = m_options.messagesPerSecond;
    if (rate <= 0)
        return 0;
    return qint64(std::floor(double(m_timeline.nsecsElapsed()) * 1e-9 * rate));
}

qint64 SimulatorState::createdAtMs(qint64 index) const
{
    const double rate = m_options.messagesPerSecond;
    if (rate > 0)
        return m_epochMs + qint64(double(index) * 1000.0 / rate);
    return nowMs();
}

const StreamTemplatePool &SimulatorState::streamPool()
{
    QMutexLocker locker(&m_poolMutex);
    if (!m_pool)
        m_pool = StreamTemplatePool::shared(m_generator, m_options.seed, m_options.shape);
    return *m_pool;
}

void SimulatorState::appendStreamMessage(QByteArray &out, qint64 index)
{
    streamPool().appendMessage(out, index, simFirstMessageId + index, createdAtMs(index));
}

qsizetype SimulatorState::appendDeflatedStreamLine(FixedDeflateWriter &writer, qint64 index)
{
    return streamPool().appendDeflatedLine(writer, index, simFirstMessageId + index,
                                           createdAtMs(index));
}

bool SimulatorState::usesPrecompressedStream() const
{
    return m_options.streamEncoding == SimulatorOptions::StreamEncoding::Precompressed;
}

void SimulatorState::addFault(const SimFault &fault)
{
    QMutexLocker locker(&m_mutex);
    m_faults.append(fault);
}

void SimulatorState::clearFaults()
{
    QMutexLocker locker(&m_mutex);
    m_faults.clear();
}

std::optional<SimFault> SimulatorState::takeFault(SimFault::Target target, SimFault::Kind kind)
{
    QMutexLocker locker(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault &fault = m_faults[i];
        if (fault.target != target || fault.kind != kind)
            continue;
        const SimFault taken = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QList<SimFault> SimulatorState::takeFaults(SimFault::Target target)
{
    QMutexLocker locker(&m_mutex);
    QList<SimFault> taken;
    for (qsizetype i = 0; i < m_faults.size();) {
        SimFault &fault = m_faults[i];
        if (fault.target != target || fault.kind == SimFault::ServiceUnavailable ||
            fault.kind == SimFault::RateLimited) {
            ++i;
            continue;
        }
        taken.append(fault);
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        else
            ++i;
    }
    return taken;
}

bool SimulatorState::admitConnection(const QString &account)
{
    const qint64 now = nowMs();
    QMutexLocker locker(&m_mutex);
    QList<qint64> &attempts = m_connectAttempts[account];
    attempts.removeIf([&](qint64 at) { return at <= now - m_options.connectWindowMs; });
    if (attempts.size() >= m_options.connectLimit)
        return false;
    attempts.append(now);
    return true;
}

int SimulatorState::addConnection(SimStreamConnection record)
{
    QMutexLocker locker(&m_mutex);
    record.number = int(m_connections.size()) + 1;
    m_connections.append(record);
    return record.number;
}

void SimulatorState::updateConnection(int number,
                                      const std::function<void(SimStreamConnection &)> &update)
{
    QMutexLocker locker(&m_mutex);
    if (number < 1 || number > m_connections.size())
        return;
    SimStreamConnection &record = m_connections[number - 1];
    const qint64 before = record.messages;
    update(record);
    m_messagesSent += record.messages - before;
    if (record.nextIndex > record.firstIndex) {
        const QString key = record.account + QLatin1Char('/') + record.label;
        qint64 &last = m_lastSent[key];
        last = qMax(last, record.nextIndex - 1);
    }
}

QList<SimStreamConnection> SimulatorState::connections() const
{
    QMutexLocker locker(&m_mutex);
    return m_connections;
}

std::optional<qint64> SimulatorState::lastSentIndex(const QString &accountKey) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_lastSent.constFind(accountKey);
    if (it == m_lastSent.constEnd())
        return std::nullopt;
    return *it;
}

void SimulatorState::logRequest(const SimRequest &request)
{
    QMutexLocker locker(&m_mutex);
    if (m_requests.size() >= maxLoggedRequests)
        m_requests.removeFirst();
    m_requests.append(request);
}

QList<SimRequest> SimulatorState::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

bool SimulatorState::isKnownFileType(const QString &type) const
{
    if (type.startsWith(QLatin1String("symbols_")))
        return m_options.symbolMetrics.contains(type.mid(8));
    return m_options.fileTypes.contains(type);
}

bool SimulatorState::hasBackup(const QString &type, QDate day) const
{
    if (!isKnownFileType(type) || !day.isValid())
        return false;
    if (m_options.hasBackup)
        return m_options.hasBackup(type, day);
    if (day < m_options.firstBackupDate || day >= today())
        return false;
    if (m_options.weekendsMissing && day.dayOfWeek() >= 6)
        return false;
    if (m_options.missingDates.contains(day))
        return false;
    const quint64 roll =
        SimRandom::mix(m_options.seed * 0x9E3779B1ULL + quint64(day.toJulianDay()));
    return int(roll % 1000) >= m_options.missingDaysPerThousand;
}

BackupFile::Parameters SimulatorState::fileParameters(const QString &type, QDate day) const
{
    BackupFile::Parameters parameters;
    parameters.seed = m_options.seed;
    parameters.type = type;
    parameters.day = day;
    parameters.multiMember = m_options.multiMemberFiles;
    parameters.compressionLevel = m_options.fileCompressionLevel;
    parameters.distinctBytes = m_options.distinctFileBytes;
    double factor = 1;
    if (m_options.fileSizeJitter > 0) {
        SimRandom random(SimRandom::mix(m_options.seed + quint64(day.toJulianDay()) * 7 +
                                        SimRandom::hash(type.toUtf8())));
        factor += qBound(0.0, m_options.fileSizeJitter, 0.9) * (2 * random.unit() - 1);
    }
    parameters.targetSize = qMax<qint64>(64, qint64(double(m_options.fileSize) * factor));
    return parameters;
}

std::shared_ptr<const BackupFile> SimulatorState::backupFile(const QString &type, QDate day)
{
    return m_files.file(fileParameters(type, day));
}
