#include "testsupport.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

namespace TestSupport {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

bool isOneSentence(const QString &text)
{
    static const QRegularExpression whole(
        QStringLiteral("^[\\p{Lu}“\"].*[.!?…][”\")]?$"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::DotMatchesEverythingOption);
    // A sentence that ends, then another that begins: ". The", "”. Those", "). Next".
    static const QRegularExpression secondStart(
        QStringLiteral("[.!?…][”\")]?\\s+[\\p{Lu}“]"), QRegularExpression::UseUnicodePropertiesOption);
    return whole.match(text).hasMatch() && !secondStart.match(text).hasMatch();
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &standardInput, const QStringList &extraEnvironment,
                         int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : extraEnvironment) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitCode();
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

QString cliPath()
{
    return QStringLiteral(HYDRANT_CLI_PATH);
}

QString guiPath()
{
    return QStringLiteral(HYDRANT_GUI_PATH);
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(HYDRANT_SOURCE_DIR)).filePath(relative);
}

} // namespace TestSupport
