#pragma once

#include <QByteArrayView>

#include <span>

struct ParsedLine; // message/parsedline.h

/// Takes the lines of an indexing pass as the pass finds them, on the pass's scanning thread,
/// so that a reader wanting every line of a file that is still being indexed (a search started
/// on a file opened for the first time) gets them without decompressing the file again, and
/// can judge each one with the parse the pass made of it anyway.
/// Attach one with FileIndex::attachLineSink(); calls come in this order: begin(), then for
/// each line judge() and, once per delivery, lines() with the lines judged since the last one;
/// end().
class LineSink
{
public:
    virtual ~LineSink() = default;

    /// The pass hands over the lines from \a firstLine on; the lines before it are published in
    /// the index, or will be by its next publication.
    virtual void begin(qint64 firstLine) = 0;
    /// Lines \a firstLine to firstLine + contents.size() - 1, each as LineReader gives its
    /// content (no terminator; a line longer than FieldScanner::maxLineBytes may come cut to
    /// that length). \a bytes is the uncompressed span they cover. The views are valid during
    /// the call only. Return false to take no more lines (end() still comes).
    virtual bool lines(qint64 firstLine, std::span<const QByteArrayView> contents,
                       qint64 bytes) = 0;
    /// What the pass learnt of a line before judge(): whether it ran the sink's precheck on its
    /// bytes (wantsBytes()), and the answer; or, for a line the inflating thread parsed itself,
    /// the sink's whole verdict (judgeAhead()).
    enum class Precheck : quint8 { NotRun, Wanted, NotWanted, Matches, DoesNotMatch };
    /// Before lines() hands a line over, judge() sees it once on the scanning thread, with the
    /// pass's parse of it when the pass made one (null otherwise): a sink that would parse the
    /// line again decides about it here instead.
    virtual void judge(QByteArrayView content, const ParsedLine *parsed, Precheck precheck)
    {
        Q_UNUSED(content);
        Q_UNUSED(parsed);
        Q_UNUSED(precheck);
    }
    /// A sink whose judgement starts with a look at a line's bytes alone (a search's raw-byte
    /// pre-filter) says so here: the pass may then run wantsBytes() on its inflating thread,
    /// ahead of the scanning thread and concurrently with judge(), and pass the answer on.
    virtual bool hasPrecheck() const { return false; }
    /// False when the line (its bytes between two terminators) can be skipped on its bytes.
    virtual bool wantsBytes(QByteArrayView line) const
    {
        Q_UNUSED(line);
        return true;
    }
    /// A sink that can judge a line on the pass's inflating thread too says so here: when that
    /// thread has time to spare it parses some lines itself, then asks judgeAhead() (after
    /// wantsBytes() said yes) and passes the verdict on to judge() as Matches or DoesNotMatch.
    virtual bool judgesAhead() const { return false; }
    /// The verdict judge() would give \a content with \a parsed (its parse, null when it is no
    /// JSON object), on the inflating thread: one thread at a time, concurrently with judge().
    virtual bool judgeAhead(QByteArrayView content, const ParsedLine *parsed) const
    {
        Q_UNUSED(content);
        Q_UNUSED(parsed);
        return false;
    }
    /// No more lines come: the pass ended with \a lineCount lines in the index, or it had ended
    /// before this sink could be given any (begin() was then never called).
    virtual void end(qint64 lineCount) = 0;
};
