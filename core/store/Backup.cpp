#include "Backup.h"

#include "../StorageError.h"

#include <QFile>
#include <QFileInfo>

namespace cinereg {

Check Backup::save(const Database& db, const QString& target)
{
    if (QFileInfo::exists(target))
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("%1 already exists; a backup never overwrites a file.").arg(target)};
    db.run(QStringLiteral("VACUUM INTO ?"), {target});
    return Done{};
}

Check Backup::restore(const QString& source, const QString& target)
{
    if (!QFileInfo::exists(source))
        return Refusal{Rule::NotFound, QStringLiteral("file"),
                       tr("%1 does not exist.").arg(source)};
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.size() > 0)
        return Refusal{Rule::InvalidField, QStringLiteral("db"),
                       tr("%1 is not empty; restore only into a new or empty file.").arg(target)};
    {
        // Opening the source read-only through the same checks tells a cinereg backup from any
        // other file, without writing to it.
        const QString probe = target + QStringLiteral(".restoring");
        QFile::remove(probe);
        if (!QFile::copy(source, probe))
            throw StorageError(StorageError::Kind::CannotOpen,
                               tr("Cannot copy %1 to %2.").arg(source, probe));
        try {
            Database check(probe);
        } catch (...) {
            QFile::remove(probe);
            QFile::remove(probe + QStringLiteral("-wal"));
            QFile::remove(probe + QStringLiteral("-shm"));
            throw;
        }
        QFile::remove(target);
        if (!QFile::rename(probe, target))
            throw StorageError(StorageError::Kind::CannotOpen, tr("Cannot write %1.").arg(target));
    }
    return Done{};
}

} // namespace cinereg
