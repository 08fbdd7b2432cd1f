#include "connectionlog.h"

#include "core/displaytimezone.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString kindText(StreamEvent::Kind kind)
{
    switch (kind) {
    case StreamEvent::Kind::Info:
        return ConnectionLog::tr("Info");
    case StreamEvent::Kind::Warning:
        return ConnectionLog::tr("Warning");
    case StreamEvent::Kind::Error:
        return ConnectionLog::tr("Error");
    case StreamEvent::Kind::ServerInfo:
        return ConnectionLog::tr("Server info");
    case StreamEvent::Kind::ServerError:
        return ConnectionLog::tr("Server error");
    }
    return {};
}

QColor kindColor(StreamEvent::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case StreamEvent::Kind::Warning:
        return QColor(0xb8, 0x7a, 0x00);
    case StreamEvent::Kind::Error:
    case StreamEvent::Kind::ServerError:
        return QColor(0xc0, 0x32, 0x2b);
    case StreamEvent::Kind::ServerInfo:
        return QColor(0x2a, 0x6f, 0xb8);
    case StreamEvent::Kind::Info:
        break;
    }
    return palette.color(QPalette::Text);
}

} // namespace

ConnectionLog::ConnectionLog(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({QString(), tr("Event"), tr("Details")});
    showTimes();
    connect(DisplayTimeZone::instance(), &DisplayTimeZone::changed, this,
            &ConnectionLog::showTimes);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *clearButton = new QToolButton(this);
    clearButton->setText(tr("Clear"));
    clearButton->setAutoRaise(true);
    auto *copyButton = new QToolButton(this);
    copyButton->setText(tr("Copy log"));
    copyButton->setAutoRaise(true);
    connect(clearButton, &QToolButton::clicked, this, &ConnectionLog::clear);
    connect(copyButton, &QToolButton::clicked, this, &ConnectionLog::copyAll);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addStretch();
    tools->addWidget(copyButton);
    tools->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(tools);
    layout->addWidget(m_list);
}

void ConnectionLog::addEvent(const StreamEvent &event)
{
    const bool atEnd =
        m_list->topLevelItemCount() == 0 ||
        m_list->visualItemRect(m_list->topLevelItem(m_list->topLevelItemCount() - 1)).bottom() <=
            m_list->viewport()->height();
    const QDateTime time = event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
    auto *item = new QTreeWidgetItem(
        {DisplayTimeZone::dateTime(time), kindText(event.kind), event.text});
    item->setData(0, timeRole, time);
    item->setToolTip(0, DisplayTimeZone::exactUtc(time));
    item->setToolTip(2, event.text);
    item->setData(1, Qt::UserRole, int(event.kind));
    const QColor color = kindColor(event.kind, palette());
    item->setForeground(1, color);
    item->setForeground(2, color);
    m_list->addTopLevelItem(item);
    while (m_list->topLevelItemCount() > maxEntries)
        delete m_list->takeTopLevelItem(0);
    if (atEnd)
        m_list->scrollToBottom();
    if (event.kind == StreamEvent::Kind::Error || event.kind == StreamEvent::Kind::ServerError)
        emit attentionNeeded();
}

int ConnectionLog::count() const
{
    return m_list->topLevelItemCount();
}

QString ConnectionLog::textAt(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(2) : QString();
}

StreamEvent::Kind ConnectionLog::kindAt(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? StreamEvent::Kind(item->data(1, Qt::UserRole).toInt()) : StreamEvent::Kind::Info;
}

void ConnectionLog::clear()
{
    m_list->clear();
}

void ConnectionLog::copyAll()
{
    QStringList lines;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        lines.append(QStringLiteral("%1\t%2\t%3").arg(item->text(0), item->text(1), item->text(2)));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ConnectionLog::showTimes()
{
    m_list->headerItem()->setText(0, DisplayTimeZone::titled(tr("Time")));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setText(0, DisplayTimeZone::dateTime(item->data(0, timeRole).toDateTime()));
    }
}
