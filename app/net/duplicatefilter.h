#pragma once

#include <QStringView>

#include <unordered_set>
#include <vector>

/// Drops activities seen before, by id, over a bounded window of the most recent ids: after a
/// reconnect the provider's backfill re-sends up to five minutes of activities (DESIGN §1.1).
/// Ids are kept as 64-bit hashes, so a window of 250 000 ids costs a few megabytes.
class DuplicateFilter
{
public:
    static constexpr int defaultCapacity = 250'000;

    explicit DuplicateFilter(int capacity = defaultCapacity);

    /// True when \a id was seen within the window (the caller drops the message); otherwise
    /// remembers it and returns false. An empty id is never a duplicate.
    bool isDuplicate(QStringView id);

    void clear();
    int size() const { return int(m_set.size()); }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    std::unordered_set<quint64> m_set;
    std::vector<quint64> m_ring; ///< insertion order, to forget the oldest id first
    size_t m_next = 0;
};
