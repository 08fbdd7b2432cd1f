#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// Which protocol a realtime stream speaks (DESIGN §1.1, §1.2): the framing of its body and how a
/// connection resumes where the last one stopped.
enum class StreamServiceKind {
    Gnip,               ///< "\r\n"-delimited JSON lines; resumes only by the stream's own backfill
    Firestream,         ///< StockTwits Firestream: Server-Sent Events, resumes with ?seq_id=
    StocktwitsFirehose, ///< the older StockTwits firehose: JSON lines, resumes with
                        ///< ?last_sequence_id= (/stream/v2) or ?last_message_id= (/stream)
    /// A team relay's stream in NATS JetStream ("Team relay (NATS)"): the same JSON lines as
    /// the upstream account the relay holds, read back in order by a JetStream consumer. Not an
    /// HTTP protocol: StreamProfile keeps its servers, stream and subject (RelaySettings).
    NatsRelay,
};

namespace StreamServiceKinds {

/// The spelling of the command line and the settings: gnip, firestream, stocktwits-firehose,
/// nats.
QString key(StreamServiceKind kind);
/// Any of the four keys.
std::optional<StreamServiceKind> fromKey(const QString &key);
/// The keys of the upstream protocols an HTTP stream account speaks (not nats: a team relay is
/// read by a command and a page of its own).
QStringList keys();
/// The name shown to the user ("Gnip firehose", "StockTwits Firestream", …).
QString displayName(StreamServiceKind kind);

} // namespace StreamServiceKinds
