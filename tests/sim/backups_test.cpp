// The backups endpoint and its storage origin, seen by a plain QNetworkAccessManager client over
// loopback: dates, 404 days, the 302 to another origin, pre-signed links, HEAD, Range and the
// generated gzip files (DESIGN §1.2).

#include "message/messagenormalizer.h"
#include "sim/backupfile.h"
#include "sim/simulator.h"
#include "simclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <array>

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using TestSupport::waitUntil;

namespace {

const QDate today(2024, 3, 15); // a Friday
const QDate thursday(2024, 3, 14);
const QDate saturday(2024, 3, 9);

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray expectedBytes(const BackupFile &file, qint64 offset = 0, qint64 length = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    file.write(&buffer, offset, length);
    return bytes;
}

class BackupsTest : public ::testing::Test
{
protected:
    static SimulatorOptions backupOptions()
    {
        SimulatorOptions options;
        options.messagesPerSecond = 0;
        options.today = today;
        options.fileSize = 48 * 1024;
        options.missingDaysPerThousand = 0;
        return options;
    }
    void startSimulator(const SimulatorOptions &options = backupOptions())
    {
        simulator = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(simulator->start(&error)) << qPrintable(error);
    }
    using Reply = std::unique_ptr<QNetworkReply>;
    Reply get(const QUrl &url, const QByteArray &verb = "GET", bool withCredentials = true,
              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return Reply(SimClient::request(
            manager, url, verb, withCredentials ? simulator->credentials() : ServiceCredentials{},
            headers));
    }
    Reply getPath(const QString &path)
    {
        QUrl url = simulator->backupsBaseUrl();
        url.setPath(path);
        return get(url);
    }
    /// Resolves a day to its download link, as a client does: the 302's Location.
    QUrl link(const QString &type = QStringLiteral("activity"), QDate day = thursday)
    {
        Reply reply = get(simulator->backupUrl(type, day));
        EXPECT_EQ(statusOf(reply.get()), 302);
        return QUrl::fromEncoded(reply->rawHeader("Location"));
    }
    /// Downloads from the storage origin without credentials.
    Reply download(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return get(url, "GET", false, headers);
    }

    QNetworkAccessManager manager;
    std::unique_ptr<Simulator> simulator;
};

} // namespace

TEST_F(BackupsTest, RequestsWithoutCredentialsGet401)
{
    startSimulator();
    Reply reply = get(simulator->backupUrl(QStringLiteral("activity"), thursday), "GET", false);
    EXPECT_EQ(statusOf(reply.get()), 401);
}

TEST_F(BackupsTest, ImpossibleDatesGet400)
{
    startSimulator();
    for (const char *path : {"/backups/activity/2023/02/29", "/backups/activity/2024/13/01",
                             "/backups/activity/2024/00/10", "/backups/activity/24/03/01",
                             "/backups/activity/2024/ab/01"}) {
        Reply reply = getPath(QLatin1String(path));
        EXPECT_EQ(statusOf(reply.get()), 400) << path;
        EXPECT_TRUE(reply->readAll().contains("not a valid date")) << path;
    }
}

TEST_F(BackupsTest, FutureDatesGet400)
{
    startSimulator();
    Reply reply = get(simulator->backupUrl(QStringLiteral("activity"), today.addDays(1)));
    EXPECT_EQ(statusOf(reply.get()), 400);
    EXPECT_TRUE(reply->readAll().contains("future"));
}

TEST_F(BackupsTest, TodayHasNoFileYet)
{
    startSimulator();
    Reply reply = get(simulator->backupUrl(QStringLiteral("activity"), today));
    EXPECT_EQ(statusOf(reply.get()), 404);
}

TEST_F(BackupsTest, WeekendsHaveNoFile)
{
    startSimulator();
    EXPECT_EQ(statusOf(get(simulator->backupUrl(QStringLiteral("activity"), saturday)).get()), 404);
    EXPECT_EQ(
        statusOf(get(simulator->backupUrl(QStringLiteral("activity"), saturday.addDays(1))).get()),
        404);
}

TEST_F(BackupsTest, ConfiguredMissingDaysHaveNoFile)
{
    SimulatorOptions options = backupOptions();
    options.missingDates = {QDate(2024, 3, 12)};
    startSimulator(options);
    EXPECT_EQ(
        statusOf(get(simulator->backupUrl(QStringLiteral("message"), QDate(2024, 3, 12))).get()),
        404);
    EXPECT_EQ(
        statusOf(get(simulator->backupUrl(QStringLiteral("message"), QDate(2024, 3, 13))).get()),
        302);
}

