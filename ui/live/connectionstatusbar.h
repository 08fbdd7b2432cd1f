#pragma once

#include "feed/livesession.h"
#include "net/firehoseclient.h"
#include "net/streamstatistics.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTimer;

/// The strip under the Live page's feed: a coloured state light with the reason and a countdown
/// to the next reconnect, then messages per second, time since the last byte, duplicates
/// dropped, reconnects, the resume cursor (for streams that resume: "seq …78394114 · resumed
/// from …78394101"), lines dropped as too long (once there is one) and the recording, each kept
/// short enough for one line.
class ConnectionStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatusBar(QWidget *parent = nullptr);

    void setStatus(const FirehoseClient::Status &status);
    void setStatistics(const StreamStatistics &statistics);
    /// The resume cursor and whether this connection resumed from one (hidden when empty).
    void setResumePosition(const LiveSession::ResumePosition &position);
    /// Empty \a path hides the recording field.
    void setRecording(const QString &path, quint64 written);
    /// The recording stopped: the field says so with the system's \a reason (the whole
    /// \a message is its tooltip) until the next setRecording() with a path.
    void setRecordingError(const QString &message, const QString &reason = {});

    /// The text of the state field (for tests and accessibility).
    QString stateText() const;
    /// The text of the recording field (for tests and accessibility); empty while it is hidden.
    QString recordingText() const;
    /// The text of the resume field (for tests and accessibility); empty while it is hidden.
    QString resumeText() const;
    /// A long cursor cut to its last digits for the status bar ("…78394114").
    static QString shortCursor(const QString &cursor);
    static QColor stateColor(FirehoseClient::State state);

signals:
    /// The recording field was clicked.
    void recordingClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    FirehoseClient::Status m_status;
    StreamStatistics m_statistics;
    LiveSession::ResumePosition m_position;
    bool m_haveStatistics = false;
    QElapsedTimer m_statisticsAge; ///< extrapolates "time since last byte" between updates
    QString m_recordingPath;
    quint64 m_recorded = 0;
    QString m_recordingError;
    QString m_recordingErrorReason;

    QLabel *m_light;
    QLabel *m_state;
    QLabel *m_rate;
    QLabel *m_lastByte;
    QLabel *m_duplicates;
    QLabel *m_reconnects;
    QLabel *m_resume; ///< the resume cursor; shown for streams that have one
    QLabel *m_oversized; ///< lines dropped for being too long; shown once there is one
    QLabel *m_recording;
    QTimer *m_ticker;
};
