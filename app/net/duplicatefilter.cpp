#include "duplicatefilter.h"

#include <QHash>

#include <algorithm>
#include <bit>

DuplicateFilter::DuplicateFilter(int capacity)
    : m_capacity(std::max(capacity, 1))
{
    // At most half full, so probes stay short.
    const size_t slotCount = std::bit_ceil(size_t(m_capacity) * 2);
    m_mask = slotCount - 1;
    m_slots.assign(slotCount, 0);
}

bool DuplicateFilter::contains(quint64 key) const
{
    for (size_t i = home(key);; i = (i + 1) & m_mask) {
        if (m_slots[i] == key)
            return true;
        if (m_slots[i] == 0)
            return false;
    }
}

void DuplicateFilter::insert(quint64 key)
{
    size_t i = home(key);
    while (m_slots[i] != 0)
        i = (i + 1) & m_mask;
    m_slots[i] = key;
    ++m_size;
}

void DuplicateFilter::erase(quint64 key)
{
    size_t i = home(key);
    while (m_slots[i] != key) {
        if (m_slots[i] == 0)
            return;
        i = (i + 1) & m_mask;
    }
    // Backward-shift deletion: later keys of the same run move up into the hole, so that a
    // lookup never stops early at it (no tombstones to clean up).
    for (size_t j = (i + 1) & m_mask; m_slots[j] != 0; j = (j + 1) & m_mask) {
        const size_t want = home(m_slots[j]);
        // Key j may fill hole i when its home is not cyclically within (i, j].
        const bool homeAfterHole = i <= j ? (want > i && want <= j) : (want > i || want <= j);
        if (!homeAfterHole) {
            m_slots[i] = m_slots[j];
            i = j;
        }
    }
    m_slots[i] = 0;
    --m_size;
}

bool DuplicateFilter::isDuplicate(QStringView id)
{
    if (id.isEmpty())
        return false;
    // Two independent seeds make a 64-bit key even where size_t is 32 bits.
    quint64 key = (quint64(qHash(id, 0x9e3779b9U)) << 32) ^ quint64(qHash(id, 0x85ebca6bU));
    if (key == 0)
        key = 1; // 0 marks an empty slot
    if (contains(key))
        return true;
    if (int(m_ring.size()) < m_capacity) {
        m_ring.push_back(key);
    } else {
        erase(m_ring[m_next]);
        m_ring[m_next] = key;
        m_next = (m_next + 1) % m_ring.size();
    }
    insert(key);
    return false;
}

void DuplicateFilter::clear()
{
    std::fill(m_slots.begin(), m_slots.end(), 0);
    m_ring.clear();
    m_next = 0;
    m_size = 0;
}
