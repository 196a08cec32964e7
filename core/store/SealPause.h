#pragma once

#include "Database.h"

#include <QStringList>
#include <QVariantList>

namespace cinereg {

// A bulk write without the seal's per-row triggers (RegisterSeal). On SQLite each row written to
// a protected table fires a temporary trigger that records it for the seal: a sub-program and a
// statement journal per row, the largest fixed cost of a multi-row INSERT. While a SealPause
// lives, the triggers of its tables are dropped (inside the open transaction, so a rollback
// restores them), and the caller records what it wrote by reading the rows back with added()
// (and, before deleting rows, removed()): the fold at commit then sees exactly the rows the
// triggers would have recorded. The destructor creates the triggers again.
// On a server (and on a register that is not sealing) it does nothing: there the capture
// triggers are the register's own, and they keep recording every row.
class SealPause
{
public:
    SealPause(const Database& db, const QStringList& tables);
    ~SealPause();
    SealPause(const SealPause&) = delete;
    SealPause& operator=(const SealPause&) = delete;

    // The rows of `table` meeting `condition` (SQL on its columns, with `params`) were written.
    void added(const QString& table, const QString& condition, const QVariantList& params) const;
    // The rows of `table` meeting `condition` are about to be deleted.
    void removed(const QString& table, const QString& condition, const QVariantList& params) const;

private:
    const Database& m_db;
    const bool m_active;
};

} // namespace cinereg