TEST_F(BackupsTest, AFewScatteredWeekdaysHaveNoFileByDefault)
{
    SimulatorOptions options = backupOptions();
    options.missingDaysPerThousand = SimulatorOptions().missingDaysPerThousand;
    startSimulator(options);
    int weekdays = 0, missing = 0;
    QDate firstMissing;
    for (QDate day(2022, 1, 3); day < today; day = day.addDays(1)) {
        if (day.dayOfWeek() >= 6)
            continue;
        ++weekdays;
        if (!simulator->hasBackup(QStringLiteral("activity"), day)) {
            ++missing;
            if (!firstMissing.isValid())
                firstMissing = day;
        }
    }
    EXPECT_GT(missing, 0);
    EXPECT_LT(missing, weekdays / 10);
    EXPECT_EQ(statusOf(get(simulator->backupUrl(QStringLiteral("activity"), firstMissing)).get()),
              404);
}

TEST_F(BackupsTest, UnknownFileTypesGet404)
{
    startSimulator();
    Reply reply = get(simulator->backupUrl(QStringLiteral("tweets"), thursday));
    EXPECT_EQ(statusOf(reply.get()), 404);
    EXPECT_TRUE(reply->readAll().contains("unknown file type"));
}

TEST_F(BackupsTest, ServesTheDocumentedTypesActivityAndMessageAndNotMessages)
{
    startSimulator();
    EXPECT_EQ(statusOf(get(simulator->backupUrl(QStringLiteral("activity"), thursday)).get()), 302);
    EXPECT_EQ(statusOf(get(simulator->backupUrl(QStringLiteral("message"), thursday)).get()), 302);
    Reply plural = get(simulator->backupUrl(QStringLiteral("messages"), thursday));
    EXPECT_EQ(statusOf(plural.get()), 404) << "like the real service";
    EXPECT_TRUE(plural->readAll().contains("unknown file type"));
}

TEST_F(BackupsTest, SymbolBackupsOfAKnownMetricRedirectAndUnknownMetricsGet404)
{
    startSimulator();
    QUrl url = simulator->apiBaseUrl();
    url.setPath(QStringLiteral("/symbols/backups/trending/2024/03/14"));
    Reply reply = get(url);
    ASSERT_EQ(statusOf(reply.get()), 302);
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    EXPECT_TRUE(location.path().endsWith(QLatin1String("/stocktwits_symbols_trending_2024_03_14.gz")))
        << qPrintable(location.path());
    Reply file = download(location);
    EXPECT_EQ(statusOf(file.get()), 200);
    EXPECT_EQ(file->readAll().size(),
              simulator->backupFile(QStringLiteral("symbols_trending"), thursday)->size());
    url.setPath(QStringLiteral("/symbols/backups/no-such-metric/2024/03/14"));
    Reply unknown = get(url);
    EXPECT_EQ(statusOf(unknown.get()), 404);
    EXPECT_TRUE(unknown->readAll().contains("unknown symbol backup metric"));
}

TEST_F(BackupsTest, AnAvailableDayRedirectsToAnotherOriginWithASignedLink)
{
    startSimulator();
    Reply reply = get(simulator->backupUrl(QStringLiteral("activity"), thursday));
    ASSERT_EQ(statusOf(reply.get()), 302);
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    EXPECT_EQ(location.host(), simulator->apiBaseUrl().host());
    EXPECT_NE(location.port(), simulator->apiBaseUrl().port()) << "another port is another origin";
    EXPECT_EQ(location.port(), simulator->storageBaseUrl().port());
    EXPECT_TRUE(location.path().endsWith(QLatin1String("/stocktwits_activity_2024_03_14.gz")));
    const QUrlQuery query(location);
    for (const char *item : {"X-Amz-Algorithm", "X-Amz-Date", "X-Amz-Expires", "X-Amz-Signature"})
        EXPECT_FALSE(query.queryItemValue(QLatin1String(item)).isEmpty()) << item;
    EXPECT_EQ(query.queryItemValue(QStringLiteral("X-Amz-Expires")), QLatin1String("600"));
}

