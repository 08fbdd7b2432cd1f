// Recording the live stream: valid gzip at all times, daily files at UTC midnight, no
// duplicates, nothing lost beyond the last second when the process is killed, a write error
// that stops the recording with the system's reason, and a torn tail set aside before appending.

#include "feed/gziptail.h"
#include "feed/recorder.h"
#include "feedtestdata.h"
#include "gziptestutil.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <set>

#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

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

// --- Write errors: the recording stops at once and says why in the system's words ------------

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Messages that do not compress well, so a few of them make a member of known bulk.
MessageBatch noisyBatch(int firstId, int count)
{
    MessageBatch b = batch(firstId, count);
    QRandomGenerator random{quint32(firstId)};
    for (Message &m : b) {
        QByteArray noise(512, Qt::Uninitialized);
        for (char &c : noise)
            c = char('a' + random.bounded(26));
        m.raw = QByteArray(R"({"id":)") + m.id.toUtf8() + R"(,"body":")" + noise + R"("})";
    }
    return b;
}

QList<QByteArray> rawLines(const MessageBatch &b)
{
    QList<QByteArray> lines;
    for (const Message &m : b)
        lines.append(m.raw);
    return lines;
}

} // namespace

TEST(Recorder, AWriteErrorStopsTheRecordingAtOnceWithTheSystemsReason)
{
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        GTEST_SKIP() << "needs /dev/full (a device on which every write fails: disk full)";
    QTemporaryDir dir;
    // Today's file is a device on which every write fails with ENOSPC.
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/full"),
                            dir.filePath(QStringLiteral("prod_2024_03_09.jsonl.gz"))));
    Recorder recorder(dir.path(), QStringLiteral("prod"));
    recorder.setClock([] { return utc(2024, 3, 9, 12, 0, 0); });
    QSignalSpy errors(&recorder, &Recorder::errorOccurred);

    ASSERT_TRUE(recorder.append(batch(0, 10))); // held in memory until the member is written
    EXPECT_FALSE(recorder.flush());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(recorder.hasStopped());
    EXPECT_FALSE(recorder.isOpen());
    EXPECT_EQ(recorder.errorReason(), systemReason(ENOSPC));
    EXPECT_TRUE(recorder.errorString().contains(systemReason(ENOSPC)))
        << recorder.errorString().toStdString();
    EXPECT_TRUE(recorder.errorString().contains(QStringLiteral("prod_2024_03_09.jsonl.gz")));
    EXPECT_EQ(errors.front().at(1).toString(), systemReason(ENOSPC));

    // Stopped means stopped: nothing more is taken, no file is opened again, nothing repeats.
    EXPECT_FALSE(recorder.append(batch(10, 10)));
    EXPECT_FALSE(recorder.flush());
    EXPECT_FALSE(recorder.isOpen());
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(recorder.messagesWritten(), 0u);
}

