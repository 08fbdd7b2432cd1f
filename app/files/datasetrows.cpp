#include "datasetrows.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <tuple>

namespace {

/// A piece of a file in mergedByTime(): its lines from one time later than any before it up
/// to the next such time.
struct Piece
{
    qint64 time;
    qint64 firstLine;
    qint64 lines;
};

/// The file cut where a time later than any before it begins; lines before its first timed
/// one go with that. A file with lines and no time is one piece at \a untimedTime.
std::vector<Piece> piecesOf(const DatasetRows::FileTimes &file, qint64 untimedTime)
{
    std::vector<Piece> pieces;
    if (file.lines <= 0)
        return pieces;
    std::vector<std::pair<qint64, qint64>> starts = file.timeStarts;
    std::sort(starts.begin(), starts.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    for (const auto &[time, line] : starts) {
        if (line < 0 || line >= file.lines)
            continue; // beyond the lines shown (a file that grows)
        if (pieces.empty())
            pieces.push_back({time, 0, 0});
        else if (time > pieces.back().time)
            pieces.push_back({time, line, 0});
    }
    if (pieces.empty())
        pieces.push_back({untimedTime, 0, 0});
    for (size_t i = 0; i < pieces.size(); ++i) {
        const qint64 end = i + 1 < pieces.size() ? pieces[i + 1].firstLine : file.lines;
        pieces[i].lines = end - pieces[i].firstLine;
    }
    return pieces;
}

} // namespace

DatasetRows DatasetRows::oneAfterAnother(const std::vector<qint64> &linesPerFile)
{
    DatasetRows rows;
    for (size_t file = 0; file < linesPerFile.size(); ++file)
        rows.append(int(file), 0, linesPerFile[file]);
    rows.finish(int(linesPerFile.size()));
    return rows;
}

qint64 DatasetRows::firstTimeOf(const FileTimes &file, qint64 otherwise)
{
    const std::vector<Piece> pieces = piecesOf(file, otherwise);
    return pieces.empty() ? otherwise : pieces.front().time;
}

DatasetRows DatasetRows::mergedByTime(const std::vector<FileTimes> &files)
{
    std::vector<std::vector<Piece>> pieces;
    pieces.reserve(files.size());
    qint64 previousTime = std::numeric_limits<qint64>::min();
    for (const FileTimes &file : files) {
        pieces.push_back(piecesOf(file, previousTime));
        if (!pieces.back().empty())
            previousTime = pieces.back().back().time;
    }
    // Earliest time first; on a tie the file given first, then its earlier piece.
    using Head = std::tuple<qint64, int, size_t>; // time, file, piece
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
    for (size_t file = 0; file < pieces.size(); ++file) {
        if (!pieces[file].empty())
            heads.emplace(pieces[file].front().time, int(file), 0);
    }
    DatasetRows rows;
    while (!heads.empty()) {
        const auto [time, file, index] = heads.top();
        heads.pop();
        const Piece &piece = pieces[size_t(file)][index];
        rows.append(file, piece.firstLine, piece.lines);
        if (index + 1 < pieces[size_t(file)].size())
            heads.emplace(pieces[size_t(file)][index + 1].time, file, index + 1);
    }
    rows.finish(int(files.size()));
    return rows;
}

void DatasetRows::append(int file, qint64 firstLine, qint64 lines)
{
    if (lines <= 0)
        return;
    if (!m_runs.empty()) {
        Run &last = m_runs.back();
        if (last.file == file && last.firstLine + last.lines == firstLine) {
            last.lines += lines;
            m_rowCount += lines;
            return;
        }
    }
    m_runs.push_back({file, firstLine, lines, m_rowCount});
    m_rowCount += lines;
}

void DatasetRows::finish(int files)
{
    m_fileRuns.assign(size_t(files), {});
    m_fileLines.assign(size_t(files), 0);
    for (size_t run = 0; run < m_runs.size(); ++run) {
        m_fileRuns[size_t(m_runs[run].file)].push_back(run);
        m_fileLines[size_t(m_runs[run].file)] += m_runs[run].lines;
    }
    // Files in order make groups as long as a file's rows begin before the rows of the group
    // so far end. A file without rows is in a group only between two of its files.
    m_lastInterleaved.resize(size_t(files));
    for (int file = 0; file < files; ++file)
        m_lastInterleaved[size_t(file)] = file;
    int groupStart = -1;
    int groupLast = -1;
    qint64 groupEnd = 0;
    const auto closeGroup = [&] {
        for (int member = groupStart; groupStart >= 0 && member <= groupLast; ++member)
            m_lastInterleaved[size_t(member)] = groupLast;
    };
    for (int file = 0; file < files; ++file) {
        const std::vector<size_t> &own = m_fileRuns[size_t(file)];
        if (own.empty())
            continue;
        const Run &last = m_runs[own.back()];
        if (groupStart < 0 || m_runs[own.front()].firstRow >= groupEnd) {
            closeGroup();
            groupStart = file;
        }
        groupLast = file;
        groupEnd = std::max(groupEnd, last.firstRow + last.lines);
    }
    closeGroup();
}

DatasetRows::Run DatasetRows::runAt(qint64 row) const
{
    if (row < 0 || row >= m_rowCount)
        return {-1, 0, 0, 0};
    const auto it = std::upper_bound(m_runs.begin(), m_runs.end(), row,
                                     [](qint64 r, const Run &run) { return r < run.firstRow; });
    return *(it - 1);
}

DatasetRows::Location DatasetRows::locate(qint64 row) const
{
    const Run run = runAt(row);
    if (run.file < 0)
        return {};
    return {run.file, run.firstLine + (row - run.firstRow)};
}

qint64 DatasetRows::rowOf(int file, qint64 line) const
{
    if (file < 0 || file >= fileCount() || line < 0)
        return -1;
    const std::vector<size_t> &own = m_fileRuns[size_t(file)];
    const auto it = std::upper_bound(own.begin(), own.end(), line, [this](qint64 l, size_t run) {
        return l < m_runs[run].firstLine;
    });
    if (it == own.begin())
        return -1;
    const Run &run = m_runs[*(it - 1)];
    return line < run.firstLine + run.lines ? run.firstRow + (line - run.firstLine) : -1;
}

qint64 DatasetRows::lineCount(int file) const
{
    return file >= 0 && file < fileCount() ? m_fileLines[size_t(file)] : 0;
}

qint64 DatasetRows::linesBefore(int file, qint64 row) const
{
    if (file < 0 || file >= fileCount())
        return 0;
    const std::vector<size_t> &own = m_fileRuns[size_t(file)];
    const auto it = std::lower_bound(own.begin(), own.end(), row, [this](size_t run, qint64 r) {
        return m_runs[run].firstRow < r;
    });
    if (it == own.begin())
        return 0;
    const Run &run = m_runs[*(it - 1)];
    return run.firstLine + std::min(run.lines, row - run.firstRow);
}

int DatasetRows::lastInterleavedWith(int file) const
{
    return file >= 0 && file < fileCount() ? m_lastInterleaved[size_t(file)] : file;
}

bool DatasetRows::onlyAppendedTo(const DatasetRows &before) const
{
    if (m_rowCount <= before.m_rowCount || m_runs.size() < before.m_runs.size())
        return false;
    if (before.m_runs.empty())
        return true;
    const size_t last = before.m_runs.size() - 1;
    if (!std::equal(before.m_runs.begin(), before.m_runs.begin() + qsizetype(last), m_runs.begin()))
        return false;
    const Run &was = before.m_runs[last];
    const Run &is = m_runs[last];
    return is.file == was.file && is.firstLine == was.firstLine && is.firstRow == was.firstRow &&
           is.lines >= was.lines;
}
