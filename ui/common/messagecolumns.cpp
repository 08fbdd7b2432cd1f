#include "messagecolumns.h"

#include "core/appsettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace ColumnFit {

int minimumTextWidth(int available)
{
    return std::clamp(available * 3 / 10, 120, 320);
}

std::vector<int> widths(const std::vector<int> &preferred, const std::vector<int> &floors,
                        int textColumn, int available)
{
    std::vector<int> result = preferred;
    if (textColumn < 0 || size_t(textColumn) >= result.size())
        return result;
    result[size_t(textColumn)] = 0;
    const auto floorOf = [&](size_t column) {
        const int floor = column < floors.size() ? floors[column] : minimumOtherWidth;
        return std::min(std::max(0, preferred[column]), std::max(minimumOtherWidth, floor));
    };
    int others = 0;
    int slack = 0; // what the other columns can give up
    for (size_t i = 0; i < result.size(); ++i) {
        if (int(i) == textColumn || result[i] <= 0)
            continue;
        others += result[i];
        slack += result[i] - floorOf(i);
    }
    const int minimumText = minimumTextWidth(available);
    const int excess = others + minimumText - available;
    if (excess > 0 && slack > 0) {
        const double share = std::min(1.0, double(excess) / double(slack));
        others = 0;
        for (size_t i = 0; i < result.size(); ++i) {
            if (int(i) == textColumn || result[i] <= 0)
                continue;
            const int give = int(std::ceil((result[i] - floorOf(i)) * share));
            result[i] = std::max(floorOf(i), result[i] - give);
            others += result[i];
        }
    }
    result[size_t(textColumn)] = std::max(minimumText, available - others);
    return result;
}

} // namespace ColumnFit

namespace {

QByteArray encodeWidths(const std::vector<int> &widths)
{
    QByteArrayList parts;
    for (const int width : widths)
        parts << QByteArray::number(width);
    return parts.join(',');
}

std::vector<int> decodeWidths(const QByteArray &text, size_t count)
{
    std::vector<int> widths;
    for (const QByteArray &part : text.split(',')) {
        bool ok = false;
        const int width = part.toInt(&ok);
        // 0 stands for the Text column, which takes what is left.
        if (!ok || width < 0 || width > 4000)
            return {};
        widths.push_back(width);
    }
    return widths.size() == count ? widths : std::vector<int>{};
}

} // namespace

MessageColumnSizer::MessageColumnSizer(QTableView *view, int textColumn,
                                       std::vector<int> defaults, std::vector<int> floors,
                                       QString settingsKey)
    : QObject(view)
    , m_viewport(view->viewport())
    , m_header(view->horizontalHeader())
    , m_textColumn(textColumn)
    , m_preferred(std::move(defaults))
    , m_floors(std::move(floors))
    , m_settingsKey(std::move(settingsKey))
{
    if (const std::vector<int> saved =
            decodeWidths(AppSettings::uiState(m_settingsKey), m_preferred.size());
        !saved.empty())
        m_preferred = saved;
    m_header->setStretchLastSection(false);
    m_viewport->installEventFilter(this);
    connect(m_header, &QHeaderView::sectionResized, this,
            [this](int column, int, int newWidth) { userResized(column, newWidth); });
    // A new model (or a file whose lines turn out to be messages) gets the layout again.
    connect(m_header, &QHeaderView::sectionCountChanged, this, [this] { apply(); });
    apply();
}

int MessageColumnSizer::preferredWidth(int column) const
{
    return column >= 0 && size_t(column) < m_preferred.size() ? m_preferred[size_t(column)] : 0;
}

bool MessageColumnSizer::managesColumns() const
{
    return m_header->count() == int(m_preferred.size());
}

void MessageColumnSizer::apply()
{
    if (!managesColumns())
        return;
    m_applying = true;
    std::vector<int> preferred = m_preferred;
    for (size_t i = 0; i < preferred.size(); ++i) {
        if (m_header->isSectionHidden(int(i)))
            preferred[i] = 0;
    }
    const std::vector<int> shown =
        ColumnFit::widths(preferred, m_floors, m_textColumn, m_viewport->width());
    for (size_t i = 0; i < shown.size(); ++i) {
        if (int(i) == m_textColumn || m_header->isSectionHidden(int(i)))
            continue;
        m_header->setSectionResizeMode(int(i), QHeaderView::Interactive);
        m_header->resizeSection(int(i), shown[i]);
    }
    // Stretch keeps the Text column filling the rest as the table is resized; its minimum is
    // what ColumnFit promised.
    m_header->setSectionResizeMode(m_textColumn, QHeaderView::Stretch);
    m_applying = false;
}

void MessageColumnSizer::userResized(int column, int newWidth)
{
    if (m_applying || column == m_textColumn || !managesColumns() || newWidth <= 0 ||
        size_t(column) >= m_preferred.size())
        return;
    m_preferred[size_t(column)] = std::max(ColumnFit::minimumOtherWidth, newWidth);
    save();
}

void MessageColumnSizer::save() const
{
    AppSettings::setUiState(m_settingsKey, encodeWidths(m_preferred));
}

bool MessageColumnSizer::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the viewport kept at the start: the view may be half destroyed by now (its
    // destructor still sends events to the viewport), so nothing of it is called here.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}
