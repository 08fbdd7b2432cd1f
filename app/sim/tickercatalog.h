#pragma once

#include <QByteArray>

#include <vector>

/// The fixed list of about 500 ticker symbols the synthetic messages talk about, with a skewed
/// (Zipf-like) popularity: a few symbols dominate the stream, as on the real service.
class TickerCatalog
{
public:
    struct Ticker
    {
        int id = 0;
        QByteArray symbol; ///< e.g. "AAPL", "BTC.X"
        QByteArray title;  ///< JSON-escaped company or asset name
        int watchers = 0;  ///< how many users watch it; falls with popularity
    };

    TickerCatalog();

    int size() const { return int(m_tickers.size()); }
    const Ticker &at(int index) const { return m_tickers[size_t(index)]; }
    /// Picks a ticker index by popularity from a uniform number in [0, 1).
    int sample(double uniform) const;

private:
    std::vector<Ticker> m_tickers;
    std::vector<double> m_cumulative;
};
