#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace cinereg {

// A copy of the audit trail's head kept outside the register, in the account's own data folder
// (mode 0600), after each write this account commits. Whoever rewrites the register (even with
// every hash recomputed) cannot make the entry this account last wrote come back unchanged, and
// a register replaced by an older copy lacks it: `check` reports both.
class HeadWitness
{
    Q_DECLARE_TR_FUNCTIONS(HeadWitness)

public:
    static void record(const Database& db); // after a commit; a failure only logs a warning
    static void forget(const QString& registerPath); // a new register created at that path
    static QStringList findings(const Database& db);
    static QString witnessPath(const QString& registerPath);
};

} // namespace cinereg