TEST(Recorder, AFolderItMayNotWriteToStopsTheRecordingWithTheSystemsReason)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    // Permissions do not stop root: as root, both folders go to an ordinary user ("nobody"),
    // who then acts meanwhile, as any user would on a folder of their own without write access.
    constexpr uid_t nobody = 65534;
    if (::geteuid() == 0) {
        ASSERT_EQ(::chown(QFile::encodeName(dir.path()).constData(), nobody, nobody), 0);
        ASSERT_EQ(::chown(QFile::encodeName(folder).constData(), nobody, nobody), 0);
    }
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    struct EffectiveUser
    {
        uid_t saved = ::geteuid();
        EffectiveUser()
        {
            if (saved == 0) {
                EXPECT_EQ(::seteuid(nobody), 0);
            }
        }
        ~EffectiveUser()
        {
            if (saved == 0) {
                [[maybe_unused]] const int restored = ::seteuid(saved);
            }
        }
    } asOrdinaryUser;
    Recorder recorder(folder, QStringLiteral("prod"));
    QSignalSpy errors(&recorder, &Recorder::errorOccurred);
    EXPECT_FALSE(recorder.append(batch(0, 1)));
    EXPECT_FALSE(recorder.append(batch(1, 1)));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(recorder.errorReason(), systemReason(EACCES)) << recorder.errorString().toStdString();
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST(Recorder, AWriteCutShortNamesTheReasonAndLeavesTheFileReadable)
{
    // The disk fills up in the middle of a member: the system writes part of it and only the
    // next write fails. A file size limit (RLIMIT_FSIZE) does exactly that, unprivileged.
    QTemporaryDir dir;
    Recorder recorder(dir.path(), QStringLiteral("prod"));
    recorder.setClock([] { return utc(2024, 3, 9, 12, 0, 0); });
    const MessageBatch kept = noisyBatch(0, 20);
    ASSERT_TRUE(recorder.append(kept));
    ASSERT_TRUE(recorder.flush());
    const qint64 goodSize = recorder.fileSize();

    struct rlimit original
    {
    };
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a core dump
    struct rlimit limited = original;
    limited.rlim_cur = rlim_t(goodSize + 1000);
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    ASSERT_TRUE(recorder.append(noisyBatch(20, 200))); // about 60 KB compressed
    const bool flushed = recorder.flush();
    ::setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);

    EXPECT_FALSE(flushed);
    EXPECT_TRUE(recorder.hasStopped());
    EXPECT_EQ(recorder.errorReason(), systemReason(EFBIG)) << "not \"Unknown error\"";
    EXPECT_FALSE(recorder.errorString().contains(QStringLiteral("Unknown error")));
    const QString path = dir.filePath(QStringLiteral("prod_2024_03_09.jsonl.gz"));
    EXPECT_EQ(QFileInfo(path).size(), goodSize) << "the half-written member is cut off again";
    const auto result = GzipTestUtil::gunzipFile(path);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(GzipTestUtil::lines(result.data), rawLines(kept));
}

TEST(Recorder, AFullFilesystemStopsTheRecordingWithTheSystemsReason)
{
    // A real disk that fills up: a tmpfs of 256 KiB. Mounting needs root (CAP_SYS_ADMIN).
    QTemporaryDir dir;
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::geteuid() != 0 ||
        ::mount("hydrant-test", mountPoint.constData(), "tmpfs", 0, "size=256k") != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root): " << std::strerror(errno);
    struct Unmount
    {
        QByteArray path;
        ~Unmount() { ::umount(path.constData()); }
    } unmount{mountPoint};

    MessageBatch written;
    QString path;
    {
        Recorder recorder(dir.path(), QStringLiteral("prod"));
        recorder.setClock([] { return utc(2024, 3, 9, 12, 0, 0); });
        QSignalSpy errors(&recorder, &Recorder::errorOccurred);
        for (int i = 0; i < 1000 && !recorder.hasStopped(); ++i) {
            const MessageBatch b = noisyBatch(i * 10, 10);
            if (recorder.append(b) && recorder.flush())
                written.insert(written.end(), b.begin(), b.end());
        }
        ASSERT_TRUE(recorder.hasStopped()) << "256 KiB should have filled up";
        EXPECT_EQ(errors.count(), 1);
        EXPECT_EQ(recorder.errorReason(), systemReason(ENOSPC));
        EXPECT_EQ(recorder.messagesWritten(), quint64(written.size()));
        path = dir.filePath(QStringLiteral("prod_2024_03_09.jsonl.gz"));
    }
    const auto result = GzipTestUtil::gunzipFile(path);
    ASSERT_TRUE(result.ok) << "the file stays readable after the disk filled up";
    EXPECT_EQ(GzipTestUtil::lines(result.data), rawLines(written));
}

// --- A torn last member (power loss) never spoils what is appended after it -------------------

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QStringList tornFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("*.torn-*")}, QDir::Files, QDir::Name);
}

} // namespace

