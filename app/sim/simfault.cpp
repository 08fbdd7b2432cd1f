#include "simfault.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

struct KindName
{
    SimFault::Kind kind;
    const char *name;
};

const KindName kindNames[] = {
    {SimFault::DropAfterBytes, "drop-after-bytes"},
    {SimFault::DropAfterMessages, "drop-after-messages"},
    {SimFault::Stall, "stall"},
    {SimFault::ServiceUnavailable, "unavailable"},
    {SimFault::RateLimited, "rate-limited"},
    {SimFault::CutLine, "cut-line"},
    {SimFault::MalformedLine, "malformed-line"},
    {SimFault::ForcedDisconnect, "forced-disconnect"},
    {SimFault::Throttle, "throttle"},
    {SimFault::ExpireLinks, "expire-links"},
    {SimFault::RefuseRange, "refuse-range"},
    {SimFault::Corrupt, "corrupt"},
    {SimFault::EndlessBody, "endless-body"},
    {SimFault::HugeLocation, "huge-location"},
    {SimFault::RangeIgnoredCut, "range-ignored-cut"},
    {SimFault::RelativeLocation, "relative-location"},
    {SimFault::UnauthorizedClose, "unauthorized-close"},
};

const char *const targetNames[] = {"stream", "backups", "storage"};

bool parseAmount(QString text, qint64 *amount)
{
    qint64 factor = 1;
    if (text.endsWith(QLatin1Char('k'), Qt::CaseInsensitive))
        factor = 1024;
    else if (text.endsWith(QLatin1Char('M')))
        factor = 1024 * 1024;
    else if (text.endsWith(QLatin1Char('G')))
        factor = qint64(1024) * 1024 * 1024;
    if (factor != 1)
        text.chop(1);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return false;
    *amount = value * factor;
    return true;
}

} // namespace

SimFault SimFault::make(Kind kind, qint64 amount, int times)
{
    return make(kind, defaultTarget(kind), amount, times);
}

SimFault SimFault::make(Kind kind, Target target, qint64 amount, int times)
{
    SimFault fault;
    fault.kind = kind;
    fault.target = target;
    fault.amount = amount;
    fault.times = times;
    return fault;
}

SimFault::Target SimFault::defaultTarget(Kind kind)
{
    switch (kind) {
    case ExpireLinks:
    case HugeLocation:
    case RelativeLocation:
    case UnauthorizedClose:
        return Backups;
    case RefuseRange:
    case Corrupt:
    case EndlessBody:
    case RangeIgnoredCut:
        return Storage;
    default:
        return Stream;
    }
}

std::optional<SimFault> SimFault::parse(const QString &spec, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<SimFault> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QStringList parts = spec.trimmed().split(QLatin1Char(','));
    QString head = parts.takeFirst();
    std::optional<Target> target;
    const qsizetype colon = head.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString name = head.left(colon);
        for (int i = 0; i < 3; ++i) {
            if (name == QLatin1String(targetNames[i]))
                target = Target(i);
        }
        if (!target)
            return fail(tr("Unknown service “%1” in fault “%2”: use stream, backups or storage.")
                            .arg(name, spec));
        head = head.mid(colon + 1);
    }
    QString amountText;
    const qsizetype equals = head.indexOf(QLatin1Char('='));
    if (equals >= 0) {
        amountText = head.mid(equals + 1);
        head = head.left(equals);
    }
    std::optional<Kind> kind;
    for (const KindName &entry : kindNames) {
        if (head == QLatin1String(entry.name))
            kind = entry.kind;
    }
    if (!kind)
        return fail(tr("Unknown fault “%1”.").arg(head));
    SimFault fault = make(*kind, target.value_or(defaultTarget(*kind)));
    if (!amountText.isEmpty() && !parseAmount(amountText, &fault.amount))
        return fail(tr("“%1” is not an amount (a whole number, optionally with k, M or G).")
                        .arg(amountText));
    for (const QString &option : std::as_const(parts)) {
        bool ok = false;
        if (option.startsWith(QLatin1String("times=")))
            fault.times = option.mid(6).toInt(&ok);
        if (!ok || fault.times == 0 || fault.times < -1)
            return fail(tr("“%1” is not understood in fault “%2”: use times=N.").arg(option, spec));
    }
    return fault;
}

QString SimFault::syntaxHelp()
{
    QStringList names;
    for (const KindName &entry : kindNames)
        names << QLatin1String(entry.name);
    return tr("[stream:|backups:|storage:]KIND[=AMOUNT][,times=N] with KIND one of %1")
        .arg(names.join(QLatin1String(", ")));
}

QString SimFault::toString() const
{
    QString text = QLatin1String(targetNames[target]) + QLatin1Char(':');
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            text += QLatin1String(entry.name);
    }
    if (amount != 0)
        text += QLatin1Char('=') + QString::number(amount);
    if (times != -1)
        text += QLatin1String(",times=") + QString::number(times);
    return text;
}
