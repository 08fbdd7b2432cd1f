// The stream client normalises a read's lines on two threads. What it gets must be exactly what
// one normaliser gives, line by line and in order, for every shape a real stream carries:
// whatever thread took which line, and whether or not the helper took part at all.

#include "message/messagenormalizer.h"
#include "message/parallelnormalizer.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QThread>

namespace {

/// The shape fixtures, plus lines a stream also carries: system messages, junk, blanks.
std::vector<QByteArray> streamLines(int count)
{
    std::vector<QByteArray> kinds;
    for (const char *name : {"stocktwits.jsonl", "gnip.jsonl", "twitter.jsonl", "activity.jsonl"}) {
        QFile file(
            TestSupport::sourcePath(QStringLiteral("tests/message/data/") + QLatin1String(name)));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.isEmpty())
                kinds.push_back(line);
    }
    kinds.push_back(
        R"({"info":{"message":"Replay Request Completed","sent":"2026-12-07T10:00:00+00:00"}})");
    kinds.push_back(
        R"({"error":{"message":"Forced Disconnect","sent":"2026-12-07T10:00:01+00:00"}})");
    kinds.push_back("<html><body>Upstream error</body></html> not JSON {\"id\":");
    kinds.push_back(R"({"id":"1","body":"caf\u00e9 &amp; cr\u00e8me \ud83d\ude80 $TSLA"})");
    std::vector<QByteArray> lines;
    for (int i = 0; i < count; ++i)
        lines.push_back(kinds[size_t(i) % kinds.size()]);
    return lines;
}

void expectSame(const Message &got, const Message &expected, size_t index)
{
    SCOPED_TRACE(testing::Message() << "line " << index);
    EXPECT_EQ(got.kind, expected.kind);
    EXPECT_EQ(got.id, expected.id);
    EXPECT_EQ(got.time, expected.time);
    EXPECT_EQ(got.author, expected.author);
    EXPECT_EQ(got.authorName, expected.authorName);
    EXPECT_EQ(got.text, expected.text);
    EXPECT_EQ(got.symbols, expected.symbols);
    EXPECT_EQ(got.sentiment, expected.sentiment);
    EXPECT_EQ(got.likes, expected.likes);
    EXPECT_EQ(got.source, expected.source);
    EXPECT_EQ(got.raw, expected.raw);
    EXPECT_EQ(got.cursor, expected.cursor);
}

/// Normalises \a lines in one run and checks every message against one normaliser's.
void expectRunGivesWhatOneNormaliserGives(ParallelNormalizer &parallel,
                                          const std::vector<QByteArray> &lines)
{
    std::vector<QByteArrayView> views(lines.begin(), lines.end());
    std::vector<Message> messages(3); // a reused vector, longer or shorter than the run
    parallel.normalize(views, messages);
    ASSERT_EQ(messages.size(), lines.size());
    MessageNormalizer one;
    one.setSharesRepeats(true);
    for (size_t i = 0; i < lines.size(); ++i)
        expectSame(messages[i], one.normalize(lines[i]), i);
}

} // namespace

TEST(ParallelNormalizer, GivesInOrderWhatOneNormaliserGivesForEveryShape)
{
    ParallelNormalizer parallel;
    parallel.setSharesRepeats(true);
    for (int count : {0, 1, 7, 31, 32, 33, 500, 2000})
        expectRunGivesWhatOneNormaliserGives(parallel, streamLines(count));
}

TEST(ParallelNormalizer, TheHelperTakesPartInLongRunsAndTheResultIsTheSame)
{
    if (QThread::idealThreadCount() < 2)
        GTEST_SKIP() << "one core: the helper is never started";
    ParallelNormalizer parallel;
    const std::vector<QByteArray> lines = streamLines(2000);
    // The helper joins a run only if it is scheduled before the caller has taken every slice;
    // on a busy machine that can take a few runs.
    for (int run = 0; run < 500 && parallel.linesByHelper() == 0; ++run)
        expectRunGivesWhatOneNormaliserGives(parallel, lines);
    EXPECT_GT(parallel.linesByHelper(), 0u);
    EXPECT_LT(parallel.linesByHelper(), 2000u * 500u);
}

TEST(ParallelNormalizer, ShortRunsAndARunWithoutTheHelperStayOnTheCallersThread)
{
    ParallelNormalizer parallel;
    for (int run = 0; run < 50; ++run)
        expectRunGivesWhatOneNormaliserGives(
            parallel, streamLines(int(ParallelNormalizer::minimumForHelper) - 1));
    parallel.setUsesHelper(false);
    for (int run = 0; run < 20; ++run)
        expectRunGivesWhatOneNormaliserGives(parallel, streamLines(2000));
    EXPECT_EQ(parallel.linesByHelper(), 0u);
}
