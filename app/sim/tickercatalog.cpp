#include "tickercatalog.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Real, well-known symbols first (they get the most popular ranks), then synthetic companies
// so the catalogue has the breadth of a real stream without pretending to be a data source.
const char *const knownTickers[][2] = {
    {"SPY", "SPDR S&P 500 ETF Trust"},
    {"TSLA", "Tesla Inc."},
    {"AAPL", "Apple Inc."},
    {"NVDA", "NVIDIA Corporation"},
    {"AMD", "Advanced Micro Devices Inc."},
    {"BTC.X", "Bitcoin"},
    {"AMZN", "Amazon.com Inc."},
    {"META", "Meta Platforms Inc."},
    {"MSFT", "Microsoft Corporation"},
    {"QQQ", "Invesco QQQ Trust"},
    {"GOOGL", "Alphabet Inc. Class A"},
    {"ETH.X", "Ethereum"},
    {"PLTR", "Palantir Technologies Inc."},
    {"GME", "GameStop Corp."},
    {"AMC", "AMC Entertainment Holdings Inc."},
    {"NFLX", "Netflix Inc."},
    {"SOFI", "SoFi Technologies Inc."},
    {"NIO", "NIO Inc."},
    {"COIN", "Coinbase Global Inc."},
    {"BABA", "Alibaba Group Holding Ltd."},
    {"INTC", "Intel Corporation"},
    {"DIS", "The Walt Disney Company"},
    {"BA", "The Boeing Company"},
    {"JPM", "JPMorgan Chase & Co."},
    {"BAC", "Bank of America Corporation"},
    {"F", "Ford Motor Company"},
    {"GM", "General Motors Company"},
    {"XOM", "Exxon Mobil Corporation"},
    {"CVX", "Chevron Corporation"},
    {"PFE", "Pfizer Inc."},
    {"MRNA", "Moderna Inc."},
    {"JNJ", "Johnson & Johnson"},
    {"KO", "The Coca-Cola Company"},
    {"PEP", "PepsiCo Inc."},
    {"WMT", "Walmart Inc."},
    {"COST", "Costco Wholesale Corporation"},
    {"T", "AT&T Inc."},
    {"VZ", "Verizon Communications Inc."},
    {"UBER", "Uber Technologies Inc."},
    {"LYFT", "Lyft Inc."},
    {"SNAP", "Snap Inc."},
    {"PYPL", "PayPal Holdings Inc."},
    {"SQ", "Block Inc."},
    {"SHOP", "Shopify Inc."},
    {"RIVN", "Rivian Automotive Inc."},
    {"LCID", "Lucid Group Inc."},
    {"MARA", "Marathon Digital Holdings Inc."},
    {"RIOT", "Riot Platforms Inc."},
    {"DOGE.X", "Dogecoin"},
    {"SOL.X", "Solana"},
    {"XRP.X", "XRP"},
    {"ADA.X", "Cardano"},
    {"ARKK", "ARK Innovation ETF"},
    {"IWM", "iShares Russell 2000 ETF"},
    {"DIA", "SPDR Dow Jones Industrial Average ETF"},
    {"GLD", "SPDR Gold Shares"},
    {"SLV", "iShares Silver Trust"},
    {"USO", "United States Oil Fund"},
    {"TLT", "iShares 20+ Year Treasury Bond ETF"},
    {"ORCL", "Oracle Corporation"},
    {"CRM", "Salesforce Inc."},
    {"ADBE", "Adobe Inc."},
    {"CSCO", "Cisco Systems Inc."},
    {"QCOM", "Qualcomm Inc."},
    {"AVGO", "Broadcom Inc."},
    {"MU", "Micron Technology Inc."},
    {"TSM", "Taiwan Semiconductor Manufacturing Co."},
    {"ASML", "ASML Holding N.V."},
    {"SMCI", "Super Micro Computer Inc."},
    {"ARM", "Arm Holdings plc"},
    {"IBM", "International Business Machines Corp."},
    {"NKE", "Nike Inc."},
    {"SBUX", "Starbucks Corporation"},
    {"MCD", "McDonald's Corporation"},
    {"HD", "The Home Depot Inc."},
    {"LOW", "Lowe's Companies Inc."},
    {"TGT", "Target Corporation"},
    {"V", "Visa Inc."},
    {"MA", "Mastercard Inc."},
    {"GS", "The Goldman Sachs Group Inc."},
    {"MS", "Morgan Stanley"},
    {"C", "Citigroup Inc."},
    {"WFC", "Wells Fargo & Company"},
    {"BRK.B", "Berkshire Hathaway Inc. Class B"},
    {"UNH", "UnitedHealth Group Inc."},
    {"LLY", "Eli Lilly and Company"},
    {"ABBV", "AbbVie Inc."},
    {"MRK", "Merck & Co. Inc."},
    {"NVAX", "Novavax Inc."},
    {"BNTX", "BioNTech SE"},
    {"CCL", "Carnival Corporation"},
    {"AAL", "American Airlines Group Inc."},
    {"DAL", "Delta Air Lines Inc."},
    {"UAL", "United Airlines Holdings Inc."},
    {"SNOW", "Snowflake Inc."},
    {"NET", "Cloudflare Inc."},
    {"CRWD", "CrowdStrike Holdings Inc."},
    {"ZM", "Zoom Video Communications Inc."},
    {"ROKU", "Roku Inc."},
    {"SPOT", "Spotify Technology S.A."},
    {"ABNB", "Airbnb Inc."},
    {"DKNG", "DraftKings Inc."},
    {"HOOD", "Robinhood Markets Inc."},
    {"AFRM", "Affirm Holdings Inc."},
    {"UPST", "Upstart Holdings Inc."},
    {"CVNA", "Carvana Co."},
    {"CHPT", "ChargePoint Holdings Inc."},
    {"PLUG", "Plug Power Inc."},
    {"FCEL", "FuelCell Energy Inc."},
    {"ENPH", "Enphase Energy Inc."},
    {"FSLR", "First Solar Inc."},
    {"OXY", "Occidental Petroleum Corporation"},
    {"SAP", "SAP SE"},
    {"SONY", "Sony Group Corporation"},
    {"TM", "Toyota Motor Corporation"},
    {"NTDOY", "Nintendo Co. Ltd."},
    {"BIDU", "Baidu Inc."},
    {"JD", "JD.com Inc."},
    {"PDD", "PDD Holdings Inc."},
    {"XPEV", "XPeng Inc."},
    {"LI", "Li Auto Inc."},
    {"NOK", "Nokia Oyj"},
    {"BB", "BlackBerry Limited"},
    {"TLRY", "Tilray Brands Inc."},
    {"SNDL", "SNDL Inc."},
    {"CGC", "Canopy Growth Corporation"},
};

