// Differential: the fast field scanner (indexing, statistics, go-to-time) and the normaliser
// (table, detail, live filter, export) must give the same kind, id, time, author, symbols and
// sentiment for every line, and a query's raw-byte pre-filter must never change its answer:
// matching the raw line gives what matching the normalised message gives, and its vector scans
// (16, 32 and 64 bytes at a time) answer as its byte-by-byte rules do. A line the scanner parsed
// normalises the same from its parse as from its bytes.

#include "message/fieldscanner.h"
#include "message/messagenormalizer.h"
#include "message/messagequery.h"
#include "message/rawlineprefilter.h"
#include "fuzzinput.h"

#include <cmath>

namespace {

QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

const std::vector<MessageQuery> &queries()
{
    static const std::vector<MessageQuery> all = [] {
        std::vector<MessageQuery> q;
        for (const char *text : {"tsla", "$TSLA", "@alice", "user:bob sentiment:bullish", "id:123",
                                 "\"let s\"", "buy OR sell", "kinks", "follows",
                                 "sentiment:bearish", "a", "rt", "NOT tsla", "text:s", "amp"})
            q.push_back(MessageQuery::parse(QString::fromUtf8(text)));
        q.push_back(MessageQuery::parse(QStringLiteral("TSLA"), MessageQuery::Syntax::Phrase, true));
        q.push_back(MessageQuery::parse(QStringLiteral("K OR text:& OR \u00e9"),
                                        MessageQuery::Syntax::Query, true));
        return q;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    if (line.size() > FieldScanner::maxLineBytes || line.contains('\n') || line.contains('\r'))
        return 0; // lines arrive without terminators, and long ones are not scanned

    static MessageNormalizer normalizer;
    static FieldScanner scanner;
    const Message m = normalizer.normalize(line);
    const ScannedFields &f = scanner.scan(line);

    FUZZ_CHECK(f.kind == m.kind);
    FUZZ_CHECK((f.shape == ScannedFields::Shape::Malformed) == (m.kind == Message::Kind::Malformed));
    FUZZ_CHECK(fromView(scanner.id()) == m.id);
    FUZZ_CHECK(fromView(scanner.author()) == m.author);
    FUZZ_CHECK(f.sentiment == m.sentiment);
    QStringList symbols;
    for (std::string_view s : f.symbols)
        symbols.append(fromView(s));
    FUZZ_CHECK(symbols == m.symbols);
    if (m.time.isValid()) {
        const qint64 ms = m.time.toMSecsSinceEpoch();
        FUZZ_CHECK(f.time == (ms >= 0 ? ms / 1000 : (ms - 999) / 1000));
    } else {
        FUZZ_CHECK(f.time == ScannedFields::noTime);
    }

    // The scanner's parse, when it made one, normalises to the same message (a search on a file
    // being indexed confirms its candidates with the index pass's parse), and queries agree.
    const ParsedLine *parsed = scanner.parsed();
    FUZZ_CHECK((parsed != nullptr) == (m.kind != Message::Kind::Malformed));
    if (parsed) {
        Message fromParse;
        normalizer.normalizeParsedInto(line, *parsed, fromParse);
        FUZZ_CHECK(fromParse.kind == m.kind && fromParse.id == m.id && fromParse.time == m.time &&
                   fromParse.author == m.author && fromParse.authorName == m.authorName &&
                   fromParse.text == m.text && fromParse.symbols == m.symbols &&
                   fromParse.sentiment == m.sentiment && fromParse.likes == m.likes &&
                   fromParse.source == m.source && fromParse.raw == m.raw);
    }

    static MessageQuery::LineMatcher matcher;
    for (const MessageQuery &query : queries()) {
        FUZZ_CHECK(query.matchesLine(line, matcher) == query.matches(m));
        FUZZ_CHECK(query.matchesParsedLine(line, parsed, matcher) == query.matches(m));
    }
    // The pre-filter's vector scans (each this processor has) give its byte-by-byte answer.
    static const RawLinePrefilter prefilters[] = {
        RawLinePrefilter({"tsla"}, true), RawLinePrefilter({"kinks"}, true),
        RawLinePrefilter({"a", "rt"}, true), RawLinePrefilter({"follows"}, false)};
    using Scan = RawLinePrefilter::Scan;
    for (const RawLinePrefilter &prefilter : prefilters) {
        const bool bytewise = prefilter.rejects(line, Scan::Bytewise);
        for (const Scan scan : {Scan::Sse2, Scan::Avx2, Scan::Avx512}) {
            if (RawLinePrefilter::isAvailable(scan))
                FUZZ_CHECK(prefilter.rejects(line, scan) == bytewise);
        }
    }
    return 0;
}
