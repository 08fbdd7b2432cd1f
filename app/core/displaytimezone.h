#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>

class QAbstractItemModel;

/// The one rule for showing a time to a person: every time the window shows (the tables' Time
/// columns, the detail pane, Go to Time, statistics, the connection log) is in one zone, the
/// computer's local time or UTC as chosen in Preferences, and says which (“Time (CET)”).
/// Messages keep their times in UTC; exports and the command line keep writing ISO 8601 UTC and
/// never come here. Changing the zone emits changed() so open views redraw without reopening.
class DisplayTimeZone : public QObject
{
    Q_OBJECT

public:
    enum class Zone { Local, Utc };
    Q_ENUM(Zone)

    /// The one notifier (changed()); the zone itself is read through the static functions.
    static DisplayTimeZone *instance();

    /// The zone chosen (AppSettings; Local until the user chooses).
    static Zone zone();
    /// Remembers \a zone between runs and tells every view (changed()) when it differs.
    static void setZone(Zone zone);
    /// What “local time” means; the system's zone unless a test sets another.
    static void setLocalZone(const QTimeZone &zone);

    /// The QTimeZone that times are shown in now.
    static QTimeZone timeZone();
    /// The zone's short name at \a at (now when invalid): "UTC", "CET", "CEST", "JST", …
    static QString abbreviation(const QDateTime &at = {});
    /// \a title with the zone named after it: “Time (UTC)”.
    static QString titled(const QString &title);

    /// \a time in the display zone.
    static QDateTime toDisplay(const QDateTime &time);
    /// "15:30:05": the locale's time of day (the live feed's column).
    static QString timeOfDay(const QDateTime &time);
    /// "2024-03-04 15:30:05": a sortable date and time (the Files tables, Go to Time's field).
    static QString dateTime(const QDateTime &time);
    /// \a time with its own \a format ("yyyy-MM-dd HH:mm", "HH") in the display zone.
    static QString format(const QDateTime &time, const QString &format);
    /// The locale's long form with the zone: "Monday, 4 March 2024 15:30:05 CET" (detail pane,
    /// tooltips).
    static QString longDateTime(const QDateTime &time);
    /// "2024-03-04 14:30:05.123 UTC": the exact instant, whatever the zone (tooltips).
    static QString exactUtc(const QDateTime &time);

    /// Reads a time a user typed or pasted: "2024-03-04 15:30:00" (minutes or a date alone are
    /// enough) in the display zone, or ISO 8601 / Twitter's created_at form with a zone of its
    /// own, read in that zone. Returns the instant in UTC; invalid unless the text is a time.
    static QDateTime parse(QString text);

    /// Makes \a model repaint column \a column and its title whenever the zone changes.
    static void repaintOnChange(QAbstractItemModel *model, int column);

signals:
    void changed();

private:
    DisplayTimeZone() = default;
};
