#include "resumestate.h"

#include "net/resumerule.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrlQuery>

std::optional<ResumeState> ResumeState::load(const QString &path, QString *error)
{
    error->clear();
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ResumeState", "Cannot read the state file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    const auto service = StreamServiceKinds::fromKey(object.value(QLatin1String("service")).toString());
    ResumeState state;
    state.url = QUrl(object.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    state.cursor = object.value(QLatin1String("cursor")).toString();
    state.savedAt = QDateTime::fromString(object.value(QLatin1String("saved_at")).toString(),
                                          Qt::ISODateWithMs);
    if (!service || !state.url.isValid() || !state.savedAt.isValid() ||
        (!state.cursor.isEmpty() && !ResumeRule::isDigitString(state.cursor))) {
        *error = QCoreApplication::translate("ResumeState", "%1 is not a stream state file of Hydrant.").arg(path);
        return std::nullopt;
    }
    state.service = *service;
    state.savedAt = state.savedAt.toUTC();
    return state;
}

bool ResumeState::save(const QString &path, QString *error) const
{
    const QJsonObject object{
        {QStringLiteral("service"), StreamServiceKinds::key(service)},
        {QStringLiteral("url"), url.toString(QUrl::RemoveUserInfo)},
        {QStringLiteral("cursor"), cursor},
        {QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n') < 0 ||
        !file.commit()) {
        *error = QCoreApplication::translate("ResumeState", "Cannot write the state file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QUrl ResumeState::comparableUrl(const QUrl &url, const ResumeRule &rule)
{
    QUrl result = url.adjusted(QUrl::RemoveUserInfo);
    if (rule.resumes()) {
        QUrlQuery query(result);
        query.removeAllQueryItems(rule.parameter());
        result.setQuery(query.isEmpty() ? QString() : query.toString(QUrl::FullyEncoded));
    }
    return result;
}

QByteArray ResumeState::streamKey(StreamServiceKind service, const QUrl &url)
{
    const QUrl comparable = comparableUrl(url, ResumeRule(service, url));
    const QByteArray identity = StreamServiceKinds::key(service).toUtf8() + ' ' +
                                comparable.toString(QUrl::FullyEncoded).toUtf8();
    return QCryptographicHash::hash(identity, QCryptographicHash::Sha256).left(8).toHex();
}

ResumeState::Decision ResumeState::decide(const ResumeRule &rule, const QDateTime &now) const
{
    Decision decision;
    if (!rule.resumes() || cursor.isEmpty())
        return decision;
    const qint64 age = savedAt.msecsTo(now);
    if (age > qint64(rule.replayWindow().count())) {
        decision.gap = QCoreApplication::translate("ResumeState", "The saved position (item %1, saved %2) is older than the service "
                          "keeps (%3 hours): the items since then cannot be fetched; continuing "
                          "from the live position.")
                           .arg(cursor, savedAt.toString(Qt::ISODate))
                           .arg(double(rule.replayWindow().count()) / 3600000.0, 0, 'g', 2);
        return decision;
    }
    decision.cursor = cursor;
    return decision;
}
