#pragma once

#include "simhttprequest.h"

#include <QDate>
#include <QObject>
#include <QUrl>

class SimHttpConnection;
class SimulatorState;

/// The backups endpoint (Firestream-style, DESIGN §1.2): /backups/{type}/{yyyy}/{mm}/{dd} with
/// Basic authentication answers 400 for an impossible or future date, 404 when there is no file,
/// otherwise 302 to a pre-signed link on the storage origin. Symbol backups,
/// /symbols/backups/{metric}/{yyyy}/{mm}/{dd}, answer the same way; their files are served as the
/// type "symbols_{metric}" (so named stocktwits_symbols_{metric}_{yyyy}_{mm}_{dd}.gz).
class BackupApi : public QObject
{
    Q_OBJECT

public:
    BackupApi(SimulatorState *state, QObject *parent = nullptr);

    /// Where download links point (set once the storage listener is bound).
    void setStorageBase(const QUrl &base) { m_storageBase = base; }
    static bool matches(const QString &path)
    {
        return path.startsWith(QLatin1String("/backups/")) ||
               path.startsWith(QLatin1String("/symbols/backups/"));
    }
    /// The object path of a day's file on the storage origin.
    static QString objectPath(const QString &type, QDate day);

    void handle(SimHttpConnection *connection, const SimHttpRequest &request);

private:
    SimulatorState *m_state;
    QUrl m_storageBase;
};