TEST_F(BackupsTest, TheLinkDownloadsTheDaysFileWithoutCredentials)
{
    startSimulator();
    Reply reply = download(link());
    ASSERT_EQ(statusOf(reply.get()), 200);
    const QByteArray body = reply->readAll();
    const auto file = simulator->backupFile(QStringLiteral("activity"), thursday);
    EXPECT_EQ(body.size(), file->size());
    EXPECT_EQ(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), file->size());
    EXPECT_EQ(body, expectedBytes(*file));
    EXPECT_EQ(QCryptographicHash::hash(body, QCryptographicHash::Sha256), file->sha256());
}

TEST_F(BackupsTest, TheFileIsGzipJsonLinesOfThatDay)
{
    startSimulator();
    Reply reply = download(link(QStringLiteral("message")));
    QByteArray text;
    ASSERT_TRUE(SimClient::gunzipAll(reply->readAll(), &text));
    ASSERT_TRUE(text.endsWith('\n'));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    EXPECT_EQ(lines.size(),
              simulator->backupFile(QStringLiteral("message"), thursday)->lineCount());
    qint64 previousId = 0;
    for (const QByteArray &line : lines) {
        const QJsonObject message = QJsonDocument::fromJson(line).object();
        ASSERT_FALSE(message.isEmpty()) << line.constData();
        EXPECT_TRUE(message.value(QLatin1String("created_at"))
                        .toString()
                        .startsWith(QLatin1String("2024-03-14T")));
        const qint64 id = message.value(QLatin1String("id")).toInteger();
        EXPECT_GT(id, previousId);
        previousId = id;
    }
}

TEST_F(BackupsTest, ActivityFilesHoldFollowsBlocksAndLikesNotMessages)
{
    // The provider's backup documentation: "activity" holds the activity objects of /stream
    // (Friendship, Block, LikeMessage); the messages are the "message" type.
    startSimulator();
    QByteArray text;
    ASSERT_TRUE(SimClient::gunzipAll(download(link(QStringLiteral("activity")))->readAll(), &text));
    MessageNormalizer normalizer;
    QMap<QString, int> types;
    const QList<QByteArray> lines = text.trimmed().split('\n');
    ASSERT_GT(lines.size(), 100);
    for (const QByteArray &line : lines) {
        const QJsonObject data =
            QJsonDocument::fromJson(line).object().value(QLatin1String("data")).toObject();
        ++types[data.value(QLatin1String("type")).toString()];
        EXPECT_TRUE(data.value(QLatin1String("created_at"))
                        .toString()
                        .startsWith(QLatin1String("2024-03-14T")));
        const Message message = normalizer.normalize(line);
        ASSERT_EQ(message.kind, Message::Kind::StockTwitsActivity) << line.constData();
        EXPECT_FALSE(message.author.isEmpty());
        EXPECT_TRUE(message.time.isValid());
    }
    EXPECT_EQ(types.keys(), (QStringList{QStringLiteral("Block"), QStringLiteral("Friendship"),
                                         QStringLiteral("LikeMessage")}));
    EXPECT_GT(types.value(QStringLiteral("LikeMessage")),
              types.value(QStringLiteral("Friendship")));
    EXPECT_GT(types.value(QStringLiteral("Friendship")), types.value(QStringLiteral("Block")));
}

TEST_F(BackupsTest, ADaysMessagesFallOverItsHoursAsATradingDaysDo)
{
    // A chart of a day looks like one: busy while the US market is open, quiet at night, and
    // the day's messages spread over it to its last hours, none piled up in one second.
    startSimulator();
    QByteArray text;
    ASSERT_TRUE(SimClient::gunzipAll(download(link(QStringLiteral("message")))->readAll(), &text));
    std::array<int, 24> perHour{};
    QMap<QString, int> perSecond;
    int lines = 0;
    for (const QByteArray &line : text.trimmed().split('\n')) {
        const QString time =
            QJsonDocument::fromJson(line).object().value(QLatin1String("created_at")).toString();
        ASSERT_TRUE(time.startsWith(QLatin1String("2024-03-14T"))) << line.constData();
        ++perHour[size_t(time.mid(11, 2).toInt())];
        ++perSecond[time];
        ++lines;
    }
    ASSERT_GT(lines, 400);
    for (const int open : {15, 16, 17, 18, 19})
        for (const int night : {3, 4, 5})
            EXPECT_GT(perHour[size_t(open)], 3 * perHour[size_t(night)]) << open << " " << night;
    EXPECT_GT(perHour[21], 0) << "the day goes on to its last hours";
    const int busiest = *std::max_element(perSecond.cbegin(), perSecond.cend());
    EXPECT_LT(busiest, 10) << "lines in the busiest second";
}

