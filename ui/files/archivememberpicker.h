#pragma once

#include "files/archiveaccess.h"

#include <QWidget>

class QListWidget;

/// What a file view shows for an archive of several files: its members with their sizes, to
/// open one (Open, Enter or a double click). A name that could lead outside the archive is
/// listed but cannot be chosen.
class ArchiveMemberPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ArchiveMemberPicker(QWidget *parent = nullptr);

    /// Lists \a members, the first one that can be opened selected.
    void setMembers(const QList<ArchiveAccess::Member> &members);
    QListWidget *list() const { return m_list; }

signals:
    void memberChosen(const QString &path);

private:
    void chooseCurrent();

    QListWidget *m_list;
};
