#include "net/resumerule.h"
#include "net/resumestate.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QUrlQuery>

namespace {

const QString longId = QStringLiteral("49562553817515093231064627491680393519832340977378394114");

} // namespace

TEST(ResumeRule, FiftySixDigitIdsCompareAsDigitStringsNotAsNumbers)
{
    // Both far beyond 64 bits; the second is one larger in the last digit.
    const QString next = QStringLiteral("49562553817515093231064627491680393519832340977378394115");
    EXPECT_TRUE(ResumeRule::isAfter(next, longId));
    EXPECT_FALSE(ResumeRule::isAfter(longId, next));
    EXPECT_FALSE(ResumeRule::isAfter(longId, longId));
    EXPECT_TRUE(ResumeRule::isAfter(QStringLiteral("100"), QStringLiteral("99"))); // longer is later
    EXPECT_FALSE(ResumeRule::isAfter(QStringLiteral("0099"), QStringLiteral("100")));
    EXPECT_TRUE(ResumeRule::isAfter(QStringLiteral("1"), QString())); // anything beats nothing
}

TEST(ResumeRule, FirestreamAsksForSeqIdAndKeepsTheRestOfTheUsersUrl)
{
    const QUrl url(QStringLiteral("https://firestream.stocktwits.com/symbols/stream?symbols=AAPL&seq_id=1"));
    const ResumeRule rule(StreamServiceKind::Firestream, url);
    const QUrl next = rule.requestUrl(url, longId);
    const QUrlQuery query(next);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("symbols")), QStringLiteral("AAPL"));
    EXPECT_EQ(query.allQueryItemValues(QStringLiteral("seq_id")), QStringList{longId});
    EXPECT_EQ(next.path(), url.path());
    EXPECT_EQ(rule.requestUrl(url, QString()), url); // no cursor: the URL as given
}

TEST(ResumeRule, FirestreamCursorIsTheEventIdElseTheSeqIdOfTheJson)
{
    const ResumeRule rule(StreamServiceKind::Firestream);
    const QByteArray json = "{\"seq_id\":\"" + longId.toLatin1() + "\",\"body\":\"\\\"seq_id\\\": 5\"}";
    EXPECT_EQ(rule.cursorOf(json, {}, "777"), QStringLiteral("777"));
    EXPECT_EQ(rule.cursorOf(json, {}), longId);
    EXPECT_EQ(rule.cursorOf("{\"seq_id\": 123}", {}), QStringLiteral("123"));
    // Text that only looks like the field inside a string is not the field.
    EXPECT_EQ(rule.cursorOf("{\"body\":\"\\\"seq_id\\\": 5\"}", {}), QString());
}

TEST(ResumeRule, TheOlderFirehoseResumesBySequenceOnV2AndByMessageIdOtherwise)
{
    const QUrl v2(QStringLiteral("https://firehose.stocktwits.com/stream/v2"));
    const ResumeRule sequence(StreamServiceKind::StocktwitsFirehose, v2);
    EXPECT_EQ(sequence.parameter(), QStringLiteral("last_sequence_id"));
    EXPECT_EQ(sequence.cursorOf("{\"id\":5,\"firehose_seq\":991}", QStringLiteral("5")),
              QStringLiteral("991"));
    EXPECT_EQ(QUrlQuery(sequence.requestUrl(v2, QStringLiteral("991")))
                  .queryItemValue(QStringLiteral("last_sequence_id")),
              QStringLiteral("991"));

    const ResumeRule message(StreamServiceKind::StocktwitsFirehose,
                             QUrl(QStringLiteral("https://firehose.stocktwits.com/stream")));
    EXPECT_EQ(message.parameter(), QStringLiteral("last_message_id"));
    EXPECT_EQ(message.cursorOf("{\"id\":5}", QStringLiteral("5")), QStringLiteral("5"));
}

TEST(ResumeRule, GnipHasNoCursor)
{
    const QUrl url(QStringLiteral("https://stream.gnip.com/accounts/a/publishers/twitter/streams/firehose/prod.json?client=1"));
    const ResumeRule rule(StreamServiceKind::Gnip, url);
    EXPECT_FALSE(rule.resumes());
    EXPECT_EQ(rule.requestUrl(url, QStringLiteral("5")), url);
}

TEST(ResumeState, SavedAndLoadedAgainWithinTheWindowItResumes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ResumeState state{StreamServiceKind::Firestream,
                            QUrl(QStringLiteral("https://firestream.stocktwits.com/stream")),
                            longId, now.addSecs(-3600)};
    QString error;
    ASSERT_TRUE(state.save(path, &error)) << error.toStdString();
    const auto loaded = ResumeState::load(path, &error);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->cursor, longId);
    const ResumeRule rule(StreamServiceKind::Firestream);
    EXPECT_EQ(loaded->decide(rule, now).cursor, longId);
    EXPECT_TRUE(loaded->decide(rule, now).gap.isEmpty());
    // A day and a bit later the service no longer has those items: a gap, said.
    const auto late = loaded->decide(rule, now.addSecs(24 * 3600));
    EXPECT_TRUE(late.cursor.isEmpty());
    EXPECT_TRUE(late.gap.contains(longId));
}

TEST(ResumeState, AFileThatIsNotAStateIsRefusedWithASentence)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"cursor\":\"12x\"}");
    file.close();
    QString error;
    EXPECT_FALSE(ResumeState::load(path, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(ResumeState::load(dir.filePath(QStringLiteral("missing")), &error));
    EXPECT_TRUE(error.isEmpty()); // no file yet: the first run
}
