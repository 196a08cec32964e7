#include "Savepoint.h"

#include "../StorageError.h"
#include "Database.h"

namespace cinereg {

Savepoint::Savepoint(const Database& db) : m_db(db)
{
    m_db.run(QStringLiteral("SAVEPOINT import_row"));
}

Savepoint::~Savepoint()
{
    if (!m_open)
        return;
    try {
        m_db.run(QStringLiteral("ROLLBACK TO import_row"));
        m_db.run(QStringLiteral("RELEASE import_row"));
    } catch (const StorageError&) {
        // The enclosing transaction is rolled back by its owner, which undoes this row too.
    }
}

void Savepoint::release()
{
    m_db.run(QStringLiteral("RELEASE import_row"));
    m_open = false;
}

} // namespace cinereg