TEST(Recorder, AppendingAfterATornLastMemberKeepsEveryCompleteMessageReadable)
{
    // A day's recording of two members; power fails while the second is being written, at any
    // byte of it (header, deflate data, trailer). The next run appends to the same file.
    const auto clock = [] { return utc(2024, 5, 1, 8, 0, 0); };
    const QString name = QStringLiteral("prod_2024_05_01.jsonl.gz");
    QTemporaryDir original;
    qint64 firstMemberEnd = 0;
    {
        Recorder recorder(original.path(), QStringLiteral("prod"));
        recorder.setClock(clock);
        ASSERT_TRUE(recorder.append(batch(0, 200)));
        ASSERT_TRUE(recorder.flush());
        firstMemberEnd = recorder.fileSize();
        ASSERT_TRUE(recorder.append(noisyBatch(200, 40)));
        ASSERT_TRUE(recorder.flush());
    }
    const QByteArray whole = readAll(original.filePath(name));
    ASSERT_GT(whole.size(), firstMemberEnd + 1000);

    std::vector<qint64> cuts;
    for (qint64 cut = firstMemberEnd + 1; cut < whole.size(); cut += 397)
        cuts.push_back(cut);
    for (qint64 inTrailer = 1; inTrailer <= 8; ++inTrailer)
        cuts.push_back(whole.size() - inTrailer);
    for (qint64 inHeader = 1; inHeader <= 12; ++inHeader)
        cuts.push_back(firstMemberEnd + inHeader);

    QList<QByteArray> expected = rawLines(batch(0, 200));
    expected += rawLines(batch(1000, 30));
    int gzipChecks = 0;
    for (const qint64 cut : cuts) {
        SCOPED_TRACE(cut);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        ASSERT_TRUE(writeFile(path, whole.left(cut)));
        Recorder recorder(dir.path(), QStringLiteral("prod"));
        recorder.setClock(clock);
        QSignalSpy warnings(&recorder, &Recorder::warningOccurred);
        ASSERT_TRUE(recorder.append(batch(1000, 30)));
        recorder.close();
        EXPECT_FALSE(recorder.hasStopped()) << recorder.errorString().toStdString();

        const auto result = GzipTestUtil::gunzipFile(path);
        ASSERT_TRUE(result.ok) << "every member must decompress";
        EXPECT_EQ(GzipTestUtil::lines(result.data), expected);
        // The torn bytes are kept beside the file, and the user is told.
        const QStringList torn = tornFiles(dir.path());
        ASSERT_EQ(torn.size(), 1);
        EXPECT_EQ(readAll(dir.filePath(torn.front())),
                  whole.mid(firstMemberEnd, cut - firstMemberEnd));
        ASSERT_EQ(warnings.count(), 1);
        EXPECT_TRUE(warnings.front().at(0).toString().contains(torn.front()));
        if (cut == cuts.front() || cut == whole.size() - 1 || gzipChecks == 0) {
            ++gzipChecks;
            const auto gzip =
                TestSupport::runProcess(QStringLiteral("gzip"), {QStringLiteral("-t"), path});
            EXPECT_EQ(gzip.exitCode, 0) << gzip.standardError.toStdString();
        }
    }
}

TEST(Recorder, AnIntactFileIsAppendedToAsItIs)
{
    const auto clock = [] { return utc(2024, 5, 1, 8, 0, 0); };
    QTemporaryDir dir;
    {
        Recorder first(dir.path(), QStringLiteral("prod"));
        first.setClock(clock);
        first.append(batch(0, 20));
    }
    const QString path = dir.filePath(QStringLiteral("prod_2024_05_01.jsonl.gz"));
    const QByteArray before = readAll(path);
    Recorder second(dir.path(), QStringLiteral("prod"));
    second.setClock(clock);
    QSignalSpy warnings(&second, &Recorder::warningOccurred);
    second.append(batch(20, 20));
    second.close();
    EXPECT_EQ(warnings.count(), 0);
    EXPECT_TRUE(tornFiles(dir.path()).isEmpty());
    EXPECT_TRUE(readAll(path).startsWith(before));
}