TEST_F(BackupsTest, StorageRefusesARequestThatAlsoCarriesAuthorization)
{
    startSimulator();
    Reply reply = get(link(), "GET", true);
    EXPECT_EQ(statusOf(reply.get()), 400);
    EXPECT_TRUE(reply->readAll().contains("Only one auth mechanism allowed"));
}

TEST_F(BackupsTest, FollowingTheRedirectWithTheOriginalHeadersFails)
{
    // What happens to a client that lets Qt follow the 302 with its Authorization header: the
    // storage origin refuses it, so the client has to follow the redirect itself.
    startSimulator();
    QNetworkRequest request(simulator->backupUrl(QStringLiteral("activity"), thursday));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Authorization",
                         SimClient::basicAuthorization(simulator->credentials().user,
                                                       simulator->credentials().password));
    Reply reply(manager.get(request));
    ASSERT_TRUE(waitUntil([&] { return reply->isFinished(); }));
    EXPECT_EQ(statusOf(reply.get()), 400);
}

TEST_F(BackupsTest, AnExpiredLinkGets403)
{
    startSimulator();
    const QUrl url = link();
    simulator->advanceClock(601 * 1000);
    Reply reply = download(url);
    EXPECT_EQ(statusOf(reply.get()), 403);
    EXPECT_TRUE(reply->readAll().contains("Request has expired"));
}

TEST_F(BackupsTest, AnAlteredLinkGets403)
{
    startSimulator();
    QUrl url = link(QStringLiteral("activity"), thursday);
    url.setPath(url.path().replace(QLatin1String("14"), QLatin1String("13")));
    Reply reply = download(url);
    EXPECT_EQ(statusOf(reply.get()), 403);
    EXPECT_TRUE(reply->readAll().contains("SignatureDoesNotMatch"));
}

TEST_F(BackupsTest, HeadGivesTheLengthWithoutABody)
{
    startSimulator();
    Reply reply = get(link(), "HEAD", false);
    ASSERT_EQ(statusOf(reply.get()), 200);
    EXPECT_EQ(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(),
              simulator->backupFile(QStringLiteral("activity"), thursday)->size());
    EXPECT_EQ(reply->rawHeader("Accept-Ranges"), "bytes");
    EXPECT_FALSE(reply->rawHeader("ETag").isEmpty());
    EXPECT_TRUE(reply->readAll().isEmpty());
}

TEST_F(BackupsTest, ARangeGets206WithContentRangeAndExactlyThoseBytes)
{
    startSimulator();
    const auto file = simulator->backupFile(QStringLiteral("activity"), thursday);
    Reply reply = download(link(), {{"Range", "bytes=100-4195"}});
    ASSERT_EQ(statusOf(reply.get()), 206);
    EXPECT_EQ(reply->rawHeader("Content-Range"),
              "bytes 100-4195/" + QByteArray::number(file->size()));
    EXPECT_EQ(reply->readAll(), expectedBytes(*file, 100, 4096));
}

TEST_F(BackupsTest, OpenAndSuffixRangesReachTheEnd)
{
    startSimulator();
    const auto file = simulator->backupFile(QStringLiteral("activity"), thursday);
    const QUrl url = link();
    EXPECT_EQ(download(url, {{"Range", "bytes=1000-"}})->readAll(), expectedBytes(*file, 1000));
    EXPECT_EQ(download(url, {{"Range", "bytes=-500"}})->readAll(),
              expectedBytes(*file, file->size() - 500));
}

TEST_F(BackupsTest, ARangePastTheEndGets416)
{
    startSimulator();
    const auto file = simulator->backupFile(QStringLiteral("activity"), thursday);
    Reply reply = download(link(), {{"Range", "bytes=" + QByteArray::number(file->size()) + "-"}});
    EXPECT_EQ(statusOf(reply.get()), 416);
    EXPECT_EQ(reply->rawHeader("Content-Range"), "bytes */" + QByteArray::number(file->size()));
}

