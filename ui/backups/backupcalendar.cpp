#include "backupcalendar.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTableView>
#include <QToolTip>

BackupCalendar::BackupCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setGridVisible(false);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setMaximumDate(QDate::currentDate());
    // A day's backup exists once the day is over: yesterday is the latest that can be fetched.
    setSelectedDate(QDate::currentDate().addDays(-1));
    m_anchor = m_end = selectedDate();
    // The month grid is a private QTableView; watching its viewport gives drag selection,
    // tooltips and a context menu per day.
    m_view = findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
    if (m_view) {
        m_view->viewport()->installEventFilter(this);
        m_view->viewport()->setMouseTracking(false);
    }
    connect(this, &QCalendarWidget::selectionChanged, this, &BackupCalendar::onSelectionChanged);
}

void BackupCalendar::setStateProvider(StateProvider provider)
{
    m_provider = std::move(provider);
    refreshStates();
}

void BackupCalendar::refreshStates()
{
    // updateCells() repaints the grid; it only exists on QCalendarWidget as a protected slot.
    updateCells();
}

QColor BackupCalendar::stateColor(BackupDayStatus::State state)
{
    using S = BackupDayStatus::State;
    switch (state) {
    case S::OnDisk:
        return QColor(0x2e, 0x9d, 0x4f);
    case S::Partial:
        return QColor(0x9c, 0xd3, 0x8f);
    case S::InProgress:
        return QColor(0x2f, 0x7d, 0xd1);
    case S::NotAvailable:
        return QColor(0x9a, 0x9a, 0x9a);
    case S::Failed:
        return QColor(0xd1, 0x3b, 0x3b);
    case S::NotChecked:
    case S::Future:
        break;
    }
    return {};
}

QList<QDate> BackupCalendar::selectedDays() const
{
    QList<QDate> days;
    const QDate last = std::min(rangeEnd(), maximumDate());
    for (QDate day = rangeStart(); day.isValid() && day <= last; day = day.addDays(1))
        days.append(day);
    return days;
}

void BackupCalendar::selectRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return;
    m_anchor = std::clamp(from, minimumDate(), maximumDate());
    m_end = std::clamp(to, minimumDate(), maximumDate());
    // The moving end is the calendar's own selected date, so the click that ends a drag or a
    // shift-click changes nothing more.
    m_settingRange = true;
    setSelectedDate(m_end);
    m_settingRange = false;
    updateCells();
    emit rangeChanged(rangeStart(), rangeEnd());
}

void BackupCalendar::selectShownMonth()
{
    const QDate first(yearShown(), monthShown(), 1);
    selectRange(first, first.addMonths(1).addDays(-1));
}

void BackupCalendar::onSelectionChanged()
{
    if (m_settingRange)
        return;
    // Keyboard navigation (and a plain click): shift extends the range, anything else starts a
    // new one.
    const QDate date = selectedDate();
    if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
        m_end = date;
    else
        m_anchor = m_end = date;
    updateCells();
    emit rangeChanged(rangeStart(), rangeEnd());
}

QDate BackupCalendar::dateAt(const QPoint &viewportPos) const
{
    if (!m_view)
        return {};
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (!index.isValid())
        return {};
    // The grid is 6 weeks starting with the first visible day, which is at least one day before
    // the 1st of the month on show (QCalendarWidget always shows some of the previous month).
    const int firstRow = horizontalHeaderFormat() == NoHorizontalHeader ? 0 : 1;
    const int firstColumn = verticalHeaderFormat() == NoVerticalHeader ? 0 : 1;
    if (index.row() < firstRow || index.column() < firstColumn)
        return {};
    const QDate first(yearShown(), monthShown(), 1);
    int offset = (first.dayOfWeek() - int(firstDayOfWeek()) + 7) % 7;
    if (offset < 1)
        offset += 7;
    const QDate date =
        first.addDays(-offset + (index.row() - firstRow) * 7 + (index.column() - firstColumn));
    // Cross-check with the number the cell shows.
    return index.data(Qt::DisplayRole).toInt() == date.day() ? date : QDate();
}

