#include "Backup.h"

#include "../StorageError.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <unistd.h>

namespace cinereg {

namespace {
QAtomicInt copyCounter;
}

void Backup::createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        throw StorageError(
            StorageError::Kind::CannotOpen,
            tr("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
}

Check Backup::save(const Database& db, const QString& target)
{
    if (QFileInfo::exists(target))
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("%1 already exists; a backup never overwrites a file.").arg(target)};
    if (db.dialect().isServer())
        return Refusal{Rule::InvalidField, QStringLiteral("file"),
                       tr("A register on a server is backed up by the server's administrator "
                          "with pg_dump; nothing was written.")};
    createPrivateFile(target);
    try {
        db.run(QStringLiteral("VACUUM INTO ?"), {target});
    } catch (...) {
        QFile::remove(target);
        throw;
    }
    return Done{};
}

void Backup::copyFile(const QString& source, const QString& target)
{
    createPrivateFile(target);
    const QString name = QStringLiteral("cinereg-copy-%1").arg(copyCounter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(target);
            if (!q.exec())
                error = q.lastError().text();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty()) {
        QFile::remove(target);
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("Cannot read %1 as a register: %2").arg(source, error));
    }
}

} // namespace cinereg
