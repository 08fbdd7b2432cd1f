#include "problembanner.h"

ProblemBanner::ProblemBanner(const QString &text, bool serious, QWidget *parent)
    : QLabel(text, parent)
    , m_serious(serious)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(serious ? QStringLiteral("QLabel { background: #fbe3e1; color: #6b1d16;"
                                           " border: 1px solid #e8b4ae; border-radius: 4px;"
                                           " padding: 6px 10px; }")
                          : QStringLiteral("QLabel { background: #fff4d6; color: #5a4100;"
                                           " border: 1px solid #ecd089; border-radius: 4px;"
                                           " padding: 6px 10px; }"));
}
