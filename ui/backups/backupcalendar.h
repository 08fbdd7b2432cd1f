#pragma once

#include "backups/backupdaystatus.h"

#include <QCalendarWidget>
#include <QDate>

#include <functional>

/// A month calendar that paints each day's backup state (on disk, queued or running, not
/// available, failed, not checked) and lets the user select one day, a range (shift-click or
/// drag) or a whole month. Days after today cannot be selected.
class BackupCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    using StateProvider = std::function<BackupDayStatus::State(const QDate &)>;

    explicit BackupCalendar(QWidget *parent = nullptr);

    /// Where the state of each painted day comes from.
    void setStateProvider(StateProvider provider);
    /// Repaints every day (after the catalogue or the queue changed).
    void refreshStates();

    QDate rangeStart() const { return std::min(m_anchor, m_end); }
    QDate rangeEnd() const { return std::max(m_anchor, m_end); }
    /// Every selected day, oldest first (future days excluded).
    QList<QDate> selectedDays() const;
    /// Selects \a from .. \a to (clamped to the allowed dates).
    void selectRange(const QDate &from, const QDate &to);
    /// Selects every day of the month on show, up to today.
    void selectShownMonth();

    /// The colour the calendar paints for \a state (also used by the legend).
    static QColor stateColor(BackupDayStatus::State state);

signals:
    /// The selected range changed.
    void rangeChanged(const QDate &from, const QDate &to);
    /// A context menu was asked for on \a date at \a globalPos.
    void dayContextMenuRequested(const QDate &date, const QPoint &globalPos);

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSelectionChanged();
    QDate dateAt(const QPoint &viewportPos) const;

    StateProvider m_provider;
    QDate m_anchor;
    QDate m_end;
    QDate m_pressDate;
    bool m_dragging = false;
    bool m_shiftClick = false;
    bool m_settingRange = false;
    class QTableView *m_view = nullptr;
};
