#include "clicommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

bool CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments,
                       const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        printErr(QCoreApplication::translate("CliCommand", "Run '%1 --help' for the options.")
                     .arg(arguments.value(0)));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(Success);
    }
    return true;
}

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

QString readPasswordFromStandardInput()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}
