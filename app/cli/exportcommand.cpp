#include "exportcommand.h"

#include "files/dataset.h"
#include "files/filedocument.h"
#include "files/fileexporter.h"
#include "files/filesearch.h"
#include "files/linereader.h"
#include "message/messagequery.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <numeric>

namespace {

using Column = FileExporter::Column;

const QList<Column> defaultColumns = {Column::Id,   Column::Time,  Column::Author,
                                      Column::Symbols, Column::Sentiment, Column::Text,
                                      Column::Likes, Column::Source, Column::Kind};

} // namespace

QString ExportCommand::summary() const
{
    return tr("Export the messages of saved files that match a query, as CSV or JSON lines.");
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption queryOption(
        QStringLiteral("query"),
        tr("Only messages that match QUERY (the query language of the Files search)."),
        tr("query"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("csv or jsonl (default: from the output name, else jsonl)."),
                                          tr("format"));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        tr("CSV columns, comma-separated: id,time,author,symbols,sentiment,text,likes,source,kind "
           "(the default), line, json."),
        tr("list"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE; - (the default) is standard output."),
                                          tr("file"), QStringLiteral("-"));
    parser.addOptions({queryOption, formatOption, columnsOption, outputOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        tr("The .jsonl.gz or .jsonl files, or folders of them, exported in time order."),
        tr("FILE..."));
    if (!parse(parser, arguments,
               tr("hydrant-cli export FILE... [--query Q] [--format csv|jsonl] [--columns …] "
                  "[-o OUT]: the messages that match, times in ISO 8601 UTC, symbols without $, "
                  "text decoded.")))
        return UsageError;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printErr(tr("Give at least one file or folder to export."));
        return UsageError;
    }
    const QString output = parser.value(outputOption);
    FileExporter::Format format = FileExporter::Format::JsonLines;
    if (parser.isSet(formatOption)) {
        const QString name = parser.value(formatOption).toLower();
        if (name == QLatin1String("csv"))
            format = FileExporter::Format::Csv;
        else if (name != QLatin1String("jsonl")) {
            printErr(tr("--format is csv or jsonl, not “%1”.").arg(parser.value(formatOption)));
            return UsageError;
        }
    } else if (output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        format = FileExporter::Format::Csv;
    }
    QList<Column> columns = defaultColumns;
    if (parser.isSet(columnsOption)) {
        QString error;
        if (!MessageColumns::parseKeys(parser.value(columnsOption), columns, &error)) {
            printErr(error);
            return UsageError;
        }
    }
    const MessageQuery query = MessageQuery::parse(parser.value(queryOption));
    if (!query.isValid()) {
        printErr(tr("--query: %1").arg(query.errorString()));
        return UsageError;
    }

    QFile standardOutput;
    QSaveFile saveFile(output);
    QIODevice *out = nullptr;
    if (output == QLatin1String("-")) {
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

    FileExporter::RowWriter writer(format, columns);
    bool ok = out->write(writer.header()) >= 0;
    QByteArray row, whole;
    for (int file = 0; file < dataset.fileCount() && ok; ++file) {
        if (dataset.lineCount(file) == 0)
            continue;
        FileDocument &document = *dataset.document(file);
        std::vector<qint64> lines;
        if (query.isEmpty()) {
            lines.resize(size_t(document.lineCount()));
            std::iota(lines.begin(), lines.end(), qint64(0));
        } else {
            FileSearch search(&document);
            search.start(query);
            search.waitForFinished();
            lines = search.results();
        }
        const std::unique_ptr<LineReader> reader = document.createLineReader();
        reader->forLines(lines, 1 << 20, [&](qint64 line, QByteArrayView content, qint64 length) {
            // An export holds the whole line, however long.
            if (length > content.size() && reader->readWholeLine(line, whole))
                content = whole;
            row.clear();
            writer.append(line, content, row);
            ok = out->write(row) == row.size();
            return ok;
        });
    }
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
    standardOutput.flush();
    return unreadable > 0 ? Failed : Success;
}