TEST_F(BackupsTest, AnIfRangeForAnotherVersionGetsTheWholeFile)
{
    startSimulator();
    Reply reply =
        download(link(), {{"Range", "bytes=100-"}, {"If-Range", "\"some-other-version\""}});
    EXPECT_EQ(statusOf(reply.get()), 200);
}

TEST_F(BackupsTest, TheSameSeedGivesTheSameFilesAndAnotherSeedOthers)
{
    SimulatorOptions options = backupOptions();
    Simulator first(options), second(options);
    options.seed = 2;
    Simulator third(options);
    const QString type = QStringLiteral("activity");
    EXPECT_EQ(first.backupFile(type, thursday)->sha256(),
              second.backupFile(type, thursday)->sha256());
    EXPECT_NE(first.backupFile(type, thursday)->sha256(),
              third.backupFile(type, thursday)->sha256());
    EXPECT_NE(first.backupFile(type, thursday)->sha256(),
              first.backupFile(type, thursday.addDays(-1))->sha256());
}

TEST_F(BackupsTest, FilesCanConsistOfSeveralGzipMembers)
{
    SimulatorOptions options = backupOptions();
    options.multiMemberFiles = true;
    options.fileSize = 200 * 1024;
    startSimulator(options);
    const auto file = simulator->backupFile(QStringLiteral("message"), thursday);
    QByteArray text;
    int members = 0;
    ASSERT_TRUE(SimClient::gunzipAll(download(link(QStringLiteral("message")))->readAll(), &text,
                                     &members));
    EXPECT_GT(members, 1);
    EXPECT_EQ(members, file->memberCount());
    EXPECT_EQ(text.count('\n'), file->lineCount());
}

TEST_F(BackupsTest, FileSizeFollowsTheConfiguredTarget)
{
    SimulatorOptions options = backupOptions();
    for (const qint64 target : {qint64(4 * 1024), qint64(300 * 1024), qint64(3 * 1024 * 1024)}) {
        options.fileSize = target;
        Simulator simulator(options);
        const qint64 size = simulator.backupFile(QStringLiteral("message"), thursday)->size();
        EXPECT_GE(size, target);
        EXPECT_LT(size, target + target / 2 + 16 * 1024) << target;
    }
}

TEST_F(BackupsTest, GigabyteFilesAreServedWithoutHoldingThemInMemory)
{
    SimulatorOptions options = backupOptions();
    options.fileSize = qint64(3) * 1024 * 1024 * 1024;
    options.distinctFileBytes = 2 * 1024 * 1024;
    startSimulator(options);
    QElapsedTimer clock;
    clock.start();
    const QUrl url = link();
    Reply head = get(url, "HEAD", false);
    ASSERT_EQ(statusOf(head.get()), 200);
    const qint64 size = head->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    EXPECT_GE(size, options.fileSize);
    EXPECT_LT(clock.elapsed(), 10000);
    const auto file = simulator->backupFile(QStringLiteral("activity"), thursday);
    EXPECT_LT(file->memoryBytes(), 4 * 1024 * 1024);
    EXPECT_GT(file->uncompressedSize(), size)
        << "a 32-bit length field wraps; the file is really that large";
    Reply tail = download(url, {{"Range", "bytes=" + QByteArray::number(size - 1048576) + "-"}});
    EXPECT_EQ(tail->readAll(), expectedBytes(*file, size - 1048576));
}

TEST_F(BackupsTest, DaysCanDifferInSize)
{
    SimulatorOptions options = backupOptions();
    options.fileSizeJitter = 0.5;
    Simulator simulator(options);
    EXPECT_NE(simulator.backupFile(QStringLiteral("activity"), thursday)->size(),
              simulator.backupFile(QStringLiteral("activity"), thursday.addDays(-1))->size());
}

TEST_F(BackupsTest, TheRequestLogShowsWhatEachOriginReceived)
{
    startSimulator();
    download(link(), {{"Range", "bytes=10-"}});
    const QList<SimRequest> requests = simulator->requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].service, SimFault::Backups);
    EXPECT_TRUE(requests[0].hadAuthorization);
    EXPECT_EQ(requests[0].status, 302);
    EXPECT_EQ(requests[1].service, SimFault::Storage);
    EXPECT_FALSE(requests[1].hadAuthorization);
    EXPECT_EQ(requests[1].range, "bytes=10-");
    EXPECT_EQ(requests[1].status, 206);
}
