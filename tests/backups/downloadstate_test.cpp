#include "backups/backupcatalogue.h"
#include "backups/backupnaming.h"
#include "backups/downloadretrypolicy.h"
#include "backups/downloadstatestore.h"
#include "net/accountstore.h"
#include "net/backupprofile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <QSettings>

TEST(DownloadStateStore, RestoresItemsAndRequeuesRunningOnes)
{
    QTemporaryDir dir;
    DownloadStateStore store(dir.filePath(QStringLiteral("state/downloads.json")));
    QList<DownloadItem> items(3);
    items[0].key = {QStringLiteral("activity"), QDate(2024, 1, 5)};
    items[0].state = DownloadItem::State::Downloading;
    items[0].folder = dir.path();
    items[0].bytesReceived = 1234;
    items[0].bytesTotal = 99999;
    items[1].key = {QStringLiteral("messages"), QDate(2024, 1, 6)};
    items[1].state = DownloadItem::State::Failed;
    items[1].message = QStringLiteral("The disk is full.");
    items[1].folder = dir.path();
    items[2].key = {QStringLiteral("messages"), QDate(2024, 1, 7)};
    items[2].state = DownloadItem::State::Paused;
    items[2].folder = dir.path();
    ASSERT_TRUE(store.save(items));

    QString error;
    const QList<DownloadItem> loaded = store.load(&error);
    EXPECT_TRUE(error.isEmpty());
    ASSERT_EQ(loaded.size(), 3);
    EXPECT_EQ(loaded[0].key, items[0].key);
    EXPECT_EQ(loaded[0].state, DownloadItem::State::Queued);
    EXPECT_EQ(loaded[0].bytesReceived, 1234);
    EXPECT_EQ(loaded[0].bytesTotal, 99999);
    EXPECT_EQ(loaded[1].state, DownloadItem::State::Failed);
    EXPECT_EQ(loaded[1].message, items[1].message);
    EXPECT_EQ(loaded[2].state, DownloadItem::State::Paused);
}

TEST(DownloadStateStore, DropsEntriesThatWouldEscapeTheFolder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("downloads.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"items":[
        {"type":"../../etc","date":"2024-01-05","folder":"/tmp","state":"queued"},
        {"type":"activity","date":"2024-02-30","folder":"/tmp","state":"queued"},
        {"type":"activity","date":"2024-01-05","folder":"relative/dir","state":"queued"},
        {"type":"activity","date":"2024-01-05","folder":"/tmp","state":"queued"}]})");
    file.close();
    const QList<DownloadItem> loaded = DownloadStateStore(path).load();
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_EQ(loaded[0].key.fileType, QStringLiteral("activity"));
}

