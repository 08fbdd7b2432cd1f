#pragma once

#include "message/messagecolumns.h"
#include "message/messagequery.h"

#include <QCoreApplication>
#include <QItemSelection>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

/// What an export writes and where: which lines, in which format, which columns (for CSV) and
/// to which file. The Files page's Export dialog and `hydrant-cli export` both start from
/// to() and check with problem(), so they have the same defaults and refuse the same choices
/// with the same sentence; FileExporter and ExportWriter carry a request out.
class ExportRequest
{
    Q_DECLARE_TR_FUNCTIONS(ExportRequest)

public:
    enum class Format { JsonLinesGzip, JsonLines, Csv };
    /// Columns a CSV export can hold (MessageColumns: the line number, the message's fields,
    /// the raw JSON).
    using Column = MessageColumns::Column;
    /// Which lines go out: the messages that match query (every line when it is empty; what the
    /// command line exports of each file), or the Files page's search results, selected rows
    /// or bookmarks.
    enum class Lines { Matching, SearchResults, Selection, Bookmarks };

    /// A request with every default, writing to \a destination in the format its name asks
    /// for (formatFor()).
    static ExportRequest to(const QString &destination);

    /// The destination that means standard output (the command line's default).
    static QString standardOutput() { return QStringLiteral("-"); }
    /// Where the Files page suggests exporting \a sourcePath: beside it, its name without the
    /// ".jsonl.gz"-like suffixes, then "-export.jsonl.gz".
    static QString suggestedDestination(const QString &sourcePath);
    /// The CSV columns when none are chosen: id, time, author, symbols, sentiment, text, likes,
    /// source, kind.
    static QList<Column> defaultColumns();
    /// Every column an export can hold, in the order the choices are offered.
    static QList<Column> offeredColumns();

    /// The format a destination's name asks for: ".csv" CSV, ".gz" gzip-compressed JSON lines,
    /// anything else (standard output too) JSON lines.
    static Format formatFor(const QString &destination);
    /// \a destination with its format suffix (".jsonl.gz", ".jsonl" or ".csv") replaced by the
    /// one of \a format, or added when it has none.
    static QString withSuffix(const QString &destination, Format format);
    static QString suffix(Format format);
    /// "jsonl.gz", "jsonl", "csv": the names `--format` takes.
    static QString key(Format format);
    static std::optional<Format> formatFromKey(const QString &key);

    /// The lines the Files page offers first: the search results, else the selected rows, else
    /// the bookmarks (the first of them that has lines); nothing when none has any.
    static std::optional<Lines> defaultLines(qint64 results, qint64 selected, qint64 bookmarks);
    /// The rows of \a selection, ascending and each once.
    static std::vector<qint64> selectedLines(const QItemSelection &selection);

    /// Why this request cannot be carried out, as a sentence for the user; empty when it can.
    QString problem() const;

    Lines lines = Lines::Matching;
    /// For Lines::Matching: only the messages that match; an empty query exports every line.
    MessageQuery query;
    Format format = Format::JsonLines;
    /// The CSV columns, in order (JSON lines are written exactly as they are).
    QList<Column> columns = defaultColumns();
    /// A file path, or standardOutput().
    QString destination = standardOutput();
};
