#include "resumerule.h"

#include <QUrlQuery>

ResumeRule::ResumeRule(StreamServiceKind service, const QUrl &url)
    : m_service(service)
{
    switch (service) {
    case StreamServiceKind::Gnip:
    case StreamServiceKind::NatsRelay: // the reader resumes by stream sequence itself
        break;
    case StreamServiceKind::Firestream:
        m_parameter = QStringLiteral("seq_id");
        m_jsonField = "seq_id";
        break;
    case StreamServiceKind::StocktwitsFirehose:
        if (url.path().endsWith(QLatin1String("/v2")) || url.path().endsWith(QLatin1String("/v2/"))) {
            m_parameter = QStringLiteral("last_sequence_id");
            m_jsonField = "firehose_seq";
        } else {
            m_parameter = QStringLiteral("last_message_id");
        }
        break;
    }
}

std::chrono::milliseconds ResumeRule::replayWindow() const
{
    using namespace std::chrono_literals;
    switch (m_service) {
    case StreamServiceKind::Gnip:
    case StreamServiceKind::NatsRelay:
        return 0ms;
    case StreamServiceKind::Firestream:
        return 24h;
    case StreamServiceKind::StocktwitsFirehose:
        return 15min;
    }
    return 0ms;
}

QString ResumeRule::cursorOf(QByteArrayView json, QStringView messageId,
                             QByteArrayView eventId) const
{
    if (!resumes())
        return {};
    if (m_service == StreamServiceKind::Firestream && !eventId.isEmpty())
        return QString::fromLatin1(eventId.data(), eventId.size());
    if (!m_jsonField.isEmpty()) {
        const QByteArrayView digits = digitField(json, m_jsonField);
        return QString::fromLatin1(digits.data(), digits.size());
    }
    // /stream?last_message_id=: the message's own id.
    return isDigitString(messageId) ? messageId.toString() : QString();
}

QUrl ResumeRule::requestUrl(const QUrl &url, const QString &cursor) const
{
    if (!resumes() || cursor.isEmpty())
        return url;
    QUrlQuery query(url);
    query.removeAllQueryItems(m_parameter);
    query.addQueryItem(m_parameter, cursor);
    QUrl result = url;
    result.setQuery(query);
    return result;
}

bool ResumeRule::isDigitString(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool ResumeRule::isAfter(QStringView candidate, QStringView current)
{
    if (current.isEmpty())
        return !candidate.isEmpty();
    // Leading zeros do not make a number larger.
    const auto strip = [](QStringView digits) {
        qsizetype zeros = 0;
        while (zeros + 1 < digits.size() && digits[zeros] == QLatin1Char('0'))
            ++zeros;
        return digits.sliced(zeros);
    };
    const QStringView a = strip(candidate), b = strip(current);
    if (a.size() != b.size())
        return a.size() > b.size();
    return a.compare(b) > 0;
}

QByteArrayView ResumeRule::digitField(QByteArrayView json, QByteArrayView name)
{
    // A key is "name" with unescaped quotes: inside a JSON string a quote is always escaped,
    // so the pattern cannot match text of a message body.
    qsizetype from = 0;
    while (true) {
        const qsizetype at = json.indexOf(name, from);
        if (at < 0)
            return {};
        from = at + name.size();
        if (at == 0 || json[at - 1] != '"' || from >= json.size() || json[from] != '"')
            continue;
        if (at >= 2 && json[at - 2] == '\\')
            continue;
        qsizetype p = from + 1;
        while (p < json.size() && (json[p] == ' ' || json[p] == '\t' || json[p] == '\n' || json[p] == '\r'))
            ++p;
        if (p >= json.size() || json[p] != ':')
            continue;
        ++p;
        while (p < json.size() && (json[p] == ' ' || json[p] == '\t' || json[p] == '\n' || json[p] == '\r'))
            ++p;
        if (p < json.size() && json[p] == '"')
            ++p;
        const qsizetype start = p;
        while (p < json.size() && json[p] >= '0' && json[p] <= '9')
            ++p;
        if (p > start)
            return json.sliced(start, p - start);
    }
}
