#pragma once

#include "../StorageError.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// The store's reading of a failed statement, shared by the file and the server halves of
// Database (Database.cpp, DatabaseServer.cpp); nothing outside core/store includes it.
namespace cinereg::detail {

StorageError::Kind kindOf(const QSqlError& error);
// The error of a failed statement; a conflict with another workstation says so in words.
StorageError failure(const QSqlError& error);
// Runs `sql` on `db`, or throws the StorageError it failed with.
QSqlQuery exec(const QSqlDatabase& db, const QString& sql);
// The first column of the first row of `sql` (0 when there is none).
qint64 single(const QSqlDatabase& db, const QString& sql);

} // namespace cinereg::detail
