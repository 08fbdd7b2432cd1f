#pragma once

#include "net/serviceendpoint.h"

#include <QWidget>

class QMenu;

/// The Live page: the realtime stream as a feed with filters, detail, charts and recording.
class LivePage : public QWidget
{
    Q_OBJECT

public:
    explicit LivePage(QWidget *parent = nullptr);

    /// Adds this page's actions to the Stream menu of the main window.
    void populateMenu(QMenu *menu);

    /// The stream to show (from the chosen account, or the demo session).
    void setStreamEndpoint(const StreamEndpoint &endpoint);
    StreamEndpoint streamEndpoint() const { return m_endpoint; }

signals:
    /// A recording should be opened in the Files page.
    void openFileRequested(const QString &path);

private:
    StreamEndpoint m_endpoint;
};
