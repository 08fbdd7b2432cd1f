// Recording the live stream: valid gzip at all times, daily files at UTC midnight, no
// duplicates, and nothing lost beyond the last second when the process is killed.

#include "feed/recorder.h"
#include "feedtestdata.h"
#include "gziptestutil.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <set>

using namespace FeedTestData;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

TEST(Recorder, WritesRawLinesAsGzip)
{
    QTemporaryDir dir;
    Recorder recorder(dir.path(), QStringLiteral("prod"));
    recorder.setClock([] { return utc(2024, 3, 9, 12, 0, 0); });
    const MessageBatch b = batch(0, 100);
    ASSERT_TRUE(recorder.append(b));
    ASSERT_TRUE(recorder.flush());
    EXPECT_EQ(recorder.messagesWritten(), 100u);
    const QString path = dir.filePath(QStringLiteral("prod_2024_03_09.jsonl.gz"));
    EXPECT_EQ(recorder.currentFilePath(), path);
    const auto result = GzipTestUtil::gunzipFile(path);
    ASSERT_TRUE(result.ok);
    const QList<QByteArray> lines = GzipTestUtil::lines(result.data);
    ASSERT_EQ(lines.size(), 100);
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(lines[i], b[size_t(i)].raw);
}

TEST(Recorder, RecordsActivitiesOnly)
{
    QTemporaryDir dir;
    Recorder recorder(dir.path(), QStringLiteral("prod"));
    MessageBatch b = batch(0, 3);
    b[1].kind = Message::Kind::SystemError;
    b[2].kind = Message::Kind::Malformed;
    recorder.append(b);
    recorder.close();
    const auto result = GzipTestUtil::gunzipFile(recorder.currentFilePath());
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(GzipTestUtil::lines(result.data).size(), 1);
}

TEST(Recorder, RotatesAtUtcMidnight)
{
    QTemporaryDir dir;
    Recorder recorder(dir.path(), QStringLiteral("firehose"));
    QDateTime now = utc(2023, 12, 31, 23, 59, 59);
    recorder.setClock([&] { return now; });
    QSignalSpy started(&recorder, &Recorder::fileStarted);
    recorder.append(batch(0, 10));
    now = utc(2024, 1, 1, 0, 0, 0);
    recorder.append(batch(10, 5));
    recorder.close();
    ASSERT_EQ(started.count(), 2);
    const auto before =
        GzipTestUtil::gunzipFile(dir.filePath(QStringLiteral("firehose_2023_12_31.jsonl.gz")));
    const auto after =
        GzipTestUtil::gunzipFile(dir.filePath(QStringLiteral("firehose_2024_01_01.jsonl.gz")));
    ASSERT_TRUE(before.ok);
    ASSERT_TRUE(after.ok);
    EXPECT_EQ(GzipTestUtil::lines(before.data).size(), 10);
    EXPECT_EQ(GzipTestUtil::lines(after.data).size(), 5);
    EXPECT_EQ(GzipTestUtil::lines(after.data).front(), batch(10, 1).front().raw);
}

TEST(Recorder, NeverWritesADuplicate)
{
    QTemporaryDir dir;
    Recorder recorder(dir.path(), QStringLiteral("prod"));
    recorder.append(batch(0, 50));
    recorder.flush();
    recorder.append(batch(25, 50)); // backfill after a reconnect re-sends 25..49
    recorder.close();
    recorder.append(batch(70, 10)); // reopened: still remembers what it wrote
    recorder.close();
    EXPECT_EQ(recorder.duplicatesSkipped(), 30u);
    const auto result = GzipTestUtil::gunzipFile(recorder.currentFilePath());
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(GzipTestUtil::lines(result.data).size(), 80);
}

TEST(Recorder, FlushesOnItsOwnWithinASecond)
{
    QTemporaryDir dir;
    Recorder recorder(dir.path(), QStringLiteral("prod"));
    QSignalSpy flushed(&recorder, &Recorder::flushed);
    QElapsedTimer timer;
    timer.start();
    recorder.append(batch(0, 1));
    ASSERT_TRUE(flushed.wait(1500));
    EXPECT_LE(timer.elapsed(), 1000);
    const auto result = GzipTestUtil::gunzipFile(recorder.currentFilePath());
    EXPECT_TRUE(result.ok);
    EXPECT_EQ(GzipTestUtil::lines(result.data).size(), 1);
}

