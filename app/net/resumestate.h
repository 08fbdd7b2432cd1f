#pragma once

#include "net/streamservicekind.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

class ResumeRule;

/// Where a stream run got to, kept in a small JSON file between runs
/// (`hydrant-cli stream --state FILE`): the service, the stream URL (without credentials or
/// cursor), the cursor of the last item already written and when it was saved. Saved
/// atomically (a new file renamed over the old), so a run killed at any moment leaves either
/// the previous or the new state, never half of one.
struct ResumeState
{
    StreamServiceKind service = StreamServiceKind::Gnip;
    QUrl url;
    QString cursor;
    QDateTime savedAt; ///< UTC

    /// Reads \a path; nothing (and \a error empty) when the file does not exist; nothing with
    /// a sentence in \a error when it cannot be read or is not a state file.
    static std::optional<ResumeState> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

    /// The URL as stored: no user info and no cursor parameter of \a rule.
    static QUrl comparableUrl(const QUrl &url, const ResumeRule &rule);
    /// A short name of one stream (service and comparable URL, hashed; 16 hex digits), kept
    /// beside a cursor wherever the stream itself is not (the recording's gzip headers).
    static QByteArray streamKey(StreamServiceKind service, const QUrl &url);

    /// What a new run does with a saved state.
    struct Decision
    {
        QString cursor; ///< resume after this item (empty: the live position)
        QString gap;    ///< a sentence when items between the runs cannot be fetched
    };
    /// Resume from the saved cursor when the service can still honour it (within its replay
    /// window at \a now); otherwise report the gap.
    Decision decide(const ResumeRule &rule, const QDateTime &now) const;
};
