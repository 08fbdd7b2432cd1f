#include "streamservicekind.h"

#include <QCoreApplication>

namespace StreamServiceKinds {

QString key(StreamServiceKind kind)
{
    switch (kind) {
    case StreamServiceKind::Gnip:
        return QStringLiteral("gnip");
    case StreamServiceKind::Firestream:
        return QStringLiteral("firestream");
    case StreamServiceKind::StocktwitsFirehose:
        return QStringLiteral("stocktwits-firehose");
    case StreamServiceKind::NatsRelay:
        return QStringLiteral("nats");
    }
    return {};
}

std::optional<StreamServiceKind> fromKey(const QString &text)
{
    for (StreamServiceKind kind : {StreamServiceKind::Gnip, StreamServiceKind::Firestream,
                                   StreamServiceKind::StocktwitsFirehose,
                                   StreamServiceKind::NatsRelay}) {
        if (text.trimmed().compare(key(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QStringList keys()
{
    return {key(StreamServiceKind::Gnip), key(StreamServiceKind::Firestream),
            key(StreamServiceKind::StocktwitsFirehose)};
}

QString displayName(StreamServiceKind kind)
{
    switch (kind) {
    case StreamServiceKind::Gnip:
        return QCoreApplication::translate("StreamServiceKind", "Gnip firehose");
    case StreamServiceKind::Firestream:
        return QCoreApplication::translate("StreamServiceKind", "StockTwits Firestream");
    case StreamServiceKind::StocktwitsFirehose:
        return QCoreApplication::translate("StreamServiceKind", "StockTwits firehose (older)");
    case StreamServiceKind::NatsRelay:
        return QCoreApplication::translate("StreamServiceKind", "Team relay (NATS)");
    }
    return {};
}

} // namespace StreamServiceKinds
