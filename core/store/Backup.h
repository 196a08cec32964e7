#pragma once

#include "../Refusal.h"
#include "Database.h"

#include <QCoreApplication>

namespace cinereg {

// Consistent copies of a register file, safe while other users work (SQLite's VACUUM INTO
// reads one snapshot of the database).
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Refuses to overwrite an existing file; throws StorageError on failure.
    static Check save(const Database& db, const QString& target);
    // Copies a cinereg backup into `target`, which must not exist or be empty, then opens it
    // (migrating it forward). The source is never written.
    static Check restore(const QString& source, const QString& target);
};

} // namespace cinereg
