#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

/// Helpers shared by the test suites.
namespace TestSupport {

/// Runs the event loop until \a condition holds or \a timeoutMs passes; returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000);

/// \a text is one whole sentence, as a log entry should be: it begins with a capital (or a
/// quotation), ends with a full stop (or ! ? …), and no second sentence starts inside it.
bool isOneSentence(const QString &text);

struct ProcessResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray standardOutput;
    QByteArray standardError;
};

/// Runs a program to completion with optional stdin and extra environment ("NAME=value").
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &standardInput = {},
                         const QStringList &extraEnvironment = {}, int timeoutMs = 60000);

QString cliPath();
QString guiPath();
QString sourcePath(const QString &relative);

} // namespace TestSupport
