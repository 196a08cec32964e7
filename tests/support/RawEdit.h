#pragma once

#include "TempRegister.h"

#include <QStringList>

namespace cinereg::test {

// Edits behind the program's back, as a forger with write access would make them: on a file,
// with SQLite on a connection of its own (`onFile`); on a server register, as the cluster's
// superuser with psql would (`onServer`, in PostgreSQL's dialect). Fails the test if one fails.
void tamper(const TempRegister& t, const QStringList& onFile, const QStringList& onServer = {});
// One statement that reads the same in both engines' dialects.
void tamper(const TempRegister& t, const QString& statement);

// `bytes` as a literal of the register's engine (X'..' for SQLite, '\x..'::bytea on a server).
QString blobLiteral(const TempRegister& t, const QByteArray& bytes);

} // namespace cinereg::test
