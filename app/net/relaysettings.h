#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

/// Where a team relay keeps a stream in NATS JetStream, and how it reaches the servers: shared
/// by the relay that publishes and by every reader, so both agree on the subject and the headers.
///
/// One JetStream stream holds one upstream account's activities on the subject
/// `PREFIX.messages`, each stored with the headers below. The resume cursor travels with the
/// message it belongs to (a header of the last message stored), so the stream alone says where a
/// restarted relay continues — there is no second record that could disagree with it.
struct RelaySettings
{
    QList<QUrl> servers;                       ///< nats:// or tls:// URLs of one cluster
    QString stream = QStringLiteral("HYDRANT"); ///< the JetStream stream's name
    QString subjectPrefix = QStringLiteral("hydrant");
    std::chrono::seconds maxAge{7 * 24 * 3600}; ///< how long the stream keeps a message
    /// How long JetStream remembers a message id to drop a second copy: at least five minutes,
    /// the longest backfill a provider re-sends after a reconnect (DESIGN §1.1).
    std::chrono::seconds duplicateWindow{5 * 60};
    QString user;     ///< NATS user name (optional)
    QString password; ///< NATS password (optional; never from the command line)
    QString caFile;   ///< CA certificates (PEM) trusted for tls:// instead of the system's
    /// Without a caFile: trust TlsTrust's extra CAs (HYDRANT_EXTRA_CA_FILE) besides the system's,
    /// as the window's HTTP streams do (its relay accounts have no CA file of their own).
    bool trustExtraCas = false;

    /// The subject every activity is published on.
    QString messagesSubject() const { return subjectPrefix + QStringLiteral(".messages"); }

    /// Empty when the settings can be used; otherwise the sentence saying what is wrong.
    QString problem() const;

    // --- The headers each stored message carries ---------------------------------------------
    static constexpr const char *idHeader = "Nats-Msg-Id";          ///< the activity's id
    static constexpr const char *timeHeader = "Hydrant-Time";       ///< its time, ISO 8601 UTC
    static constexpr const char *symbolsHeader = "Hydrant-Symbols"; ///< "AAPL,TSLA"
    static constexpr const char *cursorHeader = "Hydrant-Cursor";   ///< the upstream resume cursor
    /// Which upstream stream the message came from (ResumeState::streamKey): a cursor is only
    /// used by a relay of the same upstream.
    static constexpr const char *upstreamHeader = "Hydrant-Upstream";

    // --- Parsing the command line's spellings ------------------------------------------------
    /// "nats://a:4222,nats://b:4222" (or bare host:port, taken as nats://); nothing, with a
    /// sentence in \a error, when one of them is not a NATS URL.
    static std::optional<QList<QUrl>> parseServers(const QString &text, QString *error);
    /// "90s", "30m", "12h", "7d" (a bare number is seconds); nothing when not a positive span.
    static std::optional<std::chrono::seconds> parseSpan(const QString &text);
    /// A JetStream stream name: letters, digits, '-' and '_' (no '.', '*', '>' or spaces).
    static bool isValidStreamName(const QString &name);
    /// Subject tokens separated by '.', each of letters, digits, '-' and '_'.
    static bool isValidSubjectPrefix(const QString &prefix);
};
