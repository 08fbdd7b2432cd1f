#pragma once

#include <QColor>

/// How text a search or filter found is marked, in the tables and the detail pane alike: an
/// amber background under black text, readable in light and dark themes.
namespace MatchHighlight {

inline QColor background()
{
    return QColor(0xff, 0xd5, 0x4f);
}

inline QColor foreground()
{
    return QColor(Qt::black);
}

} // namespace MatchHighlight
