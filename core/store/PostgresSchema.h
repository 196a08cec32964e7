#pragma once

#include <QStringList>

namespace cinereg::PostgresSchema {
// The statements that bring a PostgreSQL register from version step-1 to step: the same steps
// as Schema::migrationTo, in PostgreSQL's dialect, with the server's own defences (privileges of
// the cinereg_clerk role, the author of every row checked against session_user).
QStringList migrationTo(int step);
} // namespace cinereg::PostgresSchema
