#include "SqlFailure.h"

#include "Database.h"

namespace cinereg::detail {

StorageError::Kind kindOf(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    // PostgreSQL's SQLSTATE codes have five characters; SQLite's result codes are numbers below
    // 10,000.
    if (state.size() == 5) {
        if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
            return StorageError::Kind::Conflict;
        if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
            return StorageError::Kind::CannotOpen;
        if (state == QLatin1String("55P03"))
            return StorageError::Kind::Locked;
        return StorageError::Kind::QueryFailed;
    }
    const int code = state.toInt();
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageError::Kind::Locked;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageError::Kind::Corrupt;
    case 14: // SQLITE_CANTOPEN
        return StorageError::Kind::CannotOpen;
    default:
        return StorageError::Kind::QueryFailed;
    }
}

StorageError failure(const QSqlError& error)
{
    const StorageError::Kind kind = kindOf(error);
    if (kind == StorageError::Kind::Conflict)
        return StorageError(kind, Database::tr("The register was changed by another workstation "
                                               "at the same moment; nothing was written. Try "
                                               "again."));
    return StorageError(kind, Database::tr("Database error: %1").arg(error.text()));
}

QSqlQuery exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throw StorageError(kindOf(q.lastError()),
                           Database::tr("Database error: %1").arg(q.lastError().text()));
    return q;
}

qint64 single(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q = exec(db, sql);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace cinereg::detail
