#include "core/displaytimezone.h"

#include "core/appsettings.h"
#include "message/messagetimeparser.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QRegularExpression>

#include <utility>

namespace {

struct State
{
    bool loaded = false;
    DisplayTimeZone::Zone zone = DisplayTimeZone::Zone::Local;
    QTimeZone local = QTimeZone::systemTimeZone();
};

State &state()
{
    static State s;
    if (!s.loaded) {
        s.loaded = true;
        s.zone = AppSettings::timesInUtc() ? DisplayTimeZone::Zone::Utc
                                           : DisplayTimeZone::Zone::Local;
    }
    return s;
}

QString timeOfDayFormat()
{
    // The locale's long time format without its zone name: the column's title names the zone.
    QString format = QLocale().timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    return format.trimmed();
}

} // namespace

DisplayTimeZone *DisplayTimeZone::instance()
{
    static DisplayTimeZone *notifier = new DisplayTimeZone; // lives as long as the process
    return notifier;
}

DisplayTimeZone::Zone DisplayTimeZone::zone()
{
    return state().zone;
}

void DisplayTimeZone::setZone(Zone zone)
{
    AppSettings::setTimesInUtc(zone == Zone::Utc);
    if (std::exchange(state().zone, zone) != zone)
        emit instance()->changed();
}

void DisplayTimeZone::setLocalZone(const QTimeZone &zone)
{
    state().local = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (state().zone == Zone::Local)
        emit instance()->changed();
}

QTimeZone DisplayTimeZone::timeZone()
{
    const State &s = state();
    return s.zone == Zone::Utc || !s.local.isValid() ? QTimeZone::utc() : s.local;
}

QString DisplayTimeZone::abbreviation(const QDateTime &at)
{
    const QTimeZone zone = timeZone();
    if (zone == QTimeZone::utc())
        return QStringLiteral("UTC");
    QString name = zone.abbreviation(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    return name.isEmpty() ? QString::fromUtf8(zone.id()) : name;
}

QString DisplayTimeZone::titled(const QString &title)
{
    //: A title and the time zone its times are in: "Time (UTC)", "Time (CET)".
    return tr("%1 (%2)").arg(title, abbreviation());
}

QDateTime DisplayTimeZone::toDisplay(const QDateTime &time)
{
    return time.isValid() ? time.toTimeZone(timeZone()) : QDateTime();
}

QString DisplayTimeZone::timeOfDay(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    static const QString format = timeOfDayFormat();
    return QLocale().toString(toDisplay(time).time(), format);
}

QString DisplayTimeZone::dateTime(const QDateTime &time)
{
    return format(time, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString DisplayTimeZone::format(const QDateTime &time, const QString &format)
{
    return time.isValid() ? toDisplay(time).toString(format) : QString();
}

QString DisplayTimeZone::longDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The locale's long form names the zone itself ("t"); UTC gets its plain name.
    QString format = QLocale().dateTimeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    //: A date and time, then its time zone: "Monday, 4 March 2024 15:30:05 CET".
    return tr("%1 %2").arg(QLocale().toString(toDisplay(time), format.trimmed()),
                           abbreviation(time));
}

QString DisplayTimeZone::exactUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    //: An exact instant in UTC, in a tooltip.
    return tr("%1 UTC").arg(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
}

QDateTime DisplayTimeZone::parse(QString text)
{
    text = text.trimmed();
    if (text.size() == 10)
        text += QStringLiteral(" 00:00:00");
    else if (text.size() == 16)
        text += QStringLiteral(":00");
    const QByteArray utf8 = text.toUtf8();
    const QDateTime read =
        MessageTimeParser::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!read.isValid())
        return {};
    // Without a zone of its own the text is a wall-clock time in the display zone.
    static const QRegularExpression zoneless(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$"));
    if (!zoneless.match(text).hasMatch())
        return read;
    const QDateTime wall(read.date(), read.time(), timeZone());
    return wall.isValid() ? wall.toUTC() : QDateTime();
}

void DisplayTimeZone::repaintOnChange(QAbstractItemModel *model, int column)
{
    connect(instance(), &DisplayTimeZone::changed, model, [model, column] {
        emit model->headerDataChanged(Qt::Horizontal, column, column);
        if (const int rows = model->rowCount(); rows > 0)
            emit model->dataChanged(model->index(0, column), model->index(rows - 1, column),
                                    {Qt::DisplayRole, Qt::ToolTipRole});
    });
}
