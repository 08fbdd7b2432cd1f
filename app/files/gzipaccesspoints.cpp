#include "gzipaccesspoints.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

void GzipAccessPoints::append(GzipAccessPoint point)
{
    QWriteLocker locker(&m_lock);
    Q_ASSERT(m_points.empty() || point.out >= m_points.back().out);
    m_windowBytes += point.window.size();
    m_points.push_back(std::move(point));
}

bool GzipAccessPoints::pointAtOrBefore(qint64 out, GzipAccessPoint &result) const
{
    QReadLocker locker(&m_lock);
    const auto it =
        std::upper_bound(m_points.begin(), m_points.end(), out,
                         [](qint64 value, const GzipAccessPoint &p) { return value < p.out; });
    if (it == m_points.begin())
        return false;
    result = *(it - 1);
    return true;
}

int GzipAccessPoints::count() const
{
    QReadLocker locker(&m_lock);
    return int(m_points.size());
}

std::vector<qint64> GzipAccessPoints::offsets() const
{
    QReadLocker locker(&m_lock);
    std::vector<qint64> result;
    result.reserve(m_points.size());
    for (const GzipAccessPoint &p : m_points)
        result.push_back(p.out);
    return result;
}

qint64 GzipAccessPoints::memoryBytes() const
{
    QReadLocker locker(&m_lock);
    return m_windowBytes + qint64(m_points.capacity() * sizeof(GzipAccessPoint));
}

QByteArray GzipAccessPoints::serialize() const
{
    QReadLocker locker(&m_lock);
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream << quint32(1) << quint64(m_points.size());
    for (const GzipAccessPoint &p : m_points)
        stream << p.out << p.in << p.bits << p.memberStart << p.window;
    return data;
}

bool GzipAccessPoints::deserialize(const QByteArray &data)
{
    QDataStream stream(data);
    quint32 version = 0;
    quint64 count = 0;
    stream >> version >> count;
    if (stream.status() != QDataStream::Ok || version != 1 || count > (quint64(1) << 32))
        return false;
    std::vector<GzipAccessPoint> points;
    qint64 windowBytes = 0;
    for (quint64 i = 0; i < count; ++i) {
        GzipAccessPoint p;
        stream >> p.out >> p.in >> p.bits >> p.memberStart >> p.window;
        if (stream.status() != QDataStream::Ok || p.bits > 7 || p.window.size() > 32768 ||
            (!points.empty() && p.out < points.back().out))
            return false;
        windowBytes += p.window.size();
        points.push_back(std::move(p));
    }
    QWriteLocker locker(&m_lock);
    m_points = std::move(points);
    m_windowBytes = windowBytes;
    return true;
}
