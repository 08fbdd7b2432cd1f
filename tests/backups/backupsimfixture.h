#pragma once

#include "backups/downloadqueue.h"
#include "backups/downloadretrypolicy.h"
#include "net/serviceendpoint.h"
#include "sim/backupfile.h"
#include "sim/simulator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

/// A simulator on loopback with small daily files, a temporary download folder and helpers to
/// compare what was downloaded with what the simulator serves.
class BackupSimFixture : public ::testing::Test
{
protected:
    /// Days without a file in these tests.
    static QDate missingDay() { return QDate(2024, 1, 6); }

    static SimulatorOptions defaultOptions()
    {
        SimulatorOptions options;
        options.today = QDate(2024, 3, 15);
        options.fileSize = 300 * 1024;
        options.distinctFileBytes = 300 * 1024;
        options.multiMemberFiles = true;
        options.hasBackup = [](const QString &, QDate day) { return day != missingDay(); };
        return options;
    }

    void startSimulator(const SimulatorOptions &options = defaultOptions())
    {
        sim = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(sim->start(&error)) << qPrintable(error);
    }

    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        startSimulator();
    }

    BackupEndpoint endpoint() const
    {
        BackupEndpoint endpoint;
        endpoint.profileName = QStringLiteral("test");
        endpoint.baseUrl = sim->backupsBaseUrl();
        endpoint.credentials = sim->credentials();
        return endpoint;
    }

    static DownloadRetryPolicy fastPolicy()
    {
        DownloadRetryPolicy::Intervals intervals;
        intervals.backoff.linearStep = std::chrono::milliseconds(5);
        intervals.backoff.linearMax = std::chrono::milliseconds(50);
        intervals.backoff.httpStart = std::chrono::milliseconds(10);
        intervals.backoff.httpMax = std::chrono::milliseconds(100);
        intervals.backoff.rateLimitStart = std::chrono::milliseconds(20);
        intervals.backoff.rateLimitMax = std::chrono::milliseconds(200);
        intervals.backoff.jitterFraction = 0;
        return DownloadRetryPolicy(intervals);
    }

    /// The queue's item of \a key as it stands now; an item without a key when it is not queued.
    static DownloadItem itemOf(const DownloadQueue &queue, const BackupKey &key)
    {
        const DownloadItem *item = queue.find(key);
        return item ? *item : DownloadItem{};
    }

    QString pathOf(const QString &name) const { return QDir(folder.path()).filePath(name); }

    static QByteArray sha256OfFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return hash.result();
    }

    QByteArray servedSha256(const QString &type, QDate day) const
    {
        return sim->backupFile(type, day)->sha256();
    }

    QList<SimRequest> requestsTo(SimFault::Target service) const
    {
        QList<SimRequest> matching;
        for (const SimRequest &request : sim->requests()) {
            if (request.service == service)
                matching.append(request);
        }
        return matching;
    }

    std::unique_ptr<Simulator> sim;
    QTemporaryDir folder;
};
