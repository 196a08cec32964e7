#pragma once

#include "Database.h"

#include <QString>
#include <QVector>

namespace cinereg {

// The storage engine's own check of a register: damaged pages or indexes, and rows whose foreign
// keys point nowhere (SQLite: PRAGMA integrity_check and foreign_key_check). The caller words
// the findings; a PostgreSQL backend answers the same questions its own way (its pages are the
// server's business, so only the foreign keys would be checked there).
class StorageSelfCheck
{
public:
    explicit StorageSelfCheck(const Database& db) : m_db(db) {}

    struct Finding
    {
        enum Kind { Damage, DanglingReference } kind = Damage;
        QString detail;     // Damage: the engine's description
        QString table;      // DanglingReference: the table of the row,
        QString row;        // its row id,
        QString referenced; // and the table it refers to
    };
    QVector<Finding> run() const; // empty: the storage is sound

private:
    const Database& m_db;
};

} // namespace cinereg
