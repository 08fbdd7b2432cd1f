// Every numeric option of every hydrant-cli command refuses what is not a finite number in its
// range ("inf", "nan", "1e308", "-1", "ten") with a sentence naming the option, and exit code 1,
// before anything is started: no timer, counter or port can be handed an overflowing value.

#include "testsupport.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using TestSupport::runProcess;

namespace {

struct Case
{
    QStringList arguments; ///< the command and what it needs before the numbers are read
    QString option;        ///< without the dashes
    QStringList badValues;
};

const QStringList hopeless{QStringLiteral("inf"), QStringLiteral("nan"), QStringLiteral("1e308"),
                           QStringLiteral("-1"), QStringLiteral("ten")};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *a : list)
        result.append(QString::fromUtf8(a));
    return result;
}

} // namespace

TEST(CliNumericOptions, EveryNumericOptionRefusesWhatIsNotAFiniteNumberInRange)
{
    QTemporaryDir out;
    const QStringList download =
        args({"download", "--type", "activity", "--from", "2024-01-02", "--out"}) +
        QStringList{out.path()};
    const std::vector<Case> cases{
        {args({"stream"}), QStringLiteral("duration"), hopeless + args({"3e6"})},
        {args({"stream"}), QStringLiteral("stall-timeout"), hopeless + args({"1e9", "0"})},
        {args({"stream"}), QStringLiteral("status-interval"), hopeless + args({"1e9"})},
        {args({"stream"}), QStringLiteral("max-messages"), hopeless + args({"0", "2.5", "1e20"})},
        {args({"stream"}), QStringLiteral("max-line-bytes"), hopeless + args({"10", "1e12"})},
        {download, QStringLiteral("jobs"), hopeless + args({"0", "17", "2.5"})},
        {args({"inspect", "missing.jsonl.gz"}), QStringLiteral("line"), hopeless + args({"0"})},
        {args({"inspect", "missing.jsonl.gz"}), QStringLiteral("top"), hopeless + args({"1e6"})},
        {args({"account", "add", "numbers-test"}), QStringLiteral("client"),
         hopeless + args({"101"})},
        {args({"account", "add", "numbers-test"}), QStringLiteral("backfill-minutes"),
         hopeless + args({"6"})},
        {args({"account", "add", "numbers-test"}), QStringLiteral("partition"), hopeless},
        {args({"sim"}), QStringLiteral("rate"), hopeless + args({"1e9"})},
        {args({"sim"}), QStringLiteral("heartbeat"), hopeless + args({"1e6"})},
        {args({"sim"}), QStringLiteral("port"), hopeless + args({"65535", "80.5"})},
        {args({"sim"}), QStringLiteral("seed"), hopeless + args({"1e300"})},
        {args({"sim"}), QStringLiteral("message-size"), hopeless + args({"2000000"})},
        {args({"sim"}), QStringLiteral("file-size"),
         args({"infG", "nanM", "1e308", "-1k", "tenM", "2000G"})},
    };
    for (const Case &c : cases) {
        for (const QString &value : c.badValues) {
            const QStringList arguments =
                c.arguments + QStringList{QStringLiteral("--") + c.option, value};
            SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
            const auto result = runProcess(TestSupport::cliPath(), arguments, {}, {}, 10000);
            ASSERT_TRUE(result.finished) << "it must refuse the value, not start";
            EXPECT_EQ(result.exitCode, 1) << result.standardError.toStdString();
            EXPECT_TRUE(result.standardError.contains("--" + c.option.toUtf8()))
                << result.standardError.toStdString();
        }
    }
}

TEST(CliNumericOptions, TheErrorSaysWhatIsAccepted)
{
    const auto result =
        runProcess(TestSupport::cliPath(), args({"stream", "--duration", "inf"}), {}, {}, 10000);
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(
        result.standardError.contains("--duration needs a number from 0 to 2000000, not “inf”."))
        << result.standardError.toStdString();
    const auto whole = runProcess(TestSupport::cliPath(), args({"stream", "--max-messages", "2.5"}),
                                  {}, {}, 10000);
    EXPECT_TRUE(whole.standardError.contains("--max-messages needs a whole number from 1 to"))
        << whole.standardError.toStdString();
}

TEST(CliNumericOptions, GoodValuesGetPastTheCheck)
{
    // Valid numbers reach the next check (here: the missing URL), never the number error.
    const auto result = runProcess(
        TestSupport::cliPath(),
        args({"stream", "--duration", "1.5", "--stall-timeout", "600", "--status-interval", "0",
              "--max-messages", "10", "--max-line-bytes", "1024"}),
        {}, {}, 10000);
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_FALSE(result.standardError.contains("needs a")) << result.standardError.toStdString();
    EXPECT_TRUE(result.standardError.contains("--url")) << result.standardError.toStdString();
}
