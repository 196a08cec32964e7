#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace cinereg {

// Copies a whole register from one store into another, whichever engine holds each: a
// workstation's file into an empty server register (restore), a server register into a new
// file (backup). Every table of record is copied row for row with its ids (history,
// certificates and their print log, signing keys, dossiers with their scans, the audit chain with
// its hashes unchanged, settings and counters); the derived tables (the search index, the
// standing periods) are rebuilt by the store's own code; a file's seal is computed afresh from
// the copied rows. The source is read in one snapshot; the target is written in one transaction,
// during which the target's own triggers are set aside (the rows are history already checked
// where they were written: a server's "author is the login" rule would refuse every row written
// by another clerk) and put back unchanged before the commit.
class RegisterCopy
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCopy)

public:
    // The tables copied, in an order in which every reference points to a row already copied.
    static QStringList copiedTables();
    // The tables the store rebuilds from the copied ones, and the seal (a file's is recomputed;
    // a server keeps none).
    static QStringList rebuiltTables();
    // True when the register holds no record: no row in any copied table but the settings and
    // counters, and an audit trail holding nothing but the register's own creation.
    static bool isEmpty(const Database& db);
    // On a server, the tables the login does not own (it may not set their triggers aside):
    // empty when the login may restore into it. Always empty for a file.
    static QStringList notOwned(const Database& db);
    // Copies `from` into `to`, which must be empty (isEmpty) and of the same schema version.
    // Throws StorageError; on failure nothing is written to `to`.
    static void copy(const Database& from, const Database& to);
};

} // namespace cinereg
