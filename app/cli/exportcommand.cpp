#include "exportcommand.h"

#include "files/dataset.h"
#include "files/exportrequest.h"
#include "files/exportwriter.h"
#include "files/filedocument.h"
#include "files/filesearch.h"
#include "files/linereader.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <numeric>

QString ExportCommand::summary() const
{
    return tr("Export the messages of saved files that match a query, as CSV or JSON lines.");
}

int ExportCommand::run(const QStringList &arguments)
{
    QList<ExportRequest::Column> otherColumns = ExportRequest::offeredColumns();
    for (const ExportRequest::Column column : ExportRequest::defaultColumns())
        otherColumns.removeAll(column);
    QCommandLineParser parser;
    const QCommandLineOption queryOption(
        QStringLiteral("query"),
        tr("Only messages that match QUERY (the query language of the Files search)."),
        tr("query"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("csv, jsonl or jsonl.gz (default: from the output name, else jsonl)."), tr("format"));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        tr("CSV columns, comma-separated: %1 (the default), %2.")
            .arg(MessageColumns::keys(ExportRequest::defaultColumns()),
                 MessageColumns::keys(otherColumns)),
        tr("list"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE; - (the default) is standard output."),
                                          tr("file"), ExportRequest::standardOutput());
    parser.addOptions({queryOption, formatOption, columnsOption, outputOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        tr("The .jsonl.gz or .jsonl files, or folders of them, exported in time order; - reads "
           "standard input."),
        tr("FILE..."));
    if (!parse(parser, arguments,
               tr("hydrant-cli export FILE... [--query Q] [--format csv|jsonl|jsonl.gz] "
                  "[--columns …] [-o OUT]: the messages that match, times in ISO 8601 UTC, "
                  "symbols without $, text decoded.")))
        return UsageError;
    if (parser.positionalArguments().isEmpty()) {
        printErr(tr("Give at least one file or folder to export."));
        return UsageError;
    }
    // The Files page's export starts from the same request: the same defaults, the same checks.
    ExportRequest request = ExportRequest::to(parser.value(outputOption));
    if (parser.isSet(formatOption)) {
        const auto format = ExportRequest::formatFromKey(parser.value(formatOption));
        if (!format) {
            printErr(tr("--format is csv, jsonl or jsonl.gz, not “%1”.")
                         .arg(parser.value(formatOption)));
            return UsageError;
        }
        request.format = *format;
    }
    if (parser.isSet(columnsOption)) {
        QString error;
        if (!MessageColumns::parseKeys(parser.value(columnsOption), request.columns, &error)) {
            printErr(error);
            return UsageError;
        }
    }
    request.query = MessageQuery::parse(parser.value(queryOption));
    if (!request.query.isValid()) {
        printErr(tr("--query: %1").arg(request.query.errorString()));
        return UsageError;
    }
    if (const QString problem = request.problem(); !problem.isEmpty()) {
        printErr(problem);
        return UsageError;
    }

    CommandFiles commandFiles;
    if (const int code = commandFiles.take(parser.positionalArguments()); code != Success)
        return code;
    const QStringList &files = commandFiles.paths();

    const QString &output = request.destination;
    QFile standardOutput;
    QSaveFile saveFile(output);
    QIODevice *out = nullptr;
    if (output == ExportRequest::standardOutput()) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            printErr(tr("Cannot write to standard output."));
            return Failed;
        }
        out = &standardOutput;
    } else {
        if (!saveFile.open(QIODevice::WriteOnly)) {
            printErr(tr("Cannot write %1: %2").arg(output, saveFile.errorString()));
            return Failed;
        }
        out = &saveFile;
    }

    // The files are read as one dataset: in time order, each indexed once (or taken from the
    // index cache), a file that cannot be read reported and skipped.
    Dataset dataset;
    dataset.setCacheEnabled(!commandFiles.fromStandardInput());
    if (!dataset.open(files)) {
        printErr(Dataset::nothingToOpenMessage(files));
        if (out == &saveFile)
            saveFile.cancelWriting();
        return Failed;
    }
    dataset.waitForFinished();
    int unreadable = 0;
    for (int file = 0; file < dataset.fileCount(); ++file) {
        if (dataset.document(file)->status() != FileDocument::Status::Ready)
            ++unreadable;
        if (!dataset.problem(file).isEmpty())
            printErr(tr("%1: %2").arg(dataset.path(file), dataset.problem(file)));
    }
    if (unreadable == dataset.fileCount()) {
        if (out == &saveFile)
            saveFile.cancelWriting();
        return Failed;
    }

    ExportWriter writer(*out, request.format, request.columns);
    bool ok = true;
    // A file at a time, or the files merged by time together, written in row order: each run
    // of rows of one file is that file's lines (those that match) from where its last run ended.
    const std::vector<DatasetRows::Run> &runs = dataset.runs();
    size_t run = 0;
    for (int first = 0; first < dataset.fileCount() && ok;) {
        const int last = dataset.lastInterleavedWith(first);
        std::vector<std::vector<qint64>> matches(size_t(last - first + 1));
        std::vector<std::unique_ptr<LineReader>> readers(matches.size());
        for (int file = first; file <= last; ++file) {
            if (dataset.lineCount(file) == 0)
                continue;
            FileDocument &document = *dataset.document(file);
            readers[size_t(file - first)] = document.createLineReader();
            if (!request.query.isEmpty()) {
                FileSearch search(&document);
                search.start(request.query);
                search.waitForFinished();
                matches[size_t(file - first)] = search.results();
            }
        }
        std::vector<size_t> taken(matches.size(), 0);
        for (; run < runs.size() && runs[run].file <= last && ok; ++run) {
            const DatasetRows::Run &rows = runs[run];
            const size_t member = size_t(rows.file - first);
            std::vector<qint64> lines;
            if (request.query.isEmpty()) {
                lines.resize(size_t(rows.lines));
                std::iota(lines.begin(), lines.end(), rows.firstLine);
            } else {
                const std::vector<qint64> &found = matches[member];
                size_t &next = taken[member];
                for (; next < found.size() && found[next] < rows.firstLine + rows.lines; ++next)
                    lines.push_back(found[next]);
            }
            ok = writer.writeLines(*readers[member], lines);
        }
        first = last + 1;
    }
    ok = ok && writer.finish();
    if (!ok) {
        printErr(tr("Writing %1 failed: %2").arg(output, out->errorString()));
        if (out == &saveFile)
            saveFile.cancelWriting();
        return Failed;
    }
    if (out == &saveFile && !saveFile.commit()) {
        printErr(tr("Cannot save %1: %2").arg(output, saveFile.errorString()));
        return Failed;
    }
    if (out == &standardOutput)
        standardOutput.flush();
    return unreadable > 0 ? Failed : Success;
}