bool BackupCalendar::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport()) {
        switch (event->type()) {
        // QCalendarWidget selects on release only; a drag is followed here, and the release
        // that ends a drag or a shift-click sets the whole range before the widget sees it.
        case QEvent::MouseButtonPress: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton) {
                m_pressDate = dateAt(mouse->position().toPoint());
                m_dragging = false;
                m_shiftClick = mouse->modifiers() & Qt::ShiftModifier;
            }
            break;
        }
        case QEvent::MouseMove: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (!(mouse->buttons() & Qt::LeftButton) || m_shiftClick || !m_pressDate.isValid())
                break;
            const QDate date = dateAt(mouse->position().toPoint());
            if (!date.isValid() || date > maximumDate() || date < minimumDate())
                break;
            if (date != m_pressDate || m_dragging) {
                m_dragging = true;
                m_anchor = std::clamp(m_pressDate, minimumDate(), maximumDate());
                m_end = date;
                updateCells();
                emit rangeChanged(rangeStart(), rangeEnd());
            }
            break;
        }
        case QEvent::MouseButtonRelease: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton)
                break;
            const QDate date = dateAt(mouse->position().toPoint());
            const bool usable = date.isValid() && date <= maximumDate() && date >= minimumDate();
            if (usable && m_dragging)
                selectRange(m_pressDate, date);
            else if (usable && m_shiftClick)
                selectRange(m_anchor, date);
            else if (usable && date == selectedDate() && m_anchor != m_end)
                selectRange(date, date); // a click on the selected end of a range
            m_dragging = false;
            m_shiftClick = false;
            m_pressDate = QDate();
            break;
        }
        case QEvent::ContextMenu: {
            auto *menuEvent = static_cast<QContextMenuEvent *>(event);
            const QDate date = dateAt(menuEvent->pos());
            if (date.isValid() && date <= maximumDate()) {
                emit dayContextMenuRequested(date, menuEvent->globalPos());
                return true;
            }
            break;
        }
        case QEvent::ToolTip: {
            auto *help = static_cast<QHelpEvent *>(event);
            const QDate date = dateAt(help->pos());
            if (date.isValid() && m_provider) {
                QToolTip::showText(
                    help->globalPos(),
                    QStringLiteral("%1: %2").arg(QLocale().toString(date, QLocale::LongFormat),
                                                 BackupDayStatus::name(m_provider(date))),
                    m_view->viewport());
                return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return QCalendarWidget::eventFilter(watched, event);
}

void BackupCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    if (date > maximumDate()) {
        // Days after today cannot be fetched: drawn greyed out, without a state.
        painter->save();
        painter->fillRect(rect, palette().color(QPalette::Disabled, QPalette::Window));
        painter->setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter->drawText(rect, Qt::AlignCenter, QString::number(date.day()));
        painter->restore();
        return;
    }
    QCalendarWidget::paintCell(painter, rect, date);
    // The rest of a range, lighter than the selected day the widget paints itself.
    if (date >= rangeStart() && date <= rangeEnd() && date != selectedDate()) {
        painter->save();
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlpha(60);
        painter->fillRect(rect, highlight);
        painter->restore();
    }
    if (date == selectedDate() && m_view && m_view->hasFocus()) {
        // The keyboard's day: a ring, so Tab into the calendar shows where the arrows start.
        painter->save();
        painter->setPen(QPen(palette().color(QPalette::Highlight).darker(150), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
        painter->restore();
    }
    if (!m_provider)
        return;
    const BackupDayStatus::State state = m_provider(date);
    const QColor color = stateColor(state);
    if (!color.isValid())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A bar along the bottom of the cell; failed days also get a corner mark so the state does
    // not rely on colour alone.
    const int barHeight = std::max(3, rect.height() / 8);
    const QRect bar(rect.left() + 3, rect.bottom() - barHeight - 1, rect.width() - 6, barHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    if (state == BackupDayStatus::State::NotAvailable) {
        painter->setBrush(QBrush(color, Qt::BDiagPattern));
        painter->setPen(QPen(color, 1));
    }
    painter->drawRoundedRect(bar, 1.5, 1.5);
    if (state == BackupDayStatus::State::Failed) {
        const int side = std::max(6, rect.height() / 4);
        QPolygon corner;
        corner << QPoint(rect.right() - side, rect.top()) << rect.topRight()
               << QPoint(rect.right(), rect.top() + side);
        painter->drawPolygon(corner);
    }
    painter->restore();
}
