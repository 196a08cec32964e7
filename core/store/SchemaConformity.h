#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace cinereg {

// Compares the file's schema (tables, indexes, the protective triggers) with the one this
// program's migrations build, replayed into a database in memory: a trigger dropped or
// rewritten, a table altered, or an object added outside the program is reported by `check`.
class SchemaConformity
{
    Q_DECLARE_TR_FUNCTIONS(SchemaConformity)

public:
    explicit SchemaConformity(const Database& db) : m_db(db) {}
    QStringList findings() const; // empty: the schema is the expected one

private:
    const Database& m_db;
};

} // namespace cinereg
