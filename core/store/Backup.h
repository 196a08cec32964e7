#pragma once

#include "../Refusal.h"
#include "Database.h"

#include <QCoreApplication>

namespace cinereg {

// Consistent copies of a register file, safe while other users work (SQLite's VACUUM INTO
// reads one snapshot of the database, write-ahead log included). Copies are created readable by
// their owner only.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Refuses to overwrite an existing file; throws StorageError on failure.
    static Check save(const Database& db, const QString& target);
    // A consistent copy of the register file `source` (what is still in its -wal included) into
    // `target`, which must not exist; the source is opened read-only and never written.
    static void copyFile(const QString& source, const QString& target);
    // An empty file of mode 0600 (VACUUM INTO accepts an empty target).
    static void createPrivateFile(const QString& path);
};

} // namespace cinereg