TEST(DownloadStateStore, ADamagedFileIsReportedNotFatal)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("downloads.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"version\":1,\"items\":[{");
    file.close();
    QString error;
    EXPECT_TRUE(DownloadStateStore(path).load(&error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST(BackupCatalogue, FindsFinalFilesOnlyAndRemembersMissingDays)
{
    QTemporaryDir dir;
    const BackupKey a{QStringLiteral("activity"), QDate(2024, 1, 5)};
    const BackupKey b{QStringLiteral("messages"), QDate(2024, 1, 5)};
    for (const QString &name :
         {BackupNaming::fileName(a), BackupNaming::partFileName(b), QStringLiteral("notes.gz")}) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("12345");
    }
    const QString statePath = dir.filePath(QStringLiteral("catalogue.json"));
    {
        BackupCatalogue catalogue(statePath);
        QSignalSpy changed(&catalogue, &BackupCatalogue::changed);
        catalogue.setFolder(dir.path());
        EXPECT_TRUE(catalogue.isOnDisk(a));
        EXPECT_EQ(catalogue.fileSize(a), 5);
        EXPECT_FALSE(catalogue.isOnDisk(b));
        EXPECT_EQ(catalogue.onDiskCount(), 1);
        catalogue.recordNotAvailable({QStringLiteral("activity"), QDate(2024, 1, 6)});
        EXPECT_GE(changed.count(), 2);
        EXPECT_TRUE(catalogue.deleteFile(a));
        EXPECT_FALSE(QFile::exists(dir.filePath(BackupNaming::fileName(a))));
        EXPECT_FALSE(catalogue.isOnDisk(a));
    }
    BackupCatalogue reopened(statePath);
    EXPECT_TRUE(reopened.isNotAvailable({QStringLiteral("activity"), QDate(2024, 1, 6)}));
    EXPECT_FALSE(reopened.isNotAvailable(a));
}

TEST(DownloadRetryPolicy, FollowsThePublishedBackoff)
{
    DownloadRetryPolicy policy;
    policy.setRandom([] { return 0.0; });
    using E = DownloadRetryPolicy::ErrorClass;
    EXPECT_EQ(policy.delayMs(E::Network, 1), 250);
    EXPECT_EQ(policy.delayMs(E::Network, 4), 1000);
    EXPECT_EQ(policy.delayMs(E::Network, 200), 16000);
    EXPECT_EQ(policy.delayMs(E::Server, 1), 5000);
    EXPECT_EQ(policy.delayMs(E::Server, 2), 10000);
    EXPECT_EQ(policy.delayMs(E::Server, 7), 320000);
    EXPECT_EQ(policy.delayMs(E::Server, 30), 320000);
    EXPECT_EQ(policy.delayMs(E::RateLimited, 1), 60000);
    // The task has already asked for fresh links; a further try waits like a network error.
    EXPECT_EQ(policy.delayMs(E::ExpiredLink, 1), 250);
    EXPECT_EQ(policy.delayMs(E::ExpiredLink, 2), 500);
    // A corrupt transfer is fetched again, but never at once.
    EXPECT_EQ(policy.delayMs(E::Corrupt, 1), 250);
    EXPECT_TRUE(policy.shouldRetry(E::Network, 7));
    EXPECT_FALSE(policy.shouldRetry(E::Network, 8));
    EXPECT_TRUE(policy.shouldRetry(E::Corrupt, 1));
    EXPECT_FALSE(policy.shouldRetry(E::Corrupt, 2));
    policy.setRandom([] { return 1.0; });
    EXPECT_EQ(policy.delayMs(E::Server, 1), 6000); // 20 % jitter at most
}

TEST(BackupProfile, SavedMessagesIsMigratedOnceToTheDocumentedMessage)
{
    {
        // As an earlier version saved it.
        QSettings settings;
        settings.setValue(QStringLiteral("accounts/backups/old/baseUrl"),
                          QStringLiteral("https://firestream.stocktwits.com"));
        settings.setValue(QStringLiteral("accounts/backups/old/fileTypes"),
                          QStringList{QStringLiteral("activity"), QStringLiteral("messages")});
        settings.setValue(QStringLiteral("accounts/backups/old/user"), QStringLiteral("me"));
    }
    AccountStore store;
    ASSERT_TRUE(store.hasProfile(AccountStore::Service::Backups, QStringLiteral("old")))
        << "the settings layout of this test no longer matches AccountStore";
    QStringList notes;
    static QStringList *sink = nullptr;
    sink = &notes;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { sink->append(message); });
    const auto first = store.backupProfile(QStringLiteral("old"));
    const auto second = AccountStore().backupProfile(QStringLiteral("old"));
    qInstallMessageHandler(previous);
    ASSERT_TRUE(first && second);
    const QStringList expected{QStringLiteral("activity"), QStringLiteral("message")};
    EXPECT_EQ(first->fileTypes, expected);
    EXPECT_EQ(second->fileTypes, expected) << "saved, not only read";
    ASSERT_EQ(notes.size(), 1) << "the note comes once";
    EXPECT_TRUE(notes.first().contains(QStringLiteral("“message”"))) << qPrintable(notes.first());
    EXPECT_EQ(BackupProfile().fileTypes, expected) << "new accounts get the documented types";
}
