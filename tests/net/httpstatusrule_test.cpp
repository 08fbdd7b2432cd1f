// What a status code means for each server (DESIGN §1), read from the one rule every client uses.
#include "net/httpstatusrule.h"

#include <gtest/gtest.h>

using Server = HttpStatusRule::Server;
using Meaning = HttpStatusRule::Meaning;
using Retry = HttpStatusRule::Retry;

TEST(HttpStatusRule, A401AsksForThePasswordAndIsNeverRetriedOnAnyServer)
{
    for (const Server server : {Server::Stream, Server::BackupApi})
        EXPECT_EQ(HttpStatusRule::classify(server, 401).retry, Retry::AskPassword);
    EXPECT_EQ(HttpStatusRule::classify(Server::Stream, 401).meaning, Meaning::Unauthorized);
}

TEST(HttpStatusRule, ServerTroubleIsRetriedOnTheBackoffCurveEverywhere)
{
    for (const Server server : {Server::Stream, Server::BackupApi, Server::BackupStorage}) {
        for (const int status : {500, 502, 503, 504}) {
            const auto verdict = HttpStatusRule::classify(server, status);
            EXPECT_EQ(verdict.meaning, Meaning::ServerTrouble) << status;
            EXPECT_EQ(verdict.retry, Retry::Backoff) << status;
            EXPECT_TRUE(verdict.sentence.contains(QString::number(status))) << status;
        }
    }
}

TEST(HttpStatusRule, RateLimitsWaitOnTheRateLimitCurve)
{
    EXPECT_EQ(HttpStatusRule::classify(Server::Stream, 420).retry, Retry::RateLimitBackoff);
    for (const Server server : {Server::Stream, Server::BackupApi, Server::BackupStorage})
        EXPECT_EQ(HttpStatusRule::classify(server, 429).retry, Retry::RateLimitBackoff);
}

TEST(HttpStatusRule, AStreamAskedWithoutGzipIsNotAcceptableAndNotRetried)
{
    const auto verdict = HttpStatusRule::classify(Server::Stream, 406);
    EXPECT_EQ(verdict.meaning, Meaning::NotAcceptable);
    EXPECT_EQ(verdict.retry, Retry::Never);
    EXPECT_TRUE(verdict.sentence.contains(QStringLiteral("gzip")));
}

TEST(HttpStatusRule, TheBackupApiAnswersWithALinkAndNamesEachRefusal)
{
    for (const int status : {301, 302, 303, 307, 308})
        EXPECT_EQ(HttpStatusRule::classify(Server::BackupApi, status).meaning, Meaning::Redirect);
    EXPECT_EQ(HttpStatusRule::classify(Server::BackupApi, 400).meaning, Meaning::BadRequest);
    EXPECT_EQ(HttpStatusRule::classify(Server::BackupApi, 403).meaning, Meaning::Forbidden);
    EXPECT_EQ(HttpStatusRule::classify(Server::BackupApi, 404).meaning, Meaning::NotFound);
    EXPECT_EQ(HttpStatusRule::classify(Server::BackupApi, 404).retry, Retry::Never);
}

TEST(HttpStatusRule, AnExpiredStorageLinkIsRenewedNotRefused)
{
    // 403 means "not entitled" from the service but "link expired" from its storage.
    for (const int status : {403, 404}) {
        const auto verdict = HttpStatusRule::classify(Server::BackupStorage, status);
        EXPECT_EQ(verdict.meaning, Meaning::LinkExpired);
        EXPECT_EQ(verdict.retry, Retry::RenewLink);
    }
    EXPECT_EQ(HttpStatusRule::classify(Server::BackupStorage, 206).meaning, Meaning::Success);
}

TEST(HttpStatusRule, AnythingElseIsRefusedWithItsNumber)
{
    for (const Server server : {Server::Stream, Server::BackupApi, Server::BackupStorage}) {
        const auto verdict = HttpStatusRule::classify(server, 418);
        EXPECT_EQ(verdict.meaning, Meaning::Refused);
        EXPECT_EQ(verdict.retry, Retry::Never);
        EXPECT_TRUE(verdict.sentence.contains(QStringLiteral("418")));
    }
}

TEST(HttpStatusRule, WhatTheServerSaidIsQuotedOnlyWhenItSaidSomething)
{
    EXPECT_TRUE(HttpStatusRule::serverSaid(QString()).isEmpty());
    EXPECT_TRUE(HttpStatusRule::serverSaid(QStringLiteral("slow down")).contains(u"“slow down”"));
}
