#pragma once

#include <QByteArray>

/// A small deterministic random source (splitmix64). The simulator's content must be identical
/// for a seed on every platform and compiler, which the std:: distributions do not promise.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_state(seed)
    {}

    /// A strong 64-bit mix, used to derive independent seeds from (seed, key) pairs.
    static quint64 mix(quint64 x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return x;
    }

    /// FNV-1a: a stable hash of text for deriving seeds (qHash may differ between machines).
    static quint64 hash(const QByteArray &bytes)
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (const char c : bytes)
            h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        return h;
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }
    /// Uniform in [0, n).
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }

private:
    quint64 m_state;
};
