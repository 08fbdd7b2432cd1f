#include "downloaditem.h"

#include <QMetaEnum>

QString DownloadItem::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QCoreApplication::translate("DownloadItem", "Queued");
    case State::Resolving:
        return QCoreApplication::translate("DownloadItem", "Resolving");
    case State::Downloading:
        return QCoreApplication::translate("DownloadItem", "Downloading");
    case State::Verifying:
        return QCoreApplication::translate("DownloadItem", "Verifying");
    case State::Done:
        return QCoreApplication::translate("DownloadItem", "Done");
    case State::NotAvailable:
        return QCoreApplication::translate("DownloadItem", "Not available");
    case State::Failed:
        return QCoreApplication::translate("DownloadItem", "Failed");
    case State::Paused:
        return QCoreApplication::translate("DownloadItem", "Paused");
    case State::Cancelled:
        return QCoreApplication::translate("DownloadItem", "Cancelled");
    }
    return {};
}

QString DownloadItem::stateId(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Resolving:
        return QStringLiteral("resolving");
    case State::Downloading:
        return QStringLiteral("downloading");
    case State::Verifying:
        return QStringLiteral("verifying");
    case State::Done:
        return QStringLiteral("done");
    case State::NotAvailable:
        return QStringLiteral("not_available");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

DownloadItem::State DownloadItem::stateFromId(const QString &id, State fallback)
{
    for (int i = int(State::Queued); i <= int(State::Cancelled); ++i) {
        if (stateId(State(i)) == id)
            return State(i);
    }
    return fallback;
}
