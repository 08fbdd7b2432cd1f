#include "duplicatefilter.h"

#include <QHash>

#include <algorithm>

DuplicateFilter::DuplicateFilter(int capacity)
    : m_capacity(std::max(capacity, 1))
{
    m_set.reserve(size_t(std::min(m_capacity, 1 << 16)));
}

bool DuplicateFilter::isDuplicate(QStringView id)
{
    if (id.isEmpty())
        return false;
    // Two independent seeds make a 64-bit key even where size_t is 32 bits.
    const quint64 key = (quint64(qHash(id, 0x9e3779b9U)) << 32) ^ quint64(qHash(id, 0x85ebca6bU));
    if (m_set.count(key))
        return true;
    if (int(m_ring.size()) < m_capacity) {
        m_ring.push_back(key);
    } else {
        m_set.erase(m_ring[m_next]);
        m_ring[m_next] = key;
        m_next = (m_next + 1) % m_ring.size();
    }
    m_set.insert(key);
    return false;
}

void DuplicateFilter::clear()
{
    m_set.clear();
    m_ring.clear();
    m_next = 0;
}
