#include "inspectcommand.h"

#include "core/byteordermark.h"
#include "files/dataset.h"
#include "files/datasetsearch.h"
#include "files/filedocument.h"
#include "files/filesearch.h"
#include "files/linereader.h"
#include "message/fieldscanner.h"
#include "message/messagetimeparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {

void writeLine(QByteArrayView line)
{
    std::fwrite(line.data(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QString isoTime(qint64 seconds)
{
    return MessageTimeParser::utcFromMSecs(seconds * 1000).toString(Qt::ISODate);
}

// Shows the pass's progress on a terminal; silent when stderr is redirected.
class ProgressLine
{
public:
    explicit ProgressLine(const QString &what)
        : m_what(what)
        , m_enabled(isatty(2))
    {}
    void show(double fraction)
    {
        if (!m_enabled)
            return;
        std::fprintf(stderr, "\r%s %3d%%", qPrintable(m_what), int(fraction * 100));
        std::fflush(stderr);
        m_shown = true;
    }
    ~ProgressLine()
    {
        if (m_shown)
            std::fprintf(stderr, "\r\033[K");
    }

private:
    QString m_what;
    bool m_enabled;
    bool m_shown = false;
};

bool indexDocument(FileDocument &document)
{
    ProgressLine progress(InspectCommand::tr("Indexing…"));
    // The connection ends with this function: the document outlives `progress`.
    QObject scope;
    QObject::connect(&document, &FileDocument::progressChanged, &scope, [&] {
        const auto index = document.index();
        if (index && index->inputTotal() > 0)
            progress.show(double(index->inputDone()) / double(index->inputTotal()));
    });
    return waitUntilIndexed(document);
}

// Messages per hour, top symbols and the sentiment share of \a stats (a file or a dataset).
void printStatistics(const FileStatistics &stats, int top, bool json)
{
    const auto hours = stats.hours();
    const auto symbols = stats.topSymbols(top);
    if (json) {
        QJsonArray hourArray, symbolArray;
        for (const auto &[hour, bucket] : hours)
            hourArray.append(QJsonObject{{QStringLiteral("hour"), isoTime(hour)},
                                         {QStringLiteral("messages"), bucket.count},
                                         {QStringLiteral("first_line"), bucket.firstLine + 1}});
        for (const auto &[symbol, count] : symbols)
            symbolArray.append(QJsonObject{{QStringLiteral("symbol"), symbol},
                                           {QStringLiteral("messages"), count}});
        printJson({{QStringLiteral("messages"), stats.messages()},
                   {QStringLiteral("timed"), stats.timed()},
                   {QStringLiteral("bullish"), stats.bullish()},
                   {QStringLiteral("bearish"), stats.bearish()},
                   {QStringLiteral("per_hour"), hourArray},
                   {QStringLiteral("top_symbols"), symbolArray}});
    } else {
        const QLocale locale;
        printOut(InspectCommand::tr("Messages per hour (UTC):"));
        for (const auto &[hour, bucket] : hours)
            printOut(QStringLiteral("  %1  %2")
                         .arg(isoTime(hour), locale.toString(bucket.count).rightJustified(10)));
        printOut(InspectCommand::tr("Top symbols:"));
        for (const auto &[symbol, count] : symbols)
            printOut(
                QStringLiteral("  %1  %2")
                    .arg(symbol.leftJustified(10), locale.toString(count).rightJustified(10)));
        const qint64 activities = std::max<qint64>(stats.activities(), 1);
        printOut(InspectCommand::tr("Sentiment: %1 % bullish, %2 % bearish, %3 % without")
                     .arg(locale.toString(100.0 * double(stats.bullish()) / double(activities),
                                          'f', 1),
                          locale.toString(100.0 * double(stats.bearish()) / double(activities),
                                          'f', 1),
                          locale.toString(
                              100.0 * double(activities - stats.bullish() - stats.bearish()) /
                                  double(activities),
                              'f', 1)));
    }
}

// How a match is printed: the line as stored, after grep's "file:line:" for several files, or
// as one JSON object per match (several files with --json: a script reads JSON lines).
enum class MatchForm { Line, GrepPrefix, JsonObject };

// \a text as a JSON string, quotes and escapes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2); // without the array's brackets
}

// {"path":…,"line":N,"message":{…}}: the message exactly as stored (a byte-order mark dropped);
// a line that is not a JSON object in valid UTF-8 goes as the string "text" instead.
QByteArray matchObject(const QByteArray &pathJson, qint64 line, QByteArrayView content,
                       FieldScanner &scanner)
{
    QByteArray object = "{\"path\":" + pathJson + ",\"line\":" + QByteArray::number(line + 1);
    const ScannedFields &fields = scanner.scan(content);
    if (fields.shape != ScannedFields::Shape::Malformed && !fields.repairedUtf8) {
        const std::string_view json =
            ByteOrderMark::removed(std::string_view(content.data(), size_t(content.size())));
        return object + ",\"message\":" + QByteArray(json.data(), qsizetype(json.size())) + '}';
    }
    return object + ",\"text\":" + jsonString(QString::fromUtf8(content)) + '}';
}

// Prints the matching lines \a lines of \a document, the file \a path, in \a form, read with
// \a reader (one of the document's).
void writeMatches(FileDocument &document, LineReader &reader, const std::vector<qint64> &lines,
                  const QString &path, MatchForm form)
{
    const QByteArray prefix = path.toUtf8() + ':';
    const QByteArray pathJson = jsonString(path);
    std::unique_ptr<FieldScanner> scanner;
    const auto write = [&](qint64 line, QByteArrayView content) {
        switch (form) {
        case MatchForm::Line:
            writeLine(content);
            break;
        case MatchForm::GrepPrefix: {
            const QByteArray head = prefix + QByteArray::number(line + 1) + ':';
            std::fwrite(head.constData(), 1, size_t(head.size()), stdout);
            writeLine(content);
            break;
        }
        case MatchForm::JsonObject:
            if (!scanner)
                scanner = std::make_unique<FieldScanner>();
            writeLine(matchObject(pathJson, line, content, *scanner));
            break;
        }
    };
    reader.forLines(lines, 2 << 20, [&](qint64 line, QByteArrayView content, qint64 length) {
        if (length > content.size()) {
            QByteArray whole;
            auto wholeReader = document.createLineReader();
            if (wholeReader->readWholeLine(line, whole)) {
                write(line, whole);
                return true;
            }
        }
        write(line, content);
        return true;
    });
    std::fflush(stdout);
}

struct DatasetInspection
{
    MessageQuery query;
    qint64 wantedRow = 0; ///< from 1; 0 for none
    bool count = false;
    bool stats = false;
    bool json = false;
    int top = 10;
    bool cache = true;
};

// inspect for several files or a folder: the files read as one dataset in time order.
int inspectDataset(const QStringList &paths, const DatasetInspection &options)
{
    Dataset dataset;
    dataset.setCacheEnabled(options.cache);
    // A search goes with the indexing, file after file, so that files opened for the first time
    // are not decompressed twice; if the files then take another order, it runs again.
    DatasetSearch search(&dataset);
    bool reordered = false;
    QObject::connect(&dataset, &Dataset::reordered, &search, [&] { reordered = true; });
    {
        ProgressLine progress(InspectCommand::tr("Indexing…"));
        QObject scope;
        QObject::connect(&dataset, &Dataset::progressChanged, &scope, [&](int done, int total) {
            progress.show(double(done) / double(std::max(total, 1)));
        });
        if (!dataset.open(paths)) {
            printErr(Dataset::nothingToOpenMessage(paths));
            return CliCommand::Failed;
        }
        if (!options.query.isEmpty() && options.wantedRow == 0)
            search.start(options.query);
        dataset.waitForFinished();
    }
    int readable = 0;
    for (int file = 0; file < dataset.fileCount(); ++file) {
        const FileDocument *document = dataset.document(file);
        if (document->status() == FileDocument::Status::Ready)
            ++readable;
        // The file's problem may be one of its notices (an empty file): said once.
        const QStringList notices = document->notices();
        for (const QString &notice : notices)
            printErr(InspectCommand::tr("%1: %2").arg(dataset.path(file), notice));
        if (const QString problem = dataset.problem(file);
            !problem.isEmpty() && !notices.contains(problem))
            printErr(InspectCommand::tr("%1: %2").arg(dataset.path(file), problem));
    }
    if (readable == 0)
        return CliCommand::Failed;

    if (options.wantedRow > 0) {
        const Dataset::Location location = dataset.locate(options.wantedRow - 1);
        if (location.file < 0) {
            printErr(InspectCommand::tr("The last line is line %1.").arg(dataset.rowCount()));
            return CliCommand::Failed;
        }
        QByteArray content;
        const auto reader = dataset.document(location.file)->createLineReader();
        if (!reader->readWholeLine(location.line, content)) {
            printErr(InspectCommand::tr("Cannot read line %1.").arg(options.wantedRow));
            return CliCommand::Failed;
        }
        writeLine(content);
        return CliCommand::Success;
    }

    if (!options.query.isEmpty()) {
        if (reordered)
            search.start(options.query);
        {
            ProgressLine progress(InspectCommand::tr("Searching…"));
            while (!search.waitForFinished(200)) {
                QCoreApplication::processEvents();
                progress.show(search.progress());
            }
        }
        QJsonArray perFile;
        if (options.count) {
            for (int file = 0; file < dataset.fileCount(); ++file) {
                if (dataset.lineCount(file) == 0)
                    continue;
                const qint64 matches = search.matchCountOf(file);
                if (options.json)
                    perFile.append(QJsonObject{{QStringLiteral("path"), dataset.path(file)},
                                               {QStringLiteral("matches"), matches}});
                else
                    printOut(
                        QStringLiteral("%1:%2").arg(dataset.path(file), QString::number(matches)));
            }
        } else {
            // In row order, each stretch of matches in one file as that file's line numbers
            // (files merged by time take turns). A reader per file, gone with the command (a
            // dataset keeps only its files' indexes), reads on from where its last stretch ended.
            const std::vector<qint64> &rows = search.results();
            std::vector<std::unique_ptr<LineReader>> readers(size_t(dataset.fileCount()));
            for (size_t i = 0; i < rows.size();) {
                const int file = dataset.locate(rows[i]).file;
                std::vector<qint64> lines;
                for (Dataset::Location at;
                     i < rows.size() && (at = dataset.locate(rows[i])).file == file; ++i)
                    lines.push_back(at.line);
                std::unique_ptr<LineReader> &reader = readers[size_t(file)];
                if (!reader)
                    reader = dataset.document(file)->createLineReader();
                writeMatches(*dataset.document(file), *reader, lines, dataset.path(file),
                             options.json ? MatchForm::JsonObject : MatchForm::GrepPrefix);
            }
        }
        if (options.count && options.json)
            printJson({{QStringLiteral("matches"), search.matchCount()},
                       {QStringLiteral("files"), perFile}});
        return search.matchCount() > 0 ? CliCommand::Success : CliCommand::NothingMatched;
    }

    const FileStatistics stats = dataset.statistics();
    if (options.stats) {
        printStatistics(stats, options.top, options.json);
        return CliCommand::Success;
    }

    bool truncated = false;
    qint64 cutBytes = 0, uncompressed = 0;
    QJsonArray perFile;
    QStringList rows;
    const QLocale locale;
    for (int file = 0; file < dataset.fileCount(); ++file) {
        const FileDocument *document = dataset.document(file);
        const auto index = document->status() == FileDocument::Status::Ready
                               ? document->index()
                               : std::shared_ptr<const FileIndex>();
        const FileStatistics fileStats = index ? index->statistics() : FileStatistics();
        if (index) {
            truncated = truncated || index->state() == FileIndex::State::Truncated ||
                        index->state() == FileIndex::State::Damaged;
            cutBytes += index->cutLineBytes();
            uncompressed += index->outputDone();
        }
        const QString problem = dataset.problem(file);
        perFile.append(
            QJsonObject{{QStringLiteral("path"), dataset.path(file)},
                        {QStringLiteral("lines"), dataset.lineCount(file)},
                        {QStringLiteral("messages"), fileStats.messages()},
                        {QStringLiteral("malformed"), fileStats.malformed()},
                        {QStringLiteral("first_line"), dataset.lineCount(file) > 0
                                                           ? QJsonValue(dataset.rowOf(file, 0) + 1)
                                                           : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("problem"),
                         problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem)}});
        rows.append(QStringLiteral("  %1  %2  %3")
                        .arg(locale.toString(dataset.lineCount(file)).rightJustified(12),
                             locale.toString(fileStats.messages()).rightJustified(12),
                             dataset.path(file)));
        if (!problem.isEmpty())
            rows.append(QStringLiteral("  %1  %2").arg(QString(26, QLatin1Char(' ')), problem));
    }
    if (options.json) {
        printJson({{QStringLiteral("lines"), stats.lines()},
                   {QStringLiteral("messages"), stats.messages()},
                   {QStringLiteral("malformed"), stats.malformed()},
                   {QStringLiteral("truncated"), truncated},
                   {QStringLiteral("cut_line_bytes"), cutBytes},
                   {QStringLiteral("bytes_uncompressed"), uncompressed},
                   {QStringLiteral("files"), perFile}});
        return CliCommand::Success;
    }
    printOut(InspectCommand::tr("Files:         %1").arg(locale.toString(dataset.fileCount())));
    printOut(InspectCommand::tr("Lines:         %1").arg(locale.toString(stats.lines())));
    printOut(InspectCommand::tr("Messages:      %1").arg(locale.toString(stats.messages())));
    printOut(InspectCommand::tr("Malformed:     %1").arg(locale.toString(stats.malformed())));
    printOut(InspectCommand::tr("Uncompressed:  %1").arg(locale.formattedDataSize(uncompressed)));
    if (stats.firstTime() != ScannedFields::noTime)
        printOut(InspectCommand::tr("Time span:     %1 to %2")
                     .arg(isoTime(stats.firstTime()), isoTime(stats.lastTime())));
    printOut(InspectCommand::tr("Complete:      %1")
                 .arg(truncated ? InspectCommand::tr("no, a file is truncated or damaged")
                                : InspectCommand::tr("yes")));
    printOut(InspectCommand::tr("Files in time order (lines, messages, file):"));
    for (const QString &row : std::as_const(rows))
        printOut(row);
    return CliCommand::Success;
}

} // namespace