const char *const namePrefixes[] = {
    "Northwind", "Bluewater", "Summit",    "Atlas",       "Pioneer",    "Cedar",    "Granite",
    "Harbor",    "Ironwood",  "Juniper",   "Keystone",    "Lumen",      "Meridian", "Nova",
    "Orchid",    "Pinnacle",  "Quantum",   "Redwood",     "Silverline", "Tidal",    "Unity",
    "Vanguard",  "Westfield", "Xenon",     "Yellowstone", "Zenith",     "Aurora",   "Beacon",
    "Crescent",  "Delta",     "Evergreen", "Falcon",
};
const char *const nameSuffixes[] = {
    "Therapeutics Inc.", "Holdings Corp.",      "Bancorp",        "Semiconductor Ltd.",
    "Energy Inc.",       "Biosciences Inc.",    "Mining Corp.",   "Software Inc.",
    "Realty Trust",      "Pharmaceuticals plc", "Logistics Inc.", "Networks Inc.",
    "Materials Co.",     "Robotics Inc.",       "Foods Inc.",     "Motors Inc.",
    "Aerospace Corp.",   "Financial Group",     "Gaming Inc.",    "Capital Corp.",
};

constexpr int catalogueSize = 500;
constexpr double zipfExponent = 1.07;

QByteArray jsonEscapeAscii(const char *text)
{
    QByteArray out;
    for (const char *p = text; *p; ++p) {
        if (*p == '"' || *p == '\\')
            out.append('\\');
        out.append(*p);
    }
    return out;
}

} // namespace

TickerCatalog::TickerCatalog()
{
    QSet<QByteArray> used;
    int nextId = 600;
    for (const auto &known : knownTickers) {
        m_tickers.push_back({nextId++, QByteArray(known[0]), jsonEscapeAscii(known[1])});
        used.insert(QByteArray(known[0]));
    }
    // Synthetic companies: walk the prefix x suffix grid diagonally so neighbours differ.
    const int prefixes = int(std::size(namePrefixes));
    const int suffixes = int(std::size(nameSuffixes));
    for (int step = 0; int(m_tickers.size()) < catalogueSize && step < prefixes * suffixes;
         ++step) {
        const char *prefix = namePrefixes[step % prefixes];
        const char *suffix = nameSuffixes[(step / prefixes + step) % suffixes];
        QByteArray symbol =
            QByteArray(prefix).left(3).toUpper() + QByteArray(suffix).left(1).toUpper();
        if (used.contains(symbol))
            symbol = QByteArray(prefix).left(2).toUpper() + QByteArray(suffix).left(2).toUpper();
        if (used.contains(symbol))
            symbol = QByteArray(prefix).left(1).toUpper() + QByteArray(suffix).left(3).toUpper();
        if (used.contains(symbol))
            continue;
        used.insert(symbol);
        const QByteArray title = QByteArray(prefix) + ' ' + suffix;
        m_tickers.push_back({nextId++, symbol, jsonEscapeAscii(title.constData())});
    }

    double total = 0;
    m_cumulative.reserve(m_tickers.size());
    for (size_t rank = 0; rank < m_tickers.size(); ++rank) {
        total += 1.0 / std::pow(double(rank + 1), zipfExponent);
        m_cumulative.push_back(total);
    }
    for (double &value : m_cumulative)
        value /= total;
    for (size_t rank = 0; rank < m_tickers.size(); ++rank)
        m_tickers[rank].watchers = int(2'500'000 / std::pow(double(rank + 1), 0.9));
}

int TickerCatalog::sample(double uniform) const
{
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), uniform);
    return int(std::min<ptrdiff_t>(it - m_cumulative.begin(), ptrdiff_t(m_tickers.size()) - 1));
}