TEST(Recorder, ATornOnlyMemberOrZerosAfterTheLastAreSetAsideToo)
{
    const auto clock = [] { return utc(2024, 5, 1, 8, 0, 0); };
    QTemporaryDir original;
    {
        Recorder recorder(original.path(), QStringLiteral("prod"));
        recorder.setClock(clock);
        recorder.append(noisyBatch(0, 20));
    }
    const QString name = QStringLiteral("prod_2024_05_01.jsonl.gz");
    const QByteArray whole = readAll(original.filePath(name));

    // Power lost in the very first member: nothing complete is left, all of it goes aside.
    {
        QTemporaryDir dir;
        ASSERT_TRUE(writeFile(dir.filePath(name), whole.left(whole.size() / 2)));
        Recorder recorder(dir.path(), QStringLiteral("prod"));
        recorder.setClock(clock);
        recorder.append(batch(100, 5));
        recorder.close();
        const auto result = GzipTestUtil::gunzipFile(dir.filePath(name));
        ASSERT_TRUE(result.ok);
        EXPECT_EQ(GzipTestUtil::lines(result.data), rawLines(batch(100, 5)));
        ASSERT_EQ(tornFiles(dir.path()).size(), 1);
        EXPECT_EQ(readAll(dir.filePath(tornFiles(dir.path()).front())),
                  whole.left(whole.size() / 2));
    }
    // Some file systems leave zeros where the lost write was; more of them than the tail search
    // looks at makes no difference.
    for (const qint64 zeros : {qint64(4096), GzipTail::searchSpan + 4096}) {
        SCOPED_TRACE(zeros);
        QTemporaryDir dir;
        ASSERT_TRUE(writeFile(dir.filePath(name), whole + QByteArray(zeros, '\0')));
        Recorder recorder(dir.path(), QStringLiteral("prod"));
        recorder.setClock(clock);
        recorder.append(batch(100, 5));
        recorder.close();
        const auto result = GzipTestUtil::gunzipFile(dir.filePath(name));
        ASSERT_TRUE(result.ok);
        QList<QByteArray> expected = rawLines(noisyBatch(0, 20));
        expected += rawLines(batch(100, 5));
        EXPECT_EQ(GzipTestUtil::lines(result.data), expected);
        ASSERT_EQ(tornFiles(dir.path()).size(), 1);
        EXPECT_EQ(QFileInfo(dir.filePath(tornFiles(dir.path()).front())).size(), zeros);
    }
}

// --- The recording says where it stopped -------------------------------------------------------

// Each block names the resume cursor of its last item (and the stream) in its gzip header,
// written in the same write as the items: the recording alone tells where a run that was killed
// stopped, and a torn last block does not count, since its items are set aside.
TEST(Recorder, TheLastCompleteBlockNamesTheCursorOfItsLastItem)
{
    QTemporaryDir dir;
    const QDateTime now = utc(2024, 5, 1, 8, 0, 0);
    const QString label = QStringLiteral("fs");
    EXPECT_TRUE(Recorder::lastRecordedPosition(dir.path(), label).cursor.isEmpty());
    const auto withCursors = [](MessageBatch b, int first) {
        for (size_t i = 0; i < b.size(); ++i)
            b[i].cursor = QStringLiteral("4956255381751509323106462749168039351983234097737") +
                          QString::number(8390000 + first + int(i));
        return b;
    };
    qint64 firstBlockEnd = 0;
    {
        Recorder recorder(dir.path(), label);
        recorder.setClock([now] { return now; });
        recorder.setStreamKey("0123456789abcdef");
        ASSERT_TRUE(recorder.append(withCursors(batch(0, 50), 0)));
        ASSERT_TRUE(recorder.flush());
        firstBlockEnd = recorder.fileSize();
        ASSERT_TRUE(recorder.append(withCursors(batch(50, 50), 50)));
        ASSERT_TRUE(recorder.flush());
    }
    const QString path = dir.filePath(QStringLiteral("fs_2024_05_01.jsonl.gz"));
    Recorder::RecordedPosition position = Recorder::lastRecordedPosition(dir.path(), label);
    EXPECT_EQ(position.cursor,
              QStringLiteral("49562553817515093231064627491680393519832340977378390099"));
    EXPECT_EQ(position.streamKey, QByteArray("0123456789abcdef"));
    EXPECT_EQ(position.writtenAt, now);
    EXPECT_EQ(position.path, path);

    // Any gzip reader reads the blocks as they always were.
    const auto result = GzipTestUtil::gunzipFile(path);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(GzipTestUtil::lines(result.data).size(), 100);
    const auto gzip = TestSupport::runProcess(QStringLiteral("gzip"), {QStringLiteral("-t"), path});
    EXPECT_EQ(gzip.exitCode, 0) << gzip.standardError.toStdString();

    // Killed while the second block was being written: the first one's last item is where the
    // recording stopped.
    const QByteArray whole = readAll(path);
    ASSERT_TRUE(writeFile(path, whole.left(whole.size() - 5)));
    position = Recorder::lastRecordedPosition(dir.path(), label);
    EXPECT_EQ(position.cursor,
              QStringLiteral("49562553817515093231064627491680393519832340977378390049"));
    ASSERT_TRUE(writeFile(path, whole.left(firstBlockEnd)));
    EXPECT_EQ(Recorder::lastRecordedPosition(dir.path(), label).cursor, position.cursor);
}
