// "Test connection" against the simulator: each outcome in words, with the server's own text.

#include "net/connectiontester.h"
#include "streamtestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using Outcome = ConnectionTester::Outcome;

namespace {

class ConnectionTesterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sim = std::make_unique<Simulator>(fastSimulatorOptions());
        ASSERT_TRUE(sim->start());
    }
    /// Each test uses its own user name so the shared connect budget of one does not spill over.
    StreamEndpoint endpoint(const QString &password = {}) const
    {
        StreamEndpoint e{QString(), sim->streamUrl(), sim->credentials()};
        if (!password.isEmpty())
            e.credentials.password = password;
        return e;
    }
    std::unique_ptr<Simulator> sim;
};

} // namespace

TEST_F(ConnectionTesterTest, ConnectedWithTheRightPassword)
{
    ConnectionTester tester;
    const auto result = tester.testStreamBlocking(endpoint());
    EXPECT_EQ(result.outcome, Outcome::Connected);
    EXPECT_EQ(result.httpStatus, 200);
    EXPECT_TRUE(result.summary.startsWith(QStringLiteral("Connected")));
}

TEST_F(ConnectionTesterTest, BadCredentialsWithTheServersMessage)
{
    ConnectionTester tester;
    const auto result = tester.testStreamBlocking(endpoint(QStringLiteral("wrong")));
    EXPECT_EQ(result.outcome, Outcome::BadCredentials);
    EXPECT_EQ(result.httpStatus, 401);
    EXPECT_FALSE(result.serverMessage.isEmpty());
    EXPECT_TRUE(result.summary.contains(result.serverMessage));
}

TEST_F(ConnectionTesterTest, CompressionRefusedAndRateLimitedAreNamed)
{
    CannedHttpServer refusing(
        httpResponse(406, "Not Acceptable", R"({"error":{"message":"Compression required"}})"));
    ConnectionTester tester;
    StreamEndpoint e{
        QString(), refusing.url(), {QStringLiteral("a@example.org"), QStringLiteral("pw")}};
    auto result = tester.testStreamBlocking(e);
    EXPECT_EQ(result.outcome, Outcome::CompressionRefused);
    EXPECT_TRUE(result.summary.contains(QStringLiteral("Compression required")));

    CannedHttpServer limiting(
        httpResponse(429, "Too Many Requests", "Exceeded connection limit", "text/plain"));
    e.url = limiting.url();
    result = tester.testStreamBlocking(e);
    EXPECT_EQ(result.outcome, Outcome::RateLimited);
    EXPECT_TRUE(result.summary.contains(QStringLiteral("Exceeded connection limit")));
}

TEST_F(ConnectionTesterTest, NetworkErrorWhenNothingListens)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    StreamEndpoint e = endpoint();
    e.url.setPort(closed.serverPort());
    closed.close();
    ConnectionTester tester;
    const auto result = tester.testStreamBlocking(e);
    EXPECT_EQ(result.outcome, Outcome::NetworkError);
    EXPECT_TRUE(result.summary.startsWith(QStringLiteral("Network error")));
}

TEST_F(ConnectionTesterTest, BackupsAccountIsCheckedWithoutFollowingTheLink)
{
    ConnectionTester tester;
    BackupEndpoint backups;
    backups.baseUrl = sim->backupsBaseUrl();
    backups.credentials = sim->credentials();
    ConnectionTester::Result result;
    QObject::connect(&tester, &ConnectionTester::finished,
                     [&](const ConnectionTester::Result &r) { result = r; });
    tester.testBackups(backups);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return result.httpStatus != 0; }, 5000));
    EXPECT_EQ(result.outcome, Outcome::Connected) << result.summary.toStdString();
    for (const SimRequest &request : sim->requests())
        EXPECT_NE(request.service, SimFault::Storage); // the download link itself is not fetched

    backups.credentials.password = QStringLiteral("wrong");
    result = {};
    tester.testBackups(backups);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return result.httpStatus != 0; }, 5000));
    EXPECT_EQ(result.outcome, Outcome::BadCredentials);
}
