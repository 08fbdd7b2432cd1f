// Where a request may go: https anywhere, plain http only to this computer, decided by address.
// Names are resolved by stand-ins here, so these tests send no DNS query.

#include "net/endpointpolicy.h"

#include <gtest/gtest.h>

namespace {

/// A resolver that answers \a addresses for every name and counts the questions.
struct FakeResolver
{
    QList<QHostAddress> addresses;
    int questions = 0;
    EndpointPolicy::Resolver function()
    {
        return [this](const QString &) {
            ++questions;
            return addresses;
        };
    }
};

QUrl url(const char *text)
{
    return QUrl(QString::fromLatin1(text));
}

} // namespace

TEST(EndpointPolicy, LocalhostIsTrustedOnlyWhenEveryAddressItResolvesToIsLoopback)
{
    FakeResolver resolver;
    resolver.addresses = {QHostAddress(QStringLiteral("127.0.0.1")),
                          QHostAddress(QStringLiteral("::1"))};
    EXPECT_TRUE(
        EndpointPolicy::isAllowed(url("http://localhost:8080/stream.json"), resolver.function()));
    EXPECT_EQ(resolver.questions, 1);

    // A hosts file (or a resolver) that sends "localhost" elsewhere.
    resolver.addresses = {QHostAddress(QStringLiteral("10.1.2.3"))};
    const QString reason = EndpointPolicy::refusalReason(url("http://localhost:8080/stream.json"),
                                                         resolver.function());
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_TRUE(reason.contains(QStringLiteral("localhost"))) << reason.toStdString();
    resolver.addresses = {QHostAddress(QStringLiteral("127.0.0.1")),
                          QHostAddress(QStringLiteral("192.0.2.7"))};
    EXPECT_FALSE(EndpointPolicy::isAllowed(url("http://LOCALHOST/x"), resolver.function()));
    resolver.addresses = {}; // does not resolve at all
    EXPECT_FALSE(EndpointPolicy::isAllowed(url("http://localhost/x"), resolver.function()));
}

TEST(EndpointPolicy, NamesThatOnlyLookLocalAreNotLoopback)
{
    // Even when their DNS answer is 127.0.0.1 today: it can change before the connection.
    FakeResolver resolver;
    resolver.addresses = {QHostAddress(QStringLiteral("127.0.0.1"))};
    for (const char *address :
         {"http://localhost.evil.example/stream.json", "http://127.0.0.1.nip.io/stream.json",
          "http://localhost.localdomain/x", "http://evil-localhost/x", "http://127.0.0.1.example/x",
          "http://stream.example.com/x"}) {
        EXPECT_FALSE(EndpointPolicy::isAllowed(url(address), resolver.function())) << address;
        EXPECT_FALSE(EndpointPolicy::isLoopbackHost(url(address).host(), resolver.function()))
            << address;
    }
    EXPECT_EQ(resolver.questions, 0) << "only \"localhost\" is ever looked up";
}

TEST(EndpointPolicy, LiteralLoopbackAddressesNeedNoLookup)
{
    FakeResolver resolver;
    for (const char *address :
         {"http://127.0.0.1:1234/x", "http://127.8.9.10/x", "http://[::1]:80/x"})
        EXPECT_TRUE(EndpointPolicy::isAllowed(url(address), resolver.function())) << address;
    for (const char *address : {"http://10.0.0.1/x", "http://[2001:db8::1]/x", "http://0.0.0.0/x"})
        EXPECT_FALSE(EndpointPolicy::isAllowed(url(address), resolver.function())) << address;
    EXPECT_EQ(resolver.questions, 0);
}

TEST(EndpointPolicy, HttpsGoesAnywhereWithoutALookupAndCredentialsInTheUrlNever)
{
    FakeResolver resolver;
    EXPECT_TRUE(EndpointPolicy::isAllowed(url("https://stream.gnip.com/accounts/a/x.json"),
                                          resolver.function()));
    EXPECT_FALSE(
        EndpointPolicy::isAllowed(url("https://user:pw@stream.gnip.com/x"), resolver.function()));
    EXPECT_FALSE(EndpointPolicy::isAllowed(url("ftp://127.0.0.1/x"), resolver.function()));
    EXPECT_EQ(resolver.questions, 0);
}

TEST(EndpointPolicy, LocalhostOnThisComputerResolvesToLoopback)
{
    // The system's resolver reads the hosts file for "localhost": no query leaves the machine.
    EXPECT_TRUE(EndpointPolicy::isLoopbackHost(QStringLiteral("localhost")));
}
