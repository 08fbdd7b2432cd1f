// The relay's settings as a user writes them on the command line.

#include "relay/jetstreamreader.h"
#include "net/relaysettings.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace std::chrono_literals;

TEST(RelaySettings, SpansAreSecondsMinutesHoursOrDays)
{
    EXPECT_EQ(RelaySettings::parseSpan(QStringLiteral("90")), 90s);
    EXPECT_EQ(RelaySettings::parseSpan(QStringLiteral("90s")), 90s);
    EXPECT_EQ(RelaySettings::parseSpan(QStringLiteral("30m")), 30min);
    EXPECT_EQ(RelaySettings::parseSpan(QStringLiteral("12h")), 12h);
    EXPECT_EQ(RelaySettings::parseSpan(QStringLiteral("7d")), std::chrono::seconds(7 * 86400));
    for (const char *bad : {"", "0", "-5m", "7w", "1.5h", "h", "10 days"})
        EXPECT_FALSE(RelaySettings::parseSpan(QString::fromLatin1(bad))) << bad;
}

TEST(RelaySettings, ServersAreNatsOrTlsUrlsWithoutCredentials)
{
    QString error;
    const auto servers = RelaySettings::parseServers(
        QStringLiteral("nats://127.0.0.1:4222, tls://nats.example.com:4443,10.0.0.5"), &error);
    ASSERT_TRUE(servers) << error.toStdString();
    ASSERT_EQ(servers->size(), 3);
    EXPECT_EQ(servers->at(0), QUrl(QStringLiteral("nats://127.0.0.1:4222")));
    EXPECT_EQ(servers->at(1).scheme(), QStringLiteral("tls"));
    EXPECT_EQ(servers->at(2), QUrl(QStringLiteral("nats://10.0.0.5:4222"))); // default port

    for (const char *bad : {"", "http://127.0.0.1:4222", "nats://user:secret@127.0.0.1:4222",
                            "nats://127.0.0.1:4222/path"}) {
        error.clear();
        EXPECT_FALSE(RelaySettings::parseServers(QString::fromLatin1(bad), &error)) << bad;
        EXPECT_FALSE(error.isEmpty()) << bad;
    }
    // The password never travels in the URL, so a command line never holds it.
    error.clear();
    RelaySettings::parseServers(QStringLiteral("nats://me:secret@127.0.0.1"), &error);
    EXPECT_FALSE(error.contains(QStringLiteral("secret"))) << error.toStdString();
}

TEST(RelaySettings, StreamNamesAndSubjectsAreJetStreamTokens)
{
    EXPECT_TRUE(RelaySettings::isValidStreamName(QStringLiteral("HYDRANT")));
    EXPECT_TRUE(RelaySettings::isValidStreamName(QStringLiteral("desk-1_firehose")));
    for (const char *bad : {"", "a.b", "a b", "a*", "a>"})
        EXPECT_FALSE(RelaySettings::isValidStreamName(QString::fromLatin1(bad))) << bad;
    EXPECT_TRUE(RelaySettings::isValidSubjectPrefix(QStringLiteral("desk.gnip-prod")));
    for (const char *bad : {"", ".a", "a.", "a..b", "a.*", "a.>", "a b"})
        EXPECT_FALSE(RelaySettings::isValidSubjectPrefix(QString::fromLatin1(bad))) << bad;

    RelaySettings settings;
    settings.servers = {QUrl(QStringLiteral("nats://127.0.0.1:4222"))};
    EXPECT_TRUE(settings.problem().isEmpty());
    EXPECT_EQ(settings.messagesSubject(), QStringLiteral("hydrant.messages"));
}

TEST(RelaySettings, APasswordIsNeverSentInTheClearToAnotherMachine)
{
    RelaySettings settings;
    settings.user = QStringLiteral("desk");
    settings.password = QStringLiteral("secret");
    settings.servers = {QUrl(QStringLiteral("nats://10.0.0.5:4222"))};
    EXPECT_FALSE(settings.problem().isEmpty());
    settings.servers = {QUrl(QStringLiteral("tls://10.0.0.5:4222"))};
    EXPECT_TRUE(settings.problem().isEmpty());
    settings.servers = {QUrl(QStringLiteral("nats://127.0.0.1:4222"))};
    EXPECT_TRUE(settings.problem().isEmpty());
}

TEST(RelaySettings, TheStreamKeepsMessagesAtLeastAsLongAsItsDuplicateWindow)
{
    RelaySettings settings;
    settings.servers = {QUrl(QStringLiteral("nats://127.0.0.1:4222"))};
    settings.maxAge = 2min;
    EXPECT_FALSE(settings.problem().isEmpty());
}

TEST(JetStreamReaderStart, NewAllASpanOrATime)
{
    const QDateTime now(QDate(2024, 3, 11), QTime(10, 0), QTimeZone::utc());
    QString error;
    EXPECT_EQ(JetStreamReader::Start::parse({}, now, &error)->kind,
              JetStreamReader::Start::Kind::New);
    EXPECT_EQ(JetStreamReader::Start::parse(QStringLiteral("live"), now, &error)->kind,
              JetStreamReader::Start::Kind::New);
    EXPECT_EQ(JetStreamReader::Start::parse(QStringLiteral("all"), now, &error)->kind,
              JetStreamReader::Start::Kind::All);

    const auto hour = JetStreamReader::Start::parse(QStringLiteral("1h"), now, &error);
    ASSERT_TRUE(hour);
    EXPECT_EQ(hour->kind, JetStreamReader::Start::Kind::Since);
    EXPECT_EQ(hour->since, now.addSecs(-3600));

    const auto time = JetStreamReader::Start::parse(QStringLiteral("2024-03-11T09:30:00Z"), now,
                                                    &error);
    ASSERT_TRUE(time);
    EXPECT_EQ(time->since, QDateTime(QDate(2024, 3, 11), QTime(9, 30), QTimeZone::utc()));
    // Without a zone a time is UTC, as everywhere in Hydrant.
    EXPECT_EQ(JetStreamReader::Start::parse(QStringLiteral("2024-03-11T09:30"), now, &error)->since,
              QDateTime(QDate(2024, 3, 11), QTime(9, 30), QTimeZone::utc()));

    EXPECT_FALSE(JetStreamReader::Start::parse(QStringLiteral("yesterday"), now, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("yesterday")));
}