QString InspectCommand::summary() const
{
    return tr("Count, search and summarise a saved archive.");
}

int InspectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption countOption(
        QStringLiteral("count"),
        tr("Count lines, messages and malformed lines (with --grep: count matches)."));
    const QCommandLineOption statsOption(
        QStringLiteral("stats"), tr("Messages per hour, top symbols and the sentiment share."));
    const QCommandLineOption grepOption(
        QStringLiteral("grep"),
        tr("Print the messages that match QUERY: words, \"phrases\", $TSLA, @user, "
           "sentiment:bullish, id:, kind:, before:/after: times, /regex/, AND, OR, NOT and "
           "parentheses. Exit status 1 when nothing matches, as grep."),
        tr("query"));
    const QCommandLineOption regexOption({QStringLiteral("E"), QStringLiteral("regex")},
                                         tr("QUERY is one regular expression."));
    const QCommandLineOption ignoreCaseOption({QStringLiteral("i"), QStringLiteral("ignore-case")},
                                              tr("Ignore case (the default)."));
    const QCommandLineOption matchCaseOption(QStringLiteral("match-case"),
                                             tr("Compare words and expressions with their case."));
    const QCommandLineOption lineOption(QStringLiteral("line"),
                                        tr("Print line N (the first line is 1)."), tr("N"));
    const QCommandLineOption memberOption(QStringLiteral("member"),
                                          tr("The member to read in a zip, tar or 7z archive."),
                                          tr("name"));
    const QCommandLineOption topOption(QStringLiteral("top"),
                                       tr("Symbols listed by --stats (default 10)."), tr("n"),
                                       QStringLiteral("10"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the results as JSON."));
    const QCommandLineOption noCacheOption(QStringLiteral("no-cache"),
                                           tr("Neither read nor write the index cache."));
    parser.addOptions({countOption, statsOption, grepOption, regexOption, ignoreCaseOption, matchCaseOption,
                       lineOption, memberOption, topOption, jsonOption, noCacheOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        tr("A .jsonl.gz, .jsonl or archive file; or several files, or a folder of daily files, "
           "read as one dataset in time order; - reads standard input."),
        tr("FILE..."));
    if (!parse(parser, arguments,
               tr("hydrant-cli inspect FILE...: count, search and summarise saved archives. Without "
                  "options it prints a summary.")))
        return UsageError;
    if (parser.positionalArguments().isEmpty()) {
        printErr(tr("Give a file, several files or a folder to inspect."));
        return UsageError;
    }
    const bool json = parser.isSet(jsonOption);
    const auto lineValue =
        numberOption(parser, lineOption.names().first(), {1, 9007199254740991.0, true}, 0);
    const auto topValue = numberOption(parser, topOption.names().first(), {0, 100'000, true}, 10);
    if (!lineValue || !topValue)
        return UsageError;
    const qint64 wantedLine = qint64(*lineValue);
    MessageQuery query;
    if (parser.isSet(grepOption)) {
        query = MessageQuery::parse(parser.value(grepOption),
                                    parser.isSet(regexOption) ? MessageQuery::Syntax::Regex
                                                              : MessageQuery::Syntax::Query,
                                    parser.isSet(matchCaseOption));
        if (query.isEmpty() || !query.isValid()) {
            printErr(query.isEmpty() ? tr("--grep needs a pattern.") : query.errorString());
            return UsageError;
        }
    }

    // Standard input is read once every option is known to be right.
    CommandFiles commandFiles;
    if (const int code = commandFiles.take(parser.positionalArguments()); code != Success)
        return code;
    const QStringList &files = commandFiles.paths();
    const bool cache = !parser.isSet(noCacheOption) && !commandFiles.fromStandardInput();
    if (files.size() > 1 || QFileInfo(files.front()).isDir()) {
        if (parser.isSet(memberOption)) {
            printErr(tr("--member reads one archive; give that archive alone."));
            return UsageError;
        }
        DatasetInspection inspection;
        inspection.query = query;
        inspection.wantedRow = wantedLine;
        inspection.count = parser.isSet(countOption);
        inspection.stats = parser.isSet(statsOption);
        inspection.json = json;
        inspection.top = int(*topValue);
        inspection.cache = cache;
        return inspectDataset(files, inspection);
    }

    FileDocument document;
    document.setCacheEnabled(cache);
    if (!document.open(files.front())) {
        printErr(document.errorString());
        return Failed;
    }
    if (document.status() == FileDocument::Status::Opening)
        document.waitForFinished();
    if (document.status() == FileDocument::Status::NeedsMember) {
        if (!parser.isSet(memberOption)) {
            printErr(tr("The archive holds several files; choose one with --member:"));
            for (const ArchiveAccess::Member &member : document.archiveMembers())
                printErr(QStringLiteral("  ") + member.path);
            return UsageError;
        }
        if (!document.openMember(parser.value(memberOption))) {
            printErr(document.errorString());
            return Failed;
        }
    }
    // A search follows the indexer: on a file opened for the first time both run at once.
    std::optional<FileSearch> search;
    if (!query.isEmpty() && wantedLine == 0 && document.index()) {
        search.emplace(&document);
        search->start(query);
    }
    if (!indexDocument(document)) {
        printErr(document.errorString());
        return Failed;
    }
    const auto index = document.index();
    for (const QString &notice : document.notices())
        printErr(notice);
    if (index->state() != FileIndex::State::Complete && !index->message().isEmpty())
        printErr(index->message());
    const bool truncated = index->state() == FileIndex::State::Truncated ||
                           index->state() == FileIndex::State::Damaged;

    if (wantedLine > 0) {
        if (wantedLine > index->lineCount()) {
            printErr(tr("The last line is line %1.").arg(index->lineCount()));
            return Failed;
        }
        QByteArray content;
        if (!document.lineReader().readWholeLine(wantedLine - 1, content)) {
            printErr(tr("Cannot read line %1.").arg(wantedLine));
            return Failed;
        }
        writeLine(content);
        return Success;
    }

    if (!query.isEmpty()) {
        if (!search) {
            search.emplace(&document);
            search->start(query);
        }
        ProgressLine progress(tr("Searching…"));
        while (!search->waitForFinished(200)) {
            QCoreApplication::processEvents();
            progress.show(search->progress());
        }
        if (parser.isSet(countOption)) {
            if (json)
                printJson({{QStringLiteral("matches"), search->matchCount()}});
            else
                printOut(QString::number(search->matchCount()));
            return search->matchCount() > 0 ? Success : NothingMatched;
        }
        writeMatches(document, *document.createLineReader(), search->results(), {},
                     MatchForm::Line);
        return search->matchCount() > 0 ? Success : NothingMatched;
    }

    const FileStatistics stats = index->statistics();
    if (parser.isSet(statsOption)) {
        printStatistics(stats, int(*topValue), json);
        return Success;
    }

    if (json) {
        printJson({{QStringLiteral("lines"), stats.lines()},
                   {QStringLiteral("messages"), stats.messages()},
                   {QStringLiteral("malformed"), stats.malformed()},
                   {QStringLiteral("truncated"), truncated},
                   {QStringLiteral("cut_line_bytes"), index->cutLineBytes()},
                   {QStringLiteral("bytes_uncompressed"), index->outputDone()}});
    } else {
        const QLocale locale;
        printOut(tr("File:          %1")
                     .arg(commandFiles.fromStandardInput() ? tr("standard input") : files.front()));
        printOut(tr("Format:        %1").arg(document.formatDescription()));
        printOut(tr("Lines:         %1").arg(locale.toString(stats.lines())));
        printOut(tr("Messages:      %1").arg(locale.toString(stats.messages())));
        printOut(tr("Malformed:     %1").arg(locale.toString(stats.malformed())));
        printOut(tr("Uncompressed:  %1").arg(locale.formattedDataSize(index->outputDone())));
        if (stats.firstTime() != ScannedFields::noTime)
            printOut(tr("Time span:     %1 to %2")
                         .arg(isoTime(stats.firstTime()), isoTime(stats.lastTime())));
        if (index->cutLineBytes() > 0)
            printOut(tr("Cut line:      %1 at the end, without a terminator (not counted)")
                         .arg(locale.formattedDataSize(index->cutLineBytes())));
        printOut(tr("Complete:      %1")
                     .arg(truncated ? tr("no, the file is truncated or damaged") : tr("yes")));
    }
    return Success;
}
