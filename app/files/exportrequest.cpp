#include "exportrequest.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

ExportRequest ExportRequest::to(const QString &destination)
{
    ExportRequest request;
    request.destination = destination;
    request.format = formatFor(destination);
    return request;
}

QString ExportRequest::suggestedDestination(const QString &sourcePath)
{
    const QFileInfo source(sourcePath);
    QString base = source.fileName();
    for (const char *suffix : {".gz", ".jsonl", ".ndjson", ".json"}) {
        if (base.endsWith(QLatin1String(suffix)))
            base.chop(int(qstrlen(suffix)));
    }
    return QDir(source.absolutePath())
        .filePath(base + QStringLiteral("-export") + suffix(Format::JsonLinesGzip));
}

QList<ExportRequest::Column> ExportRequest::defaultColumns()
{
    return {Column::Id,   Column::Time,  Column::Author, Column::Symbols, Column::Sentiment,
            Column::Text, Column::Likes, Column::Source, Column::Kind};
}

QList<ExportRequest::Column> ExportRequest::offeredColumns()
{
    return MessageColumns::all();
}

ExportRequest::Format ExportRequest::formatFor(const QString &destination)
{
    if (destination.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    if (destination.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
        return Format::JsonLinesGzip;
    return Format::JsonLines;
}

QString ExportRequest::suffix(Format format)
{
    switch (format) {
    case Format::JsonLinesGzip:
        return QStringLiteral(".jsonl.gz");
    case Format::JsonLines:
        return QStringLiteral(".jsonl");
    case Format::Csv:
        return QStringLiteral(".csv");
    }
    return {};
}

QString ExportRequest::withSuffix(const QString &destination, Format format)
{
    QString path = destination;
    // The longest first: ".jsonl.gz" is not ".jsonl" followed by something.
    for (const Format known : {Format::JsonLinesGzip, Format::JsonLines, Format::Csv}) {
        if (path.endsWith(suffix(known), Qt::CaseInsensitive)) {
            path.chop(suffix(known).size());
            break;
        }
    }
    return path + suffix(format);
}

QString ExportRequest::key(Format format)
{
    return suffix(format).mid(1);
}

std::optional<ExportRequest::Format> ExportRequest::formatFromKey(const QString &key)
{
    for (const Format format : {Format::JsonLinesGzip, Format::JsonLines, Format::Csv}) {
        if (key.trimmed().compare(ExportRequest::key(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ExportRequest::Lines> ExportRequest::defaultLines(qint64 results, qint64 selected,
                                                                qint64 bookmarks)
{
    if (results > 0)
        return Lines::SearchResults;
    if (selected > 0)
        return Lines::Selection;
    if (bookmarks > 0)
        return Lines::Bookmarks;
    return std::nullopt;
}

std::vector<qint64> ExportRequest::selectedLines(const QItemSelection &selection)
{
    std::vector<qint64> lines;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            lines.push_back(row);
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

QString ExportRequest::problem() const
{
    if (destination.trimmed().isEmpty())
        return tr("Name the file to export to.");
    if (format == Format::Csv && columns.isEmpty())
        return tr("A CSV export needs at least one column.");
    if (lines == Lines::Matching && !query.isValid())
        return query.errorString();
    return {};
}
