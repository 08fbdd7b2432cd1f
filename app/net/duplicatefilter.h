#pragma once

#include <QStringView>

#include <vector>

/// Drops activities seen before, by id, over a bounded window of the most recent ids: after a
/// reconnect the provider's backfill re-sends up to five minutes of activities (DESIGN §1.1).
/// Ids are kept as 64-bit hashes in one flat table (open addressing, never more than half
/// full), so a window of 250 000 ids costs about 6 MB and no allocation per message: a
/// node-based set spent more of the stream thread's time than parsing the JSON did.
class DuplicateFilter
{
public:
    static constexpr int defaultCapacity = 250'000;

    explicit DuplicateFilter(int capacity = defaultCapacity);

    /// True when \a id was seen within the window (the caller drops the message); otherwise
    /// remembers it and returns false. An empty id is never a duplicate.
    bool isDuplicate(QStringView id);

    void clear();
    int size() const { return m_size; }
    int capacity() const { return m_capacity; }

private:
    size_t home(quint64 key) const { return size_t(key ^ (key >> 29)) & m_mask; }
    bool contains(quint64 key) const;
    void insert(quint64 key);
    void erase(quint64 key);

    int m_capacity;
    int m_size = 0;
    size_t m_mask = 0;
    std::vector<quint64> m_slots; ///< 0: empty (a key of 0 is stored as 1)
    std::vector<quint64> m_ring;  ///< insertion order, to forget the oldest id first
    size_t m_next = 0;
};
