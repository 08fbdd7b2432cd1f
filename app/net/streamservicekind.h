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
};

namespace StreamServiceKinds {

/// The spelling of the command line and the settings: gnip, firestream, stocktwits-firehose.
QString key(StreamServiceKind kind);
std::optional<StreamServiceKind> fromKey(const QString &key);
QStringList keys();
/// The name shown to the user ("Gnip firehose", "StockTwits Firestream", …).
QString displayName(StreamServiceKind kind);

} // namespace StreamServiceKinds