TEST(Recorder, AppendsToTheFileOfTheDay)
{
    QTemporaryDir dir;
    auto clock = [] { return utc(2024, 5, 1, 8, 0, 0); };
    {
        Recorder first(dir.path(), QStringLiteral("prod"));
        first.setClock(clock);
        first.append(batch(0, 20));
    }
    Recorder second(dir.path(), QStringLiteral("prod"));
    second.setClock(clock);
    second.append(batch(20, 20));
    second.close();
    const auto result =
        GzipTestUtil::gunzipFile(dir.filePath(QStringLiteral("prod_2024_05_01.jsonl.gz")));
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.members, 2);
    EXPECT_EQ(GzipTestUtil::lines(result.data).size(), 40);
}

TEST(Recorder, LabelCannotEscapeTheFolder)
{
    EXPECT_EQ(Recorder::sanitizedLabel(QStringLiteral("../../etc/passwd")),
              QStringLiteral("_.._etc_passwd"));
    EXPECT_EQ(Recorder::sanitizedLabel(QStringLiteral("..")), QStringLiteral("stream"));
    EXPECT_EQ(Recorder::sanitizedLabel(QString()), QStringLiteral("stream"));
    EXPECT_EQ(Recorder::fileNameFor(QStringLiteral("prod stream"), QDate(2016, 12, 5)),
              QStringLiteral("prod_stream_2016_12_05.jsonl.gz"));
    QTemporaryDir dir;
    Recorder recorder(dir.path(), QStringLiteral("../x"));
    recorder.append(batch(0, 1));
    EXPECT_EQ(QFileInfo(recorder.currentFilePath()).absolutePath(),
              QDir(dir.path()).absolutePath());
}

TEST(Recorder, KilledProcessLeavesValidGzipWithEverythingFlushed)
{
    QTemporaryDir dir;
    QProcess driver;
    driver.start(QStringLiteral(HYDRANT_RECORDER_DRIVER), {dir.path(), QStringLiteral("crash")});
    ASSERT_TRUE(driver.waitForStarted());
    quint64 lastFlushed = 0;
    int flushes = 0;
    QByteArray pendingOutput;
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] {
            pendingOutput += driver.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pendingOutput.indexOf('\n')) >= 0) {
                const QByteArray line = pendingOutput.left(newline);
                pendingOutput.remove(0, newline + 1);
                if (line.startsWith("flushed ")) {
                    lastFlushed = line.mid(8).toULongLong();
                    ++flushes;
                }
            }
            return flushes >= 3;
        },
        10000));
    driver.kill(); // SIGKILL: no destructor, no final flush
    ASSERT_TRUE(driver.waitForFinished());
    ASSERT_EQ(driver.exitStatus(), QProcess::CrashExit);

    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("crash_*.jsonl.gz")});
    ASSERT_EQ(files.size(), 1);
    const auto result = GzipTestUtil::gunzipFile(dir.filePath(files.front()));
    ASSERT_TRUE(result.ok) << "the file must decompress completely after a crash";
    const QList<QByteArray> lines = GzipTestUtil::lines(result.data);
    ASSERT_GE(quint64(lines.size()), lastFlushed);
    std::set<QByteArray> unique;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ASSERT_TRUE(lines[i].startsWith(QStringLiteral(R"({"id":%1,)").arg(i).toUtf8()))
            << lines[i].toStdString();
        unique.insert(lines[i]);
    }
    EXPECT_EQ(unique.size(), size_t(lines.size()));

    // The gzip tool agrees.
    const auto gzip = TestSupport::runProcess(QStringLiteral("gzip"),
                                              {QStringLiteral("-t"), dir.filePath(files.front())});
    EXPECT_EQ(gzip.exitCode, 0) << gzip.standardError.toStdString();
}
