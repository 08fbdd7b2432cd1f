#include "clicommand.h"

#include "files/filedocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

namespace {

// Every whole number up to this is exact in a double.
constexpr double largestExactWholeNumber = 9007199254740991.0; // 2^53 - 1

QString formatNumber(double value)
{
    return QString::number(value, 'g', 16);
}

} // namespace

int CommandFiles::take(const QStringList &names)
{
    m_paths = names;
    if (!names.contains(QStringLiteral("-")))
        return CliCommand::Success;
    if (names.size() > 1) {
        printErr(QCoreApplication::translate(
            "CliCommand", "Standard input (-) is read alone, not with other files."));
        return CliCommand::UsageError;
    }
    m_spool = std::make_unique<QTemporaryFile>(
        QDir::temp().filePath(QStringLiteral("hydrant-stdin-XXXXXX")));
    QFile in;
    bool ok = m_spool->open() && in.open(stdin, QIODevice::ReadOnly);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (ok) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        ok = m_spool->write(buffer.constData(), n) == n;
    }
    if (!ok || !m_spool->flush()) {
        printErr(QCoreApplication::translate("CliCommand", "Cannot save standard input to %1: %2")
                     .arg(m_spool->fileName(), m_spool->errorString()));
        m_spool.reset();
        return CliCommand::Failed;
    }
    m_paths = {m_spool->fileName()};
    return CliCommand::Success;
}

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
        // Qt's usage line names the program by the path it was started as; it should name the
        // command as it is typed ("hydrant-cli inspect").
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && at < help.indexOf(QLatin1Char('\n')))
            help.replace(at, program.size(), arguments.value(0));
        std::fputs(qPrintable(help), stdout);
        std::exit(Success);
    }
    return true;
}

std::optional<double> parseNumber(const QString &text, const NumberRange &range)
{
    bool ok = false;
    double value = 0;
    if (range.wholeNumber) {
        const qint64 whole = text.trimmed().toLongLong(&ok);
        value = double(whole);
        ok = ok && std::abs(value) <= largestExactWholeNumber;
    } else {
        value = text.trimmed().toDouble(&ok);
        ok = ok && std::isfinite(value);
    }
    if (!ok || !(value >= range.minimum && value <= range.maximum))
        return std::nullopt;
    return value;
}

std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name,
                                   const NumberRange &range, double fallback)
{
    if (!parser.isSet(name) && parser.value(name).isEmpty())
        return fallback;
    const QString text = parser.value(name);
    if (const auto value = parseNumber(text, range))
        return value;
    printErr(range.wholeNumber
                 ? QCoreApplication::translate("CliCommand",
                                               "--%1 needs a whole number from %2 to %3, not “%4”.")
                       .arg(name, formatNumber(range.minimum), formatNumber(range.maximum), text)
                 : QCoreApplication::translate("CliCommand",
                                               "--%1 needs a number from %2 to %3, not “%4”.")
                       .arg(name, formatNumber(range.minimum), formatNumber(range.maximum), text));
    return std::nullopt;
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

QString commandPassword(bool fromStandardInput, AccountStore &accounts,
                        AccountStore::Service service, const QString &profileName,
                        QString *problem)
{
    if (fromStandardInput)
        return readPasswordFromStandardInput();
    if (QString fromEnvironment = qEnvironmentVariable("HYDRANT_PASSWORD");
        !fromEnvironment.isEmpty())
        return fromEnvironment;
    QString password, storeMessage;
    if (!profileName.isEmpty())
        accounts.secrets()->readPasswordBlocking(AccountStore::secretKey(service, profileName),
                                                 &password, &storeMessage);
    if (password.isEmpty())
        *problem = (storeMessage.isEmpty() ? QString() : storeMessage + QLatin1Char('\n')) +
                   QCoreApplication::translate(
                       "CliCommand", "No password: use --password-stdin, set HYDRANT_PASSWORD, or "
                                     "save one with 'hydrant-cli account add'.");
    return password;
}

bool waitUntilIndexed(FileDocument &document)
{
    while (document.status() == FileDocument::Status::Opening ||
           document.status() == FileDocument::Status::Indexing) {
        if (document.waitForFinished(200))
            break;
        QCoreApplication::processEvents();
    }
    return document.status() == FileDocument::Status::Ready;
}
