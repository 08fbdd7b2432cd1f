#pragma once

#include "net/streamevent.h"

#include <QWidget>

class QTreeWidget;

/// The connection log of the Live page: timestamped events from the stream client — connects,
/// drops, retries, the server's own error texts and in-stream system messages — newest last,
/// capped so a flapping connection cannot grow it without bound.
class ConnectionLog : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxEntries = 2000;

    explicit ConnectionLog(QWidget *parent = nullptr);

    void addEvent(const StreamEvent &event);
    int count() const;
    /// The text of entry \a row (for tests).
    QString textAt(int row) const;
    /// The kind of entry \a row (for tests).
    StreamEvent::Kind kindAt(int row) const;

public slots:
    void clear();
    void copyAll();

signals:
    /// An entry that needs attention (an error) was added.
    void attentionNeeded();

private:
    /// The events' times (and the column's title) in the display zone.
    void showTimes();

    static constexpr int timeRole = Qt::UserRole + 1;
    QTreeWidget *m_list;
};
